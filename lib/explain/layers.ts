// Ranks the policy layers that can have caused a denial. `certain` when the message names the layer; otherwise
// reasoned from what the message does say (issue 3, "Causes"). IAM-index free: the console card's verdict uses it.
import type { DenyKind, Likelihood, PolicyType } from '../model';
import type { Facts } from './facts';

/** Variants of a layer that need their own reason and fix (e.g. S3 Block Public Access is not a policy). */
export type CauseDetail =
  | 'bucket-policy'
  | 'block-public-access'
  | 'object-ownership'
  | 'kms-key'
  | 'kms-grant'
  | 'kms-region'
  | 'user-resource'
  | 'root'
  | 'service-linked'
  | 'permission-set'
  | 'both-sides'
  | 'web-identity'
  | 'saml'
  | 'wildcard'
  | 'legacy-explicit'
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

function add(list: RankedCause[], c: RankedCause): void {
  if (!list.some((x) => x.policyType === c.policyType && x.detail === c.detail && x.denyKind === c.denyKind)) list.push(c);
}

export function rankCauses(f: Facts): RankedCause[] {
  const out: RankedCause[] = [];
  const named = f.finding.policyType && f.finding.policyType !== 'unknown' ? f.finding.policyType : null;
  const explicit = f.finding.denyKind === 'explicit';
  const denyKind = explicit ? 'explicit' : 'implicit';
  const callerHasIdentity = f.principal.kind === 'user' || f.principal.kind === 'assumed-role' || f.principal.kind === 'role';
  const rp = hasResourcePolicies(f.service);

  if (f.finding.category === 'credentials') return [];

  if (named) {
    if (named === 'trust') {
      add(out, { policyType: 'trust', likelihood: 'certain', denyKind, detail: trustDetail(f) });
      if (callerHasIdentity && f.crossAccount !== false && f.trustCall === 'assume-role') {
        add(out, { policyType: 'identity', likelihood: f.crossAccount ? 'likely' : 'possible', denyKind: 'implicit', detail: 'both-sides' });
      }
      return out;
    }
    add(out, { policyType: named, likelihood: 'certain', denyKind, detail: named === 'identity' && f.principal.permissionSet ? 'permission-set' : null });
    // Cross-account calls need both the caller's identity policy and the resource's policy.
    if (!explicit && f.crossAccount) {
      if (named === 'identity' && rp) add(out, { policyType: 'resource', likelihood: 'possible', denyKind: 'implicit', detail: 'both-sides' });
    }
    // "No resource-based policy allows" mostly comes from cross-account calls, where the caller's identity policy
    // must allow too; only a known same-account call rules that out.
    // A KMS key policy alone admits a same-account caller, so there only a known cross-account call needs both.
    const otherAccount = f.service === 'kms' ? f.crossAccount === true : f.crossAccount !== false;
    if (!explicit && named === 'resource' && otherAccount && callerHasIdentity) {
      add(out, { policyType: 'identity', likelihood: 'possible', denyKind: 'implicit', detail: 'both-sides' });
    }
    if (!explicit && named === 'identity' && f.service === 's3' && /^s3:(getobject|putobject)$/i.test(f.action ?? '')) {
      add(out, { policyType: 'resource', likelihood: 'possible', denyKind: 'implicit', detail: 'kms-key' });
    }
    return out;
  }

  if (explicit) {
    // The legacy "with an explicit deny": any layer that can deny.
    add(out, { policyType: 'identity', likelihood: 'likely', denyKind, detail: 'legacy-explicit' });
    add(out, { policyType: 'scp', likelihood: 'likely', denyKind, detail: 'legacy-explicit' });
    add(out, { policyType: 'boundary', likelihood: 'possible', denyKind, detail: 'legacy-explicit' });
    if (rp) add(out, { policyType: 'resource', likelihood: 'possible', denyKind, detail: 'legacy-explicit' });
    if (f.principal.kind === 'assumed-role' || f.principal.kind === 'federated-user') {
      add(out, { policyType: 'session', likelihood: 'possible', denyKind, detail: 'legacy-explicit' });
    }
    add(out, { policyType: 'vpce', likelihood: 'possible', denyKind, detail: 'legacy-explicit' });
    return out;
  }

  if (f.trustCall) {
    add(out, { policyType: 'trust', likelihood: 'likely', denyKind: 'implicit', detail: trustDetail(f) });
    if (callerHasIdentity && f.trustCall === 'assume-role' && !f.resourceIsUser) {
      add(out, { policyType: 'identity', likelihood: f.crossAccount ? 'likely' : 'possible', denyKind: 'implicit', detail: 'both-sides' });
    }
    add(out, { policyType: 'scp', likelihood: 'possible', denyKind: 'explicit', detail: null });
    return out;
  }

  if (f.kmsCiphertext) {
    add(out, { policyType: 'resource', likelihood: 'likely', denyKind: 'implicit', detail: 'kms-key' });
    add(out, { policyType: 'resource', likelihood: 'possible', denyKind: 'implicit', detail: 'kms-grant' });
    add(out, { policyType: 'unknown', likelihood: 'possible', denyKind: 'implicit', detail: 'kms-region' });
    add(out, { policyType: 'identity', likelihood: 'possible', denyKind: 'implicit', detail: null });
    return out;
  }

  if (f.s3Bare) {
    add(out, { policyType: 'resource', likelihood: 'likely', denyKind: 'implicit', detail: 'bucket-policy' });
    add(out, { policyType: 'identity', likelihood: 'likely', denyKind: 'implicit', detail: 'silent' });
    add(out, { policyType: 'resource', likelihood: 'possible', denyKind: 'implicit', detail: 'block-public-access' });
    add(out, { policyType: 'resource', likelihood: 'possible', denyKind: 'implicit', detail: 'object-ownership' });
    add(out, { policyType: 'resource', likelihood: 'possible', denyKind: 'implicit', detail: 'kms-key' });
    add(out, { policyType: 'vpce', likelihood: 'possible', denyKind: 'implicit', detail: null });
    add(out, { policyType: 'scp', likelihood: 'possible', denyKind: 'explicit', detail: null });
    return out;
  }

  if (f.principal.kind === 'root') {
    add(out, { policyType: 'scp', likelihood: 'likely', denyKind: 'explicit', detail: 'root' });
    if (rp) add(out, { policyType: 'resource', likelihood: 'possible', denyKind: 'explicit', detail: 'root' });
    add(out, { policyType: 'unknown', likelihood: 'possible', denyKind: 'implicit', detail: 'root' });
    return out;
  }

  if (f.principal.serviceLinked) {
    // SCPs and RCPs do not apply to service-linked roles, and their own policies cannot be edited: what is left is
    // the resource's policy (a KMS key policy, a bucket policy) or a VPC endpoint policy.
    if (rp) add(out, { policyType: 'resource', likelihood: 'likely', denyKind: 'implicit', detail: 'service-linked' });
    add(out, { policyType: 'identity', likelihood: 'possible', denyKind: 'implicit', detail: 'service-linked' });
    add(out, { policyType: 'vpce', likelihood: 'possible', denyKind: 'implicit', detail: null });
    return out;
  }

  // The message is silent: the caller's own permissions first, then whatever else can apply to this call.
  const identityDetail: CauseDetail = f.principal.permissionSet ? 'permission-set' : f.resource === '*' ? 'wildcard' : 'silent';
  if (f.service === 'kms' && rp) {
    add(out, { policyType: 'resource', likelihood: 'likely', denyKind: 'implicit', detail: 'kms-key' });
  }
  add(out, { policyType: 'identity', likelihood: 'likely', denyKind: 'implicit', detail: identityDetail });
  if (f.crossAccount && rp) add(out, { policyType: 'resource', likelihood: 'likely', denyKind: 'implicit', detail: 'both-sides' });
  else if (rp && f.resource !== '*') {
    add(out, { policyType: 'resource', likelihood: 'possible', denyKind: 'implicit', detail: f.service === 's3' ? 'bucket-policy' : null });
  }
  if (f.service === 's3' && /^s3:(getobject|putobject)$/i.test(f.action ?? '')) {
    add(out, { policyType: 'resource', likelihood: 'possible', denyKind: 'implicit', detail: 'kms-key' });
  }
  add(out, { policyType: 'scp', likelihood: 'possible', denyKind: 'explicit', detail: null });
  if (f.principal.kind === 'user' || f.principal.kind === 'assumed-role' || f.principal.kind === 'role') {
    add(out, { policyType: 'boundary', likelihood: 'possible', denyKind: 'implicit', detail: null });
  }
  return out;
}

function trustDetail(f: Facts): CauseDetail | null {
  if (f.resourceIsUser) return 'user-resource';
  if (f.trustCall === 'web-identity') return 'web-identity';
  if (f.trustCall === 'saml') return 'saml';
  return null;
}
