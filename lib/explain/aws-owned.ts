// IAM entities AWS owns and refuses to change for any caller, whatever the policies allow: the roles IAM Identity
// Center provisions under /aws-reserved/, service-linked roles under /aws-service-role/ and the AWS managed policies.
// A denial there names the caller's missing Allow, but adding it only trades the AccessDenied for IAM's
// UnmodifiableEntity ("this role is only modifiable by AWS"), so the explanation says who owns the entity instead.
import { parseArn, ssoPermissionSetOf } from '../arn';

export type AwsOwnedKind = 'sso-role' | 'service-linked-role' | 'managed-policy';

export interface AwsOwned {
  kind: AwsOwnedKind;
  /** The role or policy name (for an Identity Center role, the permission set's name when the role name shows it). */
  name: string;
}

// Every change to an Identity Center role: it is rebuilt from its permission set. (Regular expressions rather than
// sets of names: the console card's verdict bundles this file.)
const SSO_ROLE_CHANGES = /^iam:(?:createrole|deleterole|updaterole|updateroledescription|updateassumerolepolicy|(?:attach|detach|put|delete)rolepolicy|(?:put|delete)rolepermissionsboundary|(?:un)?tagrole)$/;

// A service-linked role's policies and trust are the service's: its description can change, and it is deleted with
// iam:DeleteServiceLinkedRole (not DeleteRole) — those stay ordinary permissions.
const SERVICE_LINKED_CHANGES = /^iam:(?:createrole|deleterole|updateassumerolepolicy|(?:attach|detach|put|delete)rolepolicy|(?:put|delete)rolepermissionsboundary)$/;

const MANAGED_POLICY_CHANGES = /^iam:(?:createpolicy|createpolicyversion|deletepolicy|deletepolicyversion|setdefaultpolicyversion|(?:un)?tagpolicy)$/;

/** The AWS-owned entity a denied IAM change targets, or null when the change is one a policy can allow. */
export function awsOwned(action: string | null, resource: string | null): AwsOwned | null {
  if (!action || !resource) return null;
  const a = action.toLowerCase();
  const arn = parseArn(resource);
  if (!arn || arn.service !== 'iam') return null;
  const last = arn.resource.split('/').pop() ?? '';
  if (/^role\/aws-reserved\//i.test(arn.resource) && SSO_ROLE_CHANGES.test(a)) {
    return { kind: 'sso-role', name: ssoPermissionSetOf(last) ?? last };
  }
  if (/^role\/aws-service-role\//i.test(arn.resource) && SERVICE_LINKED_CHANGES.test(a)) return { kind: 'service-linked-role', name: last };
  if (arn.account === 'aws' && /^policy\//i.test(arn.resource) && MANAGED_POLICY_CHANGES.test(a)) return { kind: 'managed-policy', name: last };
  return null;
}
