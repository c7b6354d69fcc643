// Ranks the policy layers that can have caused a denial. `certain` only when the message itself names the layer;
// otherwise reasoned from what the message does say, most likely first (REVIEW.md §4). IAM-index free: the console
// card's verdict uses it.
import { isAnonymousPrincipal } from '../arn';
import type { DenyKind, Likelihood, PolicyType } from '../model';
import type { Facts } from './facts';

/** Variants of a layer that need their own reason and fix (e.g. S3 Block Public Access is not a policy). */
export type CauseDetail =
  | 'bucket-policy'
  | 'block-public-access'
  | 'object-ownership'
  | 'access-point'
  | 'kms-key'
  | 'kms-grant'
  | 'kms-region'
  | 'user-resource'
  | 'malformed-role'
  | 'role-missing'
  | 'cdk-bootstrap'
  | 'root'
  | 'billing-setting'
  | 'sts-region'
  | 'cluster-rbac'
  | 'image-unavailable'
  | 'dsql-token'
  | 'dms-role'
  | 'notification-destination'
  | 'aws-owned'
  | 'service-linked'
  | 'permission-set'
  | 'both-sides'
  | 'web-identity'
  | 'saml'
  | 'wildcard'
  | 'legacy-explicit'
  | 'unsigned'
  | 'silent';

export interface RankedCause {
  policyType: PolicyType;
  likelihood: Likelihood;
  /** Whether the fix must remove a deny (explicit) or add an allow (implicit). */
  denyKind: Exclude<DenyKind, 'unknown'>;
  detail: CauseDetail | null;
}

/** Services whose resources carry their own resource-based policy (and so can deny or fail to allow). */
const RESOURCE_POLICY_SERVICES = new Set([
  's3',
  's3express',
  's3-object-lambda',
  'kms',
  'lambda',
  'sqs',
  'sns',
  'secretsmanager',
  'ecr',
  'ecr-public',
  'glue',
  'logs',
  'events',
  'execute-api',
  'backup',
  'elasticfilesystem',
  'es',
  'codeartifact',
  'dynamodb',
  'kinesis',
  'glacier',
  'serverlessrepo',
  'acm-pca',
  'ses',
  'signer',
  'vpc-lattice-svcs',
  'ssm-incidents',
  'mediastore',
  'lex',
  'cloudtrail',
  'aoss',
  'bedrock-agentcore',
]);

export function hasResourcePolicies(service: string | null): boolean {
  return service !== null && RESOURCE_POLICY_SERVICES.has(service);
}

/**
 * Account-level calls that name no resource: no resource-based policy can grant or deny them (a bucket policy never
 * sees ListBuckets). The IAM index knows every such action; this short list keeps the card's verdict right without it.
 */
const NO_RESOURCE = new Set(['s3:listallmybuckets', 's3:createaccessgrantsinstance', 'sts:getcalleridentity', 'ecr:getauthorizationtoken', 'kms:listkeys', 'kms:listaliases', 'kms:createkey', 'sqs:listqueues', 'sns:listtopics', 'secretsmanager:listsecrets', 'lambda:listfunctions', 'dynamodb:listtables']);

export function takesNoResource(action: string | null): boolean {
  return action !== null && NO_RESOURCE.has(action.toLowerCase());
}

/** S3 calls that Block Public Access rejects when the policy or ACL they set is public. */
function setsPublicAccess(f: Facts): boolean {
  const a = (f.action ?? '').toLowerCase();
  return a === 's3:putbucketpolicy' || a === 's3:putbucketacl' || a === 's3:putobjectacl';
}

/** A ranked cause; positional, so the card's content script stays small. */
function cause(policyType: PolicyType, likelihood: Likelihood, denyKind: RankedCause['denyKind'], detail: CauseDetail | null): RankedCause {
  return { policyType, likelihood, denyKind, detail };
}

function add(list: RankedCause[], c: RankedCause): void {
  if (!list.some((x) => x.policyType === c.policyType && x.detail === c.detail && x.denyKind === c.denyKind)) list.push(c);
}

/** A caller the message does not name (or names without an ARN) may well be a role or user of another account. */
function mayHaveIdentity(f: Facts, callerHasIdentity: boolean): boolean {
  return callerHasIdentity || (f.principal.kind === 'unknown' && !isAnonymousPrincipal(f.finding.principal));
}

/**
 * An account setting, not a policy, refuses every IAM identity on the billing pages: the root user must activate IAM
 * access first; the caller's own Allow matters only after that.
 */
function billingSettingCauses(f: Facts): RankedCause[] {
  const out: RankedCause[] = [];
  add(out, cause('unknown', 'certain', 'implicit', 'billing-setting'));
  add(out, cause('identity', 'likely', 'implicit', f.resource === '*' || takesNoResource(f.action) ? 'wildcard' : 'silent'));
  return out;
}

/** A refusal the service makes before any policy of the caller's is read (facts.ts beforeAnyPolicy). */
function beforePolicyCause(f: Facts): RankedCause | null {
  // Aurora DSQL checks the token's action against the database role: a token for the other action.
  if (f.dsqlToken) return cause('unknown', 'likely', 'implicit', 'dsql-token');
  // DMS's own service role, missing or set up wrong: its trust and its managed policy, not the caller's permissions.
  if (f.dmsRole) return cause('trust', 'likely', 'implicit', 'dms-role');
  // S3 checks that an event notification's destination admits it (the queue's, topic's or function's own policy).
  if (f.notificationDestination) return cause('resource', 'likely', 'implicit', 'notification-destination');
  // EC2 refuses an image the account may not launch: its owner shares it, or the account subscribes.
  if (f.unavailableImage !== null) return cause('resource', 'likely', 'implicit', 'image-unavailable');
  return null;
}

export function rankCauses(f: Facts): RankedCause[] {
  const out: RankedCause[] = [];
  const named = f.namedLayer;
  const explicit = f.finding.denyKind === 'explicit';
  const denyKind = explicit ? 'explicit' : 'implicit';
  const callerHasIdentity = f.principal.kind === 'user' || f.principal.kind === 'assumed-role' || f.principal.kind === 'role';
  const rp = hasResourcePolicies(f.service) && !takesNoResource(f.action) && f.resource !== '*';

  if (f.finding.category === 'credentials') return [];
  if (f.finding.accountSetting === 'billing-iam-access') return billingSettingCauses(f);
  // STS issues no credentials in a Region the account has not activated: no policy is read at all.
  if (f.finding.accountSetting === 'sts-region') return [cause('unknown', 'certain', 'implicit', 'sts-region')];
  // The cluster authenticated the IAM identity and its own authorization refused it: no IAM policy decides.
  if (f.finding.accountSetting === 'cluster-rbac') return [cause('unknown', 'certain', 'implicit', 'cluster-rbac')];
  const before = beforePolicyCause(f);
  if (before) return [before];
  // Whichever layer the message names, lifting it only reaches IAM's own refusal: AWS alone changes this entity.
  if (f.awsOwned) return [cause('unknown', 'certain', 'implicit', 'aws-owned')];

  if (named) {
    if (named === 'trust') {
      add(out, cause('trust', 'certain', denyKind, trustDetail(f)));
      if (callerHasIdentity && f.crossAccount !== false && f.trustCall && f.trustCall !== 'web-identity' && f.trustCall !== 'saml') {
        add(out, cause('identity', f.maybeCrossAccount ? 'likely' : 'possible', 'implicit', 'both-sides'));
      }
      return out;
    }
    add(out, cause(named, 'certain', denyKind, named === 'identity' && f.principal.permissionSet ? 'permission-set' : namedDetail(f, named)));
    if (explicit) return out;
    // Cross-account calls need both the caller's identity policy and the resource's policy.
    if (f.maybeCrossAccount && named === 'identity' && rp) add(out, cause('resource', 'possible', 'implicit', 'both-sides'));
    if (f.maybeCrossAccount && named === 'identity' && f.trustCall) add(out, cause('trust', 'likely', 'implicit', trustDetail(f)));
    // "No resource-based policy allows" mostly comes from cross-account calls, where the caller's identity policy
    // must allow too; only a known same-account call rules that out. A KMS key policy alone admits a same-account
    // caller, so there only a known cross-account call needs both.
    const otherAccount = f.service === 'kms' ? f.maybeCrossAccount : f.crossAccount !== false;
    if (named === 'resource' && otherAccount && mayHaveIdentity(f, callerHasIdentity)) add(out, cause('identity', 'possible', 'implicit', 'both-sides'));
    if (named === 'identity' && f.service === 's3' && /^s3:(getobject|putobject)$/i.test(f.action ?? '')) {
      add(out, cause('resource', f.clues.sseKms ? 'likely' : 'possible', 'implicit', 'kms-key'));
    }
    if (named === 'identity' && setsPublicAccess(f)) add(out, cause('resource', 'possible', 'implicit', 'block-public-access'));
    return out;
  }

  if (explicit) return rankLegacyExplicit(f, rp);

  if (f.trustCall) return rankAssume(f, callerHasIdentity);

  if (isAnonymousPrincipal(f.finding.principal)) return rankUnsigned(f, rp);
  if (f.principal.kind === 'service' && rp) return rankServiceCaller(f);

  if (f.kmsCiphertext) {
    // One treatment whichever call surfaced it: the key policy and the caller's kms:Decrypt, then a key in another
    // region (or deleted), then a retired grant.
    add(out, cause('resource', 'likely', 'implicit', 'kms-key'));
    add(out, cause('identity', 'likely', 'implicit', null));
    add(out, cause('unknown', 'possible', 'implicit', 'kms-region'));
    add(out, cause('resource', 'possible', 'implicit', 'kms-grant'));
    return out;
  }

  if (f.service === 's3' && setsPublicAccess(f)) {
    // A public bucket policy or ACL is refused by Block Public Access before any policy is read.
    add(out, cause('resource', 'likely', 'implicit', 'block-public-access'));
    add(out, cause('identity', 'likely', 'implicit', f.principal.permissionSet ? 'permission-set' : 'silent'));
    add(out, cause('scp', 'possible', 'explicit', null));
    return out;
  }

  if (f.s3Bare) {
    if (takesNoResource(f.action)) {
      add(out, cause('identity', 'likely', 'implicit', 'wildcard'));
      add(out, cause('scp', 'possible', 'explicit', null));
      return out;
    }
    add(out, cause('resource', 'likely', 'implicit', 'bucket-policy'));
    add(out, cause('identity', 'likely', 'implicit', 'silent'));
    if (f.clues.sseKms) add(out, cause('resource', 'likely', 'implicit', 'kms-key'));
    add(out, cause('resource', 'possible', 'implicit', 'block-public-access'));
    add(out, cause('resource', 'possible', 'implicit', 'object-ownership'));
    add(out, cause('resource', 'possible', 'implicit', 'kms-key'));
    add(out, cause('vpce', 'possible', 'implicit', null));
    add(out, cause('scp', 'possible', 'explicit', null));
    return out;
  }

  if (f.principal.kind === 'root') {
    // A KMS key admits even its own account's root user only through its key policy.
    if (f.service === 'kms' && rp) add(out, cause('resource', 'likely', 'implicit', 'kms-key'));
    add(out, cause('scp', 'likely', 'explicit', 'root'));
    if (rp) add(out, cause('resource', 'possible', 'explicit', 'root'));
    add(out, cause('unknown', 'possible', 'implicit', 'root'));
    return out;
  }

  if (f.principal.serviceLinked) {
    // SCPs and RCPs do not apply to service-linked roles, and their own policies cannot be edited: what is left is
    // the resource's policy (a KMS key policy, a bucket policy) or a VPC endpoint policy.
    if (rp) add(out, cause('resource', 'likely', 'implicit', 'service-linked'));
    add(out, cause('identity', 'possible', 'implicit', 'service-linked'));
    add(out, cause('vpce', 'possible', 'implicit', null));
    return out;
  }

  // The message is silent: the caller's own permissions first, then whatever else can apply to this call.
  const identityDetail: CauseDetail = f.principal.permissionSet ? 'permission-set' : f.resource === '*' || takesNoResource(f.action) ? 'wildcard' : 'silent';
  if (f.service === 'kms' && rp) add(out, cause('resource', 'likely', 'implicit', 'kms-key'));
  if (f.accessPoint) add(out, cause('resource', 'likely', 'implicit', 'access-point'));
  add(out, cause('identity', 'likely', 'implicit', identityDetail));
  if (f.maybeCrossAccount && rp) add(out, cause('resource', 'likely', 'implicit', 'both-sides'));
  else if (rp) add(out, cause('resource', 'possible', 'implicit', f.service === 's3' ? 'bucket-policy' : null));
  if (f.service === 's3' && /^s3:(getobject|putobject)$/i.test(f.action ?? '')) {
    add(out, cause('resource', f.clues.sseKms ? 'likely' : 'possible', 'implicit', 'kms-key'));
  }
  add(out, cause('scp', 'possible', 'explicit', null));
  if (f.principal.kind === 'user' || f.principal.kind === 'assumed-role' || f.principal.kind === 'role') {
    add(out, cause('boundary', 'possible', 'implicit', null));
  }
  return out;
}

/**
 * A service principal calling on its own (CloudFront's origin access, Config or CloudTrail delivering to a bucket)
 * has no identity-based policy: the resource's policy must name it; for S3 objects under SSE-KMS, the key's too.
 */
function rankServiceCaller(f: Facts): RankedCause[] {
  const out: RankedCause[] = [];
  add(out, cause('resource', 'likely', 'implicit', f.service === 's3' ? 'bucket-policy' : f.service === 'kms' ? 'kms-key' : null));
  if (f.service === 's3' && /^s3:(getobject|putobject)$/i.test(f.action ?? '')) add(out, cause('resource', f.clues.sseKms ? 'likely' : 'possible', 'implicit', 'kms-key'));
  add(out, cause('rcp', 'possible', 'explicit', null));
  return out;
}

/** The legacy "with an explicit deny": any layer that can deny. */
function rankLegacyExplicit(f: Facts, rp: boolean): RankedCause[] {
  const out: RankedCause[] = [];
  add(out, cause('identity', 'likely', 'explicit', 'legacy-explicit'));
  add(out, cause('scp', 'likely', 'explicit', 'legacy-explicit'));
  add(out, cause('boundary', 'possible', 'explicit', 'legacy-explicit'));
  if (rp) add(out, cause('resource', 'possible', 'explicit', 'legacy-explicit'));
  if (f.principal.kind === 'assumed-role' || f.principal.kind === 'federated-user') {
    add(out, cause('session', 'possible', 'explicit', 'legacy-explicit'));
  }
  add(out, cause('vpce', 'possible', 'explicit', 'legacy-explicit'));
  return out;
}

/**
 * An unsigned request has no identity-based policy: it was sent without credentials (a missing profile,
 * --no-sign-request, a plain URL), or only a resource-based policy open to everyone could admit it.
 */
function rankUnsigned(f: Facts, rp: boolean): RankedCause[] {
  const out: RankedCause[] = [];
  add(out, cause('unknown', 'likely', 'implicit', 'unsigned'));
  if (rp) add(out, cause('resource', 'possible', 'implicit', f.service === 's3' ? 'bucket-policy' : null));
  if (f.service === 's3') add(out, cause('resource', 'possible', 'implicit', 'block-public-access'));
  return out;
}

/**
 * sts:AssumeRole (and TagSession, SetSourceIdentity) refused with no layer named: the role's trust policy, the
 * caller's own sts:AssumeRole, or a role that does not exist all print the same message — rank them, never assert
 * one. A CDK bootstrap role trusts its account, so there the caller's own policy is the likelier gap.
 */
function rankAssume(f: Facts, callerHasIdentity: boolean): RankedCause[] {
  const out: RankedCause[] = [];
  const trust = cause('trust', 'likely', 'implicit', trustDetail(f));
  const web = f.trustCall === 'web-identity' || f.trustCall === 'saml';
  if (f.notARole || web) {
    add(out, trust);
    if (!f.notARole) add(out, cause('unknown', 'possible', 'implicit', 'role-missing'));
    return out;
  }
  const identity = cause('identity', f.crossAccount === false ? 'possible' : 'likely', 'implicit', 'both-sides');
  if (f.clues.cdkBootstrapRole && f.crossAccount !== true && callerHasIdentity) {
    add(out, { ...identity, likelihood: 'likely' });
    add(out, cause('trust', 'possible', 'implicit', 'cdk-bootstrap'));
  } else {
    add(out, trust);
    // A caller the message does not name may be in another account: its own side is a likely gap too.
    if (callerHasIdentity || f.principal.kind === 'unknown') add(out, identity);
  }
  add(out, cause('unknown', 'possible', 'implicit', 'role-missing'));
  add(out, cause('scp', 'possible', 'explicit', null));
  return out;
}

function trustDetail(f: Facts): CauseDetail | null {
  if (f.notARole) return f.notARole === 'user' ? 'user-resource' : 'malformed-role';
  if (f.trustCall === 'web-identity') return 'web-identity';
  if (f.trustCall === 'saml') return 'saml';
  return null;
}

function namedDetail(f: Facts, layer: PolicyType): CauseDetail | null {
  if (layer !== 'resource') return null;
  return f.accessPoint ? 'access-point' : null;
}
