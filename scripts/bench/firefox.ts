// Explain latency in the Firefox add-on's background, and what an MV3 Firefox build would change (README figures,
// docs/firefox-mv2.md). Debian's firefox-esr with the built add-on, the explain message sent from an add-on page
// (runtime.sendMessage, as the sidebar and popup send it), timed there:
// - cold: the first explanation after the add-on (re)started — the background loads the service's IAM data;
// - warm: the same finding again (median of 20);
// - after idle: one explanation after 45 s without messages (Firefox suspends an MV3 event page after 30 s idle).
// The MV2 build (the one we ship) and an MV3 build (`wxt build -b firefox --mv3`, made here if missing) are measured
// in the same run. Medians of several rounds; the machine is shared and noisy: compare within one run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { Finding } from '../../lib/model';
import { launchFirefox, ROOT, sendFromPage, showExtensionPage } from '../support/firefox';
import { median } from '../support/median';

const ROUNDS = Number(process.env.BENCH_RUNS ?? 5);
const IDLE_MS = 45_000;

const FINDING: Finding = {
  category: 'access-denied',
  principal: 'arn:aws:sts::111122223333:assumed-role/Dev/alice',
  principalType: 'assumed-role',
  accountId: '111122223333',
  action: 's3:ListBucket',
  resource: 'arn:aws:s3:::example-bucket',
  policyType: 'identity',
  denyKind: 'implicit',
  policyArn: null,
  errorCode: 'AccessDenied',
  operation: 'ListObjectsV2',
  encoded: false,
  message:
    'User: arn:aws:sts::111122223333:assumed-role/Dev/alice is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::example-bucket" because no identity-based policy allows the s3:ListBucket action',
};


async function explainMs(page: Page): Promise<number> {
  const t0 = performance.now();
  const reply = JSON.parse(await sendFromPage(page, { type: 'explain', finding: FINDING, lang: 'en' })) as { ok?: boolean; error?: string };
  if (!reply.ok) throw new Error(`explain failed: ${reply.error}`);
  return performance.now() - t0;
}

/** Whether the background page is running right now (extension.getViews lists it without waking it). */
function backgroundRunning(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    (globalThis as unknown as { browser: { extension: { getViews(): Window[] } } }).browser.extension
      .getViews()
      .some((w) => w.location.pathname === '/_generated_background_page.html'),
  );
}

async function measure(dir: string) {
  const firefox = await launchFirefox({ extensionDir: dir });
  try {
    let page = await firefox.openExtensionPage('popup.html');
    const permissions = await page.evaluate(() =>
      (globalThis as unknown as { browser: { permissions: { getAll(): Promise<{ origins: string[] }> } } }).browser.permissions.getAll(),
    );
    const cold: number[] = [];
    const warm: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      if (round > 0) {
        // An add-on reload restarts the background with empty caches, as an update or a browser start does.
        await page.evaluate(() => (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload()).catch(() => undefined);
        await new Promise((r) => setTimeout(r, 1_000));
        page = await firefox.browser.newPage();
        await showExtensionPage(page, 'popup.html', 20_000);
      }
      cold.push(await explainMs(page));
      const samples: number[] = [];
      for (let i = 0; i < 20; i++) samples.push(await explainMs(page));
      warm.push(median(samples));
    }
    await new Promise((r) => setTimeout(r, IDLE_MS));
    const runningAfterIdle = await backgroundRunning(page);
    const afterIdle = await explainMs(page);
    return { origins: permissions.origins.length, cold: median(cold), warm: median(warm), runningAfterIdle, afterIdle };
  } finally {
    await firefox.close();
  }
}

const mv2 = join(ROOT, '.output/firefox-mv2');
const mv3 = join(ROOT, '.output/firefox-mv3');
if (!existsSync(join(mv2, 'manifest.json'))) throw new Error('No .output/firefox-mv2: run "npm run build" first.');
if (!existsSync(join(mv3, 'manifest.json'))) {
  const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { cwd: ROOT, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('wxt build -b firefox --mv3 failed');
}

const rows: string[] = [];
for (const [name, dir] of [
  ['MV2 (shipped)', mv2],
  ['MV3 (not shipped)', mv3],
] as const) {
  const m = await measure(dir);
  rows.push(
    `| ${name} | ${m.cold.toFixed(0)} ms | ${m.warm.toFixed(1)} ms | ${m.runningAfterIdle ? 'running' : 'suspended'} | ${m.afterIdle.toFixed(0)} ms | ${m.origins} of 8 |`,
  );
}
console.log(`Firefox background (firefox-esr, temporary add-on), explain round trip from an add-on page, median of ${ROUNDS} rounds`);
console.log('');
console.log(`| build | cold (first after start) | warm (median of 20) | background after ${IDLE_MS / 1000} s idle | explain after that idle | console hosts granted at install |`);
console.log('|---|---:|---:|---|---:|---:|');
for (const row of rows) console.log(row);
