// The fixes, most likely cause first: each ranked cause asks its layer's playbook for the fix of a missing Allow or
// of an explicit deny.
import { containsMask } from '../mask';
import type { Fix, PolicyStatement } from '../model';
import { doc } from './policy';
import type { Ctx } from './context';
import { credentials } from './layers/credentials';
import { playbookOf } from './layers/index';
import { ownerOf } from './owner';
import type { CauseDetail, RankedCause } from './rank';

const MAX_FIXES = 5;

/** Possible causes get a fix only when it tells the user something specific; the rest are checked by steps. */
const WORTH_A_FIX = new Set<CauseDetail | null>(['block-public-access', 'object-ownership', 'access-point', 'kms-key', 'kms-grant', 'both-sides', 'service-linked', 'cdk-bootstrap']);

/** The image's ARN (an image has no account in it) when the message names the image. */
function imageFix(ctx: Ctx): Fix {
  const image = ctx.facts.unavailableImage;
  const region = ctx.facts.regionHint;
  const attachTo = image ? `arn:${ctx.partition}:ec2:${region ?? 'REGION'}::image/${image}` : null;
  return { target: 'resource-policy', who: 'resource-owner', attachTo, policy: null, note: ctx.t('note.imageUnavailable'), placeholders: image && !region ? ['REGION'] : [] };
}

/**
 * DMS's own role: it must exist under its fixed name, trust dms.amazonaws.com and carry its managed policy — the trust
 * policy is the JSON, the policy to attach is in the note.
 */
function dmsRoleFix(ctx: Ctx): Fix {
  const role = ctx.facts.dmsRole!;
  const name = DMS_ROLE_POLICIES[role.name];
  const policy = name ? `arn:${ctx.partition}:iam::aws:policy/service-role/${name}` : null;
  const masked = containsMask(role.arn);
  const attachTo = masked ? `arn:${ctx.partition}:iam::ACCOUNT_ID:role/${role.name}` : role.arn;
  const statement: PolicyStatement = { Sid: 'AllowDmsToAssume', Effect: 'Allow', Principal: { Service: 'dms.amazonaws.com' }, Action: 'sts:AssumeRole' };
  const note = ctx.t(policy ? 'note.dmsRole' : 'note.dmsRole.other', { role: role.name, policy: policy ?? '' });
  return { target: 'trust-policy', who: 'account-admin', attachTo, policy: doc(statement), note, placeholders: masked ? ['ACCOUNT_ID'] : [] };
}

// What S3 calls on each kind of notification destination, and that destination's ARN form (S3 user guide, "Granting
// permissions to publish event notification messages to a destination").
const NOTIFICATION_TARGETS = {
  queue: { action: 'sqs:SendMessage', arn: (p: string) => `arn:${p}:sqs:REGION:ACCOUNT_ID:QUEUE_NAME`, name: 'QUEUE_NAME' },
  topic: { action: 'sns:Publish', arn: (p: string) => `arn:${p}:sns:REGION:ACCOUNT_ID:TOPIC_NAME`, name: 'TOPIC_NAME' },
  function: { action: 'lambda:InvokeFunction', arn: (p: string) => `arn:${p}:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME`, name: 'FUNCTION_NAME' },
} as const;

/** The destination's own policy admits S3 for this bucket only (aws:SourceArn) and this account's buckets (aws:SourceAccount). */
function notificationFix(ctx: Ctx): Fix {
  const kind = ctx.facts.notificationDestination!;
  const target = NOTIFICATION_TARGETS[kind];
  const resource = target.arn(ctx.partition);
  const statement: PolicyStatement = {
    Sid: 'AllowS3EventNotifications',
    Effect: 'Allow',
    Principal: { Service: 's3.amazonaws.com' },
    Action: target.action,
    Resource: resource,
    Condition: { ArnLike: { 'aws:SourceArn': `arn:${ctx.partition}:s3:::BUCKET_NAME` }, StringEquals: { 'aws:SourceAccount': 'ACCOUNT_ID' } },
  };
  const note = ctx.t('note.notificationDestination', { kind: ctx.t(`dest.${kind}`) });
  return { target: 'resource-policy', who: 'resource-owner', attachTo: resource, policy: doc(statement), note, placeholders: ['REGION', 'ACCOUNT_ID', target.name, 'BUCKET_NAME'] };
}

// The managed policy each of DMS's fixed-name roles carries (DMS user guide, "IAM permissions needed to use AWS DMS").
const DMS_ROLE_POLICIES: Record<string, string> = {
  'dms-vpc-role': 'AmazonDMSVPCManagementRole',
  'dms-cloudwatch-logs-role': 'AmazonDMSCloudWatchLogsRole',
  'dms-access-for-endpoint': 'AmazonDMSRedshiftS3Role',
};

function fixFor(ctx: Ctx, c: RankedCause): Fix | null {
  // An unsigned request is fixed by signing it, not by a policy.
  if (c.detail === 'unsigned') return { target: 'credentials', who: 'you', attachTo: null, policy: null, note: ctx.t('note.credentials.unsigned'), placeholders: [] };
  // An entity AWS owns is changed where its owner changes it (a permission set, a copy of the policy), not by an Allow.
  const owned = c.detail === 'aws-owned' ? ctx.facts.awsOwned : null;
  if (owned) {
    const note = ctx.t(`note.awsOwned.${owned.kind}`, { name: owned.name, arn: ctx.facts.resource ?? '' });
    return { target: 'identity-policy', who: ownerOf('unknown', ctx.facts), attachTo: null, policy: null, note, placeholders: [] };
  }
  // STS not activated in the Region: the account's setting, or another Region's endpoint for the call.
  if (c.detail === 'sts-region') return { target: 'credentials', who: 'account-admin', attachTo: null, policy: null, note: ctx.t('note.stsRegion'), placeholders: [] };
  // Kubernetes' refusal of an authenticated IAM identity: the cluster's admins grant it there, not in IAM.
  if (c.detail === 'cluster-rbac') return { target: 'credentials', who: 'resource-owner', attachTo: null, policy: null, note: ctx.t('note.clusterRbac'), placeholders: [] };
  // An image the account may not launch: its owner shares it, or the account subscribes to its Marketplace product.
  if (c.detail === 'image-unavailable') return imageFix(ctx);
  // An event notification's destination: its own policy admits S3.
  if (c.detail === 'notification-destination') return notificationFix(ctx);
  // DMS's own role: its trust policy and its managed policy.
  if (c.detail === 'dms-role') return dmsRoleFix(ctx);
  // A DSQL token for the other action: generate the one the database role connects with.
  if (c.detail === 'dsql-token') return { target: 'credentials', who: 'you', attachTo: null, policy: null, note: ctx.t('note.dsqlToken'), placeholders: [] };
  const playbook = playbookOf(c.policyType);
  if (!playbook) return null;
  if (c.likelihood === 'possible' && !WORTH_A_FIX.has(c.detail)) return null;
  if (c.denyKind === 'explicit') return ctx.primary || c.likelihood === 'certain' ? playbook.denyFix(ctx, c) : null;
  return playbook.allowFix(ctx, c);
}

export function buildFixes(ctx: Ctx, causes: RankedCause[]): Fix[] {
  if (ctx.facts.finding.category === 'credentials') return [credentials.fix(ctx)];
  const out: Fix[] = [];
  const seen = new Set<string>();
  for (const c of causes) {
    const fix = fixFor(ctx, c);
    if (!fix) continue;
    const key = `${fix.target}|${fix.attachTo}|${JSON.stringify(fix.policy)}|${JSON.stringify(fix.edit ?? null)}|${fix.policy || fix.edit ? '' : fix.note}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // Behind the billing setting no Allow takes effect: the policy is the second half, after the root user's part.
    if (ctx.facts.finding.accountSetting === 'billing-iam-access') fix.note = `${ctx.t('note.billingSetting')}${ctx.lang === 'ja' ? '' : ' '}${fix.note}`.trim();
    out.push(fix);
    if (out.length >= MAX_FIXES) break;
  }
  return out;
}
