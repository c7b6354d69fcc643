// Trust policy: the statement on the role being assumed that admits exactly this caller for this call —
// sts:AssumeRole for a role or user, AssumeRoleWithWebIdentity with the provider and its aud/sub conditions
// (GitHub Actions, EKS service accounts), AssumeRoleWithSAML with SAML:aud, and TagSession/SetSourceIdentity.
import type { Fix, PolicyStatement } from '../../model';
import type { Ctx } from '../context';
import { ownerOf } from '../owner';
import { callerPlaceholders, doc, principalArnForPolicy, sid, unknownCallerArn } from '../policy';
import { addUnique, callerNote, joinNotes, placeholderNote } from './common';

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

export function trustFix(ctx: Ctx): Fix | null {
  const { t, facts } = ctx;
  const primary = ctx.primary;
  const who = ownerOf('trust', facts);
  const placeholders: string[] = [];
  if (facts.resourceIsUser) {
    return { target: 'trust-policy', who, attachTo: null, policy: null, note: t('note.trust.userResource', { resource: facts.resource ?? '' }), placeholders };
  }
  const r = primary?.resource;
  const isRole = !!r && r.type?.key === 'role';
  const account = r?.account ?? facts.resourceAccount ?? facts.principal.account;
  const roleArn = isRole && r ? r.arn : `arn:${ctx.partition}:iam::${account ?? 'ACCOUNT_ID'}:role/ROLE_NAME`;
  if (isRole && r) addUnique(placeholders, r.placeholders);
  else addUnique(placeholders, account ? ['ROLE_NAME'] : ['ACCOUNT_ID', 'ROLE_NAME']);
  const roleName = roleArn.slice(roleArn.lastIndexOf('/') + 1);
  const acct = account ?? 'ACCOUNT_ID';
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
    notes.push(t('note.trust.assume', { role: roleName }));
    notes.push(callerNote(ctx) ?? '');
    if (!p.rolePathKnown && p.roleName) notes.push(t('note.resource.rolePath', { role: p.roleName }));
    if (facts.crossAccount !== false && (p.kind === 'user' || p.kind === 'assumed-role' || p.kind === 'role')) {
      notes.push(t('note.trust.callerSide'));
    }
  }
  notes.push(placeholderNote(ctx, placeholders) ?? '');
  return { target: 'trust-policy', who, attachTo: roleArn, policy: doc(statement), note: joinNotes(ctx, notes), placeholders };
}
