// Checks shared by the layers an organization or an IAM policy ARN can name: the denying policy the message names
// (2026 wording: "… with an explicit deny in a service control policy: arn:…"), and the SCPs or RCPs on an account.
import type { Step } from '../../model';
import { globalRegion, say } from '../../steps/common';
import { sh } from '../../steps/shell';
import type { StepValues } from '../../steps/values';

/** The policy the message names as denying: an organization policy by its id, or an IAM managed policy. */
export function namedPolicyStep(v: StepValues): Step | null {
  const arn = v.ctx.facts.policyArn ?? '';
  const g = globalRegion(v);
  const orgId = /:policy\/o-[a-z0-9]+\/(?:service|resource)_control_policy\/(p-[a-z0-9_]+)$/.exec(arn)?.[1];
  if (orgId) {
    return {
      title: say(v, 'orgpolicy.title'),
      command: `aws organizations describe-policy --policy-id ${sh(orgId)} --query Policy.Content --output text${g} | jq .`,
      meaning: say(v, 'orgpolicy.meaning'),
    };
  }
  if (/^arn:[a-z-]+:iam::(?:\d{12}|aws):policy\/[\w+=,.@/-]+$/.test(arn)) {
    return {
      title: say(v, 'iampolicy.title', { policy: arn }),
      command: `aws iam get-policy-version --policy-arn ${sh(arn)} --version-id "$(aws iam get-policy --policy-arn ${sh(arn)} --query Policy.DefaultVersionId --output text${g})" --query PolicyVersion.Document${g}`,
      meaning: say(v, 'iampolicy.meaning'),
    };
  }
  return null;
}

/** The SCPs or RCPs attached to an account (and, said in the meaning, to the OUs above it). */
export function orgPoliciesStep(v: StepValues, kind: 'scp' | 'rcp', account: string | null): Step {
  const acct = account ?? 'ACCOUNT_ID';
  return {
    title: say(v, kind === 'rcp' ? 'rcp.title' : 'scp.title', { account: acct }),
    command: `aws organizations list-policies-for-target --target-id ${sh(acct)} --filter ${kind === 'rcp' ? 'RESOURCE_CONTROL_POLICY' : 'SERVICE_CONTROL_POLICY'}${globalRegion(v)}`,
    meaning: say(v, 'scp.meaning', { account: acct }),
  };
}
