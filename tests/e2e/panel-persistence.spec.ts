// History is user data: it survives an extension reload (what an update does) and a browser restart on the same
// profile, record for record.
import { expect, test } from '@playwright/test';
import { finding, launchPanelBrowser, newProfile, openExtensionPage, reloadExtension, storeThroughBackground } from './panel-helpers';
import { rmSync } from 'node:fs';

const FINDINGS = Array.from({ length: 12 }, (_, i) => finding({ resource: `arn:aws:s3:::bucket-${i}`, message: `denial ${i}` }));

async function exportedRecords(page: import('@playwright/test').Page): Promise<unknown[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const { readFileSync } = await import('node:fs');
  const records = JSON.parse(readFileSync(await download.path(), 'utf8')).records as { id: string }[];
  return records.sort((a, b) => (a.id < b.id ? -1 : 1));
}

test('history survives an extension reload and a browser restart', async () => {
  const profile = newProfile();
  try {
    let browser = await launchPanelBrowser({ profile });
    let page = await openExtensionPage(browser, 'sidepanel.html');
    await storeThroughBackground(page, FINDINGS);
    await storeThroughBackground(page, [FINDINGS[0]!]);
    await page.reload();
    await expect(page.getByTestId('history-counts')).toHaveText(/^12 of 12 denials · 13 sightings$/);
    const before = await exportedRecords(page);

    // Reload the extension, as an update does: the worker stops and every extension page is closed.
    const closed = page.waitForEvent('close', { timeout: 15_000 });
    await reloadExtension(browser.serviceWorker);
    await closed;
    page = await openExtensionPage(browser, 'sidepanel.html');
    await expect(page.getByTestId('history-counts')).toHaveText(/^12 of 12 denials · 13 sightings$/);
    expect(await exportedRecords(page)).toEqual(before);
    // The reloaded background keeps writing into the same records.
    expect(await storeThroughBackground(page, [FINDINGS[1]!])).toEqual({ ok: true, saved: 1 });
    await expect(page.getByTestId('history-counts')).toHaveText(/^12 of 12 denials · 14 sightings$/);
    const afterReload = await exportedRecords(page);

    // And a browser restart on the same profile.
    await browser.close({ keepProfile: true });
    browser = await launchPanelBrowser({ profile });
    page = await openExtensionPage(browser, 'sidepanel.html');
    await expect(page.getByTestId('history-counts')).toHaveText(/^12 of 12 denials · 14 sightings$/);
    expect(await exportedRecords(page)).toEqual(afterReload);
    await browser.close({ keepProfile: true });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
