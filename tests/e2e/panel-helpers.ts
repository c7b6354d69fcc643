// Helpers of the side panel / popup / security e2e tests: Chromium with the built extension, in a profile directory
// the test controls (so a test can close the browser and start it again on the same profile), extension pages opened
// as tabs, and history seeded through the real background.
import type { Locator, Page, Worker } from '@playwright/test';
import type { Finding } from '../../lib/model';
import { launchWithExtension, newProfile, type ExtensionBrowser } from '../../scripts/support/browser';

export { newProfile };

/** Chromium with the extension, on a profile the test may keep (to start again on it). */
export type PanelBrowser = ExtensionBrowser;

export function launchPanelBrowser(options: { profile?: string; locale?: string; args?: string[] } = {}): Promise<PanelBrowser> {
  return launchWithExtension(options);
}

/** Opens an extension page in a tab; retries while the extension is (re)loading (ERR_BLOCKED_BY_CLIENT). */
export async function openExtensionPage(browser: PanelBrowser, path: 'sidepanel.html' | 'popup.html', timeoutMs = 15_000): Promise<Page> {
  const page = await browser.context.newPage();
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      return page;
    } catch (error) {
      if (Date.now() > until || !String(error).includes('ERR_BLOCKED_BY_CLIENT')) throw error;
      await page.waitForTimeout(200);
    }
  }
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
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>S3 Management Console</title><link rel="icon" href="data:,"></head>
<body><div id="app"><main>
<div class="awsui_flashbar" data-testid="flashbar"><div class="awsui_flash awsui_flash-type-error" role="alert">
<div class="awsui_flash-header">Failed to list objects</div>
<div class="awsui_flash-content">${escape(message)}</div></div></div>
<h1>example-bucket</h1><p>Objects (0)</p></main></div></body></html>`;
}

export const DENIAL_TEXT =
  'User: arn:aws:sts::111122223333:assumed-role/Dev/alice is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::example-bucket" because no identity-based policy allows the s3:ListBucket action';

/**
 * Evaluates an expression in the open Chrome side panel. Playwright does not list the side panel among the context's
 * pages, but it is a CDP target: attach to it (through any page's CDP session) and run Runtime.evaluate there.
 * Returns undefined when no side panel is open.
 */
export async function evaluateInSidePanel(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const panel = targetInfos.find((t) => t.type === 'page' && /^chrome-extension:\/\/[a-p]{32}\/sidepanel\.html/.test(t.url));
    if (!panel) return undefined;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: panel.targetId, flatten: false });
    const reply = new Promise<unknown>((resolve, reject) => {
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown }; exceptionDetails?: unknown }; error?: unknown };
        if (message.id !== 1) return;
        if (message.error || message.result?.exceptionDetails) reject(new Error(JSON.stringify(message.error ?? message.result?.exceptionDetails)));
        else resolve(message.result?.result?.value);
      });
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }),
    });
    const value = await reply;
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Serves `html` at the console URL `url` in a new page (only that URL is answered). */
export async function openConsole(browser: PanelBrowser, url: string, html: string): Promise<Page> {
  const page = await browser.context.newPage();
  const target = url.split('#')[0];
  await page.route((u) => u.href === target, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(url);
  return page;
}

/** The extension APIs these tests call inside the worker (typed here: the project has no chrome typings). */
interface WorkerChrome {
  runtime: { reload(): void; getContexts(filter: { contextTypes: string[] }): Promise<{ documentUrl?: string }[]> };
  tabs: { query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
  sidePanel: { open(options: { tabId: number }): Promise<void> };
}

/** URLs of the side panels open right now (chrome.runtime.getContexts, asked in the extension's worker). */
export function openSidePanels(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    return (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c) => c.documentUrl ?? '');
  });
}

/** chrome.runtime.reload() in the worker: what an extension update does. */
export async function reloadExtension(worker: Worker): Promise<void> {
  await worker
    .evaluate(() => (globalThis as unknown as { chrome: WorkerChrome }).chrome.runtime.reload())
    .catch(() => undefined); // the worker goes away while answering
}

/** Tries chrome.sidePanel.open on the active tab from the worker, with no user gesture; returns the error, if any. */
export function openSidePanelWithoutGesture(worker: Worker): Promise<string | null> {
  return worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const tabId = (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1;
    try {
      await chrome.sidePanel.open({ tabId });
      return null;
    } catch (e) {
      return String(e);
    }
  });
}

/**
 * A real mouse click at the middle of `target` (no element.click(), no page.evaluate: both grant user activation by
 * themselves and would hide a broken gesture chain, e.g. the side panel opening from a card's Explain).
 */
export async function clickLikeAUser(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('the element to click is not visible');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
