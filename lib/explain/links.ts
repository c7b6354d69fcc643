// Console deep links and documentation, composed here from validated parts — never taken from page text — and
// always https. The console lives on a different host per partition; partitions without a public console
// (aws-iso*, aws-eusc) get documentation links only.
import type { Link } from '../model';
import type { Ctx } from './context';
import type { RankedCause } from './rank';
import { credentialKind } from './credentials';
import { playbookOf } from './layers/index';
import { resourcePolicyHome } from './layers/resource';
import { authorizationDetailsUrl } from '../steps/authorization';
import { BILLING_ACCOUNT_SETTINGS_URL } from '../steps/billing-setting';
import { consoleHost } from '../steps/links';
import { asPartition } from '../arn';
import { isRegion } from './values';

const DOCS = 'https://docs.aws.amazon.com';
/** How IAM identities get into an EKS cluster (access entries, aws-auth): for its 401s and its RBAC refusals alike. */
const EKS_ACCESS_DOC = `${DOCS}/eks/latest/userguide/grant-k8s-access.html`;

function consoleBase(partition: string): { base: string; s3: string } | null {
  const known = asPartition(partition);
  const base = known ? consoleHost(known) : null;
  if (!base) return null;
  // Only the commercial console serves S3 from its own host.
  return { base, s3: partition === 'aws' ? 'https://s3.console.aws.amazon.com' : base };
}

const enc = encodeURIComponent;
const NAME_CHARS = /^[\w+=,.@\-/]{1,512}$/;
/** A name a console link can carry: IAM characters only, and not one of our placeholders (ROLE_NAME). */
const NAME = { test: (v: string): boolean => NAME_CHARS.test(v) && !/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/.test(v) };

/**
 * AWS documentation in the reader's language: the Japanese pages live under /ja_jp/ on the same host (REVIEW.md §5).
 * Console and other links stay as they are.
 */
export function localizedDocs(url: string, lang: Ctx['lang']): string {
  return lang === 'ja' && url.startsWith(`${DOCS}/`) && !url.startsWith(`${DOCS}/ja_jp/`) ? `${DOCS}/ja_jp/${url.slice(DOCS.length + 1)}` : url;
}

/** Service Authorization Reference page slug: the service name lower-cased without spaces or punctuation. */
export function sarSlug(serviceName: string): string {
  return serviceName.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function buildLinks(ctx: Ctx, causes: RankedCause[]): Link[] {
  const { t, facts } = ctx;
  const out: Link[] = [];
  const add = (label: string, link: string): void => {
    const url = localizedDocs(link, ctx.lang);
    if (url.startsWith('https://') && !out.some((l) => l.url === url)) out.push({ label, url });
  };
  const c = consoleBase(ctx.partition);
  const p = facts.principal;
  const primary = ctx.primary;
  const region = primary?.resource.region ?? facts.regionHint;
  const regionQuery = region && isRegion(region) ? `region=${region}` : '';

  if (facts.finding.category === 'credentials') {
    const kind = credentialKind(facts.finding);
    if (kind === 'cluster') add(t('link.doc.eks'), EKS_ACCESS_DOC);
    if (kind === 'missingToken') add(t('link.doc.apiRoute'), `${DOCS}/apigateway/latest/developerguide/how-to-call-api.html`);
    if (kind === 'signedUrl') add(t('link.doc.signedUrl'), `${DOCS}/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html`);
    if (kind === 'guest') add(t('link.doc.identityPool'), `${DOCS}/cognito/latest/developerguide/cognito-identity.html`);
    if (kind === 'dbToken') add(t('link.doc.dbToken'), `${DOCS}/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html`);
    // A browser's request (a signed URL, an identity pool's guest) has no SDK credential chain to read about.
    if (kind !== 'signedUrl' && kind !== 'guest') add(t('link.doc.credentials'), `${DOCS}/sdkref/latest/guide/standardized-credentials.html`);
    if (kind === 'expired') add(t('link.doc.sso'), `${DOCS}/cli/latest/userguide/cli-configure-sso.html`);
    return out;
  }

  // The request's own details (Access Troubleshooter) answer more than any page below: first.
  const details = authorizationDetailsUrl(facts.finding, ctx.partition);
  if (details) add(t('link.authorization'), details);
  if (facts.finding.accountSetting === 'billing-iam-access' && ctx.partition === 'aws') add(t('link.billingSetting'), BILLING_ACCOUNT_SETTINGS_URL);
  if (facts.finding.accountSetting === 'cluster-rbac') add(t('link.doc.eks'), EKS_ACCESS_DOC);

  if (c) {
    if (p.permissionSet) add(t('link.permissionSet', { name: p.permissionSet }), `${c.base}/singlesignon/home`);
    else if (p.roleName && NAME.test(p.roleName)) add(t('link.role', { name: p.roleName }), `${c.base}/iam/home#/roles/details/${enc(p.roleName)}?section=permissions`);
    else if (p.kind === 'user' && p.userName && NAME.test(p.userName)) {
      add(t('link.user', { name: p.userName }), `${c.base}/iam/home#/users/details/${enc(p.userName)}?section=permissions`);
    }
    const layers = new Set(causes.map((x) => x.policyType));
    if (layers.has('trust') && primary?.resource.type?.key === 'role') {
      const name = primary.resource.arn.slice(primary.resource.arn.lastIndexOf('/') + 1);
      if (NAME.test(name)) add(t('link.trust', { name }), `${c.base}/iam/home#/roles/details/${enc(name)}?section=trust_relationships`);
    }
    const policyArn = facts.finding.policyArn;
    const org = policyArn ? /:policy\/o-[a-z0-9]+\/(service_control_policy|resource_control_policy)\/(p-[a-z0-9_]+)$/.exec(policyArn) : null;
    if (org?.[1] && org[2]) {
      const kind = org[1] === 'service_control_policy' ? 'service-control-policy' : 'resource-control-policy';
      add(t('link.orgPolicy', { id: org[2] }), `${c.base}/organizations/v2/home/policies/${kind}/${org[2]}`);
    } else if (policyArn && /^arn:[\w-]+:iam::(\d{12}|aws):policy\//.test(policyArn)) {
      add(t('link.policy'), `${c.base}/iam/home#/policies/details/${enc(policyArn)}?section=permissions`);
    } else if (layers.has('scp')) {
      add(t('link.scps'), `${c.base}/organizations/v2/home/policies/service-control-policy`);
    }
    if (primary && layers.has('resource')) {
      const home = resourcePolicyHome(ctx, primary);
      const r = primary.resource;
      if (home.kind === 'bucket' && r.vars.BucketName && NAME.test(r.vars.BucketName)) {
        add(t('link.bucket', { name: r.vars.BucketName }), `${c.s3}/s3/buckets/${enc(r.vars.BucketName)}?tab=permissions`);
      } else if (home.kind === 'key' && r.vars.KeyId && NAME.test(r.vars.KeyId) && regionQuery) {
        add(t('link.key'), `${c.base}/kms/home?${regionQuery}#/kms/keys/${enc(r.vars.KeyId)}`);
      } else if (home.kind === 'function' && r.vars.FunctionName && NAME.test(r.vars.FunctionName) && regionQuery) {
        add(t('link.function', { name: r.vars.FunctionName }), `${c.base}/lambda/home?${regionQuery}#/functions/${enc(r.vars.FunctionName)}?tab=permissions`);
      }
    }
    const event = facts.finding.operation ?? primary?.info?.name ?? null;
    if (event && /^[A-Za-z0-9]+$/.test(event) && regionQuery) {
      add(t('link.cloudtrail', { event }), `${c.base}/cloudtrail/home?${regionQuery}#/events?EventName=${enc(event)}`);
    }
    if (ctx.partition === 'aws' && primary && !facts.trustCall) add(t('link.simulator'), 'https://policysim.aws.amazon.com/home/index.jsp');
  }

  const top = causes[0];
  const docs = top ? playbookOf(top.policyType)?.docs : undefined;
  if (top && docs && top.policyType !== 'unknown') add(t(`link.doc.${top.policyType}`), docs);
  if (facts.trustCall === 'web-identity' && facts.oidcProvider === 'token.actions.githubusercontent.com') {
    add(t('link.doc.github'), `${DOCS}/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html`);
  }
  if (facts.finding.encoded) add(t('link.doc.decode'), `${DOCS}/STS/latest/APIReference/API_DecodeAuthorizationMessage.html`);
  if (facts.service === 's3') add(t('link.doc.s3'), `${DOCS}/AmazonS3/latest/userguide/troubleshoot-403-errors.html`);
  if (facts.service === 'kms' || facts.kmsCiphertext) add(t('link.doc.kms'), `${DOCS}/kms/latest/developerguide/determining-access.html`);
  const serviceName = primary?.info?.serviceName;
  if (serviceName) {
    add(t('link.doc.sar', { service: serviceName }), `${DOCS}/service-authorization/latest/reference/list_${sarSlug(serviceName)}.html`);
  }
  add(t('link.doc.accessDenied'), `${DOCS}/IAM/latest/UserGuide/troubleshoot_access-denied.html`);
  return out;
}
