// DMS's own service role (lib/explain/facts.ts dmsRole): whether it exists, whom it trusts and what is attached.
import type { Step } from '../model';
import { say } from './common';
import { sh } from './shell';
import type { StepValues } from './values';

export function dmsRoleStep(v: StepValues): Step | null {
  const role = v.ctx.facts.dmsRole;
  if (!role) return null;
  const name = sh(role.name);
  return {
    title: say(v, 'dmsRole.title', { role: role.name }),
    command: [`aws iam get-role --role-name ${name} --query Role.AssumeRolePolicyDocument`, `aws iam list-attached-role-policies --role-name ${name}`].join('\n'),
    meaning: say(v, 'dmsRole.meaning', { role: role.name }),
  };
}
