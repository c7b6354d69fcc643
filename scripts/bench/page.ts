// What the console content script costs a console page (`npm run bench`), measured side by side in one run:
//  1. the page's main-thread time (script + style + layout, Chrome's Performance.getMetrics) during a storm of
//     console-like DOM mutations — table re-renders, status updates, info banners, words like "permissions" — in a
//     Chromium with the extension and one without (aim ≤ 1.05×);
//  2. the time from a denial banner being inserted to its <why-denied-card> existing (aim ≤ 16 ms, one frame),
//     with the lazily loaded engine already in, and for the first banner of a page (engine loaded on demand);
//  3. the gzip size of the content script (aim ≤ 15 kB) and of the engine it loads on demand.
// Medians of interleaved rounds; the machine is shared, so the ratio is the figure to read.
import type { BrowserContext, Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, launchChromium, type LaunchedBrowser } from '../support/browser';
import { median } from '../support/median';

const URL = 'https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1#Instances:';
const ROUNDS = 11;
const STORM_FRAMES = 150;
const LATENCY_SAMPLES = 40;

function launch(withExtension: boolean): Promise<LaunchedBrowser> {
  return launchChromium({ extension: withExtension, viewport: { width: 1280, height: 900 } });
}

// A console-like page: top bar, flashbar, a 300-row instances table in Cloudscape's markup, and the storm that
// re-renders it frame after frame the way React does (new row nodes, status text, info banners coming and going).
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Instances | EC2</title>
<style>body{font-family:Arial,sans-serif;margin:0}td,th{padding:4px 8px;border-bottom:1px solid #ddd}
[data-analytics-flashbar]{padding:8px;margin:4px 0;border-radius:8px;background:#006ce0;color:#fff}
[data-analytics-flashbar="error"]{background:#db0000}</style></head><body>
<div id="awsc-navigation-container">aws · Services · Dev/alice @ 1111-2222-3333</div>
<main><ul id="flashes" style="list-style:none;padding:0"></ul><h1>Instances (<span id="count">300</span>)</h1>
<table><thead><tr><th>Name</th><th>Instance ID</th><th>State</th><th>Type</th><th>IAM role permissions</th><th>Zone</th></tr></thead>
<tbody id="rows"></tbody></table><div id="slot"></div></main>
<script>
const STATES = ['Running', 'Pending', 'Stopping', 'Stopped'];
function row(i, tick) {
  const tr = document.createElement('tr');
  tr.className = 'awsui_row_wih1l_1';
  const cells = ['web-' + i, 'i-0' + (1e15 + i * 7919 + tick).toString(16), STATES[(i + tick) % 4], 't3.micro',
    i % 10 === 0 ? 'Role web-role: permissions boundary set' : 'web-role', 'us-east-1' + 'abc'[i % 3]];
  for (const [k, text] of cells.entries()) {
    const td = document.createElement('td');
    td.className = 'awsui_body-cell_c6tup_1';
    const div = document.createElement('div');
    div.className = 'awsui_body-cell-content_c6tup_2';
    if (k === 2) {
      const s = document.createElement('span');
      s.className = 'awsui_status-' + (text === 'Running' ? 'success' : 'pending') + '_1cbgc_1';
      s.textContent = text;
      div.appendChild(s);
    } else div.textContent = text;
    td.appendChild(div);
    tr.appendChild(td);
  }
  return tr;
}
const rows = document.getElementById('rows');
for (let i = 0; i < 300; i++) rows.appendChild(row(i, 0));
window.storm = (frames) => new Promise((resolve) => {
  let tick = 0;
  function frame() {
    tick++;
    // Re-render 60 rows with new nodes, as a table with live status does.
    for (let j = 0; j < 60; j++) {
      const i = (tick * 60 + j) % 300;
      rows.replaceChild(row(i, tick), rows.children[i]);
    }
    document.getElementById('count').textContent = String(300 + (tick % 3));
    if (tick % 10 === 1) {
      const li = document.createElement('li');
      li.innerHTML = '<div data-analytics-flashbar="info"><div class="awsui_flash-content_x">Loading instances and their permissions…</div></div>';
      document.getElementById('flashes').appendChild(li);
    }
    if (tick % 10 === 6) document.getElementById('flashes').firstElementChild?.remove();
    if (tick < frames) requestAnimationFrame(frame);
    else resolve(tick);
  }
  requestAnimationFrame(frame);
});
let n = 0;
window.insertDenial = () => {
  n++;
  const li = document.createElement('li');
  li.innerHTML = '<div data-analytics-flashbar="error" class="awsui_flash_1q84n_1"><div class="awsui_flash-header_1q84n_2">Failed to load instances</div><div class="awsui_flash-content_1q84n_3"></div></div>';
  li.querySelector('.awsui_flash-content_1q84n_3').textContent = 'User: arn:aws:sts::111122223333:assumed-role/Dev/alice is not authorized to perform: ec2:DescribeInstanceStatus' + n +
    ' because no identity-based policy allows the ec2:DescribeInstanceStatus' + n + ' action';
  const slot = document.getElementById('flashes');
  const t0 = performance.now();
  slot.appendChild(li);
  return t0;
};
window.cardSeen = () => new Promise((resolve) => {
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const node of r.addedNodes) {
      if (node.nodeName === 'WHY-DENIED-CARD') { observer.disconnect(); resolve(performance.now()); return; }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  setTimeout(() => { observer.disconnect(); resolve(-1); }, 3000);
});
</script></body></html>`;

async function open(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.route((u) => u.href.split('#')[0] === URL.split('#')[0], (route) => route.fulfill({ body: PAGE, contentType: 'text/html' }));
  await page.goto(URL, { waitUntil: 'load' });
  await page.waitForTimeout(400);
  return page;
}

async function stormCost(context: BrowserContext): Promise<number> {
  const page = await open(context);
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  const read = async () => Object.fromEntries((await session.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await read();
  await page.evaluate((frames) => (window as unknown as { storm(n: number): Promise<number> }).storm(frames), STORM_FRAMES);
  await page.waitForTimeout(200);
  const after = await read();
  await session.detach();
  await page.close();
  const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  return delta('ScriptDuration') + delta('RecalcStyleDuration') + delta('LayoutDuration');
}

/**
 * The content script's own main-thread time during one storm, from a CPU profile: every sample whose nearest
 * JavaScript frame belongs to the extension (its functions and the DOM calls they make), against the whole
 * profile. Less sensitive to machine load than comparing two runs.
 */
async function ownShare(context: BrowserContext): Promise<{ extensionMs: number; totalMs: number }> {
  const page = await open(context);
  const session = await context.newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.send('Profiler.start');
  await page.evaluate((frames) => (window as unknown as { storm(n: number): Promise<number> }).storm(frames), STORM_FRAMES);
  const { profile } = await session.send('Profiler.stop');
  await session.detach();
  await page.close();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node] as const));
  const owner = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const url = byId.get(at)?.callFrame.url ?? '';
      if (url) return url;
    }
    return '';
  };
  let extensionUs = 0;
  let busyUs = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const dt = deltas[i] ?? 0;
    const name = byId.get(id)?.callFrame.functionName ?? '';
    if (name === '(idle)' || name === '(program)') return;
    busyUs += dt;
    if (owner(id).startsWith('chrome-extension://')) extensionUs += dt;
  });
  return { extensionMs: extensionUs / 1000, totalMs: busyUs / 1000 };
}

/** Insert → card, in ms, measured inside the page: the page's own observer sees the card appear. */
async function latency(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const w = window as unknown as { insertDenial(): number; cardSeen(): Promise<number> };
    const seen = w.cardSeen();
    const t0 = w.insertDenial();
    const t1 = await seen;
    return t1 < 0 ? Number.POSITIVE_INFINITY : t1 - t0;
  });
}


function gzipKb(path: string): string {
  return existsSync(path) ? `${(gzipSync(readFileSync(path), { level: 9 }).length / 1024).toFixed(1)} kB` : 'missing';
}

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  const withExt = await launch(true);
  const without = await launch(false);
  try {
    // Warm both browsers once (first page loads compile everything), then interleave the rounds.
    await stormCost(withExt.context);
    await stormCost(without.context);
    const a: number[] = [];
    const b: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      if (round % 2 === 0) {
        a.push(await stormCost(withExt.context));
        b.push(await stormCost(without.context));
      } else {
        b.push(await stormCost(without.context));
        a.push(await stormCost(withExt.context));
      }
    }

    const shares: { extensionMs: number; totalMs: number }[] = [];
    for (let round = 0; round < 3; round++) shares.push(await ownShare(withExt.context));
    const ownMs = median(shares.map((x) => x.extensionMs));
    const ownPct = median(shares.map((x) => (100 * x.extensionMs) / x.totalMs));

    const cold: number[] = [];
    const warm: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const page = await open(withExt.context);
      cold.push(await latency(page));
      for (let i = 0; i < Math.ceil(LATENCY_SAMPLES / ROUNDS); i++) {
        await page.waitForTimeout(60);
        warm.push(await latency(page));
      }
      await page.close();
    }

    const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 2 : 0)} ms` : 'no card');
    const ratio = median(a) / median(b);
    // Each round's two storms ran back to back under the same machine load: their ratio is the steadier figure.
    const paired = median(a.map((x, i) => x / (b[i] ?? Number.NaN)));
    const content = gzipKb(join(EXTENSION_DIR, 'content-scripts/console.js'));
    const engine = gzipKb(join(EXTENSION_DIR, 'console-engine.js'));
    console.log('');
    console.log(`Console page cost (scripts/bench/page.ts): ${ROUNDS} interleaved rounds, ${STORM_FRAMES}-frame mutation storm, medians`);
    console.log('');
    console.log('| figure | with extension | without | ratio | aim |');
    console.log('|---|---|---|---|---|');
    console.log(`| main thread during the storm (script + style + layout) | ${ms(median(a))} | ${ms(median(b))} | ${ratio.toFixed(3)}× (paired rounds: ${paired.toFixed(3)}×) | ≤ 1.05× |`);
    console.log(`| the content script's own JavaScript in that storm (CPU profile, 3 runs) | ${ms(ownMs)} | — | ${ownPct.toFixed(1)}% of the page's JavaScript + DOM time | — |`);
    console.log(`| denial banner inserted → card in the DOM (engine loaded; ${warm.length} banners) | ${ms(median(warm))} | — | — | ≤ 16 ms |`);
    console.log(`| first banner of a page → card (engine loaded on demand; ${cold.length} pages) | ${ms(median(cold))} | — | — | — |`);
    console.log(`| content script, gzip | ${content} | — | — | ≤ 15 kB |`);
    console.log(`| engine loaded on demand (parser, card, verdicts), gzip | ${engine} | — | — | — |`);
    console.log('');
    console.log(`storm rounds with extension: ${a.map((x) => x.toFixed(0)).join(', ')} ms; without: ${b.map((x) => x.toFixed(0)).join(', ')} ms`);
  } finally {
    await withExt.close();
    await without.close();
  }
}

main().catch((error) => {
  console.error('page bench failed:', error);
  process.exit(1);
});
