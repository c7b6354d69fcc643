// The terminal rendering of an explanation: the verdict first, then the fix JSON, then the commands — plain text
// that reads well in English and Japanese, pipes cleanly and copies without decoration inside the JSON.
import { translator } from '../i18n/index';
import { explainMessages } from '../i18n/explain';
import { verdictMessages } from '../i18n/explain-verdict';
import type { Explanation } from '../model';
import { fixTargetLabel } from './admin-request';

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');
}

export function formatExplanation(e: Explanation): string {
  const t = translator(explainMessages, e.lang);
  const tv = translator(verdictMessages, e.lang);
  const out: string[] = [];
  out.push(`✗ ${e.verdict}`);
  const top = e.causes[0];
  const fix = e.fixes[0];
  const meta: string[] = [];
  if (top) meta.push(`${tv(`layer.${top.policyType}`)} (${t(`likelihood.${top.likelihood}`)})`);
  if (fix) meta.push(t('fmt.who', { who: tv(`who.${fix.who}`) }));
  if (meta.length) out.push(`  ${meta.join(' · ')}`);

  e.fixes.forEach((f, i) => {
    out.push('');
    out.push(t('fmt.fix', { n: i + 1, layer: fixTargetLabel({ tv }, f.target), who: tv(`who.${f.who}`) }));
    if (f.attachTo) out.push(`  ${t('fmt.applyTo', { target: f.attachTo })}`);
    if (f.policy) out.push(indent(JSON.stringify(f.policy, null, 2), '  '));
    if (f.note) out.push(indent(f.note, '  '));
  });

  if (e.causes.length > 1) {
    out.push('');
    out.push(t('fmt.why'));
    for (const c of e.causes) out.push(`  - [${t(`likelihood.${c.likelihood}`)}] ${tv(`layer.${c.policyType}`)}: ${c.reason}`);
  }

  if (e.commands.length) {
    out.push('');
    out.push(t('fmt.commands'));
    for (const c of e.commands) {
      out.push(`  # ${c.purpose}`);
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
