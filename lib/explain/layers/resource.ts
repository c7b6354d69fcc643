// Resource-based policies (S3 bucket and access point policies, KMS key policies, Lambda, SQS, SNS, Secrets Manager,
// ECR, …): the statement that names the caller — the role, never its session — with exactly the denied action and
// resource. Also what is not a policy but decides first: S3 Block Public Access (a public bucket policy or ACL is
// refused before any policy is read), Object Ownership, KMS grants. Across accounts the caller's own identity policy
// must allow too (the identity playbook's fix comes with it).
import { dnsSuffix, isAccountId } from '../../arn';
import type { Fix, PolicyStatement, Step } from '../../model';
import { region as regionFlag, say, sentences } from '../../steps/common';
import { sh } from '../../steps/shell';
import { valuesOf, type StepValues } from '../../steps/values';
import type { Ctx, DeniedAction } from '../context';
import { denyFix } from '../exception';
import { addUnique, callerNote, joinNotes, placeholderNote } from '../notes';
import { callerPlaceholders, doc, oneOrMany, principalArnForPolicy, sid, unknownCallerArn } from '../policy';
import type { RankedCause } from '../rank';
import { actionProblem, forAwsResourceOnly, kmsKeyArn, kmsNeedForS3, resourcesOf, viaServiceValue } from '../statements';
import { ownerOf } from '../owner';
import type { LayerPlaybook } from './types';

type PolicyKind = 'bucket' | 'access-point' | 'key' | 'function' | 'queue' | 'topic' | 'secret' | 'repository' | 'generic';

export interface PolicyHome {
  attachTo: string | null;
  kind: PolicyKind;
  placeholders: string[];
}

/** The bucket a resource is in: from the ARN's template match, else read off an S3 ARN (no IAM data loaded). */
function bucketOf(d: DeniedAction): string | null {
  return d.resource.vars.BucketName ?? /^arn:[a-z-]+:s3:::([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/|$)/.exec(d.resource.arn)?.[1] ?? null;
}

/** The object key of an S3 object ARN, when it names one. */
function objectOf(d: DeniedAction): string | null {
  return d.resource.vars.ObjectName ?? /^arn:[a-z-]+:s3:::[^/]+\/(.+)$/.exec(d.resource.arn)?.[1] ?? null;
}

/** Which resource carries the policy, e.g. the bucket of an object, the access point a request went through. */
export function resourcePolicyHome(ctx: Ctx, d: DeniedAction): PolicyHome {
  const service = d.info?.service ?? ctx.facts.service ?? '';
  const r = d.resource;
  const placeholders: string[] = [];
  if (ctx.facts.accessPoint && service === 's3') return { attachTo: ctx.facts.accessPoint, kind: 'access-point', placeholders };
  switch (service) {
    case 's3': {
      const named = bucketOf(d);
      const bucket = named ?? 'BUCKET_NAME';
      if (!named) placeholders.push('BUCKET_NAME');
      else addUnique(placeholders, r.placeholders.filter((p) => bucket.includes(p)));
      return { attachTo: `arn:${ctx.partition}:s3:::${bucket}`, kind: 'bucket', placeholders };
    }
    case 'kms':
      addUnique(placeholders, r.placeholders);
      return { attachTo: r.arn === '*' ? null : r.arn, kind: 'key', placeholders };
    case 'lambda':
      addUnique(placeholders, r.placeholders);
      return { attachTo: r.arn === '*' ? null : r.arn, kind: 'function', placeholders };
    case 'sqs':
    case 'sns':
    case 'secretsmanager':
    case 'ecr':
      addUnique(placeholders, r.placeholders);
      return {
        attachTo: r.arn === '*' ? null : r.arn,
        kind: service === 'sqs' ? 'queue' : service === 'sns' ? 'topic' : service === 'ecr' ? 'repository' : 'secret',
        placeholders,
      };
    case 'vpc-lattice-svcs': {
      // The auth policy belongs to the service (or its network), whichever path of it was invoked.
      addUnique(placeholders, r.placeholders);
      const svc = /^(arn:[^:]+:vpc-lattice:[^:]*:[^:]*:(?:service|servicenetwork)\/[^/]+)/.exec(r.arn)?.[1] ?? null;
      return { attachTo: svc ?? (r.arn === '*' ? null : r.arn), kind: 'generic', placeholders };
    }
    default:
      addUnique(placeholders, r.placeholders);
      return { attachTo: r.arn === '*' ? null : r.arn, kind: 'generic', placeholders };
  }
}

function callerPrincipal(ctx: Ctx, placeholders: string[]): Record<string, string> {
  const p = ctx.facts.principal;
  if (p.kind === 'service' && p.raw) return { Service: p.raw };
  const arn = principalArnForPolicy(p);
  if (arn) {
    addUnique(placeholders, p.placeholders);
    return { AWS: arn };
  }
  addUnique(placeholders, callerPlaceholders(p.account));
  return { AWS: unknownCallerArn(ctx.partition, p.account) };
}

/**
 * A service principal acts for every account that uses the service: a grant to it names whose resources it may act
 * for (the confused deputy), here the account of the denied resource.
 */
function sourceAccountCondition(ctx: Ctx, placeholders: string[]): Record<string, string> | null {
  const p = ctx.facts.principal;
  if (p.kind !== 'service' || !p.raw) return null;
  const account = ctx.primary?.resource.account ?? ctx.facts.resourceAccount;
  if (isAccountId(account)) return { 'aws:SourceAccount': account };
  addUnique(placeholders, ['ACCOUNT_ID']);
  return { 'aws:SourceAccount': 'ACCOUNT_ID' };
}

/** Adds the source condition of a service principal's grant to a statement, with its note. */
function limitToSource(ctx: Ctx, statement: PolicyStatement, placeholders: string[], notes: string[]): void {
  const source = sourceAccountCondition(ctx, placeholders);
  if (!source) return;
  statement.Condition = { ...statement.Condition, StringEquals: { ...statement.Condition?.StringEquals, ...source } };
  notes.push(ctx.t('note.resource.serviceSource', { service: ctx.facts.principal.raw ?? '' }));
}

/** The key policy statement an SSE-KMS object (or a KMS call made for another service) needs. */
function keyForServiceFix(ctx: Ctx): Fix {
  const { t, facts } = ctx;
  const primary = ctx.primary!;
  const placeholders: string[] = [];
  const principal = callerPrincipal(ctx, placeholders);
  const kmsCall = /^kms:/i.test(primary.action);
  const via = kmsCall ? facts.viaService : 's3';
  // A key the service could not use names the grant it makes too (facts.otherActions: kms:CreateGrant).
  const kmsOthers = facts.kmsUnusable ? facts.otherActions.map((o) => o.action).filter((a) => /^kms:/i.test(a)) : [];
  const actions = kmsCall ? [primary.action, ...kmsOthers] : (kmsNeedForS3(primary.action)?.actions ?? ['kms:Decrypt']);
  const named = kmsCall && primary.resource.type?.key === 'key' ? primary.resource.arn : null;
  const keyArn = named ?? kmsKeyArn(ctx, placeholders);
  if (named) addUnique(placeholders, primary.resource.placeholders);
  const region = primary.resource.region ?? facts.regionHint;
  const statement: PolicyStatement = { Sid: sid('Allow', 'Use', 'Of', 'Key'), Effect: 'Allow', Principal: principal, Action: oneOrMany(actions), Resource: '*' };
  const grant: PolicyStatement = { Sid: sid('Allow', 'Grants', 'For', 'AWS', 'Resources'), Effect: 'Allow', Principal: principal, Action: 'kms:CreateGrant', Resource: '*' };
  const grants = actions.includes('kms:CreateGrant') && forAwsResourceOnly(ctx, grant);
  if (grants) statement.Action = oneOrMany(actions.filter((a) => a !== 'kms:CreateGrant'));
  const statements = grants ? [statement, grant] : [statement];
  if (via) {
    for (const s of statements) s.Condition = { ...s.Condition, StringEquals: { 'kms:ViaService': viaServiceValue(ctx, via, region) } };
    if (!region) addUnique(placeholders, ['REGION']);
  }
  // Without the service that called KMS (an operation several services share), the note names no service.
  const notes = [t(!kmsCall ? 'note.resource.kmsForS3' : via ? 'note.resource.kmsVia' : 'note.resource.kmsKeyOnly', { service: via ?? '' })];
  // A key the message named is the key whose policy this goes into: nothing to replace.
  if (kmsCall && placeholders.includes('KEY_ID')) notes.push(t('note.resource.kmsReplaceKey'));
  notes.push(grants ? t('note.kms.grantForAwsResource') : '', t('note.resource.keyFirst'), callerNote(ctx) ?? '');
  for (const s of statements) limitToSource(ctx, s, placeholders, s === statement ? notes : []);
  notes.push(placeholderNote(ctx, placeholders) ?? '');
  return { target: 'resource-policy', who: resource.owner(facts), attachTo: keyArn, policy: doc(...statements), note: joinNotes(ctx, notes), placeholders };
}

function allowFix(ctx: Ctx, c: RankedCause): Fix | null {
  const { t, facts } = ctx;
  const primary = ctx.primary;
  const who = resource.owner(facts);
  if (!primary) return null;
  const home = resourcePolicyHome(ctx, primary);
  const notes: string[] = [];
  const placeholders = [...home.placeholders];

  if (c.detail === 'block-public-access' || c.detail === 'object-ownership' || c.detail === 'kms-grant') {
    const key = c.detail === 'block-public-access' ? (/^s3:put(bucketpolicy|bucketacl|objectacl)$/i.test(primary.action) ? 'note.resource.bpaPut' : 'note.resource.bpa') : c.detail === 'object-ownership' ? 'note.resource.ownership' : 'note.resource.kmsGrant';
    return { target: 'resource-policy', who, attachTo: home.attachTo, policy: null, note: joinNotes(ctx, [t(key), placeholderNote(ctx, placeholders)]), placeholders };
  }
  if ((c.detail === 'kms-key' || home.kind === 'key') && (facts.kmsCiphertext || facts.viaService || (primary.info?.service ?? facts.service) === 's3')) return keyForServiceFix(ctx);

  const problem = actionProblem(ctx);
  if (problem) return { target: 'resource-policy', who, attachTo: home.attachTo, policy: null, note: problem, placeholders };
  const principal = callerPrincipal(ctx, placeholders);
  const actions = [primary.action];
  // A cross-account image pull reads the manifest and the layers: the repository policy grants both.
  if (home.kind === 'repository' && /^ecr:(batchgetimage|getdownloadurlforlayer)$/i.test(primary.action)) addUnique(actions, ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer']);
  const statement: PolicyStatement = { Sid: sid('Allow', primary.action.replace(':', ' ')), Effect: 'Allow', Principal: principal, Action: oneOrMany(actions) };
  // Key, secret and repository policies say "*" or nothing: the policy is attached to the one resource already.
  if (home.kind === 'key' || home.kind === 'secret') statement.Resource = '*';
  else if (home.kind !== 'repository') statement.Resource = oneOrMany(resourcesOf(primary));
  addUnique(placeholders, primary.resource.placeholders.filter((p) => (home.kind !== 'key' && home.kind !== 'secret' ? true : home.placeholders.includes(p))));
  notes.push(t(`note.resource.add.${home.kind}`, { resource: home.attachTo ?? primary.resource.arn }));
  notes.push(callerNote(ctx) ?? '');
  limitToSource(ctx, statement, placeholders, notes);
  if (!facts.principal.rolePathKnown && facts.principal.roleName) notes.push(t('note.resource.rolePath', { role: facts.principal.roleName }));
  if (facts.crossAccount || c.detail === 'both-sides' || facts.resourceAccountMask) notes.push(t('note.resource.bothSides'));
  if (home.kind === 'key') notes.push(t('note.resource.keyFirst'));
  notes.push(placeholderNote(ctx, placeholders) ?? '');
  return { target: 'resource-policy', who, attachTo: home.attachTo, policy: doc(statement), note: joinNotes(ctx, notes), placeholders };
}

function reason(ctx: Ctx, c: RankedCause): string {
  const { t, facts } = ctx;
  const action = ctx.primary?.action ?? facts.action ?? facts.finding.operation ?? '';
  const service = ctx.primary?.info?.serviceName ?? facts.service ?? '';
  switch (c.detail) {
    case 'bucket-policy':
      return t('cause.resource.bucketPolicy');
    case 'block-public-access':
      return t(/^s3:put(bucketpolicy|bucketacl|objectacl)$/i.test(action) ? 'cause.resource.bpaPut' : 'cause.resource.bpa');
    case 'object-ownership':
      return t('cause.resource.ownership');
    case 'access-point':
      return t('cause.resource.accessPoint');
    case 'kms-key':
      return t(facts.kmsUnusable ? 'cause.resource.kmsUnusable' : facts.kmsCiphertext ? 'cause.resource.kmsCiphertext' : facts.service === 's3' ? 'cause.resource.kmsForS3' : 'cause.resource.kmsKey', { action });
    case 'kms-grant':
      return t('cause.resource.kmsGrant');
    case 'both-sides':
      return t('cause.resource.bothSides', { account: facts.resourceAccount ?? facts.resourceAccountMask ?? '' });
    case 'service-linked':
      return t('cause.resource.serviceLinked');
    case 'legacy-explicit':
      return t('cause.resource.legacyExplicit', { service });
    case 'root':
      return t('cause.resource.root');
    case 'image-unavailable':
      return t('cause.resource.imageUnavailable');
    case 'notification-destination':
      return t('cause.resource.notificationDestination');
    default:
      return t('cause.resource.possible', { service });
  }
}

/** Whether the account can see the image EC2 would not launch for it, and what kind of image it is. */
function imageCheck(v: StepValues): Step {
  const image = v.ctx.facts.unavailableImage || 'IMAGE_ID';
  const command = `aws ec2 describe-images --image-ids ${sh(image)}${regionFlag(v)} --query 'Images[].{owner:OwnerId,public:Public,state:State,products:ProductCodes}'`;
  return { title: say(v, 'image.title'), command, meaning: sentences(v, say(v, 'image.meaning')) };
}

function policyChecks(v: StepValues, c: RankedCause): Step[] {
  if (c.detail === 'image-unavailable') return [imageCheck(v)];
  const ctx = v.ctx;
  const primary = ctx.primary;
  if (!primary) return [];
  const home = resourcePolicyHome(ctx, primary);
  const r = primary.resource;
  const reg = regionFlag(v);
  const steps: Step[] = [];
  const step = (title: string, command: string, meaning: string) => steps.push({ title, command, meaning });
  switch (home.kind) {
    case 'bucket': {
      const named = bucketOf(primary);
      const key = objectOf(primary);
      // Block Public Access is checked even when the message names no bucket: with BUCKET_NAME to fill in.
      const bucket = named && !/[A-Z_]{4,}/.test(named) ? named : c.detail === 'block-public-access' ? 'BUCKET_NAME' : null;
      if (!bucket) break;
      if (c.detail !== 'block-public-access') step(say(v, 's3policy.title', { bucket }), `aws s3api get-bucket-policy --bucket ${sh(bucket)} --query Policy --output text | jq .`, say(v, 's3policy.meaning'));
      if (c.detail === 'block-public-access' || c.detail === 'bucket-policy' || c.detail === null) {
        const account = v.account ?? 'ACCOUNT_ID';
        step(
          say(v, 'bpa.title', { bucket }),
          [`aws s3api get-public-access-block --bucket ${sh(bucket)}`, `aws s3control get-public-access-block --account-id ${sh(account)}`].join('\n'),
          say(v, 'bpa.meaning'),
        );
      }
      if (c.detail === 'kms-key' && key && !/[*]/.test(key)) {
        step(say(v, 'headobject.title'), `aws s3api head-object --bucket ${sh(bucket)} --key ${sh(key)} --query '[ServerSideEncryption,SSEKMSKeyId]'`, say(v, 'headobject.meaning'));
      }
      break;
    }
    case 'access-point': {
      const ap = ctx.facts.accessPoint ?? '';
      const m = /^arn:[^:]+:s3:([^:]+):(\d{12}):accesspoint\/([^/]+)/.exec(ap);
      if (!m) break;
      step(
        say(v, 'accesspoint.title', { name: m[3] ?? '' }),
        [
          `aws s3control get-access-point-policy --account-id ${sh(m[2] ?? '')} --name ${sh(m[3] ?? '')} --region ${sh(m[1] ?? '')} --query Policy --output text | jq .`,
          `aws s3control get-access-point --account-id ${sh(m[2] ?? '')} --name ${sh(m[3] ?? '')} --region ${sh(m[1] ?? '')} --query Bucket --output text`,
        ].join('\n'),
        say(v, 'accesspoint.meaning'),
      );
      break;
    }
    case 'key': {
      const key = r.arn === '*' || /KEY_ID|REGION|ACCOUNT_ID/.test(r.arn) ? 'KEY_ID' : r.arn;
      step(say(v, 'kmspolicy.title'), `aws kms get-key-policy --key-id ${sh(key)} --policy-name default --query Policy --output text${reg} | jq .`, say(v, 'kmspolicy.meaning', { key }));
      step(say(v, 'grants.title'), `aws kms list-grants --key-id ${sh(key)}${reg}`, say(v, 'grants.meaning'));
      break;
    }
    case 'function':
      if (home.attachTo) step(say(v, 'lambdapolicy.title'), `aws lambda get-policy --function-name ${sh(r.arn)} --query Policy --output text${reg} | jq .`, say(v, 'respolicy.meaning'));
      break;
    case 'queue': {
      const m = /^arn:([^:]+):sqs:([^:]+):(\d{12}):(.+)$/.exec(r.arn);
      if (!m) break;
      const url = `https://sqs.${m[2]}.${dnsSuffix(m[1]!)}/${m[3]}/${m[4]}`;
      step(say(v, 'queuepolicy.title'), `aws sqs get-queue-attributes --queue-url ${sh(url)} --attribute-names Policy${reg}`, say(v, 'respolicy.meaning'));
      break;
    }
    case 'topic':
      if (home.attachTo) step(say(v, 'topicpolicy.title'), `aws sns get-topic-attributes --topic-arn ${sh(r.arn)} --query Attributes.Policy --output text${reg} | jq .`, say(v, 'respolicy.meaning'));
      break;
    case 'secret':
      if (home.attachTo) step(say(v, 'secretpolicy.title'), `aws secretsmanager get-resource-policy --secret-id ${sh(r.vars.SecretId?.replace(/-\?{6}$/, '') ?? r.arn)}${reg}`, say(v, 'respolicy.meaning'));
      break;
    case 'repository':
      if (r.vars.RepositoryName) step(say(v, 'repopolicy.title'), `aws ecr get-repository-policy --repository-name ${sh(r.vars.RepositoryName)}${reg}`, say(v, 'respolicy.meaning'));
      break;
    default:
      break;
  }
  return steps.map((s) => ({ ...s, meaning: sentences(v, s.meaning) }));
}

export const resource: LayerPlaybook = {
  layer: 'resource',
  target: 'resource-policy',
  owner: (f) => ownerOf('resource', f),
  reason,
  allowFix,
  denyFix: (ctx) => {
    const home = ctx.primary ? resourcePolicyHome(ctx, ctx.primary) : null;
    return denyFix(ctx, resource, { attachTo: home?.attachTo ?? null, placeholders: home?.placeholders ?? [] });
  },
  checks: (ctx, c) => policyChecks(valuesOf(ctx), c),
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_identity-vs-resource.html',
};

