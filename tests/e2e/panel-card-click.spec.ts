// The Chrome side panel opens from a REAL click on a card's Explain button (Playwright mouse click: no
// page.evaluate, no tracing — both grant user activation and would hide a broken gesture chain), and shows that
// denial explained in full, with the denial in the history.
import { expect, test, type Page } from '@playwright/test';
import {
  clickLikeAUser,
  consolePage,
  DENIAL_TEXT,
  evaluateInSidePanel,
  launchPanelBrowser,
  openConsole,
  openSidePanels,
  openSidePanelWithoutGesture,
  type PanelBrowser,
} from './panel-helpers';

const URL = 'https://us-east-1.console.aws.amazon.com/s3/buckets/example-bucket?region=us-east-1&tab=objects';

let browser: PanelBrowser;
test.beforeAll(async () => {
  browser = await launchPanelBrowser();
});
test.afterAll(async () => {
  await browser?.close();
});

async function panelState(page: Page) {
  return (await evaluateInSidePanel(
    page,
    `({ verdict: document.querySelector('.verdict')?.textContent ?? null,
        action: [...document.querySelectorAll('.summary-row')].find((r) => r.querySelector('dt')?.textContent === 'Action')?.querySelector('dd')?.textContent ?? null,
        rows: [...document.querySelectorAll('[data-testid=history-list] li')].map((li) => li.querySelector('.row-title')?.textContent) })`,
  )) as { verdict: string | null; action: string | null; rows: string[] } | undefined;
}

test('a real click on a card’s Explain opens the side panel on that denial', async () => {
  const page = await openConsole(browser, URL, consolePage(DENIAL_TEXT));
  const card = page.locator('why-denied-card').first();
  await expect(card).toHaveAttribute('data-action', 's3:ListBucket', { timeout: 10_000 });
  expect(await openSidePanels(browser.serviceWorker)).toEqual([]);

  await clickLikeAUser(page, card.getByRole('button', { name: 'Explain' }));

  await expect.poll(() => openSidePanels(browser.serviceWorker), { timeout: 10_000 }).toEqual([`chrome-extension://${browser.extensionId}/sidepanel.html`]);
  await expect
    .poll(async () => (await panelState(page))?.action ?? null, { timeout: 10_000, message: 'the side panel shows the clicked denial' })
    .toBe('s3:ListBucket');
  const state = await panelState(page);
  expect(state?.verdict).toMatch(/s3:ListBucket/);
  await expect.poll(async () => (await panelState(page))?.rows ?? []).toContain('s3:ListBucket');
});

test('without a user gesture the browser refuses to open the side panel (the click above is what opens it)', async () => {
  const page = await openConsole(browser, `${URL}&again=1`, consolePage(DENIAL_TEXT));
  await expect(page.locator('why-denied-card').first()).toHaveAttribute('data-action', 's3:ListBucket', { timeout: 10_000 });
  const error = await openSidePanelWithoutGesture(browser.serviceWorker);
  expect(error).toMatch(/user gesture/i);
});
