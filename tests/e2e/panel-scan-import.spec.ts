// A team's CloudTrail denials in the built extension's side panel: `cli scan --json` run as people run it over a
// CloudTrail tree, its output imported through the real file dialog, the groups shown beside a denial met in the
// console (source "CloudTrail scan"), and a second import of the same scan not counting its events twice.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScanJson } from '../../lib/scan/report';
import { writeTree } from '../../scripts/support/synthetic-trail';
import { finding, launchPanelBrowser, openExtensionPage, storeThroughBackground, type PanelBrowser } from './panel-helpers';

let browser: PanelBrowser;
let dir: string;
let scanFile: string;
let scan: ScanJson;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'why-denied-e2e-scan-'));
  writeTree(join(dir, 'trail'), { events: 3000, lookupEvents: 300, perFile: 500, denialRate: 0.1 });
  const cli = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/cli.ts', 'scan', '--json', join(dir, 'trail')], {
    cwd: resolve(dirname(fileURLToPath(import.meta.url)), '../..'),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  expect(cli.status, cli.stderr).toBe(0);
  scanFile = join(dir, 'scan.json');
  writeFileSync(scanFile, cli.stdout);
  scan = JSON.parse(cli.stdout) as ScanJson;
  browser = await launchPanelBrowser();
});
test.afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('imports a scan beside the console history, and a second import counts nothing twice', async () => {
  expect(scan.groups.length).toBeGreaterThan(5);
  const page = await openExtensionPage(browser, 'sidepanel.html');
  const kms = scan.groups.find((g) => g.finding.action === 'kms:Decrypt')!;
  await storeThroughBackground(page, [finding()], 'console');
  await storeThroughBackground(page, [kms.finding], 'console');
  await page.reload();
  const rows = page.getByTestId('history-list').getByRole('listitem');
  await expect(rows).toHaveCount(2);

  const importScan = async () => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import JSON…' }).click()]);
    await chooser.setFiles(scanFile);
  };
  await importScan();
  await expect(page.getByText(`Imported: ${scan.groups.length - 1} new, 1 merged.`)).toBeVisible();
  await expect(rows).toHaveCount(scan.groups.length + 1);
  await page.getByRole('combobox', { name: 'Source' }).selectOption('scan');
  await expect(rows).toHaveCount(scan.groups.length - 1);
  await expect(rows.first()).toContainText('CloudTrail scan');

  await importScan();
  await expect(page.getByText(`Imported: 0 new, ${scan.groups.length} merged.`)).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('combobox', { name: 'Source' }).selectOption('').then(() => page.getByRole('button', { name: 'Export JSON' }).click())]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { records: Array<{ fingerprint: string; count: number; source: string; trail?: { count: number } }> };
  for (const group of scan.groups) {
    const record = exported.records.find((r) => r.fingerprint === group.fingerprint)!;
    // The console's own sighting of the KMS denial stays beside the scan's events.
    expect(record.count).toBe(group.count + (group === kms ? 1 : 0));
    expect(record.trail?.count).toBe(group.count);
    expect(record.source).toBe(group === kms ? 'console' : 'scan');
  }
  await page.close();
});
