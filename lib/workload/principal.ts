// The parts of a principal that workload recognition needs, read with lib/arn.ts (which owns ARN parsing), plus
// the partition/region helpers the diagnosis steps use.
import { describePrincipal } from '../arn';
import type { Finding } from '../model';

export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov' | 'aws-iso' | 'aws-iso-b' | 'aws-iso-e' | 'aws-iso-f' | 'aws-eusc';

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

const PARTITIONS: readonly Partition[] = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'];

export function asPartition(value: string | undefined | null): Partition | null {
  const v = (value ?? '').trim().toLowerCase();
  return (PARTITIONS as readonly string[]).includes(v) ? (v as Partition) : null;
}

/**
 * True when the whole value is hidden: `XXXX`, `***`, `<account-id>`, `{role-arn}`, `${ACCOUNT}`, `[id]`,
 * `***REDACTED**`. A partly masked name (`xxxxxxxx-cluster-CreationRole…`) still carries naming clues, so it is
 * not masked here.
 */
export function isMasked(value: string | null | undefined): boolean {
  if (value === null || value === undefined) return true;
  const v = value.trim();
  if (v === '') return true;
  if (/^[xX*#.…_-]+$/.test(v)) return true;
  if (/^[<{[(].*[>}\])]$/.test(v) || /^\$\{.*\}$/.test(v) || /^\$[A-Za-z_]+$/.test(v)) return true;
  if (/^[*#_\s-]*redacted[*#_\s-]*$/i.test(v)) return true;
  return false;
}

const KINDS = new Set<PrincipalParts['kind']>(['assumed-role', 'role', 'user', 'root', 'federated-user']);

/** The principal's parts, read with lib/arn.ts and reshaped for the pattern table. */
export function readPrincipal(principal: string | null): PrincipalParts {
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
  const fromPrincipal = readPrincipal(finding.principal).partition;
  if (fromPrincipal) return fromPrincipal;
  const m = /^arn:([a-z-]+):/.exec(finding.resource ?? '');
  return asPartition(m?.[1]);
}

/** The region of the resource ARN when it names one (not for global services such as IAM or S3 buckets). */
export function resourceRegion(finding: Finding): string | null {
  const m = /^arn:[a-z-]+:[a-z0-9-]+:([a-z]{2}(?:-[a-z]+)+-\d+):/.exec(finding.resource ?? '');
  return m?.[1] ?? null;
}
