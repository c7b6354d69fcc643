// The one-line verdict, the layer and who must act, for the console card. Deliberately free of the IAM index
// (the content script must stay small): it reads only the finding, through facts.ts and rank.ts.
import { translator, type Translate } from '../i18n/index';
import { verdictMessages, type VerdictKey } from '../i18n/explain-verdict';
import type { Finding, Lang, Likelihood, PolicyType, Who } from '../model';
import { credentialKind } from './credentials';
import { dsqlTokenAction, readFacts, type Facts } from './facts';
import { ownerOf } from './owner';
import { rankCauses, type RankedCause } from './rank';

export interface Verdict {
  /** One line: what was denied, by which layer, and what to do. */
  text: string;
  layer: PolicyType | 'credentials';
  layerLabel: string;
  who: Who;
  whoLabel: string;
  /** How sure the layer is: certain when the message names it. Null for credentials failures. */
  likelihood: Likelihood | null;
}

/** The principal as the fix's target, e.g. "role Dev", "permission set Admin", "user bob". */
export function targetName(f: Facts, t: Translate<VerdictKey>): string {
  const p = f.principal;
  if (p.permissionSet) return t('target.permissionSet', { name: p.permissionSet });
  if (p.roleName) return t('target.role', { name: p.roleName });
  if (p.kind === 'user' && p.userName) return t('target.user', { name: p.userName });
  if (p.kind === 'root') return t('target.root');
  if (p.kind === 'service' && p.raw) return t('target.service', { name: p.raw });
  if (p.kind === 'federated-user' && p.userName) return t('target.federated', { name: p.userName });
  return t('target.unknown');
}

/** The role a trust-policy denial is about: the resource of sts:AssumeRole*, shortened to its name. */
export function assumedRoleName(f: Facts, t: Translate<VerdictKey>): string {
  const m = f.resource ? /:role\/(?:.*\/)?([^/\s]+)$/.exec(f.resource) : null;
  return m?.[1] ? t('target.role', { name: m[1] }) : t('target.theRole');
}

function shortResource(f: Facts, t: Translate<VerdictKey>): string {
  const r = f.resource;
  if (!r || r === '*') return t('target.theResource');
  return r.length > 120 ? `${r.slice(0, 117)}…` : r;
}

export function verdictText(f: Facts, top: RankedCause | undefined, t: Translate<VerdictKey>): string {
  const action = f.action ?? f.finding.operation ?? '';
  const params = { action, target: targetName(f, t), resource: shortResource(f, t), role: assumedRoleName(f, t) };
  if (f.finding.category === 'credentials') {
    const found = credentialKind(f.finding);
    // A database's refused IAM token has several causes (expiry, the user's grant, rds-db:connect): the card says
    // "rejected" and the explanation's reason and checks tell them apart.
    const kind = found === 'dbToken' ? 'generic' : found;
    // Without a printed code the generic verdict says no more than "rejected" (never a "?" in its place).
    if (kind === 'generic' && !f.finding.errorCode) return t('verdict.credentials.rejected');
    return t(`verdict.credentials.${kind}`, { code: f.finding.errorCode ?? '' });
  }
  if (!top) return t('verdict.noAction');
  if (top.detail === 'billing-setting') return t('verdict.billingSetting', params);
  if (top.detail === 'sts-region') return t('verdict.stsRegion');
  if (top.detail === 'cluster-rbac') return t('verdict.clusterRbac', params);
  if (top.detail === 'dsql-token' && f.dsqlToken) return t('verdict.dsqlToken', { ...f.dsqlToken, expected: dsqlTokenAction(f.dsqlToken.user) });
  if (top.detail === 'dms-role' && f.dmsRole) return t('verdict.dmsRole', { role: f.dmsRole.name });
  if (top.detail === 'notification-destination') return t('verdict.notificationDestination', { kind: t(`target.${f.notificationDestination ?? 'queue'}`) });
  if (top.detail === 'image-unavailable') return t('verdict.imageUnavailable', { image: f.unavailableImage || t('target.theImage') });
  if (top.detail === 'aws-owned' && f.awsOwned) return t(`verdict.awsOwned.${f.awsOwned.kind}`, { ...params, name: f.awsOwned.name });
  if (top.detail === 'unsigned') return t('verdict.unsigned', params);
  if (f.s3Bare && top.detail === 'bucket-policy') return t('verdict.s3.bare');
  if (f.kmsCiphertext) return t(f.kmsUnusable ? 'verdict.kms.unusable' : 'verdict.kms.ciphertext', params);
  // Athena names the location it was refused and, by its wording, the direction (athena.ts): say it in Athena's terms.
  if (f.athena && top.policyType === 'identity') {
    return t(f.athena === 'read' ? 'verdict.athena.read' : 'verdict.athena.write', { ...params, resource: f.finding.resource ?? params.resource });
  }
  // The message may name the resource without the action.
  if (!action && top.policyType !== 'trust') return f.resource && f.resource !== '*' ? t('verdict.noAction.resource', params) : t('verdict.noAction');
  const certain = top.likelihood === 'certain';
  if (top.detail === 'service-linked') return t('verdict.serviceLinked', { ...params, role: f.principal.roleName ?? '' });
  switch (top.policyType) {
    case 'identity':
      if (top.denyKind === 'explicit') return t(certain ? 'verdict.identity.explicit' : 'verdict.explicit.unknown', params);
      return t(certain ? 'verdict.identity.implicit' : 'verdict.identity.implicit.likely', params);
    case 'scp':
      if (top.detail === 'root') return t('verdict.root', params);
      if (top.denyKind === 'explicit') return t(certain ? 'verdict.scp.explicit' : 'verdict.scp.explicit.likely', params);
      return t('verdict.scp.implicit', params);
    case 'rcp':
      return t(top.denyKind === 'explicit' ? 'verdict.rcp.explicit' : 'verdict.rcp.implicit', params);
    case 'boundary':
      return t(top.denyKind === 'explicit' ? 'verdict.boundary.explicit' : 'verdict.boundary.implicit', params);
    case 'session':
      return t(top.denyKind === 'explicit' ? 'verdict.session.explicit' : 'verdict.session.implicit', params);
    case 'vpce':
      return t(top.denyKind === 'explicit' ? 'verdict.vpce.explicit' : 'verdict.vpce.implicit', params);
    case 'resource':
      if (top.detail === 'kms-key') return t('verdict.kms.key', params);
      if (top.denyKind === 'explicit') return t('verdict.resource.explicit', params);
      return t(certain ? 'verdict.resource.implicit' : 'verdict.resource.implicit.likely', params);
    case 'trust':
      if (top.detail === 'user-resource') return t('verdict.trust.userResource', params);
      if (top.detail === 'malformed-role') return t('verdict.trust.malformedRole', params);
      if (top.detail === 'web-identity') return t('verdict.trust.webIdentity', { ...params, provider: f.oidcProvider ?? 'OIDC' });
      if (top.detail === 'saml') return t('verdict.trust.saml', params);
      return t(certain ? 'verdict.trust' : 'verdict.trust.likely', { ...params, action: action || 'sts:AssumeRole' });
    default:
      return t('verdict.explicit.unknown', params);
  }
}

export function verdictFrom(f: Facts, causes: RankedCause[], lang: Lang): Verdict {
  const t = translator(verdictMessages, lang);
  const top = causes[0];
  if (f.finding.category === 'credentials') {
    return {
      text: verdictText(f, undefined, t),
      layer: 'credentials',
      layerLabel: t('layer.credentials'),
      who: 'you',
      whoLabel: t('who.you'),
      likelihood: null,
    };
  }
  const layer: PolicyType = top?.policyType ?? 'unknown';
  const who = ownerOf(layer, f);
  return {
    text: verdictText(f, top, t),
    layer,
    layerLabel: t(`layer.${layer}`),
    who,
    whoLabel: t(`who.${who}`),
    likelihood: top?.likelihood ?? null,
  };
}

/** The verdict for the console card: one line, the layer and who must act. */
export function verdict(finding: Finding, lang: Lang): Verdict {
  const facts = readFacts(finding);
  return verdictFrom(facts, rankCauses(facts), lang);
}
