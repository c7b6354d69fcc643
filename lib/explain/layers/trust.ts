// Role trust policies: who may assume a role. sts:AssumeRole (and TagSession, SetSourceIdentity) for a role or user,
// AssumeRoleWithWebIdentity with the provider and its aud/sub conditions (GitHub Actions, EKS service accounts),
// AssumeRoleWithSAML with SAML:aud. A trust policy has a Principal and never a Resource. The caller's own side
// (its identity-based sts:AssumeRole) is the identity playbook's; the role may also not exist at all.
import type { Fix, PolicyStatement } from '../../model';
import { globalRegion } from '../../steps/common';
import { say, sentences } from '../../steps/common';
import { sh } from '../../steps/shell';
import { iamRoleUrl } from '../../steps/links';
import { valuesOf } from '../../steps/values';
import type { Ctx } from '../context';
import { denyFix } from '../exception';
import { addUnique, callerNote, joinNotes, placeholderNote } from '../notes';
import { callerPlaceholders, doc, principalArnForPolicy, sid, unknownCallerArn } from '../policy';
import type { RankedCause } from '../rank';
import { ownerOf } from '../owner';
import type { LayerPlaybook } from './types';

function signinAudience(partition: string): string {
  if (partition === 'aws-cn') return 'https://signin.amazonaws.cn/saml';
  if (partition === 'aws-us-gov') return 'https://signin.amazonaws-us-gov.com/saml';
  return 'https://signin.aws.amazon.com/saml';
}

/** Admits tokens of one OIDC provider whose audience and subject are exactly these. */
function webIdentityStatement(
  sid: string,
  partition: string,
  account: string,
  provider: string,
  aud: string,
  sub: string,
): PolicyStatement {
  return {
    Sid: sid,
    Effect: 'Allow',
    Principal: { Federated: `arn:${partition}:iam::${account}:oidc-provider/${provider}` },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: { StringEquals: { [`${provider}:aud`]: aud, [`${provider}:sub`]: sub } },
  };
}

function allowFix(ctx: Ctx, c: RankedCause): Fix | null {
  const { t, facts } = ctx;
  const primary = ctx.primary;
  const who = trust.owner(facts);
  const placeholders: string[] = [];
  if (facts.notARole) {
    const note = t(facts.notARole === 'user' ? 'note.trust.userResource' : 'note.trust.malformedRole', { resource: facts.resource ?? '' });
    return { target: 'trust-policy', who, attachTo: null, policy: null, note, placeholders };
  }
  const r = primary?.resource;
  const isRole = !!r && r.type?.key === 'role';
  const account = r?.account ?? facts.resourceAccount ?? (facts.resourceAccountMask ? null : facts.principal.account);
  const accountToken = facts.principal.placeholders.includes('CALLER_ACCOUNT_ID') ? 'TARGET_ACCOUNT_ID' : 'ACCOUNT_ID';
  const roleArn = isRole && r ? r.arn : `arn:${ctx.partition}:iam::${account ?? accountToken}:role/ROLE_NAME`;
  if (isRole && r) addUnique(placeholders, r.placeholders);
  else addUnique(placeholders, account ? ['ROLE_NAME'] : [accountToken, 'ROLE_NAME']);
  const roleName = roleArn.slice(roleArn.lastIndexOf('/') + 1);
  const acct = account ?? accountToken;
  const action = primary?.action ?? 'sts:AssumeRole';
  const notes: string[] = [];
  let statement: PolicyStatement;
  const wt = ctx.workloadTarget;
  // The workload could not assume its own role (a GitHub Actions run, an EKS pod): say so first.
  if (wt?.trustPolicy) notes.push(wt.hedge ?? '', wt.note);

  if (facts.trustCall === 'web-identity') {
    // The issuer may be named only around the denial sentence (the workflow log), which lib/workload read.
    const provider = facts.oidcProvider ?? (ctx.workload?.kind === 'github-actions' ? 'token.actions.githubusercontent.com' : null);
    if (provider === 'token.actions.githubusercontent.com') {
      const sub = 'repo:GITHUB_OWNER/GITHUB_REPO:ref:refs/heads/GITHUB_BRANCH';
      statement = webIdentityStatement('AllowGitHubActionsOidc', ctx.partition, acct, provider, 'sts.amazonaws.com', sub);
      addUnique(placeholders, ['GITHUB_OWNER', 'GITHUB_REPO', 'GITHUB_BRANCH']);
      notes.push(t('note.trust.github', { account: acct }));
    } else if (provider?.startsWith('oidc.eks.')) {
      const sub = 'system:serviceaccount:K8S_NAMESPACE:K8S_SERVICE_ACCOUNT';
      statement = webIdentityStatement('AllowEksServiceAccount', ctx.partition, acct, provider, 'sts.amazonaws.com', sub);
      addUnique(placeholders, ['K8S_NAMESPACE', 'K8S_SERVICE_ACCOUNT']);
      notes.push(t('note.trust.eks'));
    } else {
      const host = provider ?? 'OIDC_PROVIDER';
      if (!provider) addUnique(placeholders, ['OIDC_PROVIDER']);
      statement = webIdentityStatement('AllowWebIdentity', ctx.partition, acct, host, 'OIDC_AUDIENCE', 'OIDC_SUBJECT');
      addUnique(placeholders, ['OIDC_AUDIENCE', 'OIDC_SUBJECT']);
      notes.push(t('note.trust.oidc'));
    }
  } else if (facts.trustCall === 'saml') {
    statement = {
      Sid: 'AllowSamlFederation',
      Effect: 'Allow',
      Principal: { Federated: `arn:${ctx.partition}:iam::${acct}:saml-provider/SAML_PROVIDER_NAME` },
      Action: 'sts:AssumeRoleWithSAML',
      Condition: { StringEquals: { 'SAML:aud': signinAudience(ctx.partition) } },
    };
    addUnique(placeholders, ['SAML_PROVIDER_NAME']);
    notes.push(t('note.trust.saml'));
  } else {
    const p = facts.principal;
    let principal: Record<string, string>;
    if (p.kind === 'service' && p.raw) principal = { Service: p.raw };
    else {
      const arn = principalArnForPolicy(p);
      if (arn) {
        principal = { AWS: arn };
        addUnique(placeholders, p.placeholders);
      } else {
        principal = { AWS: unknownCallerArn(ctx.partition, p.account) };
        addUnique(placeholders, callerPlaceholders(p.account));
      }
    }
    statement = { Sid: sid('Allow', action.replace(':', ' ')), Effect: 'Allow', Principal: principal, Action: action };
    notes.push(t(facts.trustCall === 'tag-session' ? 'note.trust.tagSession' : facts.trustCall === 'source-identity' ? 'note.trust.sourceIdentity' : 'note.trust.assume', { role: roleName }));
    if (c.detail === 'cdk-bootstrap' || facts.clues.cdkBootstrapRole) notes.push(t('note.trust.cdk'));
    notes.push(callerNote(ctx) ?? '');
    if (!p.rolePathKnown && p.roleName) notes.push(t('note.resource.rolePath', { role: p.roleName }));
    if (facts.crossAccount !== false && (p.kind === 'user' || p.kind === 'assumed-role' || p.kind === 'role')) {
      notes.push(t('note.trust.callerSide', { action }));
    }
  }
  notes.push(placeholderNote(ctx, placeholders) ?? '');
  return { target: 'trust-policy', who, attachTo: roleArn, policy: doc(statement), note: joinNotes(ctx, notes), placeholders };
}

function reason(ctx: Ctx, c: RankedCause): string {
  const { t, facts } = ctx;
  if (c.detail === 'user-resource') return t('cause.trust.userResource');
  if (c.detail === 'malformed-role') return t('cause.trust.malformedRole');
  if (c.detail === 'web-identity') return t('cause.trust.webIdentity');
  if (c.detail === 'saml') return t('cause.trust.saml');
  if (c.detail === 'cdk-bootstrap') return t('cause.trust.cdk');
  if (c.detail === 'dms-role') return t('cause.trust.dmsRole', { role: facts.dmsRole?.name ?? '' });
  const action = ctx.primary?.action ?? facts.action ?? 'sts:AssumeRole';
  return t('cause.trust.assume', { target: ctx.targetName, action });
}

export const trust: LayerPlaybook = {
  layer: 'trust',
  target: 'trust-policy',
  owner: (f) => ownerOf('trust', f),
  reason,
  allowFix,
  denyFix: (ctx) => {
    const r = ctx.primary?.resource;
    return denyFix(ctx, trust, { attachTo: r && r.type?.key === 'role' ? r.arn : null, placeholders: r?.placeholders ?? [] });
  },
  checks: (ctx) => {
    const v = valuesOf(ctx);
    if (!v.targetRoleName) return [];
    const web = (v.action ?? '').toLowerCase() === 'sts:assumerolewithwebidentity';
    return [
      {
        title: say(v, 'trust.title', { role: v.targetRoleName }),
        command: `aws iam get-role --role-name ${sh(v.targetRoleName)} --query Role.AssumeRolePolicyDocument${globalRegion(v)}`,
        meaning: sentences(v, say(v, 'trust.meaning'), web && say(v, 'trust.webIdentity'), say(v, 'trust.missing')),
        url: iamRoleUrl(v.partition, v.targetRoleName),
      },
    ];
  },
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_roles.html',
};
