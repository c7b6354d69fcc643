// The one way the Firefox tests and benchmarks start Firefox (DESIGN.md, "Firefox at run time"): Debian's
// firefox-esr (FIREFOX_PATH overrides) driven by puppeteer-core over WebDriver BiDi, the built MV2 add-on installed
// as a temporary add-on, console pages served at their console URLs by request interception.
//
// Extension documents: BiDi will not report a navigation to moz-extension:// as finished (Firefox 140 loads the
// page but never answers the navigate command; later ESRs refuse it without system access). So the add-on gets a
// fixed internal UUID (pref extensions.webextensions.uuids), Firefox runs with --remote-allow-system-access, a tab
// is sent to moz-extension://<uuid>/<page> without waiting for the command, and the helper polls the tab until the
// extension document is there. Scripts then run in that document with the extension's own APIs.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type HTTPRequest, type Page } from 'puppeteer-core';
import { ROOT } from './browser';
import { readCardsInDocument, type CardInfo } from './cards';
export type { CardInfo } from './cards';

export { ROOT };
export const FIREFOX_EXTENSION_DIR = process.env.WHY_DENIED_FIREFOX_DIR ?? join(ROOT, '.output/firefox-mv2');
/** The add-on's internal UUID in every test profile, so its pages have a known address. */
export const ADDON_UUID = '6a1d0e5c-77b2-4c4e-9f0a-3d2b8e1f5a90';
export const EXTENSION_BASE = `moz-extension://${ADDON_UUID}/`;

export function firefoxPath(): string {
  return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
}

/** The gecko id the manifest declares (browser_specific_settings.gecko.id). */
export function addonId(dir = FIREFOX_EXTENSION_DIR): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${dir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/**
 * Firefox's own background traffic, switched off so that a network recording holds what pages and the add-on ask
 * for (puppeteer's profile already disables updates, telemetry, safe browsing and remote settings).
 */
export const QUIET_PREFS: Record<string, unknown> = {
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.topsites.contile.enabled': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.ping-centre.telemetry': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.showPane': false,
  'identity.fxaccounts.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': '',
  'app.shield.optoutstudies.enabled': false,
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'privacy.query_stripping.enabled': false,
  'dom.push.connection.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
};

export interface FirefoxOptions {
  /** Install the add-on (default true). */
  extension?: boolean;
  /** A built Firefox add-on directory (default .output/firefox-mv2). */
  extensionDir?: string;
  /** More Firefox preferences (e.g. a proxy). */
  prefs?: Record<string, unknown>;
}

export interface FirefoxSession {
  browser: Browser;
  /** The gecko id, as Firefox reported it after installing; null without the add-on. */
  addonId: string | null;
  profile: string;
  /** Opens an add-on page (e.g. popup.html) in a new tab and waits until its document has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** Serves `html` at the console URL `url` in a new tab; every other request of that tab is aborted and listed. */
  openConsolePage(url: string, html: string): Promise<Page>;
  /** Requests of console tabs that were not the served page (aborted, so they never left the browser). */
  abortedRequests: string[];
  close(): Promise<void>;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const withExtension = options.extension ?? true;
  // Firefox installs from an absolute path only.
  const dir = resolve(options.extensionDir ?? FIREFOX_EXTENSION_DIR);
  if (withExtension && !existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built Firefox add-on at ${dir}: run "npm run build" first.`);
  }
  if (!existsSync(firefoxPath())) {
    throw new Error(`No Firefox at ${firefoxPath()}: run "node scripts/ensure-firefox.mjs" (apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  }
  const id = withExtension ? addonId(dir) : null;
  const profile = mkdtempSync(join(tmpdir(), 'why-denied-firefox-'));
  // WHY_DENIED_FIREFOX_LOG=1: Firefox's output, with every console message of pages and the add-on, on stderr.
  const log = process.env.WHY_DENIED_FIREFOX_LOG === '1';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    dumpio: log,
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...QUIET_PREFS,
      ...(id ? { 'extensions.webextensions.uuids': JSON.stringify({ [id]: ADDON_UUID }) } : {}),
      ...(log ? { 'devtools.console.stdout.content': true, 'devtools.console.stdout.chrome': true } : {}),
      ...options.prefs,
    },
  });
  let installed: string | null = null;
  try {
    if (withExtension) installed = await browser.installExtension(dir);
  } catch (error) {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const abortedRequests: string[] = [];

  return {
    browser,
    addonId: installed,
    profile,
    abortedRequests,
    async openExtensionPage(path: string) {
      const page = await browser.newPage();
      await showExtensionPage(page, path);
      return page;
    },
    async openConsolePage(url: string, html: string) {
      const page = await browser.newPage();
      const target = url.split('#')[0];
      await page.setRequestInterception(true);
      page.on('request', (request: HTTPRequest) => {
        if (request.url().split('#')[0] === target) {
          request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html }).catch(() => undefined);
        } else if (/^(?:data|blob|about):/.test(request.url())) {
          // Never a network request: Firefox 153 reports a new tab's initial `data:,` through the interception too.
          request.continue().catch(() => undefined);
        } else {
          abortedRequests.push(request.url());
          // Firefox may have dropped the request already (a favicon of a page that is closing): nothing to abort.
          request.abort().catch(() => undefined);
        }
      });
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Sends `page` to an add-on page and waits for its document (see the note at the top of this file). */
export async function showExtensionPage(page: Page, path: string, timeoutMs = 15_000): Promise<void> {
  const url = EXTENSION_BASE + path;
  // Not awaited: Firefox never answers this navigation (it times out or reports the frame detached).
  page.goto(url, { timeout: timeoutMs }).catch(() => undefined);
  const until = Date.now() + timeoutMs;
  for (;;) {
    const state = await page.evaluate(() => [location.href, document.readyState] as const).catch(() => null);
    if (state && state[0] === url && state[1] === 'complete') return;
    if (Date.now() > until) throw new Error(`${url} did not load in ${timeoutMs} ms (last seen: ${state?.[0] ?? 'nothing'})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function cardsInFrame(frame: Frame): Promise<CardInfo[]> {
  try {
    return await frame.evaluate(readCardsInDocument);
  } catch {
    return []; // a frame that went away meanwhile
  }
}

/** Every card in the page and its frames. */
export async function cardsIn(page: Page): Promise<CardInfo[]> {
  return (await Promise.all(page.frames().map(cardsInFrame))).flat();
}

export interface StoredRecord {
  id: string;
  fingerprint: string;
  finding: Record<string, unknown> & { category: string; action: string | null };
  count: number;
  firstSeenAt: number;
  lastSeenAt: number;
  pageUrl: string | null;
  source: string;
}

/** The history (Contract 3: database `why-denied`, store `findings`), read in an add-on page (same origin as the background). */
export function historyRecords(extensionPage: Page): Promise<StoredRecord[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<StoredRecord[]>((resolve, reject) => {
        const open = indexedDB.open('why-denied');
        open.onerror = () => reject(new Error(`indexedDB.open: ${String(open.error)}`));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('findings')) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction('findings', 'readonly').objectStore('findings').getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as StoredRecord[]);
          };
          request.onerror = () => {
            db.close();
            reject(new Error(`getAll: ${String(request.error)}`));
          };
        };
      }),
  );
}

/**
 * runtime.sendMessage from an add-on page, as the popup and sidebar send it. The message goes in and the answer
 * comes out as JSON text, so nothing is lost or reshaped by the protocol's value serialisation.
 */
export async function sendFromPage(extensionPage: Page, message: unknown): Promise<string> {
  return extensionPage.evaluate(async (json: string) => {
    const ext = (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser;
    return JSON.stringify((await ext.runtime.sendMessage(JSON.parse(json))) ?? null);
  }, JSON.stringify(message));
}

/** Polls until `check` holds or the time is up; returns the last value for the assertion. */
export async function waitFor<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}
