// Resource-based policies (S3 bucket policy, KMS key policy, Lambda, SQS, SNS, Secrets Manager, ECR, …): the
// statement that names the caller — the role, never its session — with exactly the denied action and resource.
// Also the S3 checks that are not policies (Block Public Access, Object Ownership) and KMS grants.
import type { Fix, PolicyStatement } from '../../model';
import type { CauseDetail } from '../layers';
import type { Ctx, DeniedAction } from '../context';
import { ownerOf } from '../owner';
import { callerPlaceholders, doc, oneOrMany, principalArnForPolicy, sid, unknownCallerArn } from '../policy';
import { addUnique, callerNote, joinNotes, placeholderNote, resourcesOf } from './common';
import { kmsNeedForS3 } from '../../iam/dependent-actions';

type PolicyKind = 'bucket' | 'key' | 'function' | 'queue' | 'topic' | 'secret' | 'repository' | 'generic';

export interface PolicyHome {
  attachTo: string | null;
  kind: PolicyKind;
  placeholders: string[];
}

/** Which resource carries the policy, e.g. the bucket of an object. */
export function resourcePolicyHome(ctx: Ctx, d: DeniedAction): PolicyHome {
  const service = d.info?.service ?? ctx.facts.service ?? '';
  const r = d.resource;
  const placeholders: string[] = [];
  switch (service) {
    case 's3': {
      const bucket = r.vars.BucketName ?? 'BUCKET_NAME';
      if (!r.vars.BucketName) placeholders.push('BUCKET_NAME');
      else addUnique(placeholders, r.placeholders.filter((p) => bucket.includes(p)));
      return { attachTo: `arn:${ctx.partition}:s3:::${bucket}`, kind: 'bucket', placeholders };
    }
    case 'kms':
      addUnique(placeholders, r.placeholders);
      return { attachTo: r.arn === '*' ? null : r.arn, kind: 'key', placeholders };
    case 'lambda':
      addUnique(placeholders, r.placeholders);
      return { attachTo: r.arn, kind: 'function', placeholders };
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

function s3ViaService(ctx: Ctx, region: string | null): string {
  const suffix = ctx.partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `s3.${region ?? 'REGION'}.${suffix}`;
}

export function resourceAllowFix(ctx: Ctx, detail: CauseDetail | null): Fix | null {
  const { t, facts } = ctx;
  const primary = ctx.primary;
  const who = ownerOf('resource', facts);
  if (!primary) return null;
  const home = resourcePolicyHome(ctx, primary);
  const notes: string[] = [];
  const placeholders = [...home.placeholders];

  if (detail === 'block-public-access' || detail === 'object-ownership' || detail === 'kms-grant') {
    const key = detail === 'block-public-access' ? 'note.resource.bpa' : detail === 'object-ownership' ? 'note.resource.ownership' : 'note.resource.kmsGrant';
    return { target: 'resource-policy', who, attachTo: home.attachTo, policy: null, note: joinNotes(ctx, [t(key), placeholderNote(ctx, placeholders)]), placeholders };
  }

  if (detail === 'kms-key' && (primary.info?.service ?? facts.service) === 's3') {
    placeholders.length = 0; // the key, not the bucket, carries this policy
    const principal = callerPrincipal(ctx, placeholders);
    const need = kmsNeedForS3(primary.action) ?? { actions: ['kms:Decrypt'] };
    const account = primary.resource.account ?? facts.principal.account;
    const region = primary.resource.region ?? facts.regionHint;
    const keyArn = `arn:${ctx.partition}:kms:${region ?? 'REGION'}:${account ?? 'ACCOUNT_ID'}:key/KEY_ID`;
    addUnique(placeholders, [...(region ? [] : ['REGION']), ...(account ? [] : ['ACCOUNT_ID']), 'KEY_ID']);
    const statement: PolicyStatement = {
      Sid: sid('Allow', 'S3', 'Use', 'Of', 'Key'),
      Effect: 'Allow',
      Principal: principal,
      Action: oneOrMany(need.actions),
      Resource: '*',
      Condition: { StringEquals: { 'kms:ViaService': s3ViaService(ctx, region) } },
    };
    notes.push(t('note.resource.kmsForS3'));
    notes.push(callerNote(ctx) ?? '');
    notes.push(placeholderNote(ctx, placeholders) ?? '');
    return { target: 'resource-policy', who, attachTo: keyArn, policy: doc(statement), note: joinNotes(ctx, notes), placeholders };
  }

  const principal = callerPrincipal(ctx, placeholders);
  const statement: PolicyStatement = {
    Sid: sid('Allow', primary.action.replace(':', ' ')),
    Effect: 'Allow',
    Principal: principal,
    Action: primary.action,
  };
  // Key policies and secret policies always say "*": the policy is attached to the one resource already.
  if (home.kind === 'key' || home.kind === 'secret') statement.Resource = '*';
  else if (home.kind !== 'repository') statement.Resource = oneOrMany(resourcesOf(primary));
  addUnique(placeholders, primary.resource.placeholders.filter((p) => home.kind !== 'key' && home.kind !== 'secret' ? true : home.placeholders.includes(p)));
  notes.push(t(`note.resource.add.${home.kind}`, { resource: home.attachTo ?? primary.resource.arn }));
  notes.push(callerNote(ctx) ?? '');
  if (!facts.principal.rolePathKnown && facts.principal.roleName) notes.push(t('note.resource.rolePath', { role: facts.principal.roleName }));
  if (facts.crossAccount || detail === 'both-sides') notes.push(t('note.resource.bothSides'));
  if (home.kind === 'key') notes.push(t('note.resource.keyFirst'));
  notes.push(placeholderNote(ctx, placeholders) ?? '');
  return { target: 'resource-policy', who, attachTo: home.attachTo, policy: doc(statement), note: joinNotes(ctx, notes), placeholders };
}
