// Scan benchmark (`npm run bench`), all figures from one run on this machine:
//  1. the done-when check: a CloudTrail tree of 200,000 events (gzipped log files as CloudTrail writes them plus an
//     `aws cloudtrail lookup-events` answer) through `cli scan --json` as people run it: every denial group with its
//     exact count (expected from parse() of each denial record's text, the other reading path);
//  2. throughput against the floor of merely reading, gunzipping and JSON.parse-ing the same files: end to end (the
//     CLI process against a floor process, wall and CPU from /usr/bin/time) and in one process (the scan library
//     against the floor loop), medians of interleaved repetitions;
//  3. peak memory: the CLI's peak RSS on a ~2 GB (uncompressed) trail against the 0.27 GB one, and on one large
//     file that has to stream.
// WHY_DENIED_BENCH_SCAN_GB sets the large trail's size (default 2), WHY_DENIED_BENCH_SCAN_REPS the repetitions (5).
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, createGzip } from 'node:zlib';
import { isAscii } from 'node:buffer';
import { fingerprint } from '../../lib/history/fingerprint';
import { parse } from '../../lib/parse/index';
import { MessageCache, parseCloudTrailRecord } from '../../lib/parse/cloudtrail-record';
import { readPaths } from '../../lib/scan/files';
import { DenialGroups } from '../../lib/scan/group';
import { trailEvents, writeTree } from '../support/synthetic-trail';
import { median } from '../support/median';

const EVENTS = 200_000;
const LOOKUP = 20_000;
const REPS = Number(process.env.WHY_DENIED_BENCH_SCAN_REPS ?? 5);
const LARGE_GB = Number(process.env.WHY_DENIED_BENCH_SCAN_GB ?? 2);
const SINGLE_FILE_MB = 512;
const AIM = 1.5;
const LIMIT = 3;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// The bundle runs from node_modules/.cache; find the repository by its package.json.
const repo = existsSync(join(root, 'package.json')) ? root : process.cwd();
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

interface ProcessRun {
  wallMs: number;
  cpuMs: number;
  /** Peak resident set size (MB). */
  rssMb: number;
  stdout: string;
}

/** Runs a Node process under /usr/bin/time: wall and CPU time, peak RSS. */
function run(args: string[]): ProcessRun {
  const start = performance.now();
  const result = TIME
    ? spawnSync(TIME, ['-f', 'TIME %e %U %S %M', process.execPath, ...args], { cwd: repo, maxBuffer: 1 << 30, encoding: 'utf8' })
    : spawnSync(process.execPath, args, { cwd: repo, maxBuffer: 1 << 30, encoding: 'utf8' });
  const wallMs = performance.now() - start;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.slice(-2000)}`);
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr);
  return {
    wallMs: m ? Number(m[1]) * 1000 : wallMs,
    cpuMs: m ? (Number(m[2]) + Number(m[3])) * 1000 : NaN,
    rssMb: m ? Number(m[4]) / 1024 : NaN,
    stdout: result.stdout,
  };
}

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out;
}

// The floor as its own process: read, gunzip, decode and JSON.parse every file, nothing else.
const FLOOR = `import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
const files = [];
const walk = (d) => { for (const n of readdirSync(d).sort()) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else files.push(p); } };
walk(process.argv[2]);
let events = 0;
for (const f of files) {
  const b = readFileSync(f);
  const doc = JSON.parse((f.endsWith('.gz') ? gunzipSync(b) : b).toString());
  events += (doc.Records ?? doc.Events).length;
}
process.stdout.write(String(events));
`;

const work = mkdtempSync(join(tmpdir(), 'why-denied-bench-scan-'));
const out: string[] = [];
try {
  // ── 1. The tree and the done-when check ───────────────────────────────────────────────────────────────────────
  const trail = join(work, 'trail');
  const expected = new Map<string, number>();
  const denialRecords: Array<Record<string, unknown>> = [];
  let t = performance.now();
  const tree = writeTree(trail, {
    events: EVENTS,
    lookupEvents: LOOKUP,
    perFile: 1000,
    onDenial: (record) => {
      denialRecords.push(record);
      const fp = fingerprint(parse(JSON.stringify(record))[0]!);
      expected.set(fp, (expected.get(fp) ?? 0) + 1);
    },
  });
  const buildMs = performance.now() - t;
  const compressed = files(trail).reduce((n, f) => n + statSync(f).size, 0);
  const floorScript = join(work, 'floor.mjs');
  writeFileSync(floorScript, FLOOR);
  const cli = ['scripts/run-ts.mjs', 'scripts/cli.ts', 'scan', '--json', trail];
  run(cli); // builds the CLI bundle if it is not cached (start-up is then what a user meets)
  const check = run(cli);
  const result = JSON.parse(check.stdout) as { events: number; denials: number; groups: Array<{ fingerprint: string; count: number }> };
  const found = new Map(result.groups.map((g) => [g.fingerprint, g.count]));
  const missing = [...expected].filter(([fp, n]) => found.get(fp) !== n);
  const extra = [...found.keys()].filter((fp) => !expected.has(fp));
  const denials = [...expected.values()].reduce((a, b) => a + b, 0);
  const exact = result.events === EVENTS && result.denials === denials && missing.length === 0 && extra.length === 0;

  // ── 2. Throughput ─────────────────────────────────────────────────────────────────────────────────────────────
  const e2e = { floor: [] as ProcessRun[], scan: [] as ProcessRun[] };
  for (let r = 0; r < REPS; r++) {
    e2e.floor.push(run([floorScript, trail]));
    e2e.scan.push(run(cli));
  }
  const buffers = files(trail).map((f) => ({ gz: f.endsWith('.gz'), data: readFileSync(f) }));
  const floorLoop = (fast: boolean) => {
    let n = 0;
    for (const { gz, data } of buffers) {
      const raw = gz ? gunzipSync(data) : data;
      const doc = JSON.parse(fast && isAscii(raw) ? raw.toString('latin1') : raw.toString()) as { Records?: unknown[]; Events?: unknown[] };
      n += (doc.Records ?? doc.Events ?? []).length;
    }
    return n;
  };
  const inProcess = { floor: [] as number[][], fast: [] as number[][], scan: [] as number[][] };
  const measure = async (fn: () => unknown): Promise<number[]> => {
    const c = cpuMs();
    const w = performance.now();
    await fn();
    return [cpuMs() - c, performance.now() - w];
  };
  floorLoop(false);
  await readPaths([trail], new DenialGroups());
  for (let r = 0; r < REPS; r++) {
    inProcess.floor.push(await measure(() => floorLoop(false)));
    inProcess.fast.push(await measure(() => floorLoop(true)));
    inProcess.scan.push(await measure(() => readPaths([trail], new DenialGroups())));
  }

  // Per denial: the scan's object-level reading against a bare JSON round trip of the record and parse() of its text.
  const texts = denialRecords.map((r) => JSON.stringify(r));
  const perDenial = { json: [] as number[], scan: [] as number[], cold: [] as number[], text: [] as number[] };
  let sink = 0;
  for (let r = 0; r < REPS; r++) {
    perDenial.json.push((await measure(() => texts.forEach((x) => (sink += JSON.stringify(JSON.parse(x)).length))))[0]!);
    const cache = new MessageCache();
    perDenial.scan.push((await measure(() => denialRecords.forEach((x) => (sink += parseCloudTrailRecord(x, { message: false, cache }) ? 1 : 0))))[0]!);
    perDenial.cold.push((await measure(() => denialRecords.forEach((x) => (sink += parseCloudTrailRecord(x, { message: false }) ? 1 : 0))))[0]!);
    perDenial.text.push((await measure(() => texts.forEach((x) => (sink += parse(x).length))))[0]!);
  }

  // ── 3. Peak memory on a large trail ───────────────────────────────────────────────────────────────────────────
  const bytesPerEvent = tree.bytes / EVENTS;
  const largeEvents = Math.round((LARGE_GB * 1e9) / bytesPerEvent);
  const large = join(work, 'large');
  t = performance.now();
  const largeTree = writeTree(large, { events: largeEvents, perFile: 1000, level: 1, seed: 21 });
  const largeBuildMs = performance.now() - t;
  const largeRun = run(['scripts/run-ts.mjs', 'scripts/cli.ts', 'scan', '--json', large]);
  const largeResult = JSON.parse(largeRun.stdout) as { events: number; denials: number };
  rmSync(large, { recursive: true, force: true });
  // One file too large to hold: {"Records":[…]} written through gzip as it is generated.
  const single = join(work, 'single.json.gz');
  const singleEvents = Math.round((SINGLE_FILE_MB * 1e6) / bytesPerEvent);
  await new Promise<void>((done, fail) => {
    const gz = createGzip({ level: 1 });
    gz.pipe(createWriteStream(single)).on('finish', done).on('error', fail);
    gz.write('{"Records":[');
    let first = true;
    const events = trailEvents({ events: singleEvents, seed: 33 });
    const pump = () => {
      for (;;) {
        const next = events.next();
        if (next.done) {
          gz.end(']}');
          return;
        }
        const ok = gz.write((first ? '' : ',') + JSON.stringify(next.value.record));
        first = false;
        if (!ok) {
          gz.once('drain', pump);
          return;
        }
      }
    };
    pump();
  });
  const singleRun = run(['scripts/run-ts.mjs', 'scripts/cli.ts', 'scan', '--json', single]);
  const singleResult = JSON.parse(singleRun.stdout) as { events: number };

  // ── Report ────────────────────────────────────────────────────────────────────────────────────────────────────
  const med = (runs: ProcessRun[], key: 'wallMs' | 'cpuMs' | 'rssMb') => median(runs.map((x) => x[key]));
  const col = (rows: number[][], i: number) => median(rows.map((x) => x[i]!));
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const mark = (x: number) => (x <= AIM ? '' : x <= LIMIT ? ` (over the ${AIM}× aim, within ${LIMIT}×)` : ' (OVER the limit)');
  const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
  out.push(
    `Scan benchmark — ${EVENTS.toLocaleString('en')} CloudTrail events: ${tree.files - 1} gzipped log files and a lookup-events answer of ${LOOKUP.toLocaleString('en')} events, ${mb(tree.bytes)} of JSON (${mb(compressed)} on disk), built in ${seconds(buildMs)}; median of ${REPS}, interleaved.`,
  );
  out.push('');
  out.push(
    `Done-when check (\`cli scan --json\`): ${exact ? 'PASS' : 'FAIL'} — ${result.events.toLocaleString('en')} events, ${result.denials.toLocaleString('en')} denials in ${result.groups.length} groups; ` +
      `${expected.size - missing.length}/${expected.size} expected groups with their exact count${extra.length ? `, ${extra.length} unexpected groups` : ''}.`,
  );
  out.push('');
  out.push('| measurement | wall | CPU | wall ratio | CPU ratio |');
  out.push('|---|---:|---:|---:|---:|');
  const fw = med(e2e.floor, 'wallMs');
  const fc = med(e2e.floor, 'cpuMs');
  const sw = med(e2e.scan, 'wallMs');
  const sc = med(e2e.scan, 'cpuMs');
  out.push(`| floor process: read + gunzip + JSON.parse every file | ${seconds(fw)} | ${seconds(fc)} | 1.00× | 1.00× |`);
  out.push(`| \`cli scan --json\` process (start-up, grouping, output included) | ${seconds(sw)} | ${seconds(sc)} | ${ratio(sw, fw)}${mark(sw / fw)} | ${ratio(sc, fc)}${mark(sc / fc)} |`);
  const ifw = col(inProcess.floor, 1);
  const ifc = col(inProcess.floor, 0);
  out.push(`| in process: floor loop (utf8 decode) | ${seconds(ifw)} | ${seconds(ifc)} | 1.00× | 1.00× |`);
  out.push(`| in process: floor loop, ASCII files decoded as one-byte text | ${seconds(col(inProcess.fast, 1))} | ${seconds(col(inProcess.fast, 0))} | ${ratio(col(inProcess.fast, 1), ifw)} | ${ratio(col(inProcess.fast, 0), ifc)} |`);
  out.push(`| in process: scan library (readPaths + grouping) | ${seconds(col(inProcess.scan, 1))} | ${seconds(col(inProcess.scan, 0))} | ${ratio(col(inProcess.scan, 1), ifw)}${mark(col(inProcess.scan, 1) / ifw)} | ${ratio(col(inProcess.scan, 0), ifc)}${mark(col(inProcess.scan, 0) / ifc)} |`);
  out.push(
    `| in process: scan against the faster floor | | | ${ratio(col(inProcess.scan, 1), col(inProcess.fast, 1))} | ${ratio(col(inProcess.scan, 0), col(inProcess.fast, 0))} |`,
  );
  out.push('');
  out.push(`Throughput of \`cli scan\`: ${((tree.bytes / 1e6) / (sw / 1000)).toFixed(0)} MB/s of JSON, ${Math.round(EVENTS / (sw / 1000)).toLocaleString('en')} events/s (wall).`);
  out.push('');
  const us = (ms: number) => `${((ms * 1000) / denialRecords.length).toFixed(1)} µs`;
  const pj = median(perDenial.json);
  out.push(`Per denial (${denialRecords.length.toLocaleString('en')} denial records of the tree, CPU):`);
  out.push('');
  out.push('| measurement | per denial | ratio to a JSON round trip of the record |');
  out.push('|---|---:|---:|');
  out.push(`| JSON.parse + JSON.stringify of the record | ${us(pj)} | 1.0× |`);
  out.push(`| parseCloudTrailRecord, as the scan runs it (messages read once per distinct text) | ${us(median(perDenial.scan))} | ${ratio(median(perDenial.scan), pj)} |`);
  out.push(`| parseCloudTrailRecord without the message cache | ${us(median(perDenial.cold))} | ${ratio(median(perDenial.cold), pj)} |`);
  out.push(`| parse() of the record's text (the paste path) | ${us(median(perDenial.text))} | ${ratio(median(perDenial.text), pj)} |`);
  out.push('');
  out.push('| peak memory (RSS of the `cli scan --json` process) | events | JSON | wall | peak RSS | ratio |');
  out.push('|---|---:|---:|---:|---:|---:|');
  const base = med(e2e.scan, 'rssMb');
  out.push(`| the tree above | ${EVENTS.toLocaleString('en')} | ${mb(tree.bytes)} | ${seconds(sw)} | ${base.toFixed(0)} MB | 1.00× |`);
  out.push(
    `| a ${LARGE_GB} GB trail (${largeTree.files} files, built in ${seconds(largeBuildMs)}) | ${largeResult.events.toLocaleString('en')} | ${mb(largeTree.bytes)} | ${seconds(largeRun.wallMs)} | ${largeRun.rssMb.toFixed(0)} MB | ${ratio(largeRun.rssMb, base)} |`,
  );
  out.push(`| one ${SINGLE_FILE_MB} MB file (streamed one event at a time) | ${singleResult.events.toLocaleString('en')} | ~${SINGLE_FILE_MB} MB | ${seconds(singleRun.wallMs)} | ${singleRun.rssMb.toFixed(0)} MB | ${ratio(singleRun.rssMb, base)} |`);
  out.push('');
  out.push(`Aims: scan ≤ ${AIM}× the gunzip + JSON.parse floor (limit ${LIMIT}×); peak memory flat (ratio near 1) however large the trail.`);
  if (!TIME) out.push('(/usr/bin/time is missing: process CPU and peak RSS are not measured.)');
  if (sink < 0) out.push('unreachable');
  process.stdout.write(out.join('\n') + '\n');
  if (!exact) {
    process.stderr.write(`scan bench: the done-when check failed: ${missing.length} groups with a wrong count, ${extra.length} unexpected\n`);
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
