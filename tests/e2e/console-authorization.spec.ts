// IAM Access Troubleshooter in the browser (issue 12): a console flashbar whose denial ends with the authorization
// link and ID gets a card that names the ID and until when its details are kept; Explain opens the side panel with
// the details as the first step (link and iam-toolbox command) and the ID in the admin request.
import { expect, test } from '@playwright/test';
import { readPage } from './pages/harness';
import { clickLikeAUser, evaluateInSidePanel, launchPanelBrowser, openConsole, openSidePanels, type PanelBrowser } from './panel-helpers';

const URL = 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/roles';
const ID = 'EXAMPLE1a2b3c4d5e6f7g8h9i0j';
const LINK = `https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/authorization-details/${ID}`;

let browser: PanelBrowser;
test.beforeAll(async () => {
  browser = await launchPanelBrowser();
});
test.afterAll(async () => {
  await browser?.close();
});

test('the card names the authorization ID and until when its details are kept; the side panel reads them first', async () => {
  const page = await openConsole(browser, URL, readPage('console-authorization.html'));
  const card = page.locator('why-denied-card').first();
  await expect(card).toHaveAttribute('data-action', 'iam:CreateInstanceProfile', { timeout: 10_000 });
  await expect(page.locator('why-denied-card')).toHaveCount(1);
  const line = card.locator('.authz');
  await expect(line).toContainText(`Authorization ID ${ID}`);
  await expect(line).toContainText('AWS keeps the details until about');

  await clickLikeAUser(page, card.getByRole('button', { name: 'Explain' }));
  await expect.poll(() => openSidePanels(browser.serviceWorker), { timeout: 10_000 }).toEqual([`chrome-extension://${browser.extensionId}/sidepanel.html`]);

  type PanelView = { window: string | null; firstStep: string | null; firstLink: string | null; request: string | null };
  const read = async () =>
    (await evaluateInSidePanel(
      page,
      `({ window: document.querySelector('[data-testid=authorization-window]')?.textContent ?? null,
          firstStep: document.querySelector('ol.steps > li')?.textContent ?? null,
          firstLink: document.querySelector('ol.steps > li a')?.getAttribute('href') ?? null,
          request: [...document.querySelectorAll('section.block')].find((s) => s.querySelector('h3')?.textContent === 'Request for your administrator')?.textContent ?? null })`,
    )) as PanelView | undefined;
  await expect.poll(async () => (await read())?.firstStep ?? '', { timeout: 10_000 }).toContain(`aws iam-toolbox get-request-authorization-details --authorization-id ${ID}`);
  const view = await read();
  expect(view?.window).toContain(ID);
  expect(view?.window).toContain('until about');
  expect(view?.firstStep).toContain('iam:GetRequestAuthorizationDetails');
  expect(view?.firstLink).toBe(LINK);
  expect(view?.request).toContain(ID);
  expect(view?.request).toContain(LINK);
  expect(view?.request).toContain('aws iam-toolbox get-request-authorization-details');
  await page.close();
});
