// Every console page of ../shared/fixtures, served at its console URL in Firefox with the built Firefox add-on:
// the cards' data attributes equal the manifest's expected denials (null ↔ empty attribute), negative pages get no
// card, late banners and the iframe page work, and the background records each denial in IndexedDB history as a
// console sighting. The Firefox twin of tests/e2e/console-fixtures.spec.ts. Skipped, visibly, without ../shared.
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { readPage } from '../e2e/pages/harness';
import { cardsIn, historyRecords, launchFirefox, ROOT, waitFor, type CardInfo, type FirefoxSession } from '../../scripts/support/firefox';

interface Expected {
  principal: string | null;
  action: string | null;
  resource: string | null;
  policyType: string | null;
  denyKind: string | null;
}

interface FixtureEntry {
  file: string;
  consoleUrl: string;
  insertAfterMs: number;
  expected: Expected[];
  lang: string;
  kind: 'positive' | 'negative';
}

const FIXTURES = resolve(ROOT, '../shared/fixtures');
const manifestPath = join(FIXTURES, 'manifest.json');
const present = existsSync(manifestPath);
const entries: FixtureEntry[] = present ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as FixtureEntry[]) : [];

const asAttributes = (e: Expected) => JSON.stringify([e.principal ?? '', e.action ?? '', e.resource ?? '', e.policyType ?? '', e.denyKind ?? '']);
const cardKey = (c: CardInfo) => JSON.stringify([c.principal ?? '', c.action ?? '', c.resource ?? '', c.policyType ?? '', c.denyKind ?? '']);

let firefox: FirefoxSession;
let probe: Page;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  firefox = await launchFirefox();
  // An add-on page to read the history from (same origin as the background page).
  probe = await firefox.openExtensionPage('popup.html');
});
test.afterAll(async () => {
  await firefox?.close();
});

// Firefox skips srcdoc and about:blank frames when the manifest says match_origin_as_fallback: false, even with
// match_about_blank (the CloudWatch Logs micro-console is such a frame): our own page guards it without ../shared.
test('denials inside a srcdoc frame and a script-written about:blank frame get their cards', async () => {
  const page = await firefox.openConsolePage('https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#logsV2:log-groups', readPage('console-iframe.html'));
  const cards = await waitFor(() => cardsIn(page), (found) => found.length >= 2, 8_000);
  expect(cards.map((c) => [c.action, c.policyType, c.denyKind]).sort()).toEqual([
    ['cloudwatch:GetMetricData', 'scp', 'explicit'],
    ['logs:FilterLogEvents', 'identity', 'implicit'],
  ]);
  // Each card sits in its message's frame, none in the top document.
  expect(await page.evaluate(() => document.querySelectorAll('why-denied-card').length)).toBe(0);
  await page.close();
});

// Issue 12 in Firefox: a flashbar denial ending with an Access Troubleshooter ID gets a card that names the ID and
// until when its details are kept.
test('a denial with an authorization ID gets a card with the ID and its availability line', async () => {
  const page = await firefox.openConsolePage('https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/roles', readPage('console-authorization.html'));
  const cards = await waitFor(() => cardsIn(page), (found) => found.length >= 1, 8_000);
  expect(cards.map((c) => [c.action, c.policyType, c.denyKind])).toEqual([['iam:CreateInstanceProfile', 'identity', 'explicit']]);
  const line = await page.evaluate(() => document.querySelector('why-denied-card')?.shadowRoot?.querySelector('.authz')?.textContent ?? null);
  expect(line).toContain('Authorization ID EXAMPLE1a2b3c4d5e6f7g8h9i0j');
  expect(line).toContain('AWS keeps the details until about');
  await page.close();
});

test('shared console fixtures are present', () => {
  test.skip(!present, `../shared/fixtures/manifest.json not found at ${manifestPath}: shared fixture pages not checked in Firefox`);
  expect(entries.length).toBeGreaterThan(0);
});

test.describe('shared console fixtures in Firefox', () => {
  test.skip(!present, `../shared/fixtures/manifest.json not found at ${manifestPath}: shared fixture pages not checked in Firefox`);

  for (const entry of entries) {
    test(`${entry.kind}: ${entry.file}`, async () => {
      const html = readFileSync(join(FIXTURES, entry.file), 'utf8');
      const page = await firefox.openConsolePage(entry.consoleUrl, html);
      try {
        const want = entry.expected.map(asAttributes).sort();
        if (entry.kind === 'negative') {
          // Give the content script, a late render and the lazily loaded engine time to (wrongly) act.
          await new Promise((r) => setTimeout(r, 1_000 + entry.insertAfterMs));
          expect(await cardsIn(page)).toEqual([]);
          return;
        }
        await waitFor(
          () => cardsIn(page),
          (found) => found.length >= want.length,
          8_000 + entry.insertAfterMs,
        );
        // Settle: nothing more may appear once the expected cards are there.
        await new Promise((r) => setTimeout(r, 300));
        const settled = await cardsIn(page);
        expect(settled.map(cardKey).sort()).toEqual(want);
        for (const card of settled) expect(card.category).toBe('access-denied');
        // The background recorded what the cards show (Contract 3), as console sightings of a console page.
        const recorded = await waitFor(
          () => historyRecords(probe),
          (records) => want.every((w) => records.some((r) => r.source === 'console' && asAttributes(r.finding as unknown as Expected) === w)),
        );
        for (const w of want) {
          const record = recorded.find((r) => r.source === 'console' && asAttributes(r.finding as unknown as Expected) === w);
          expect(record, `history holds ${w}`).toBeDefined();
          expect(record?.pageUrl?.startsWith('https://')).toBe(true);
        }
      } finally {
        await page.close();
      }
    });
  }
});
