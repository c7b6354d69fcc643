// Building blocks of the policies the fixes propose.
import type { PolicyDocument, PolicyStatement } from '../model';
import type { PrincipalInfo } from './principal';
import type { Partition } from '../arn';

export function doc(...statements: PolicyStatement[]): PolicyDocument {
  return { Version: '2012-10-17', Statement: statements };
}

/** A statement id from words: letters and digits only, as IAM requires. */
export function sid(...parts: string[]): string {
  const text = parts
    .join(' ')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
  return text.slice(0, 100) || 'WhyDenied';
}

/** One value stays a string; several become a list (how people write policies by hand). */
export function oneOrMany(values: string[]): string | string[] {
  const unique = [...new Set(values)];
  return unique.length === 1 ? (unique[0] ?? '') : unique;
}

/** The caller when the message does not name it, as a placeholder role. */
export function unknownCallerArn(partition: Partition, account: string | null): string {
  return `arn:${partition}:iam::${account ?? 'ACCOUNT_ID'}:role/CALLER_ROLE_NAME`;
}

export function callerPlaceholders(account: string | null): string[] {
  return account ? ['CALLER_ROLE_NAME'] : ['ACCOUNT_ID', 'CALLER_ROLE_NAME'];
}

/**
 * Values for `aws:PrincipalArn` that match this caller and nobody else. For a session the role's path is unknown,
 * so both the path-less ARN and any path ending in the name are listed; Identity Center roles live under
 * aws-reserved/sso.amazonaws.com/ (sometimes with a region segment).
 */
export function principalArnPatterns(p: PrincipalInfo): string[] | null {
  if (p.kind === 'assumed-role' || p.kind === 'role') {
    if (!p.roleName || !p.roleArn) return null;
    if (p.rolePathKnown) return [p.roleArn];
    const base = p.roleArn.slice(0, p.roleArn.lastIndexOf(':role/') + ':role/'.length);
    if (p.permissionSet) return [`${base}aws-reserved/sso.amazonaws.com/*${p.roleName}`];
    return [`${base}${p.roleName}`, `${base}*/${p.roleName}`];
  }
  if (p.policyArn) return [p.policyArn];
  return null;
}

/** The ARN to name in a resource-based or trust policy's Principal for this caller. */
export function principalArnForPolicy(p: PrincipalInfo): string | null {
  if (p.permissionSet && p.roleArn && !p.rolePathKnown) {
    const base = p.roleArn.slice(0, p.roleArn.lastIndexOf(':role/') + ':role/'.length);
    return `${base}aws-reserved/sso.amazonaws.com/${p.roleName ?? ''}`;
  }
  return p.policyArn;
}
