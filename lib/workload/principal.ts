// The parts of a principal that workload recognition needs, reshaped from lib/arn.ts's describePrincipal (which
// owns principal reading), plus the finding's partition and region for the diagnosis steps.
import { asPartition, describePrincipal, type Partition } from '../arn';
import type { Finding } from '../model';

export interface PrincipalParts {
  kind: 'assumed-role' | 'role' | 'user' | 'root' | 'federated-user' | 'other';
  partition: Partition | null;
  /** As written; may be a mask. */
  account: string | null;
  roleName: string | null;
  /** Known only for `role/…` ARNs; assumed-role ARNs drop the path. */
  rolePath: string | null;
  sessionName: string | null;
  userName: string | null;
  userPath: string | null;
  federatedName: string | null;
}

const KINDS = new Set<PrincipalParts['kind']>(['assumed-role', 'role', 'user', 'root', 'federated-user']);

/** The principal's parts, read with lib/arn.ts and reshaped for the pattern table (role, user, session fields by kind). */
export function principalParts(principal: string | null): PrincipalParts {
  const info = describePrincipal(typeof principal === 'string' ? principal.slice(0, 2048) : '');
  const kind = KINDS.has(info.type as PrincipalParts['kind']) ? (info.type as PrincipalParts['kind']) : 'other';
  const isRole = kind === 'assumed-role' || kind === 'role';
  return {
    kind,
    partition: asPartition(info.partition),
    account: info.accountId,
    roleName: isRole ? info.name : null,
    rolePath: kind === 'role' ? info.path : null,
    sessionName: kind === 'assumed-role' ? info.sessionName : null,
    userName: kind === 'user' ? info.name : null,
    userPath: kind === 'user' ? info.path : null,
    federatedName: kind === 'federated-user' ? info.name : null,
  };
}

/** The partition of the principal, else of the resource ARN, else null. */
export function findingPartition(finding: Finding): Partition | null {
  const fromPrincipal = principalParts(finding.principal).partition;
  if (fromPrincipal) return fromPrincipal;
  const m = /^arn:([a-z-]+):/.exec(finding.resource ?? '');
  return asPartition(m?.[1]);
}

/** The region of the resource ARN when it names one (not for global services such as IAM or S3 buckets). */
export function resourceRegion(finding: Finding): string | null {
  const m = /^arn:[a-z-]+:[a-z0-9-]+:([a-z]{2}(?:-[a-z]+)+-\d+):/.exec(finding.resource ?? '');
  return m?.[1] ?? null;
}
