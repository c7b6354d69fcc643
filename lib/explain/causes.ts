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
  return ranked.map((c) => ({
    policyType: c.policyType,
    likelihood: c.likelihood,
    reason: c.likelihood === 'certain' && c.policyType !== 'unknown' ? namedReason(ctx, c) : (playbookOf(c.policyType)?.reason(ctx, c) ?? unknownReason(ctx, c)),
  }));
}
