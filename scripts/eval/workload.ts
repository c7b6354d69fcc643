// Workload recognition on a labelled corpus (`npm run eval [file]`; default ../shared/corpus/real-world.jsonl):
// parses every line, recognises the workload of each finding and prints how many got one, then lists them
// (id, principal, kind, name, confidence, rule) for review by hand. Recognition runs twice: from the finding
// alone (what explain(finding) sees) and with the whole pasted line as context (runtime clues around the
// denial sentence); the list shows the second and, in the last column, what the finding alone gave. A wrong guess is fixed at the pattern level
// in lib/workload/patterns.ts, never per corpus line. The section also checks that every finding's diagnosis
// steps build in both languages without an unfilled placeholder, and fails if any does not.
import { existsSync } from 'node:fs';
import type { Finding } from '../../lib/model';
import { parse } from '../../lib/parse/index';
import { buildSteps } from '../../lib/steps/index';
import { describeWorkloadTarget, guessWorkload } from '../../lib/workload/index';
import { corpusPath, readCorpus } from './_parse-corpus';

const path = corpusPath(process.argv[2]);
if (!existsSync(path)) {
  console.log(`workload eval: skipped — no corpus at ${path} (pass a JSONL file, or place ../shared/corpus next to the repository)`);
  process.exit(0);
}

const lines = readCorpus(path);
let findings = 0;
let alone = 0;
let brokenSteps = 0;
const rows: string[][] = [];
const byKind = new Map<string, number>();

for (const line of lines) {
  let parsed: Finding[];
  try {
    parsed = parse(line.text);
  } catch (e) {
    console.error(`workload eval: parse threw on ${line.id}: ${String(e)}`);
    process.exitCode = 1;
    continue;
  }
  for (const f of parsed) {
    findings++;
    const bare = guessWorkload(f);
    if (bare) alone++;
    const g = guessWorkload(f, { context: line.text });
    for (const lang of ['en', 'ja'] as const) {
      const texts = buildSteps(f, g, lang).flatMap((s) => [s.title, s.meaning, s.command ?? '']);
      const note = describeWorkloadTarget(g, f, lang)?.note ?? '';
      if ([...texts, note].some((t) => /\{[A-Za-z]+\}|\bundefined\b/.test(t))) {
        brokenSteps++;
        console.error(`workload eval: ${line.id} (${lang}) has an unfilled step or note text`);
      }
    }
    if (!g) continue;
    const kind = g.kind === 'other' && g.platform ? `other/${g.platform}` : g.platform ? `${g.kind} (${g.platform})` : g.kind;
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    const same = bare && bare.kind === g.kind && bare.confidence === g.confidence;
    rows.push([line.id, f.principal ?? '(none)', kind, g.name ?? '-', g.confidence, g.rule, same ? 'same' : bare ? `${bare.kind} ${bare.confidence}` : 'none']);
  }
}

const pct = findings ? ((rows.length / findings) * 100).toFixed(1) : '0.0';
console.log(`\nWorkload recognition — ${path}`);
console.log(`${lines.length} lines, ${findings} findings, ${rows.length} with a workload (${pct}%) using the pasted text as context`);
console.log(`from the finding alone: ${alone} with a workload (${findings ? ((alone / findings) * 100).toFixed(1) : '0.0'}%)`);
const confidence = (c: string) => rows.filter((r) => r[4] === c).length;
console.log(`confidence: certain ${confidence('certain')}, probable ${confidence('probable')}, possible ${confidence('possible')}`);
console.log(
  'by kind: ' +
    [...byKind.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k, n]) => `${k} ${n}`)
      .join(', '),
);
console.log('');
const header = ['id', 'principal', 'kind', 'name', 'confidence', 'rule', 'finding alone'];
const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
const table = [header, ...rows.map((r) => r.map((c, i) => clip(c, i === 1 ? 90 : 48)))];
const widths = header.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
for (const r of table) console.log(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd());
console.log(`\nsteps: ${findings * 2 - brokenSteps}/${findings * 2} findings × languages build cleanly`);
if (brokenSteps > 0) process.exitCode = 1;
