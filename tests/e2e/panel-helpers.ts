// Helpers of the side panel / popup / security e2e tests: Chromium with the built extension, in a profile directory
// the test controls (so a test can close the browser and start it again on the same profile), extension pages opened
// as tabs, and history seeded through the real background.
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../../lib/model';
import { chromiumPath, EXTENSION_DIR } from './support/browser';

export interface PanelBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  profile: string;
  /** Closes the browser; keeps the profile when `keepProfile` (to start again on it). */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export function newProfile(): string {
  return mkdtempSync(join(tmpdir(), 'why-denied-panel-'));
}

export async function launchPanelBrowser(options: { profile?: string; locale?: string } = {}): Promise<PanelBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const profile = options.profile ?? newProfile();
  const args = [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--disable-gpu',
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
  ];
  if (options.locale) args.push(`--lang=${options.locale}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  return {
    context,
    worker,
    profile,
    extensionId: new URL(worker.url()).host,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function openExtensionPage(browser: PanelBrowser, path: 'sidepanel.html' | 'popup.html'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

/** Stores findings through the background, as the popup does (message `store`). */
export async function storeThroughBackground(page: Page, findings: Finding[], source: 'paste' | 'console' = 'paste'): Promise<unknown> {
  return page.evaluate(
    ({ findings, source }) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
        type: 'store',
        source,
        pageUrl: source === 'console' ? 'https://us-east-1.console.aws.amazon.com/s3/home' : null,
        findings,
      }),
    { findings, source },
  );
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    category: 'access-denied',
    principal: 'arn:aws:sts::111122223333:assumed-role/Dev/alice',
    principalType: 'assumed-role',
    accountId: '111122223333',
    action: 's3:ListBucket',
    resource: 'arn:aws:s3:::example-bucket',
    policyType: 'identity',
    denyKind: 'implicit',
    policyArn: null,
    errorCode: 'AccessDenied',
    operation: 'ListObjectsV2',
    encoded: false,
    message:
      'User: arn:aws:sts::111122223333:assumed-role/Dev/alice is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::example-bucket" because no identity-based policy allows the s3:ListBucket action',
    ...overrides,
  };
}

/** A console-like page (Cloudscape flashbar markup) showing one denial, written for these tests. */
export function consolePage(message: string, lang = 'en'): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>S3 Management Console</title></head>
<body><div id="app"><main>
<div class="awsui_flashbar" data-testid="flashbar"><div class="awsui_flash awsui_flash-type-error" role="alert">
<div class="awsui_flash-header">Failed to list objects</div>
<div class="awsui_flash-content">${escape(message)}</div></div></div>
<h1>example-bucket</h1><p>Objects (0)</p></main></div></body></html>`;
}

export const DENIAL_TEXT =
  'User: arn:aws:sts::111122223333:assumed-role/Dev/alice is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::example-bucket" because no identity-based policy allows the s3:ListBucket action';
