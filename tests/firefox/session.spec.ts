// A user's session in Firefox, in order, on one Firefox whose every network request must go through a recording
// proxy: the toolbar popup explains a pasted denial (real typing and clicks) with the terminal's fix; its button
// opens the sidebar — Firefox opens it only from extension UI — which shows that explanation and the history; a
// denial in a console page gets a card, lands in IndexedDB history and appears in the open sidebar, whose view the
// card's Explain switches to it; the history survives an add-on reload; and nothing left the browser.
import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import { consolePage, DENIAL_TEXT } from '../e2e/panel-helpers';
import { cli } from './support/cli';
import { cardsIn, historyRecords, launchFirefox, sendFromPage, showExtensionPage, waitFor, type FirefoxSession, type StoredRecord } from '../../scripts/support/firefox';

test.describe.configure({ mode: 'serial' });

const PASTED =
  'An error occurred (AccessDeniedException) when calling the Decrypt operation: User: arn:aws:iam::111122223333:user/bob is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:Decrypt action';
const CONSOLE_URL = 'https://us-east-1.console.aws.amazon.com/s3/buckets/example-bucket?region=us-east-1';
const PROBE = 'https://probe.why-denied.invalid/recorder-check';
/**
 * Firefox's own services that no pref silences completely (e.g. the ads user-data cleanup at start-up). They are the
 * browser's, not the add-on's: the add-on has no permission for these hosts and its CSP (connect-src 'self') stops
 * any request from its pages — the last test checks that too.
 */
const BROWSER_OWN = /^CONNECT ([\w.-]+\.)?(mozilla\.(org|com|net)|mozilla\.cloud|firefox\.com|mozaws\.net|services\.mozilla\.com):443$/;

interface SidebarState {
  open: boolean;
  url: string | null;
  explanation: string | null;
  historyRows: number;
  counts: string | null;
}

const viaProxy: string[] = [];
const escaped = () => viaProxy.filter((entry) => !BROWSER_OWN.test(entry));
let proxy: Server;
let firefox: FirefoxSession;
let probe: Page;
let popupPage: Page;

/** Whether a tab still answers (puppeteer's isClosed() misses a tab that an add-on page closed itself). */
function tabState(page: Page): Promise<'open' | 'closed'> {
  return page.evaluate(() => location.href).then(
    () => 'open' as const,
    () => 'closed' as const,
  );
}

/** What the sidebar shows, read from an add-on page through extension.getViews (same add-on, same process). */
function sidebarState(page: Page): Promise<SidebarState> {
  return page.evaluate(async () => {
    const ext = (globalThis as unknown as {
      browser: {
        sidebarAction: { isOpen(details: object): Promise<boolean> };
        extension: { getViews(filter: { type: string }): Window[] };
      };
    }).browser;
    const view = ext.extension.getViews({ type: 'sidebar' })[0];
    const doc = view?.document;
    const explanation = doc?.querySelector('[data-testid="explanation"]') as HTMLElement | null | undefined;
    return {
      open: await ext.sidebarAction.isOpen({}),
      url: view ? view.location.href : null,
      explanation: explanation?.innerText ?? null,
      historyRows: doc?.querySelectorAll('[data-testid="history-list"] > li').length ?? 0,
      counts: doc?.querySelector('[data-testid="history-counts"]')?.textContent ?? null,
    };
  });
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  proxy = createServer((req, res) => {
    viaProxy.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  proxy.on('connect', (req, socket) => {
    viaProxy.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const port = (proxy.address() as AddressInfo).port;
  firefox = await launchFirefox({
    prefs: {
      // Every request, to any host and any port, through the recorder; nothing bypasses it.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.socks_remote_dns': true,
    },
  });
  probe = await firefox.openExtensionPage('sidepanel.html');
});

test.afterAll(async () => {
  const own = new Map<string, number>();
  for (const entry of viaProxy.filter((e) => BROWSER_OWN.test(e))) own.set(entry, (own.get(entry) ?? 0) + 1);
  console.log(`Firefox's own requests through the recorder: ${[...own].map(([e, n]) => `${e} ×${n}`).join(', ') || 'none'}`);
  await firefox?.close();
  await new Promise((resolve) => proxy?.close(resolve));
});

test('the toolbar popup explains a pasted denial with the terminal’s fix and keeps it in history', async () => {
  const popup = await firefox.openExtensionPage('popup.html');
  await popup.type('#paste-text', PASTED);
  await popup.click('button[type="submit"]');
  await popup.waitForSelector('[data-testid="explanation"]', { timeout: 10_000 });
  const shown = await popup.$eval('[data-testid="explanation"]', (el) => (el as HTMLElement).innerText);
  expect(shown).toContain('kms:Decrypt');
  expect(shown).toContain('arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab');
  expect(shown).not.toContain('not in the Service Authorization Reference');
  // The fix JSON the popup shows is the terminal's, and so is the explanation behind it (Contract 4).
  const terminal = JSON.parse(cli(['explain', '--json'], PASTED).join('\n')) as { explanations: { fixes: { policy: unknown }[] }[] };
  const policy = terminal.explanations[0]!.fixes.find((f) => f.policy !== null)?.policy;
  expect(policy).toBeDefined();
  const blocks = await popup.$$eval('[data-testid="explanation"] pre', (pres) => pres.map((p) => p.textContent ?? ''));
  expect(blocks.map((b) => b.replace(/\s+/g, ''))).toContain(JSON.stringify(policy));
  // Saved as a paste.
  const records = await waitFor(
    () => historyRecords(probe),
    (list) => list.some((r) => r.source === 'paste' && r.finding.action === 'kms:Decrypt'),
  );
  expect(records.filter((r) => r.source === 'paste').map((r) => [r.finding.action, r.pageUrl, r.count])).toEqual([['kms:Decrypt', null, 1]]);
  // Left open for the next test: its button opens the sidebar.
  popupPage = popup;
});

test('the popup’s button opens the sidebar, which shows that explanation and the history', async () => {
  expect((await sidebarState(probe)).open).toBe(false);
  const openButton = await popupPage.waitForSelector('.found-bar button.primary');
  expect(await openButton!.evaluate((b) => b.textContent)).toBe('Open in side panel');
  await openButton!.click();
  const state = await waitFor(
    () => sidebarState(probe),
    (s) => s.open && (s.explanation ?? '').includes('kms:Decrypt') && s.historyRows === 1,
    10_000,
  );
  expect(state.open).toBe(true);
  expect(state.url).toMatch(/^moz-extension:\/\/[0-9a-f-]+\/sidepanel\.html/);
  expect(state.explanation).toContain('kms:Decrypt');
  expect(state.explanation).not.toContain('not in the Service Authorization Reference');
  expect(state.historyRows).toBe(1);
  // The popup closes itself once the sidebar is open, as a real popup does.
  expect(await waitFor(() => tabState(popupPage), (state) => state === 'closed')).toBe('closed');
});

test('a console denial gets a card, lands in history and in the open sidebar; the card’s Explain shows it there', async () => {
  const page = await firefox.openConsolePage(CONSOLE_URL, consolePage(DENIAL_TEXT));
  const cards = await waitFor(() => cardsIn(page), (found) => found.length === 1, 8_000);
  expect(cards.map((c) => [c.action, c.resource, c.policyType, c.denyKind])).toEqual([['s3:ListBucket', 'arn:aws:s3:::example-bucket', 'identity', 'implicit']]);
  const records = await waitFor(
    () => historyRecords(probe),
    (list) => list.some((r) => r.source === 'console'),
  );
  expect(records.filter((r) => r.source === 'console').map((r) => [r.finding.action, r.pageUrl])).toEqual([['s3:ListBucket', CONSOLE_URL]]);
  // The open sidebar hears of the new record.
  let state = await waitFor(() => sidebarState(probe), (s) => s.historyRows === 2);
  expect(state.historyRows).toBe(2);
  expect(state.explanation).toContain('kms:Decrypt');

  // The card's Explain (a real click in the page): Firefox does not let the background open the sidebar from a
  // message, so the card says to use the toolbar button — and the open sidebar switches to the card's denial.
  const explain = await page.waitForSelector('why-denied-card >>> button.primary');
  await explain!.click();
  state = await waitFor(() => sidebarState(probe), (s) => (s.explanation ?? '').includes('s3:ListBucket'));
  expect(state.explanation).toContain('s3:ListBucket');
  expect(state.explanation).toContain('arn:aws:s3:::example-bucket');
  const status = await waitFor(
    () => page.$eval('why-denied-card >>> p.status', (p) => p.textContent ?? ''),
    (text) => text !== '',
  );
  expect(status).toBe('Could not open the side panel. Use the toolbar button.');
  await page.close();
});

test('the history survives an add-on reload, record for record, and the reloaded background keeps counting', async () => {
  const byId = (list: StoredRecord[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  const before = byId(await historyRecords(probe));
  expect(before).toHaveLength(2);
  // runtime.reload() is what an update does: the background page restarts and the add-on's pages close.
  await probe.evaluate(() => (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload()).catch(() => undefined);
  expect(await waitFor(() => tabState(probe), (state) => state === 'closed', 10_000)).toBe('closed');
  probe = await firefox.browser.newPage();
  await showExtensionPage(probe, 'sidepanel.html', 20_000);
  const after = byId(await historyRecords(probe));
  expect(after).toEqual(before);
  // The reloaded background writes into the same records.
  const pasted = before.find((r) => r.source === 'paste')!;
  const reply = JSON.parse(await sendFromPage(probe, { type: 'store', source: 'paste', pageUrl: null, findings: [pasted.finding] })) as unknown;
  expect(reply).toEqual({ ok: true, saved: 1 });
  const counted = await historyRecords(probe);
  expect(counted.find((r) => r.id === pasted.id)?.count).toBe(2);
  expect(counted).toHaveLength(2);
});

test('nothing left the browser; even a deliberate request from the add-on’s pages is stopped', async () => {
  // Requests the console tabs made besides their own page (favicons) were aborted by the test, never sent.
  expect(firefox.abortedRequests.filter((url) => !/\/favicon\.ico$/.test(url))).toEqual([]);
  expect(escaped()).toEqual([]);
  // The CSP stops a request from an add-on page before it reaches the network.
  const fromPage = await probe.evaluate((url) => fetch(url).then(() => 'sent', (e: unknown) => String(e)), PROBE);
  expect(fromPage).toMatch(/NetworkError/);
  expect(escaped()).toEqual([]);
  // Control: a plain tab's request does reach the recorder, so the recorder would have seen one.
  const tab = await firefox.browser.newPage();
  await tab.evaluate((url) => fetch(url).catch(() => undefined), PROBE);
  await waitFor(async () => escaped(), (list) => list.length > 0);
  expect(escaped()).toEqual(['CONNECT probe.why-denied.invalid:443']);
  await tab.close();
});
