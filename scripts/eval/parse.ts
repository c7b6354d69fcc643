// Scores the parser on a labelled corpus, field by field (`npm run eval [file]`; default
// ../shared/corpus/real-world.jsonl next to the repository). Exits non-zero when a field is below 97%.
//
// How a line is scored:
// - category: `not-auth-error` is right when the parser returns no finding; otherwise the first finding's
//   category must match.
// - the other fields are scored on lines labelled `access-denied` or `credentials` only (a not-auth line has no
//   finding to carry them), against the FIRST finding in text order — a line has one label, and the first
//   denial in a paste is the one its author hit. No finding at all scores as all-null.
// - action and operation compare case-insensitively (the labels keep the printed case); the rest exactly.
import { existsSync } from 'node:fs';
import { parse } from '../../lib/parse/index';
import type { Finding } from '../../lib/model';
import { corpusPath, readCorpus } from './_parse-corpus';

const THRESHOLD = 97;
const FIELDS = [
  'category',
  'principal',
  'principalType',
  'accountId',
  'action',
  'resource',
  'policyType',
  'denyKind',
  'errorCode',
  'operation',
  'encoded',
] as const;
type Field = (typeof FIELDS)[number];
const CASE_INSENSITIVE = new Set<Field>(['action', 'operation']);

function predicted(field: Field, finding: Finding | undefined): unknown {
  if (field === 'category') return finding ? finding.category : 'not-auth-error';
  if (!finding) return field === 'encoded' ? false : null;
  return finding[field];
}

function same(field: Field, expected: unknown, got: unknown): boolean {
  if (CASE_INSENSITIVE.has(field) && typeof expected === 'string' && typeof got === 'string') {
    return expected.toLowerCase() === got.toLowerCase();
  }
  return (expected ?? null) === (got ?? null);
}

const path = corpusPath(process.argv[2]);
if (!existsSync(path)) {
  process.stdout.write(`parse eval: corpus not found at ${path} — nothing to score (pass a file: npm run eval <file.jsonl>).\n`);
  process.exit(0);
}
const lines = readCorpus(path);
const correct = new Map<Field, number>(FIELDS.map((f) => [f, 0]));
const scored = new Map<Field, number>(FIELDS.map((f) => [f, 0]));
const mismatches: string[] = [];
const started = performance.now();
for (const line of lines) {
  const first = parse(line.text)[0];
  const finding = line.expected.category === 'not-auth-error' ? undefined : first;
  for (const field of FIELDS) {
    if (field !== 'category' && line.expected.category === 'not-auth-error') continue;
    const expected = line.expected[field];
    const got = field === 'category' ? predicted(field, first) : predicted(field, finding);
    scored.set(field, (scored.get(field) ?? 0) + 1);
    if (same(field, expected, got)) correct.set(field, (correct.get(field) ?? 0) + 1);
    else mismatches.push(`${line.id}  ${field}: expected ${JSON.stringify(expected ?? null)}, got ${JSON.stringify(got ?? null)}`);
  }
}
const elapsed = performance.now() - started;

const rows = FIELDS.map((field) => {
  const c = correct.get(field) ?? 0;
  const n = scored.get(field) ?? 0;
  const pct = n === 0 ? 100 : (100 * c) / n;
  return { field, c, n, pct };
});
const out: string[] = [];
out.push(`Parser eval — ${lines.length} lines from ${path} (${elapsed.toFixed(0)} ms)`);
out.push('');
out.push('| field | correct | scored | % |');
out.push('|---|---:|---:|---:|');
for (const r of rows) out.push(`| ${r.field} | ${r.c} | ${r.n} | ${r.pct.toFixed(1)}${r.pct < THRESHOLD ? ' ✗' : ''} |`);
out.push('');
if (mismatches.length) {
  out.push(`Mismatches (${mismatches.length}):`);
  for (const m of mismatches) out.push('  ' + m);
} else {
  out.push('No mismatches.');
}
process.stdout.write(out.join('\n') + '\n');
const failing = rows.filter((r) => r.pct < THRESHOLD);
if (failing.length) {
  process.stderr.write(`parse eval: below ${THRESHOLD}%: ${failing.map((r) => r.field).join(', ')}\n`);
  process.exit(1);
}
