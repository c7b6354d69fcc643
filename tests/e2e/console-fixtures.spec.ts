// Every console page of ../shared/fixtures served at its console URL: the cards' data attributes equal the
// manifest's expected denials (null ↔ empty attribute), negative pages get no card, late banners are caught and
// the iframe page works. Skipped, with a message, where ../shared is not present.
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  asAttributes,
  historyRecords,
  cardKey,
  cardsIn,
  launchConsoleBrowser,
  openConsolePage,
  SHARED_FIXTURES,
  waitFor,
  type ConsoleBrowser,
  type ExpectedDenial,
} from './pages/harness';

interface FixtureEntry {
  file: string;
  consoleUrl: string;
  insertAfterMs: number;
  expected: ExpectedDenial[];
  lang: string;
  kind: 'positive' | 'negative';
  title: string;
}

const manifestPath = join(SHARED_FIXTURES, 'manifest.json');
const present = existsSync(manifestPath);
const entries: FixtureEntry[] = present ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as FixtureEntry[]) : [];

// Without ../shared there are no pages to list: one visibly skipped test says so instead of a silent zero.
test('shared console fixtures are present', () => {
  test.skip(!present, `../shared/fixtures/manifest.json not found at ${manifestPath}: shared fixture pages not checked`);
  expect(entries.length).toBeGreaterThan(0);
});

test.describe('shared console fixtures', () => {
  test.skip(!present, `../shared/fixtures/manifest.json not found at ${manifestPath}: shared fixture pages not checked`);

  let browser: ConsoleBrowser;
  test.beforeAll(async () => {
    browser = await launchConsoleBrowser();
  });
  test.afterAll(async () => {
    await browser?.close();
  });

  for (const entry of entries) {
    test(`${entry.kind}: ${entry.file}`, async () => {
      const html = readFileSync(join(SHARED_FIXTURES, entry.file), 'utf8');
      const page = await openConsolePage(browser.context, entry.consoleUrl, html);
      try {
        const want = entry.expected.map(asAttributes).sort();
        if (entry.kind === 'negative') {
          // Give the content script, a late render and the lazy engine time to (wrongly) act.
          await page.waitForTimeout(1_000 + entry.insertAfterMs);
          expect(await cardsIn(page)).toEqual([]);
          return;
        }
        const cards = await waitFor(
          () => cardsIn(page),
          (found) => found.length >= want.length,
          5_000 + entry.insertAfterMs,
        );
        // Settle: nothing more may appear once the expected cards are there.
        await page.waitForTimeout(300);
        const settled = await cardsIn(page);
        expect(settled.map(cardKey).sort()).toEqual(want);
        for (const card of settled) expect(card.category).toBe('access-denied');
        expect(cards.length).toBeGreaterThanOrEqual(want.length);
        // The background recorded what the cards show (Contract 3), as console sightings of this page.
        if (browser.serviceWorker) {
          const recorded = await waitFor(
            () => historyRecords(browser),
            (records) => want.every((w) => records.some((r) => r.source === 'console' && asAttributes(r.finding) === w)),
          );
          for (const w of want) {
            const record = recorded.find((r) => r.source === 'console' && asAttributes(r.finding) === w);
            expect(record, `history holds ${w}`).toBeDefined();
            expect(record?.pageUrl?.startsWith('https://')).toBe(true);
          }
        }
      } finally {
        await page.close();
      }
    });
  }
});
