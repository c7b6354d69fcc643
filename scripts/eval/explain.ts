// Scores the explainer on a labelled corpus (`npm run eval [file]`; default ../shared/corpus/real-world.jsonl):
//  (a) fixes confirmed — of the fixable denials (access-denied findings whose action is printed or follows from
//      the operation), the share whose every policy fix the IAM engine confirms: the denied request is Allowed with
//      the fix in place and a near miss stays denied (scripts/eval/_fix-check.ts). Fails under 97%.
//  (b) right owner — of the explicit denies whose layer the message names, the share whose first fix targets that
//      layer and is addressed to its owner (SCP/RCP → org admin, boundary → account admin, session → whoever
//      creates the session, VPC endpoint → the network's account admin, resource-based → resource owner).
// The parser runs first (lib/parse); findings come from it, not from the labels.
import { existsSync } from 'node:fs';
import { explain } from '../../lib/explain/index';
import { readFacts } from '../../lib/explain/facts';
import { formatExplanation } from '../../lib/explain/format-text';
import type { Finding, FixTarget, PolicyType, Who } from '../../lib/model';
import { parse } from '../../lib/parse/index';
import { checkExplanation } from './_fix-check';
import { notFixableReason } from './_fixable';
import { corpusPath, readCorpus } from './_parse-corpus';

const THRESHOLD = 97;

const OWNER: Partial<Record<PolicyType, { target: FixTarget; who: Who[] }>> = {
  identity: { target: 'identity-policy', who: ['account-admin', 'org-admin'] },
  scp: { target: 'scp', who: ['org-admin'] },
  rcp: { target: 'rcp', who: ['org-admin'] },
  boundary: { target: 'permissions-boundary', who: ['account-admin'] },
  session: { target: 'session-policy', who: ['you'] },
  vpce: { target: 'vpc-endpoint-policy', who: ['account-admin'] },
  resource: { target: 'resource-policy', who: ['resource-owner'] },
  trust: { target: 'trust-policy', who: ['account-admin', 'resource-owner'] },
};

const path = corpusPath(process.argv[2]);
if (!existsSync(path)) {
  process.stdout.write(`explain eval: corpus not found at ${path} — nothing to score (pass a file: npm run eval <file.jsonl>).\n`);
  process.exit(0);
}
const lines = readCorpus(path);
const started = performance.now();
let findings = 0;
let fixable = 0;
let confirmed = 0;
let explicitNamed = 0;
let rightOwner = 0;
let probes = 0;
const unconfirmed: string[] = [];
const wrongOwner: string[] = [];
const notFixable: string[] = [];
const standIns: string[] = [];
let textChars = 0;

for (const line of lines) {
  const found: Finding[] = parse(line.text);
  for (const [i, f] of found.entries()) {
    findings++;
    const id = found.length > 1 ? `${line.id}#${i + 1}` : line.id;
    // As the CLI does: the whole pasted text is the context the workload is read from.
    const context = line.text;
    const [en, ja] = await Promise.all([explain(f, { lang: 'en', context }), explain(f, { lang: 'ja', context })]);
    textChars += formatExplanation(en).length + formatExplanation(ja).length;
    if (f.category !== 'access-denied') continue;

    if (f.denyKind === 'explicit' && f.policyType && f.policyType !== 'unknown') {
      explicitNamed++;
      const want = OWNER[f.policyType];
      const first = en.fixes[0];
      if (want && first && first.target === want.target && want.who.includes(first.who)) rightOwner++;
      else wrongOwner.push(`${id}  ${f.policyType}: first fix ${first ? `${first.target} / ${first.who}` : 'none'}`);
    }

    const reason = await notFixableReason(f);
    if (reason) {
      notFixable.push(`${id}  ${reason}`);
      continue;
    }
    const facts = readFacts(f);
    fixable++;
    const check = await checkExplanation(en);
    probes += check.checked.reduce((n, c) => n + c.probes.length, 0);
    for (const c of check.checked) if (c.note) standIns.push(`${id}  ${c.note}`);
    if (check.confirmed) confirmed++;
    else {
      const why = check.checked.length === 0
        ? 'no policy fix'
        : check.checked
            .filter((c) => !c.ok)
            .map((c) => `${c.target}: ${c.skipped ?? c.probes.filter((p) => !p.ok).map((p) => `${p.what} → ${p.result}${p.error ? ` (${p.error.slice(0, 120)})` : ''}`).join('; ')}`)
            .join(' | ');
      unconfirmed.push(`${id}  ${facts.action}: ${why}`);
    }
  }
}
const elapsed = performance.now() - started;
const pct = (a: number, b: number): number => (b === 0 ? 100 : (100 * a) / b);
const a = pct(confirmed, fixable);
const b = pct(rightOwner, explicitNamed);
const out: string[] = [];
out.push(`Explainer eval (Node path: explain() as the CLI runs it; the extension path is scored by scripts/eval/extension.ts) — ${lines.length} lines, ${findings} findings from ${path} (${elapsed.toFixed(0)} ms, en + ja)`);
out.push('');
out.push('| metric | passed | of | % |');
out.push('|---|---:|---:|---:|');
out.push(`| (a) fixable denials whose fixes the IAM engine confirms | ${confirmed} | ${fixable} | ${a.toFixed(1)}${a < THRESHOLD ? ' ✗' : ''} |`);
out.push(`| (b) named explicit-deny layers aimed at the right owner | ${rightOwner} | ${explicitNamed} | ${b.toFixed(1)} |`);
out.push('');
out.push(`Engine probes run: ${probes}.`);
if (standIns.length) {
  out.push('');
  out.push(`Checked with a sample resource because the IAM data has no type for the printed one (${standIns.length}):`);
  for (const n of standIns) out.push('  ' + n);
}
if (notFixable.length) {
  out.push('');
  out.push(`Not fixable by a policy change (explained, nothing for the engine to check) (${notFixable.length}):`);
  for (const n of notFixable) out.push('  ' + n);
}
if (unconfirmed.length) {
  out.push('');
  out.push(`Not confirmed (${unconfirmed.length}):`);
  for (const u of unconfirmed) out.push('  ' + u);
}
if (wrongOwner.length) {
  out.push('');
  out.push(`Wrong owner (${wrongOwner.length}):`);
  for (const w of wrongOwner) out.push('  ' + w);
}
process.stdout.write(out.join('\n') + '\n');
void textChars;
if (a < THRESHOLD) {
  process.stderr.write(`explain eval: fixes confirmed ${a.toFixed(1)}% < ${THRESHOLD}%\n`);
  process.exit(1);
}
