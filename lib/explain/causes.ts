// The ranked causes as the user reads them: layer, likelihood and a one-line reason in the chosen language. A cause
// is "certain" only when the message names the layer (rank.ts); each layer's playbook words its other reasons.
import type { Cause } from '../model';
import type { Ctx } from './context';
import { credentials } from './layers/credentials';
import { playbookOf } from './layers/index';
import { unknownReason } from './layers/unknown';
import type { RankedCause } from './rank';

function namedReason(ctx: Ctx, c: RankedCause): string {
  const { t, tv, facts } = ctx;
  const action = ctx.primary?.action ?? facts.action ?? facts.finding.operation ?? '';
  const label = tv(`layer.${c.policyType}`);
  // Mid-sentence in English: "no identity-based policy", but "no VPC endpoint policy".
  const layer = ctx.lang === 'en' && !/^[A-Z]{2,}/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
  const base =
    c.denyKind === 'explicit'
      ? t('cause.named.explicit', { layer, policy: facts.finding.policyArn ? ` (${facts.finding.policyArn})` : '' })
      : t('cause.named.implicit', { layer, action });
  const extra = c.detail === 'permission-set' ? t('cause.identity.permissionSet', { name: facts.principal.permissionSet ?? '' }) : '';
  return extra ? `${base}${ctx.lang === 'ja' ? '' : ' '}${extra}` : base;
}

export function describeCauses(ctx: Ctx, ranked: RankedCause[]): Cause[] {
  if (ctx.facts.finding.category === 'credentials') return [credentials.cause(ctx)];
  return ranked.map((c, i) => {
    const reason = c.likelihood === 'certain' && c.policyType !== 'unknown' ? namedReason(ctx, c) : (playbookOf(c.policyType)?.reason(ctx, c) ?? unknownReason(ctx, c));
    const matched = i === 0 ? matchedReason(ctx, c) : null;
    return { policyType: c.policyType, likelihood: c.likelihood, reason: matched ? `${reason}${ctx.lang === 'ja' ? '' : ' '}${matched}` : reason };
  });
}

/**
 * The statements AWS reported as matching (an Access Troubleshooter answer, a decoded message), on the cause they
 * decide: their Sids are what the owner searches the policy for.
 */
function matchedReason(ctx: Ctx, c: RankedCause): string | null {
  const wanted = c.denyKind === 'explicit' ? 'Deny' : null;
  const sids = (ctx.facts.finding.matchedStatements ?? [])
    .filter((m) => m.sid && (m.policyType === c.policyType || m.policyType === null) && (wanted === null || m.effect !== 'Allow'))
    .map((m) => (m.policyUri ? ctx.t('cause.matched.in', { sid: m.sid ?? '', uri: m.policyUri }) : ctx.t('cause.matched.one', { sid: m.sid ?? '' })));
  const unique = [...new Set(sids)];
  return unique.length ? ctx.t('cause.matched', { list: unique.join(ctx.lang === 'ja' ? '、' : ', ') }) : null;
}
