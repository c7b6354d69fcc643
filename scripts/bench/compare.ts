// parse() of this tree against parse() of another commit (HEAD unless one is named: what the uncommitted changes cost),
// in one process (`node scripts/run-ts.mjs scripts/bench/compare.ts [commit]`, also a section of `npm run bench`): both
// parsers read the same messages in alternating order, so the machine's state (other tenants, clock, GC) weighs on both
// alike. Separate runs of scripts/bench/parse.ts on these machines move by a third; this comparison moves by a few
// percent, enough to tell what a change costs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseHere } from '../../lib/parse/index';
import { corpusPath, readCorpus, repoRoot } from '../eval/_parse-corpus';
import { cpuTime } from '../support/growth';
import { median } from '../support/median';

const REPS = 15;
const MESSAGES = 4000;

const rev = process.argv[2] ?? 'HEAD';
const root = repoRoot();
const work = mkdtempSync(join(tmpdir(), 'why-denied-compare-'));
const tree = join(work, 'tree');
const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const commit = git('rev-parse', '--short', rev);

try {
  git('worktree', 'add', '--detach', tree, commit);
  const { build } = await import('esbuild');
  const out = join(work, 'parse.mjs');
  await build({ entryPoints: [join(tree, 'lib/parse/index.ts')], outfile: out, bundle: true, platform: 'node', format: 'esm', alias: { '@': tree }, logLevel: 'error' });
  const { parse: parseThere } = (await import(pathToFileURL(out).href)) as { parse: (text: string) => unknown[] };

  const path = corpusPath(undefined);
  const texts = readCorpus(existsSync(path) ? path : resolve(root, 'tests/data/parse/real-world.jsonl'))
    .map((l) => l.text)
    .filter(Boolean);
  // Account IDs varied, as real traffic would (no parser may cache by text).
  const messages = Array.from({ length: MESSAGES }, (_, i) => (texts[i % texts.length] ?? '').replace(/\b\d{12}\b/g, String(100000000000 + i * 7919)));

  let sink = 0;
  const runs: Array<[string, (t: string) => unknown[], number[]]> = [
    ['this tree', parseHere, []],
    [commit, parseThere, []],
  ];
  for (let warm = 0; warm < 2; warm++) for (const [, fn] of runs) for (const m of messages) sink += fn(m).length;
  for (let r = 0; r < REPS; r++) {
    for (const [, fn, times] of r % 2 ? [...runs].reverse() : runs) {
      const ms = cpuTime(() => {
        for (const m of messages) sink += fn(m).length;
      }, 1);
      times.push((ms * 1000) / messages.length);
    }
  }
  const lines = runs.map(([name, , times]) => `| ${name} | ${median(times).toFixed(1)} µs | ${Math.min(...times).toFixed(1)}–${Math.max(...times).toFixed(1)} µs |`);
  const ratio = median(runs[0]![2]) / median(runs[1]![2]);
  process.stdout.write(
    [
      `parse() per message, ${MESSAGES} messages, CPU time, median of ${REPS} interleaved runs in one process:`,
      '',
      '| parser | median | range |',
      '|---|---:|---:|',
      ...lines,
      '',
      `this tree / ${commit}: ${ratio.toFixed(3)}`,
      '',
    ].join('\n'),
  );
  if (sink < 0) process.stdout.write('unreachable\n');
} finally {
  try {
    git('worktree', 'remove', '--force', tree);
  } catch {
    // (Already gone.)
  }
  rmSync(work, { recursive: true, force: true });
}
