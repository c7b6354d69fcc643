// Nothing leaves the browser: a full session (detect a denial in a console page, explain it in the side panel from
// a real click, paste one in the popup, browse and export the history) while every request is recorded twice —
// by Playwright for every page and worker of the context, and by a local proxy that ALL of the browser's network
// traffic must go through. The extension makes none; a deliberate probe from the page proves the recorders see.
import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { consolePage, DENIAL_TEXT, launchPanelBrowser, newProfile, openConsole, openExtensionPage, openSidePanels, type PanelBrowser } from './panel-helpers';

const CONSOLE_URL = 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/roles';
const PROBE = 'https://probe.why-denied.invalid/recorder-check';
/**
 * Chromium's own services (component/extension updater, Google account check) also go through the proxy. They are
 * the browser's, not the extension's: the extension has no permission for these hosts and its CSP (connect-src
 * 'self') blocks any request from its pages and worker — the test checks that too.
 */
const BROWSER_OWN = /^(CONNECT (update\.googleapis\.com|accounts\.google\.com|clients\d*\.google\.com|www\.google\.com|optimizationguide-pa\.googleapis\.com|content-autofill\.googleapis\.com):443|POST http:\/\/update\.googleapis\.com\/service\/update2\/)/;
const escaped = () => viaProxy.filter((entry) => !BROWSER_OWN.test(entry));

let proxy: Server;
const viaProxy: string[] = [];
let browser: PanelBrowser;

test.beforeAll(async () => {
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
  // No speculative preconnects: the browser would otherwise open sockets to the console host while navigating to a
  // page the test serves itself, which looks like traffic but carries no request.
  const profile = newProfile({ net: { network_prediction_options: 2 } });
  browser = await launchPanelBrowser({ profile, args: [`--proxy-server=http://127.0.0.1:${port}`, '--proxy-bypass-list=<-loopback>'] });
});

test.afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => proxy?.close(resolve));
});

test('a full session makes no network request', async () => {
  const seen: string[] = [];
  browser.context.on('request', (request) => {
    seen.push(`${request.serviceWorker() ? 'worker' : 'page'} ${request.method()} ${request.url()}`);
  });

  // Detect: the content script finds the denial and shows a card.
  const page = await openConsole(browser, CONSOLE_URL, consolePage(DENIAL_TEXT));
  const card = page.locator('why-denied-card').first();
  await expect(card).toHaveAttribute('data-action', 's3:ListBucket', { timeout: 10_000 });

  // Explain: real click → side panel (the background explains, loading its IAM data).
  await card.getByRole('button', { name: 'Explain' }).click();
  await expect.poll(async () => (await openSidePanels(browser.serviceWorker)).length).toBe(1);

  // Copy fix from the card, too.
  await card.getByRole('button', { name: 'Copy fix' }).click();

  // Popup: paste and explain.
  const popup = await openExtensionPage(browser, 'popup.html');
  await popup.getByRole('textbox').fill(`An error occurred (AccessDeniedException) when calling the Decrypt operation: User: arn:aws:iam::111122223333:user/bob is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:Decrypt action`);
  await popup.getByRole('button', { name: 'Explain' }).click();
  await expect(popup.getByTestId('explanation')).toBeVisible();

  // History: browse, explain, export.
  const panel = await openExtensionPage(browser, 'sidepanel.html');
  const rows = panel.getByTestId('history-list').getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await rows.first().getByRole('button', { name: /Show the explanation/ }).click();
  await expect(panel.getByTestId('explanation')).toBeVisible();
  const links = await panel.getByTestId('explanation').getByRole('link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  for (const href of links) expect(href).toMatch(/^https:\/\/([\w-]+\.)*(aws\.amazon\.com|amazonaws\.cn|amazonaws-us-gov\.com)\//);
  await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export JSON' }).click()]);
  await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export CSV' }).click()]);
  await panel.waitForTimeout(500);

  const extensionMade = (list: string[]) =>
    list.filter((entry) => !entry.includes(CONSOLE_URL.split('#')[0]!) && !/ (chrome-extension|blob|data):/.test(entry));
  expect(extensionMade(seen)).toEqual([]);
  expect(escaped()).toEqual([]);

  // Even code that tried could not: the CSP stops a request from the worker and the extension pages before it
  // reaches the network.
  const fromWorker = await browser.serviceWorker.evaluate((url) => fetch(url).then(() => 'sent', (e: unknown) => String(e)), PROBE);
  const fromPanel = await panel.evaluate((url) => fetch(url).then(() => 'sent', (e: unknown) => String(e)), PROBE);
  expect(fromWorker).toMatch(/Failed to fetch/);
  expect(fromPanel).toMatch(/Failed to fetch/);
  expect(escaped()).toEqual([]);

  // Control: a request the page itself makes is seen by both recorders.
  await page.evaluate((url) => fetch(url).catch(() => undefined), PROBE);
  await expect.poll(() => escaped()).toEqual(['CONNECT probe.why-denied.invalid:443']);
  expect(extensionMade(seen)).toEqual([`page GET ${PROBE}`]);
});
