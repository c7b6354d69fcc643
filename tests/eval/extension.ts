// Scores the explanations the built Chrome extension gives (`npm run eval`), where users meet them: every finding
// of the shared corpus and of the project's collected denials goes through the extension's background (DESIGN.md Contract 4) in English and Japanese, with the
// pasted text as context as the popup sends it, and is compared byte for byte with explain() in Node (the CLI's
// library). The IAM engine then checks the extension's own English fixes, as tests/eval/explain.ts checks
// Node's, so the engine-confirmed rate is measured on the extension path, not assumed from the Node one.
// Needs the build (npm run build) and Chromium; fails under the same 97% as the Node eval, or on any difference.
// Lives under tests/ because it uses the test-only IAM engine (tests/support/fix-check.ts).
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { explain } from '../../lib/explain/index';
import type { Explanation, Finding, Lang } from '../../lib/model';
import { parse } from '../../lib/parse/index';
import { notFixableReason } from '../../scripts/eval/_fixable';
import { corpusPath, readCorpus, repoRoot } from '../../scripts/eval/_parse-corpus';
import { EXTENSION_DIR, launchWithExtension } from '../../scripts/support/browser';
import { explainInBackground } from '../support/background-explain';
import { checkExplanation } from '../support/fix-check';

const THRESHOLD = 97;
const COLLECTED = join(repoRoot(), 'tests/data/parse/real-world.jsonl');
// The shared corpus (or the file given), then the denials this project collected from public posts (its parser
// data): the second set is the larger and the more varied, and neither was written for the explainer.
const sets = (process.argv[2] ? [corpusPath(process.argv[2])] : [corpusPath(undefined), COLLECTED]).filter((path) => {
  if (existsSync(path)) return true;
  process.stdout.write(`extension eval: corpus not found at ${path} — not scored.\n`);
  return false;
});
if (sets.length === 0) process.exit(0);
if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  process.stderr.write(`extension eval: no built extension at ${EXTENSION_DIR} — run "npm run build" first.\n`);
  process.exit(1);
}

interface Request {
  id: string;
  finding: Finding;
  context: string;
}
function requestsOf(path: string): Request[] {
  const requests: Request[] = [];
  for (const line of readCorpus(path)) {
    const found = parse(line.text);
    found.forEach((finding, i) => requests.push({ id: found.length > 1 ? `${line.id}#${i + 1}` : line.id, finding, context: line.text }));
  }
  return requests;
}

/** The background's answers to every request, as the popup asks: the explain message with the pasted text. */
async function askBackground(page: Page, requests: Request[], lang: Lang): Promise<Explanation[]> {
  const replies = await explainInBackground(page, requests, lang);
  return replies.map((reply, i) => {
    const r = reply as { ok: boolean; explanation?: Explanation; error?: string };
    if (!r.ok || !r.explanation) throw new Error(`${requests[i]!.id}: the background answered ${r.error ?? 'nothing'}`);
    return r.explanation;
  });
}

interface Score {
  path: string;
  findings: number;
  identical: number;
  differ: string[];
  fixable: number;
  confirmed: number;
  unconfirmed: string[];
}

async function score(page: Page, path: string): Promise<Score> {
  const requests = requestsOf(path);
  const answers = new Map<Lang, Explanation[]>();
  for (const lang of ['en', 'ja'] as const) answers.set(lang, await askBackground(page, requests, lang));
  const s: Score = { path, findings: requests.length, identical: 0, differ: [], fixable: 0, confirmed: 0, unconfirmed: [] };
  for (const [i, r] of requests.entries()) {
    for (const lang of ['en', 'ja'] as const) {
      const inBrowser = answers.get(lang)![i]!;
      const inNode = await explain(r.finding, { lang, context: r.context });
      if (JSON.stringify(inBrowser) === JSON.stringify(inNode)) s.identical++;
      else s.differ.push(`${r.id} (${lang})`);
    }
    if (r.finding.category !== 'access-denied' || (await notFixableReason(r.finding, r.context))) continue;
    s.fixable++;
    const check = await checkExplanation(answers.get('en')![i]!);
    if (check.confirmed) s.confirmed++;
    else s.unconfirmed.push(`${r.id}  ${r.finding.action}`);
  }
  return s;
}

const started = performance.now();
const browser = await launchWithExtension();
const scores: Score[] = [];
try {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  for (const path of sets) scores.push(await score(page, path));
} finally {
  await browser.close();
}

const pct = (a: number, b: number): number => (b === 0 ? 100 : (100 * a) / b);
const out: string[] = [];
out.push(`Extension eval — every finding through the built Chrome extension's background (${EXTENSION_DIR}), en + ja, with the pasted text as context (${(performance.now() - started).toFixed(0)} ms)`);
out.push('');
out.push('| set | findings | explanations identical to explain() in Node (the CLI) | fixable denials whose extension fixes the IAM engine confirms |');
out.push('|---|---:|---:|---:|');
let failed = false;
for (const s of scores) {
  const rate = pct(s.confirmed, s.fixable);
  failed ||= s.differ.length > 0 || rate < THRESHOLD;
  const name = relative(repoRoot(), s.path) || s.path;
  out.push(`| ${name} | ${s.findings} | ${s.identical} / ${s.findings * 2} (${pct(s.identical, s.findings * 2).toFixed(1)}%)${s.differ.length ? ' ✗' : ''} | ${s.confirmed} / ${s.fixable} (${rate.toFixed(1)}%)${rate < THRESHOLD ? ' ✗' : ''} |`);
}
for (const s of scores) {
  if (s.differ.length) out.push('', `Different from Node in ${s.path} (${s.differ.length}):`, ...s.differ.map((d) => '  ' + d));
  if (s.unconfirmed.length) out.push('', `Not confirmed in ${s.path} (${s.unconfirmed.length}):`, ...s.unconfirmed.map((u) => '  ' + u));
}
process.stdout.write(out.join('\n') + '\n');
if (failed) {
  process.stderr.write('extension eval: explanations differ from Node, or fixes confirmed below 97% (see above)\n');
  process.exit(1);
}
