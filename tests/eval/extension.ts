// Scores the explanations the built Chrome extension gives (`npm run eval`), where users meet them: every finding
// of the corpus goes through the extension's background (DESIGN.md Contract 4) in English and Japanese, with the
// pasted text as context as the popup sends it, and is compared byte for byte with explain() in Node (the CLI's
// library). The IAM engine then checks the extension's own English fixes, as tests/eval/explain.ts checks
// Node's, so the engine-confirmed rate is measured on the extension path, not assumed from the Node one.
// Needs the build (npm run build) and Chromium; fails under the same 97% as the Node eval, or on any difference.
// Lives under tests/ because it uses the test-only IAM engine (tests/support/fix-check.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { explain } from '../../lib/explain/index';
import type { Explanation, Finding, Lang } from '../../lib/model';
import { parse } from '../../lib/parse/index';
import { notFixableReason } from '../../scripts/eval/_fixable';
import { corpusPath, readCorpus } from '../../scripts/eval/_parse-corpus';
import { EXTENSION_DIR, launchWithExtension } from '../../scripts/support/browser';
import { checkExplanation } from '../support/fix-check';

const THRESHOLD = 97;
const path = corpusPath(process.argv[2]);
if (!existsSync(path)) {
  process.stdout.write(`extension eval: corpus not found at ${path} — nothing to score.\n`);
  process.exit(0);
}
if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  process.stderr.write(`extension eval: no built extension at ${EXTENSION_DIR} — run "npm run build" first.\n`);
  process.exit(1);
}

interface Request {
  id: string;
  finding: Finding;
  context: string;
}
const requests: Request[] = [];
for (const line of readCorpus(path)) {
  const found = parse(line.text);
  found.forEach((finding, i) => requests.push({ id: found.length > 1 ? `${line.id}#${i + 1}` : line.id, finding, context: line.text }));
}

const started = performance.now();
const browser = await launchWithExtension();
const answers = new Map<Lang, Explanation[]>();
try {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  for (const lang of ['en', 'ja'] as const) {
    const replies = await page.evaluate(
      async ({ requests, lang }) => {
        const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
        const out: unknown[] = [];
        for (const r of requests) out.push(await runtime.sendMessage({ type: 'explain', finding: r.finding, lang, context: r.context }));
        return out;
      },
      { requests: requests.map(({ finding, context }) => ({ finding, context })), lang },
    );
    answers.set(
      lang,
      replies.map((reply, i) => {
        const r = reply as { ok: boolean; explanation?: Explanation; error?: string };
        if (!r.ok || !r.explanation) throw new Error(`${requests[i]!.id}: the background answered ${r.error ?? 'nothing'}`);
        return r.explanation;
      }),
    );
  }
} finally {
  await browser.close();
}

let identical = 0;
const differ: string[] = [];
let fixable = 0;
let confirmed = 0;
const unconfirmed: string[] = [];
for (const [i, r] of requests.entries()) {
  for (const lang of ['en', 'ja'] as const) {
    const inBrowser = answers.get(lang)![i]!;
    const inNode = await explain(r.finding, { lang, context: r.context });
    if (JSON.stringify(inBrowser) === JSON.stringify(inNode)) identical++;
    else differ.push(`${r.id} (${lang})`);
  }
  if (r.finding.category !== 'access-denied' || (await notFixableReason(r.finding, r.context))) continue;
  fixable++;
  const check = await checkExplanation(answers.get('en')![i]!);
  if (check.confirmed) confirmed++;
  else unconfirmed.push(`${r.id}  ${r.finding.action}`);
}

const pct = (a: number, b: number): number => (b === 0 ? 100 : (100 * a) / b);
const rate = pct(confirmed, fixable);
const out: string[] = [];
out.push(`Extension eval — ${requests.length} findings from ${path} through the built Chrome extension's background (${EXTENSION_DIR}), en + ja (${(performance.now() - started).toFixed(0)} ms)`);
out.push('');
out.push('| metric | passed | of | % |');
out.push('|---|---:|---:|---:|');
out.push(`| explanations identical to explain() in Node (the CLI) | ${identical} | ${requests.length * 2} | ${pct(identical, requests.length * 2).toFixed(1)}${differ.length ? ' ✗' : ''} |`);
out.push(`| fixable denials whose extension fixes the IAM engine confirms | ${confirmed} | ${fixable} | ${rate.toFixed(1)}${rate < THRESHOLD ? ' ✗' : ''} |`);
if (differ.length) out.push('', `Different from Node (${differ.length}):`, ...differ.map((d) => '  ' + d));
if (unconfirmed.length) out.push('', `Not confirmed (${unconfirmed.length}):`, ...unconfirmed.map((u) => '  ' + u));
process.stdout.write(out.join('\n') + '\n');
if (differ.length || rate < THRESHOLD) {
  process.stderr.write(`extension eval: ${differ.length} explanations differ from Node; fixes confirmed ${rate.toFixed(1)}%\n`);
  process.exit(1);
}
