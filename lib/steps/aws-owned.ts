// A refused change to a role or policy AWS owns (lib/explain/aws-owned.ts): the check that shows who owns it and
// where the change is made instead. No Allow of the caller's is missing, so the checks of its own policies are left
// out (lib/steps/index.ts).
import type { Step } from '../model';
import { containsMask } from '../mask';
import { globalRegion, say } from './common';
import { iamName, sh } from './shell';
import type { StepValues } from './values';
import { permissionSetCommands } from './workload-checks';

export function awsOwnedStep(v: StepValues): Step | null {
  const owned = v.ctx.facts.awsOwned;
  const resource = v.ctx.facts.resource;
  if (!owned || !resource) return null;
  const gr = globalRegion(v);
  const printed = iamName(resource.split('/').pop());
  const role = sh(printed && !containsMask(printed) ? printed : 'ROLE_NAME');
  const getRole = `aws iam get-role --role-name ${role} --query 'Role.[Path,Description]' --output text${gr}`;
  switch (owned.kind) {
    case 'sso-role':
      return { title: say(v, 'owned.sso.title', { ps: owned.name }), command: [getRole, ...permissionSetCommands(owned.name)].join('\n'), meaning: say(v, 'owned.sso.meaning', { ps: owned.name }) };
    case 'service-linked-role':
      return { title: say(v, 'owned.slr.title'), command: getRole, meaning: say(v, 'owned.slr.meaning', { role: owned.name }) };
    case 'managed-policy': {
      const arn = v.resourceArn ? sh(v.resourceArn) : 'POLICY_ARN';
      return {
        title: say(v, 'owned.managed.title', { name: owned.name }),
        command: [
          `VERSION=$(aws iam get-policy --policy-arn ${arn} --query Policy.DefaultVersionId --output text${gr})`,
          `aws iam get-policy-version --policy-arn ${arn} --version-id "$VERSION" --query PolicyVersion.Document${gr} > policy.json`,
          `aws iam create-policy --policy-name ${sh(`${owned.name}-copy`)} --policy-document file://policy.json${gr}`,
        ].join('\n'),
        meaning: say(v, 'owned.managed.meaning', { name: owned.name }),
      };
    }
  }
}
