// The one way tests, benchmarks and screenshot scripts start Chromium (DESIGN.md, toolchain): Debian's chromium
// (Playwright cannot download browsers here; CHROMIUM_PATH overrides), new headless mode, the built extension
// loaded from the command line, and the flags that keep a browser quiet on a closed network.
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: found upwards from this file, so it also holds when scripts run as cached bundles. */
export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const EXTENSION_DIR = process.env.WHY_DENIED_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3');

const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
];

export interface LaunchOptions {
  /** Load the built extension (default true); false gives the same browser without it, for comparisons. */
  extension?: boolean;
  /** Start on this profile directory instead of a new one (to restart a browser on the same profile). */
  profile?: string;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** More command-line flags. */
  args?: string[];
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The extension's service worker; null without the extension. */
  serviceWorker: Worker | null;
  /** From the service worker's URL; null without the extension. */
  extensionId: string | null;
  profile: string;
  /** Closes the browser and deletes its profile unless `keepProfile`. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/**
 * A new profile with developer mode on: Chromium disables a command-line unpacked extension on
 * chrome.runtime.reload() unless developer mode is enabled, as it is for anyone who loads it unpacked by hand; and
 * no speculative preconnects, so a network recording holds only what pages and the extension ask for.
 */
export function newProfile(extraPreferences: Record<string, unknown> = {}): string {
  const profile = mkdtempSync(join(tmpdir(), 'why-denied-chromium-'));
  mkdirSync(join(profile, 'Default'), { recursive: true });
  const preferences = {
    extensions: { ui: { developer_mode: true } },
    net: { network_prediction_options: 2 },
    ...extraPreferences,
  };
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(preferences));
  return profile;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const withExtension = options.extension ?? true;
  if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const profile = options.profile ?? newProfile();
  const args = [...QUIET_FLAGS];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  if (options.locale) args.push(`--lang=${options.locale}`);
  args.push(...(options.args ?? []));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
    args,
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    ...(options.viewport ? { viewport: options.viewport } : {}),
  });
  let serviceWorker: Worker | null = null;
  if (withExtension && hasBackground(EXTENSION_DIR)) {
    serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  }
  return {
    context,
    serviceWorker,
    extensionId: serviceWorker ? new URL(serviceWorker.url()).host : null,
    profile,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface ExtensionBrowser extends LaunchedBrowser {
  serviceWorker: Worker;
  extensionId: string;
}

/** Chromium with the extension, failing when its service worker does not start. */
export async function launchWithExtension(options: Omit<LaunchOptions, 'extension'> = {}): Promise<ExtensionBrowser> {
  const browser = await launchChromium({ ...options, extension: true });
  if (!browser.serviceWorker || !browser.extensionId) {
    await browser.close();
    throw new Error(`The extension at ${EXTENSION_DIR} started no service worker.`);
  }
  return browser as ExtensionBrowser;
}

function hasBackground(dir: string): boolean {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { background?: unknown };
  return manifest.background !== undefined;
}

function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'wxt.config.ts'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No repository root (wxt.config.ts) above ${start}`);
  }
}
