// Detection and cards on the project's own console-like pages (tests/e2e/pages), so `npm test` proves the content
// script on any machine: every container kind, Japanese chrome, frames, negatives, late banners, re-renders,
// grouping at page load, and the card's buttons and settings.
import { expect, test, type Page } from '@playwright/test';
import {
  asAttributes,
  cardKey,
  cardsIn,
  historyRecords,
  launchConsoleBrowser,
  openConsolePage,
  readPage,
  waitFor,
  type ConsoleBrowser,
  type ExpectedDenial,
} from './pages/harness';

const IAM_URL = 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/users';
const EC2_JA_URL = 'https://ap-northeast-1.console.aws.amazon.com/ec2/home?region=ap-northeast-1#Volumes:';
const LOGS_URL = 'https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#logsV2:log-groups';
const DASHBOARD_URL = 'https://us-west-2.console.aws.amazon.com/ec2/home?region=us-west-2#Home:';
const LAMBDA_URL = 'https://us-east-1.console.aws.amazon.com/lambda/home?region=us-east-1#/create/function';
const VPC_URL = 'https://us-east-1.console.aws.amazon.com/vpcconsole/home?region=us-east-1#NetworkAclDetails:';

const ALICE = 'arn:aws:sts::444455556666:assumed-role/Dev/alice';

function denial(principal: string | null, action: string | null, resource: string | null, policyType: string, denyKind: string): ExpectedDenial {
  return { principal, action, resource, policyType, denyKind };
}

async function expectCards(page: Page, expected: ExpectedDenial[]): Promise<void> {
  const want = expected.map(asAttributes).sort();
  await waitFor(() => cardsIn(page), (cards) => cards.length >= want.length);
  await page.waitForTimeout(300);
  expect((await cardsIn(page)).map(cardKey).sort()).toEqual(want);
}

/** The visible (not grouped, not dismissed) card's shadow root text, in the top document. */
async function cardText(page: Page, index = 0): Promise<string> {
  return page.evaluate((i) => {
    const cards = Array.from(document.querySelectorAll('why-denied-card')).filter(
      (c) => c.getAttribute('data-grouped') !== 'true' && c.getAttribute('data-dismissed') !== 'true',
    );
    return cards[i]?.shadowRoot?.textContent ?? '';
  }, index);
}

let browser: ConsoleBrowser;
test.beforeAll(async () => {
  browser = await launchConsoleBrowser();
});
test.afterAll(async () => {
  await browser?.close();
});

test('finds the denial of every console container kind and nothing in the look-alikes', async () => {
  const page = await openConsolePage(browser.context, IAM_URL, readPage('console-mixed.html'));
  await expectCards(page, [
    denial(ALICE, 'iam:ListUsers', 'arn:aws:iam::444455556666:user/', 'identity', 'implicit'),
    denial(ALICE, 'iam:ListAccessKeys', 'arn:aws:iam::444455556666:user/bob', 'scp', 'explicit'),
    denial(null, 'iam:DeleteUser', null, 'unknown', 'unknown'),
    denial('arn:aws:iam::444455556666:user/deployer', 'iam:CreateRole', 'arn:aws:iam::444455556666:role/app-role', 'boundary', 'explicit'),
    denial(null, 'iam:ListGroups', null, 'unknown', 'unknown'),
    denial('arn:aws:iam::444455556666:user/ci', 'iam:GetRole', 'arn:aws:iam::444455556666:role/deploy', 'boundary', 'implicit'),
    denial(ALICE, 'iam:DeleteLoginProfile', 'arn:aws:iam::444455556666:user/bob', 'identity', 'implicit'),
  ]);
  // Each card sits beside its own message, in the same document.
  const placement = await page.evaluate(() => ({
    flash: document.getElementById('flash-list-users')?.nextElementSibling?.getAttribute('data-action'),
    alert: document.getElementById('alert-keys')?.nextElementSibling?.getAttribute('data-action'),
    cell: document.querySelector('#reason-cell why-denied-card')?.getAttribute('data-action'),
    status: document.getElementById('status-role')?.nextElementSibling?.getAttribute('data-action'),
    dialog: document.getElementById('dialog-error')?.nextElementSibling?.getAttribute('data-action'),
  }));
  expect(placement).toEqual({
    flash: 'iam:ListUsers',
    alert: 'iam:ListAccessKeys',
    cell: 'iam:CreateRole',
    status: 'iam:GetRole',
    dialog: 'iam:DeleteLoginProfile',
  });
  await page.close();
});

test('Japanese console chrome around English API text, Japanese labels and empty states', async () => {
  const page = await openConsolePage(browser.context, EC2_JA_URL, readPage('console-ja.html'));
  await expectCards(page, [
    denial('arn:aws:sts::444455556666:assumed-role/Ops/hana', 'ec2:DescribeVolumes', null, 'identity', 'implicit'),
    denial('arn:aws:sts::444455556666:assumed-role/Ops/hana', 'ec2:DescribeSnapshots', '*', 'session', 'implicit'),
    denial(null, 'ec2:DescribeAddresses', null, 'unknown', 'unknown'),
  ]);
  await page.close();
});

test('denials inside srcdoc and about:blank frames get their cards in the frame', async () => {
  const page = await openConsolePage(browser.context, LOGS_URL, readPage('console-iframe.html'));
  await expectCards(page, [
    denial('arn:aws:sts::444455556666:assumed-role/OnCall/kai', 'logs:FilterLogEvents', 'arn:aws:logs:us-east-1:444455556666:log-group:/ecs/web:*', 'identity', 'implicit'),
    denial('arn:aws:sts::444455556666:assumed-role/OnCall/kai', 'cloudwatch:GetMetricData', null, 'scp', 'explicit'),
  ]);
  // None in the top document: each card is in its message's frame (a document.open()ed blank frame takes the
  // URL of the page that wrote it).
  expect(await page.evaluate(() => document.querySelectorAll('why-denied-card').length)).toBe(0);
  const byFrame = await Promise.all(
    ['microConsole-Logs', 'blank-frame'].map(async (id) => {
      const frame = await (await page.$(`#${id}`))?.contentFrame();
      return frame?.evaluate(() => document.querySelectorAll('why-denied-card').length);
    }),
  );
  expect(byFrame).toEqual([1, 1]);
  await page.close();
});

test('a page full of denial words but no denial gets no card', async () => {
  const page = await openConsolePage(browser.context, VPC_URL, readPage('console-negative.html'));
  await page.waitForTimeout(1_500);
  expect(await cardsIn(page)).toEqual([]);
  await page.close();
});

test('widget denials at page load share one compact card; a later denial of the user gets its own', async () => {
  const page = await openConsolePage(browser.context, DASHBOARD_URL, readPage('console-dashboard.html'));
  const kim = 'arn:aws:sts::444455556666:assumed-role/Ops/kim';
  await expectCards(page, [
    denial(kim, 'ec2:DescribeInstances', null, 'identity', 'implicit'),
    denial(kim, 'ec2:DescribeVolumes', null, 'session', 'implicit'),
    denial(kim, 'ec2:DescribeKeyPairs', null, 'scp', 'explicit'),
  ]);
  const roles = await page.evaluate(() =>
    Array.from(document.querySelectorAll('why-denied-card')).map((c) => ({
      grouped: c.getAttribute('data-grouped'),
      size: c.getAttribute('data-group-size'),
      shown: getComputedStyle(c).display !== 'none',
    })),
  );
  expect(roles).toEqual([
    { grouped: null, size: '3', shown: true },
    { grouped: 'true', size: null, shown: false },
    { grouped: 'true', size: null, shown: false },
  ]);
  expect(await cardText(page)).toContain('3 access denials while this page loaded');
  // Expanding the group lists every denial with its own buttons.
  await page.locator('why-denied-card >> button.toggle').first().click();
  await expect(page.locator('why-denied-card').first().locator('li')).toHaveCount(3);
  // The user's own action fails: that denial stands alone.
  await page.locator('#launch').click();
  await waitFor(() => cardsIn(page), (cards) => cards.length === 4);
  const runCard = page.locator('why-denied-card[data-action="ec2:RunInstances"]');
  await expect(runCard).toBeVisible();
  expect(await runCard.getAttribute('data-grouped')).toBeNull();
  await page.close();
});

test('the card follows its message: re-rendered, removed, shown again, late', async () => {
  const page = await openConsolePage(browser.context, LAMBDA_URL, readPage('console-single.html'));
  await waitFor(() => cardsIn(page), (cards) => cards.length === 1);
  const text = await cardText(page);
  expect(text).toContain('iam:PassRole');
  expect(text).toContain('Explain');
  expect(text).toContain('Copy fix');
  // React re-creates the banner: the same card, right after the new banner.
  for (let i = 0; i < 5; i++) await page.evaluate(() => (window as unknown as { rerender(): void }).rerender());
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => document.querySelector('[data-analytics-alert]')?.nextElementSibling?.tagName)).toBe('WHY-DENIED-CARD');
  expect(await cardsIn(page)).toHaveLength(1);
  // The page throws the card away while the message stays: it comes back.
  await page.evaluate(() => document.querySelector('why-denied-card')?.remove());
  await waitFor(() => cardsIn(page), (cards) => cards.length === 1);
  expect(await cardsIn(page)).toHaveLength(1);
  // The message goes: so does the card.
  await page.evaluate(() => (window as unknown as { removeBanner(): void }).removeBanner());
  await waitFor(() => cardsIn(page), (cards) => cards.length === 0);
  expect(await cardsIn(page)).toEqual([]);
  // A late banner long after load.
  await page.waitForTimeout(300);
  await page.evaluate(() =>
    (window as unknown as { lateBanner(t: string): void }).lateBanner(
      'User: arn:aws:iam::444455556666:user/dev-bob is not authorized to perform: lambda:CreateFunction on resource: arn:aws:lambda:us-east-1:444455556666:function:orders-processor because no identity-based policy allows the lambda:CreateFunction action',
    ),
  );
  const late = await waitFor(() => cardsIn(page), (cards) => cards.length === 1);
  expect(late.map((c) => c.action)).toEqual(['lambda:CreateFunction']);
  await page.close();
});

test('dismiss hides the card for the page; "Hide on Lambda" turns cards off for the service until turned on', async () => {
  let page = await openConsolePage(browser.context, LAMBDA_URL, readPage('console-single.html'));
  await waitFor(() => cardsIn(page), (cards) => cards.length === 1);
  await page.locator('why-denied-card >> button[aria-label="Dismiss"]').click();
  await expect(page.locator('why-denied-card')).toBeHidden();
  expect(await page.locator('why-denied-card').getAttribute('data-dismissed')).toBe('true');
  // A re-render does not bring a dismissed card back.
  await page.evaluate(() => (window as unknown as { rerender(): void }).rerender());
  await page.waitForTimeout(200);
  await expect(page.locator('why-denied-card')).toBeHidden();
  await page.close();

  page = await openConsolePage(browser.context, LAMBDA_URL, readPage('console-single.html'));
  await waitFor(() => cardsIn(page), (cards) => cards.length === 1);
  await page.locator('why-denied-card >> button', { hasText: 'Hide on Lambda' }).click();
  await waitFor(() => cardsIn(page), (cards) => cards.length === 0);
  expect(await cardsIn(page)).toEqual([]);
  await page.close();
  // Another Lambda page: still off. Another service: on.
  page = await openConsolePage(browser.context, LAMBDA_URL, readPage('console-single.html'));
  await page.waitForTimeout(1_000);
  expect(await cardsIn(page)).toEqual([]);
  const iam = await openConsolePage(browser.context, IAM_URL, readPage('console-mixed.html'));
  await waitFor(() => cardsIn(iam), (cards) => cards.length === 7);
  await iam.close();
  // Turned back on (as the side panel's settings do), the open page shows its card again.
  if (browser.serviceWorker) {
    await browser.serviceWorker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { cardsOffServices?: string[] }>>; set(v: object): Promise<void> } } } }).chrome;
      const current = (await api.storage.local.get('settings')).settings ?? {};
      await api.storage.local.set({ settings: { ...current, cardsOffServices: [] } });
    });
    await waitFor(() => cardsIn(page), (cards) => cards.length === 1);
    expect(await cardsIn(page)).toHaveLength(1);
  }
  await page.close();
});

test('the card speaks the browser language (Japanese)', async () => {
  const ja = await launchConsoleBrowser({ locale: 'ja-JP' });
  try {
    const page = await openConsolePage(ja.context, LAMBDA_URL, readPage('console-single.html'));
    await waitFor(() => cardsIn(page), (cards) => cards.length === 1);
    const text = await cardText(page);
    expect(text).toContain('詳しく見る');
    expect(text).toContain('修正をコピー');
  } finally {
    await ja.close();
  }
});

test('the background records the findings of the page in the history', async () => {
  test.skip(!browser.serviceWorker, 'this build has no background');
  const page = await openConsolePage(browser.context, EC2_JA_URL, readPage('console-ja.html'));
  await waitFor(() => cardsIn(page), (cards) => cards.length === 3);
  const hana = 'arn:aws:sts::444455556666:assumed-role/Ops/hana';
  const wanted: [string | null, string][] = [
    [hana, 'ec2:DescribeVolumes'],
    [hana, 'ec2:DescribeSnapshots'],
    [null, 'ec2:DescribeAddresses'],
  ];
  const find = (all: Awaited<ReturnType<typeof historyRecords>>, [principal, action]: [string | null, string]) =>
    all.find((r) => r.finding.action === action && r.finding.principal === principal);
  const records = await waitFor(
    () => historyRecords(browser),
    (all) => wanted.every((w) => find(all, w)),
  );
  for (const w of wanted) {
    const record = find(records, w);
    expect(record?.source).toBe('console');
    expect(record?.pageUrl).toBe(EC2_JA_URL);
  }
  await page.close();
});
