// Screenshots of the side panel and the popup, in English and Japanese, light and dark, from the real build, into
// docs/screenshots/; and the side panel docked narrow (320 px) on a long real denial pasted into the popup. The
// history is filled through the extension's own background (message `store`), with denials written for this script;
// the explanation shown is the extension's real output.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Finding } from '../../lib/model';
import { launchWithExtension, ROOT } from '../support/browser';
import { japaneseFontMissing } from '../support/fonts';
import { ECS_SECRET_DENIAL } from '../support/long-denials';

const OUT = join(ROOT, 'docs/screenshots');

function denial(action: string, resource: string, principal: string, policyType: Finding['policyType'], message: string): Finding {
  return {
    category: 'access-denied',
    principal,
    principalType: principal.includes(':assumed-role/') ? 'assumed-role' : 'user',
    accountId: '111122223333',
    action,
    resource,
    policyType,
    denyKind: policyType === 'scp' ? 'explicit' : 'implicit',
    policyArn: null,
    errorCode: 'AccessDenied',
    operation: action.split(':')[1] ?? null,
    encoded: false,
    message,
  };
}

const ROLE = 'arn:aws:sts::111122223333:assumed-role/Developer/alice';
const HISTORY: Finding[] = [
  denial('ec2:RunInstances', '*', 'arn:aws:iam::111122223333:user/ci-deployer', 'scp', 'with an explicit deny in a service control policy'),
  denial('kms:Decrypt', 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', ROLE, 'resource', 'because no resource-based policy allows the kms:Decrypt action'),
  denial('dynamodb:PutItem', 'arn:aws:dynamodb:eu-west-1:111122223333:table/orders', 'arn:aws:sts::111122223333:assumed-role/orders-api-role/orders-api', 'boundary', 'because no permissions boundary allows the dynamodb:PutItem action'),
  denial('s3:ListBucket', 'arn:aws:s3:::example-reports', ROLE, 'identity', 'because no identity-based policy allows the s3:ListBucket action'),
];

const PASTE = `$ aws s3 ls s3://example-reports
An error occurred (AccessDenied) when calling the ListObjectsV2 operation: User: ${ROLE} is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::example-reports" because no identity-based policy allows the s3:ListBucket action`;

async function store(page: Page, findings: Finding[]) {
  for (const f of findings) {
    await page.evaluate(
      (f) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'store', source: 'console', pageUrl: 'https://eu-west-1.console.aws.amazon.com/console/home', findings: [f] }),
      { ...f, message: `User: ${f.principal} is not authorized to perform: ${f.action} on resource: ${f.resource} ${f.message}` },
    );
    await page.waitForTimeout(20);
  }
}

// The README shows these pictures: an explanation that lacks the IAM data it should have must not become one.
const DEGRADED = /is not in the Service Authorization Reference this version knows|サービス認可リファレンスに含まれていません/;
async function assertWhole(page: Page, where: string): Promise<void> {
  const view = page.getByTestId('explanation').first();
  const text = (await view.textContent()) ?? '';
  if (DEGRADED.test(text) || (await view.getByTestId('explanation-warning').count()) > 0) {
    throw new Error(`${where}: the explanation on screen is degraded (IAM data missing); not taking this screenshot`);
  }
}

async function shoot(lang: 'en' | 'ja', theme: 'light' | 'dark') {
  const browser = await launchWithExtension({ locale: lang, colorScheme: theme });
  try {
    const base = `chrome-extension://${browser.extensionId}`;
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 420, height: 1100 });
    await panel.goto(`${base}/sidepanel.html`);
    await store(panel, HISTORY);
    await panel.reload();
    const rows = panel.getByTestId('history-list').getByRole('listitem');
    await rows.first().waitFor();
    await rows.first().getByRole('button').first().click();
    await panel.getByTestId('explanation').waitFor();
    await panel.waitForTimeout(300);
    await assertWhole(panel, `side panel (${lang}, ${theme})`);
    const suffix = theme === 'dark' ? `${lang}-dark` : lang;
    await panel.screenshot({ path: join(OUT, `sidepanel-${suffix}.png`) });
    // The history below the explanation: search, filters, counts, export.
    await panel.getByRole('searchbox').scrollIntoViewIfNeeded();
    await panel.locator('section.history').screenshot({ path: join(OUT, `sidepanel-history-${suffix}.png`) });

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 460, height: 600 });
    await popup.goto(`${base}/popup.html`);
    await popup.getByRole('textbox').fill(PASTE);
    await popup.getByRole('button', { name: lang === 'ja' ? '説明' : 'Explain' }).click();
    await popup.getByTestId('explanation').waitFor();
    await popup.waitForTimeout(300);
    await assertWhole(popup, `popup (${lang}, ${theme})`);
    await popup.screenshot({ path: join(OUT, `popup-${suffix}.png`) });

    // The narrowest docked panel on a long real denial (pasted into the popup, so it is in the history as `paste`).
    await popup.getByRole('textbox').fill(ECS_SECRET_DENIAL.text);
    await popup.getByRole('button', { name: lang === 'ja' ? '説明' : 'Explain' }).click();
    await popup.getByTestId('explanation').getByRole('heading', { level: 2 }).filter({ hasText: ECS_SECRET_DENIAL.action }).waitFor();
    await panel.setViewportSize({ width: 320, height: 1100 });
    await panel.reload();
    await panel.getByTestId('history-list').getByRole('listitem').filter({ hasText: ECS_SECRET_DENIAL.action }).locator('button.row-main').click();
    await panel.getByTestId('explanation').getByRole('heading', { level: 2 }).filter({ hasText: ECS_SECRET_DENIAL.action }).waitFor();
    await panel.waitForTimeout(300);
    await assertWhole(panel, `narrow side panel (${lang}, ${theme})`);
    const overflow = await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) throw new Error(`narrow side panel (${lang}, ${theme}) scrolls sideways by ${overflow}px: not taking this screenshot`);
    await panel.screenshot({ path: join(OUT, `sidepanel-narrow-${suffix}.png`) });
    console.log(`screenshots: docs/screenshots/sidepanel-${suffix}.png, sidepanel-history-${suffix}.png, popup-${suffix}.png, sidepanel-narrow-${suffix}.png`);
  } finally {
    await browser.close();
  }
}

async function main() {
  // Japanese without a Japanese font is empty boxes: no such picture goes into the README.
  const noFont = japaneseFontMissing();
  if (noFont) throw new Error(noFont);
  mkdirSync(OUT, { recursive: true });
  await shoot('en', 'light');
  await shoot('ja', 'light');
  await shoot('en', 'dark');
  await shoot('ja', 'dark');
}

main().catch((error) => {
  console.error('panel screenshots failed:', error);
  process.exit(1);
});
