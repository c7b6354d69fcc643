// The side panel in Chromium with the built extension: history seeded through the real background, an explanation
// opened from the history with real clicks, copy buttons checked against the system clipboard, live updates,
// export → clear → import through the real file dialog and download, and the Japanese UI.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { plainText } from '../../lib/inline-code';
import type { ExplainReply } from '../../lib/messages';
import { finding, launchPanelBrowser, openExtensionPage, storeThroughBackground, type PanelBrowser } from './panel-helpers';

let browser: PanelBrowser;
test.beforeAll(async () => {
  browser = await launchPanelBrowser();
  // Chromium treats chrome-extension:// as an opaque origin for per-origin grants: grant for the whole context.
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
test.afterAll(async () => {
  await browser?.close();
});

const FINDINGS = [
  finding(),
  finding({ action: 'kms:Decrypt', resource: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', policyType: 'resource', operation: 'Decrypt', message: 'kms denial' }),
  finding({ action: 'ec2:RunInstances', resource: '*', policyType: 'scp', denyKind: 'explicit', operation: 'RunInstances', message: 'ec2 denial' }),
];

async function explainInPage(page: Page, f: ReturnType<typeof finding>): Promise<ExplainReply> {
  return page.evaluate(
    (f) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<ExplainReply> } } }).chrome.runtime.sendMessage({ type: 'explain', finding: f, lang: 'en' }),
    f,
  );
}

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test('renders the history and the full explanation of a picked record; copy buttons fill the clipboard', async () => {
  const page = await openExtensionPage(browser, 'sidepanel.html');
  expect(await storeThroughBackground(page, FINDINGS)).toEqual({ ok: true, saved: 3 });
  await page.reload();
  const rows = page.getByTestId('history-list').getByRole('listitem');
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId('history-counts')).toHaveText(/^3 of 3 denials/);

  await rows.filter({ hasText: 's3:ListBucket' }).getByRole('button', { name: /Show the explanation/ }).click();
  const explanation = page.getByTestId('explanation');
  const expected = await explainInPage(page, FINDINGS[0]!);
  if (!expected.ok) throw new Error(`explain failed: ${expected.error}`);
  await expect(explanation.getByRole('heading', { level: 2 })).toHaveText(plainText(expected.explanation.verdict));
  await expect(explanation.getByRole('region', { name: 'Likely causes' }).getByRole('listitem')).toHaveCount(expected.explanation.causes.length);
  // Syntax-highlighted JSON: tokens are spans of text.
  await expect(explanation.locator('.tok-key').first()).toHaveText('"Version"');

  await page.bringToFront();
  const policyFix = expected.explanation.fixes.findIndex((f) => f.policy !== null);
  expect(policyFix).toBeGreaterThanOrEqual(0);
  await explanation.getByRole('button', { name: `Copy policy JSON of fix ${policyFix + 1}` }).click();
  await expect.poll(() => clipboard(page)).toBe(JSON.stringify(expected.explanation.fixes[policyFix]!.policy, null, 2));
  expect(JSON.parse(await clipboard(page))).toEqual(expected.explanation.fixes[policyFix]!.policy);

  if (expected.explanation.commands.length > 0) {
    const command = expected.explanation.commands[0]!;
    await explanation.getByRole('button', { name: `Copy command: ${command.purpose}` }).click();
    await expect.poll(() => clipboard(page)).toBe(command.command);
  }
  await explanation.getByRole('button', { name: 'Copy the request for your administrator' }).click();
  await expect.poll(() => clipboard(page)).toBe(expected.explanation.adminRequest);
  await expect(explanation.getByRole('button', { name: 'Copy the request for your administrator' })).toHaveText(/Copied/);
  await page.close();
});

test('updates live when the background records a denial, filters and searches', async () => {
  const page = await openExtensionPage(browser, 'sidepanel.html');
  const rows = page.getByTestId('history-list').getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  const before = await rows.count();
  const other = await openExtensionPage(browser, 'popup.html');
  await storeThroughBackground(other, [finding({ action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:111122223333:orders', message: 'sqs denial' })]);
  await expect(rows).toHaveCount(before + 1);
  await expect(rows.first()).toContainText('sqs:SendMessage');
  await page.getByRole('searchbox', { name: 'Search the history' }).fill('decrypt');
  await expect(rows).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search the history' }).fill('');
  await page.getByRole('combobox', { name: 'Policy layer' }).selectOption('scp');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('ec2:RunInstances');
  await other.close();
  await page.close();
});

test('export JSON → clear all → import restores the records; CSV export downloads', async () => {
  const page = await openExtensionPage(browser, 'sidepanel.html');
  const rows = page.getByTestId('history-list').getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^why-denied-history-\d{8}-\d{4}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.records).toHaveLength(count);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText.split('\r\n').filter(Boolean)).toHaveLength(count + 1);

  await page.getByRole('button', { name: 'Clear all…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete all' }).click();
  await expect(page.getByText('No denials recorded yet.')).toBeVisible();

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import JSON…' }).click()]);
  await chooser.setFiles(file);
  await expect(page.getByText(`Imported: ${count} new, 0 merged.`)).toBeVisible();
  await expect(rows).toHaveCount(count);

  const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const reexported = JSON.parse(readFileSync(await again.path(), 'utf8'));
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  expect(reexported.records.sort(byId)).toEqual(exported.records.sort(byId));
  await page.close();
});

test('is keyboard reachable: Tab to a history row, Enter explains it, Tab reaches its copy buttons', async () => {
  const page = await openExtensionPage(browser, 'sidepanel.html');
  await expect(page.getByTestId('history-list').getByRole('listitem').first()).toBeVisible();
  const firstRow = page.getByTestId('history-list').getByRole('button', { name: /Show the explanation/ }).first();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await firstRow.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(firstRow).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('explanation')).toBeVisible();
  const copy = page.getByTestId('explanation').getByRole('button', { name: /^Copy/ }).first();
  await page.getByTestId('explanation').getByRole('heading', { level: 2 }).click();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await copy.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(copy).toBeFocused();
  await page.close();
});

test('follows a Japanese browser', async () => {
  const ja = await launchPanelBrowser({ locale: 'ja' });
  try {
    const page = await openExtensionPage(ja, 'sidepanel.html');
    await expect(page.getByRole('heading', { name: '履歴' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await storeThroughBackground(page, [finding()]);
    await page.getByTestId('history-list').getByRole('button', { name: /の説明を表示/ }).first().click();
    await expect(page.getByTestId('explanation').getByRole('region', { name: '考えられる原因' })).toBeVisible();
  } finally {
    await ja.close();
  }
});
