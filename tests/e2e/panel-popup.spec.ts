// The toolbar popup in Chromium: pasted text → the same explanation as the side panel, saved to history as
// `paste`; a clear message when the text holds no denial; "Open in side panel" opens the panel from the real click.
import { expect, test, type Worker } from '@playwright/test';
import { launchPanelBrowser, openExtensionPage, openSidePanels, type PanelBrowser } from './panel-helpers';

const CLI_ERROR = `$ aws s3 ls s3://example-bucket
An error occurred (AccessDenied) when calling the ListObjectsV2 operation: User: arn:aws:sts::111122223333:assumed-role/Dev/alice is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::example-bucket" because no identity-based policy allows the s3:ListBucket action`;

let browser: PanelBrowser;
test.beforeAll(async () => {
  browser = await launchPanelBrowser();
});
test.afterAll(async () => {
  await browser?.close();
});

interface Stored {
  source: string;
  pageUrl: string | null;
  count: number;
  finding: { action: string | null; principal: string | null };
}

function records(worker: Worker): Promise<Stored[]> {
  return worker.evaluate(
    () =>
      new Promise<Stored[]>((resolve, reject) => {
        const open = indexedDB.open('why-denied');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('findings').objectStore('findings').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result as Stored[]);
          };
        };
      }),
  );
}

test('explains a pasted CLI error, saves it as paste, and opens it in the side panel from the click', async () => {
  const page = await openExtensionPage(browser, 'popup.html');
  await page.getByLabel('Paste an AWS error (terminal, CI log, chat)').fill(CLI_ERROR);
  await page.getByRole('button', { name: 'Explain' }).click();
  await expect(page.getByText('1 denial found')).toBeVisible();
  await expect(page.getByTestId('explanation').getByRole('heading', { level: 2 })).toContainText('s3:ListBucket');
  await expect(page.getByText('Saved to the history.')).toBeVisible();
  const stored = await records(browser.serviceWorker);
  expect(stored).toEqual([expect.objectContaining({ source: 'paste', pageUrl: null, count: 1 })]);
  expect(stored[0]!.finding).toMatchObject({ action: 's3:ListBucket', principal: 'arn:aws:sts::111122223333:assumed-role/Dev/alice' });

  expect(await openSidePanels(browser.serviceWorker)).toEqual([]);
  await page.getByRole('button', { name: 'Open in side panel' }).click();
  await expect.poll(() => openSidePanels(browser.serviceWorker)).toEqual([`chrome-extension://${browser.extensionId}/sidepanel.html`]);
});

test('says clearly when the pasted text holds no denial, and stores nothing', async () => {
  const before = (await records(browser.serviceWorker)).length;
  const page = await openExtensionPage(browser, 'popup.html');
  await page.getByLabel('Paste an AWS error (terminal, CI log, chat)').fill('npm ERR! code ENOENT\nBuild failed: file not found');
  await page.getByRole('button', { name: 'Explain' }).click();
  await expect(page.getByTestId('no-denial')).toHaveText('No access-denied or credentials error found in this text.');
  expect(await records(browser.serviceWorker)).toHaveLength(before);
  await page.close();
});

test('says when pasted text was cut, and still explains the denial at its end (errors sit at the end of logs)', async () => {
  const page = await openExtensionPage(browser, 'popup.html');
  // 10.4 million characters: Playwright's fill() types them far too slowly, so the page builds the text and gets the
  // input event a paste gives (no gesture is tested here).
  await page.getByLabel('Paste an AWS error (terminal, CI log, chat)').evaluate((area: HTMLTextAreaElement, denial: string) => {
    area.value = '[build] step output\n'.repeat(520_000) + denial;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, CLI_ERROR);
  await page.getByRole('button', { name: 'Explain' }).click();
  await expect(
    page.getByText('The text is longer than 10,000,000 characters: its first and last 5,000,000 characters were read, the middle was skipped.'),
  ).toBeVisible();
  await expect(page.getByTestId('explanation')).toBeVisible();
  await expect(page.getByTestId('explanation')).toContainText('s3:ListBucket');
  await page.close();
});

test('is keyboard reachable: Tab to the text area, Ctrl+Enter explains', async () => {
  const page = await openExtensionPage(browser, 'popup.html');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox')).toBeFocused();
  await page.keyboard.insertText(CLI_ERROR);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('explanation')).toBeVisible();
  await page.close();
});
