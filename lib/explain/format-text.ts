// The terminal rendering of an explanation: the verdict first, then the fix JSON, then the diagnosis steps in
// order and the commands they do not already show — plain text that reads well in English and Japanese, pipes
// cleanly and copies without decoration inside the JSON or the commands.
import { translator, type Translate } from '../i18n/index';
import { explainMessages } from '../i18n/explain';
import { verdictMessages, type VerdictKey } from '../i18n/explain-verdict';
import { plainText } from '../inline-code';
import type { Cause, Explanation } from '../model';
import { toWorkloadGuess } from '../workload/recognize';
import { summarize } from '../workload/target';
import { fixTargetLabel } from './admin-request';
import { commandsNotInSteps } from './shown-commands';

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');
}

function workloadLine(e: Explanation): string | null {
  if (!e.workload) return null;
  try {
    return summarize(toWorkloadGuess(e.workload, e.finding), e.lang);
  } catch {
    return null;
  }
}

/**
 * A cause names its policy layer; a cause that is no layer (a credentials problem, a key in another region) is named
 * for what it is — "certain" next to "layer not stated" would contradict itself (as the side panel does it).
 */
function causeLayer(e: Explanation, policyType: Cause['policyType'], tv: Translate<VerdictKey>): string {
  if (policyType !== 'unknown') return tv(`layer.${policyType}`);
  return tv(e.finding.category === 'credentials' ? 'layer.credentials' : 'layer.other');
}

export function formatExplanation(e: Explanation): string {
  const t = translator(explainMessages, e.lang);
  const tv = translator(verdictMessages, e.lang);
  const out: string[] = [];
  out.push(`✗ ${plainText(e.verdict)}`);
  for (const w of e.warnings ?? []) out.push(`  ! ${plainText(w)}`);
  const top = e.causes[0];
  const fix = e.fixes[0];
  const meta: string[] = [];
  if (top) meta.push(`${causeLayer(e, top.policyType, tv)} (${t(`likelihood.${top.likelihood}`)})`);
  if (fix) meta.push(t('fmt.who', { who: tv(`who.${fix.who}`) }));
  if (meta.length) out.push(`  ${meta.join(' · ')}`);
  const workload = workloadLine(e);
  if (workload) out.push(`  ${t('fmt.workload', { summary: plainText(workload) })}`);

  e.fixes.forEach((f, i) => {
    out.push('');
    out.push(t('fmt.fix', { n: i + 1, layer: fixTargetLabel({ tv }, f.target), who: tv(`who.${f.who}`) }));
    if (f.attachTo) out.push(`  ${t('fmt.applyTo', { target: f.attachTo })}`);
    if (f.policy) out.push(indent(JSON.stringify(f.policy, null, 2), '  '));
    if (f.edit) {
      out.push(`  ${f.edit.sid ? t('fmt.edit.sid', { action: f.edit.action, sid: f.edit.sid }) : t('fmt.edit', { action: f.edit.action })}`);
      out.push(indent(JSON.stringify({ Condition: f.edit.addCondition }, null, 2), '  '));
    }
    if (f.note) out.push(indent(plainText(f.note), '  '));
  });

  if (e.causes.length > 1) {
    out.push('');
    out.push(t('fmt.why'));
    for (const c of e.causes) out.push(`  - [${t(`likelihood.${c.likelihood}`)}] ${causeLayer(e, c.policyType, tv)}: ${plainText(c.reason)}`);
  }

  const steps = e.steps ?? [];
  if (steps.length) {
    out.push('');
    out.push(t('fmt.steps'));
    steps.forEach((s, i) => {
      const n = `${i + 1}. `;
      out.push(`  ${n}${plainText(s.title)}`);
      const pad = ' '.repeat(2 + n.length);
      if (s.command) out.push(indent(s.command, pad));
      out.push(indent(`→ ${plainText(s.meaning)}`, pad));
      if (s.url) out.push(`${pad}${s.url}`);
    });
  }

  const commands = commandsNotInSteps(e.commands, steps);
  if (commands.length) {
    out.push('');
    out.push(t('fmt.commands'));
    for (const c of commands) {
      out.push(`  # ${plainText(c.purpose)}`);
      out.push(`  ${c.command}`);
    }
  }
  if (e.links.length) {
    out.push('');
    out.push(t('fmt.links'));
    for (const l of e.links) out.push(`  ${l.label}: ${l.url}`);
  }
  return out.join('\n');
}
