// The ranked causes as the user reads them: layer, likelihood and a one-line reason in the chosen language.
import type { Cause } from '../model';
import type { Ctx } from './context';
import { credentialKind } from './credentials';
import type { RankedCause } from './layers';
import { targetName } from './verdict';

function reason(ctx: Ctx, c: RankedCause): string {
  const { t, tv, facts } = ctx;
  const action = ctx.primary?.action ?? facts.action ?? facts.finding.operation ?? '';
  const target = targetName(facts, tv);
  const service = ctx.primary?.info?.serviceName ?? facts.service ?? '';
  if (c.likelihood === 'certain') {
    const label = tv(`layer.${c.policyType}`);
    // Mid-sentence in English: "no identity-based policy", but "no VPC endpoint policy".
    const layer = ctx.lang === 'en' && !/^[A-Z]{2,}/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
    const base =
      c.denyKind === 'explicit'
        ? t('cause.named.explicit', { layer, policy: facts.finding.policyArn ? ` (${facts.finding.policyArn})` : '' })
        : t('cause.named.implicit', { layer, action });
    const extra = c.detail === 'permission-set' ? t('cause.identity.permissionSet', { name: facts.principal.permissionSet ?? '' }) : '';
    return extra ? `${base} ${extra}` : base;
  }
  switch (c.policyType) {
    case 'trust':
      if (c.detail === 'user-resource') return t('cause.trust.userResource');
      if (c.detail === 'web-identity') return t('cause.trust.webIdentity');
      if (c.detail === 'saml') return t('cause.trust.saml');
      return t('cause.trust.assume', { target });
    case 'identity':
      if (c.detail === 'both-sides') return t('cause.identity.bothSides');
      if (c.detail === 'permission-set') return t('cause.identity.permissionSet', { name: facts.principal.permissionSet ?? '' });
      if (c.detail === 'wildcard') return t('cause.identity.wildcard', { action });
      if (c.detail === 'service-linked') return t('cause.identity.serviceLinked');
      if (c.detail === 'legacy-explicit') return t('cause.identity.legacyExplicit', { target });
      return t('cause.identity.silent', { target });
    case 'resource':
      switch (c.detail) {
        case 'bucket-policy':
          return t('cause.resource.bucketPolicy');
        case 'block-public-access':
          return t('cause.resource.bpa');
        case 'object-ownership':
          return t('cause.resource.ownership');
        case 'kms-key':
          return t(facts.service === 's3' ? 'cause.resource.kmsForS3' : 'cause.resource.kmsKey', { action });
        case 'kms-grant':
          return t('cause.resource.kmsGrant');
        case 'both-sides':
          return t('cause.resource.bothSides', { account: facts.resourceAccount ?? '' });
        case 'service-linked':
          return t('cause.resource.serviceLinked');
        case 'legacy-explicit':
          return t('cause.resource.legacyExplicit', { service });
        case 'root':
          return t('cause.resource.root');
        default:
          return t('cause.resource.possible', { service });
      }
    case 'scp':
      if (c.detail === 'root') return t('cause.scp.root');
      if (c.detail === 'legacy-explicit') return t('cause.scp.legacyExplicit');
      return t('cause.scp.possible');
    case 'boundary':
      return t(c.detail === 'legacy-explicit' ? 'cause.boundary.legacyExplicit' : 'cause.boundary.possible', { target });
    case 'session':
      return t(c.detail === 'legacy-explicit' ? 'cause.session.legacyExplicit' : 'cause.session.possible');
    case 'vpce':
      return t(c.detail === 'legacy-explicit' ? 'cause.vpce.legacyExplicit' : 'cause.vpce.possible');
    case 'rcp':
      return t('cause.scp.possible');
    default:
      if (c.detail === 'kms-region') return t('cause.unknown.kmsRegion');
      if (c.detail === 'root') return t('cause.unknown.root');
      return t('cause.unknown.other');
  }
}

export function describeCauses(ctx: Ctx, ranked: RankedCause[]): Cause[] {
  if (ctx.facts.finding.category === 'credentials') {
    return [{ policyType: 'unknown', likelihood: 'certain', reason: ctx.t(`cause.credentials.${credentialKind(ctx.facts.finding)}`) }];
  }
  return ranked.map((c) => ({ policyType: c.policyType, likelihood: c.likelihood, reason: reason(ctx, c) }));
}
