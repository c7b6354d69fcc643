// The card's buttons against the real background: Explain opens the Chrome side panel from the user's real click
// on the card (sidePanel.open inside the message listener), Copy fix puts the first fix's policy on the clipboard
// as valid JSON.
import { expect, test, type Worker } from '@playwright/test';
import { consolePage } from './panel-helpers';
import { cardsIn, launchConsoleBrowser, openConsolePage, readPage, waitFor, type ConsoleBrowser } from './pages/harness';

const LAMBDA_URL = 'https://us-east-1.console.aws.amazon.com/lambda/home?region=us-east-1#/create/function';

let browser: ConsoleBrowser;
test.beforeAll(async () => {
  browser = await launchConsoleBrowser();
});
test.afterAll(async () => {
  await browser?.close();
});

function sidePanels(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => {
    type Runtime = { getContexts(f: { contextTypes: string[] }): Promise<{ documentUrl?: string }[]> };
    const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;
    return (await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c) => c.documentUrl ?? '');
  });
}

test('Explain on a card opens the side panel from the real click', async () => {
  test.skip(!browser.serviceWorker, 'this build has no background');
  const worker = browser.serviceWorker!;
  const page = await openConsolePage(browser.context, LAMBDA_URL, readPage('console-single.html'));
  await waitFor(() => cardsIn(page), (cards) => cards.length === 1);
  expect(await sidePanels(worker)).toEqual([]);
  // A real mouse click through the page (no page.evaluate: it would grant user activation by itself).
  await page.locator('why-denied-card').getByRole('button', { name: 'Explain' }).click();
  await expect.poll(() => sidePanels(worker), { timeout: 5_000 }).toEqual([`chrome-extension://${browser.extensionId}/sidepanel.html`]);
  await page.close();
});

test('Copy fix puts the policy that fixes the denial on the clipboard, as valid JSON', async () => {
  test.skip(!browser.serviceWorker, 'this build has no background');
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://us-east-1.console.aws.amazon.com' });
  const page = await openConsolePage(browser.context, LAMBDA_URL, readPage('console-single.html'));
  await waitFor(() => cardsIn(page), (cards) => cards.length === 1);
  const card = page.locator('why-denied-card');
  await card.getByRole('button', { name: 'Copy fix' }).click();
  await expect(card.locator('.status')).toContainText('Policy copied', { timeout: 10_000 });
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const policy = JSON.parse(copied) as { Version: string; Statement: { Effect: string; Action: string | string[]; Resource: string | string[] }[] };
  expect(policy.Version).toBe('2012-10-17');
  const statement = policy.Statement.find((s) => s.Effect === 'Allow');
  expect([statement?.Action].flat()).toContain('iam:PassRole');
  expect([statement?.Resource].flat()).toContain('arn:aws:iam::444455556666:role/service-role/orders-processor-role');
  await page.close();
});

test('Copy fix on an explicit deny copies the Condition for the denying statement, never a rewritten statement', async () => {
  test.skip(!browser.serviceWorker, 'this build has no background');
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://us-east-1.console.aws.amazon.com' });
  const message =
    'User: arn:aws:sts::111122223333:assumed-role/Dev/alice is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::example-reports/q1.csv" with an explicit deny in a service control policy';
  const page = await openConsolePage(browser.context, 'https://us-east-1.console.aws.amazon.com/s3/buckets/example-reports', consolePage(message));
  await waitFor(() => cardsIn(page), (cards) => cards.length === 1);
  const card = page.locator('why-denied-card');
  await card.getByRole('button', { name: 'Copy fix' }).click();
  await expect(card.locator('.status')).toContainText('Condition copied: add it to the statement that denies s3:PutObject', { timeout: 10_000 });
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as Record<string, unknown>;
  expect(Object.keys(copied)).toEqual(['Condition']);
  expect(JSON.stringify(copied)).toContain('arn:aws:iam::111122223333:role/Dev');
  expect(JSON.stringify(copied)).not.toContain('"Resource"');
  await page.close();
});
