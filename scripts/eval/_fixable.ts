// Which access-denied findings a policy change can fix, so the engine has something to confirm: the action is
// printed (or follows from the operation), the Service Authorization Reference has it, the "resource" is not a user
// given where a role was meant, and the fix is a policy change at all (an explicit deny in a session policy is fixed
// by a different session request; a guardrail against the root user by using an IAM role). Shared by the Node and
// the extension evals (tests/eval/) so both count the same denials. No oracle here: scripts/ never imports one.
import { isAnonymousPrincipal } from '../../lib/arn';
import { readFacts } from '../../lib/explain/facts';
import { hasResourcePolicies } from '../../lib/explain/rank';
import type { IamIndex } from '../../lib/iam/index';
import { loadIndex } from '../../lib/iam/load';
import type { Finding } from '../../lib/model';

/**
 * Why no policy fix can be checked for this finding, or null when it is fixable. `context`: the pasted text, read as
 * the explainer reads it (a KMS ciphertext message names kms:Decrypt). `iam`: an index already loaded.
 */
export async function notFixableReason(f: Finding, context?: string, iam?: IamIndex): Promise<string | null> {
  const facts = readFacts(f, context);
  if (!facts.action) return 'no action or operation in the message';
  const index = iam ?? (await loadIndex([facts.service ?? '']));
  if (!index.action(facts.action)) return `${facts.action} is not an action of the Service Authorization Reference`;
  // IAM refuses the change to anyone (UnmodifiableEntity once allowed), as the engine does: no Allow to confirm.
  // STS not activated in the Region (an account setting): no policy is read, so none can be confirmed.
  if (f.accountSetting === 'sts-region') return 'STS not activated in the Region: an account setting, no policy';
  // EC2 will not launch an image the account may not use (not shared, not subscribed, deregistered): its owner shares
  // it or the account subscribes — no policy of the caller's is read.
  if (facts.dmsRole && !facts.action) return `DMS's own role ${facts.dmsRole.name}: its trust policy and managed policy, no caller's permission`;
  if (facts.dsqlToken) return `an Aurora DSQL token for the other action than role ${facts.dsqlToken.user} connects with: a new token, no policy`;
  if (facts.unavailableImage !== null) return `${facts.action}: an image not shared with or subscribed by the account, no policy`;
  if (facts.awsOwned) return `${facts.action} on ${facts.awsOwned.kind === 'managed-policy' ? 'an AWS managed policy' : 'a role AWS owns'}: only AWS changes it, no policy`;
  // A service-linked role's own policies are its service's (rank.ts): where the resource has no policy of its own and
  // the message names no other layer, no one can add the Allow — the service does not do this for the caller.
  if (facts.principal.serviceLinked && !facts.trustCall && !hasResourcePolicies(facts.service) && (f.policyType === 'unknown' || f.policyType === 'identity')) {
    return `service-linked role ${facts.principal.roleName ?? ''}: its permissions are its service's, no policy`;
  }
  if (facts.notARole === 'user') return `${facts.action} on a user: only roles can be assumed, the role ARN is wrong`;
  if (facts.notARole === 'malformed') return `${facts.action} on a malformed role ARN: the ARN is corrected, no policy`;
  // The session's creator sets the session policy: the fix is a different session request, not a policy edit.
  if (f.denyKind === 'explicit' && f.policyType === 'session') return 'explicit deny in a session policy: the session request changes, no policy';
  // A deny naming every principal cannot exempt a caller that carried none (REVIEW.md §1): its condition is met instead.
  if (f.denyKind === 'explicit' && isAnonymousPrincipal(f.principal)) return 'an anonymous caller under an explicit deny: meet the condition the deny protects, no exemption can name it';
  // The same for a resource-side deny whose message names no caller (lib/explain/exception.ts): no exemption to offer.
  if (f.denyKind === 'explicit' && !f.principal && (f.policyType === 'resource' || f.policyType === 'rcp' || f.policyType === 'vpce')) {
    return 'an unnamed caller under an explicit deny of a resource-side policy: meet the condition the deny protects';
  }
  // An unsigned request no layer is named for is fixed by signing it (rank.ts 'unsigned'): nothing for the engine.
  if (isAnonymousPrincipal(f.principal) && f.policyType === 'unknown') return 'an unsigned (anonymous) request: sign it, no policy';
  // Only SCPs and resource policies restrict the root user, and SCPs do it on purpose: the advice is an IAM role.
  if (facts.principal.kind === 'root' && (f.denyKind === 'explicit' || facts.service !== 'kms')) return 'the root user, restricted by an SCP on purpose: use an IAM role, not an exception';
  return null;
}
