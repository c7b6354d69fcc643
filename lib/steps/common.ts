// The steps every access-denied diagnosis shares: who am I, what the role or user has, what the simulator says,
// what CloudTrail recorded, and the policy layers the message itself points at.
import { STEP_TEXTS, type StepTextKey } from '../i18n/steps';
import type { Step } from '../model';
import { fill } from '../workload/text';
import { summarize } from '../workload/target';
import { iamRoleUrl, iamUserUrl, policySimulatorUrl } from './links';
import { sh } from './shell';
import type { StepValues } from './values';

export function say(
  v: StepValues,
  key: StepTextKey,
  vars: Record<string, string | null> = {},
  composed: Record<string, string> = {},
): string {
  const t = STEP_TEXTS[v.lang] ?? STEP_TEXTS.en;
  const vals = {
    action: v.action ?? t['word.theAction'],
    resource: v.resourceArn ?? t['word.theResource'],
    event: v.eventName ?? t['word.theEvent'],
    ...vars,
  };
  return fill(t[key], vals, composed);
}

/** Sentences of one meaning: spaced in English, run together in Japanese. */
export function sentences(v: StepValues, ...parts: Array<string | null | false | undefined>): string {
  return parts.filter(Boolean).join(v.lang === 'ja' ? '' : ' ');
}
const region = (v: StepValues): string => (v.region ? ` --region ${sh(v.region)}` : '');

export function identityStep(v: StepValues): Step {
  const principal = v.finding.principal?.trim() || null;
  const g = v.guess;
  const person = !g || g.kind === 'iam-user' || g.kind === 'identity-center' || g.kind === 'root';
  const lead = !principal
    ? say(v, 'identity.noPrincipal')
    : person
      ? say(v, 'identity.self', { principal })
      : say(v, 'identity.workload', { principal }, { what: summarize(g, v.lang) });
  return {
    title: say(v, 'identity.title'),
    command: [
      'aws sts get-caller-identity --query Arn --output text',
      'echo "profile=${AWS_PROFILE:-default} region=${AWS_REGION:-${AWS_DEFAULT_REGION:-unset}}"',
    ].join('\n'),
    meaning: sentences(
      v,
      lead,
      v.account && say(v, 'identity.account', { account: v.account }),
      v.partition && say(v, 'identity.partition', { partition: v.partition }),
      v.region && say(v, 'identity.region', { region: v.region }),
    ),
  };
}

/** The shell expression that yields the role's ARN with its real path (session ARNs drop the path). */
export function roleArnExpr(v: StepValues, roleName: string): string {
  return v.roleArnExact ? sh(v.roleArnExact) : `"$(aws iam get-role --role-name ${sh(roleName)} --query Role.Arn --output text)"`;
}

export function policiesStep(v: StepValues): Step | null {
  const g = v.guess;
  if (v.userName) {
    const u = sh(v.userName);
    return {
      title: say(v, 'policies.user.title', { user: v.userName }),
      command: [
        `aws iam list-attached-user-policies --user-name ${u}`,
        `aws iam list-user-policies --user-name ${u}`,
        `aws iam list-groups-for-user --user-name ${u} --query 'Groups[].GroupName' --output text`,
        `aws iam get-user --user-name ${u} --query 'User.PermissionsBoundary'`,
      ].join('\n'),
      meaning: say(v, 'policies.user.meaning'),
      url: iamUserUrl(v.partition, v.userName),
    };
  }
  if (!v.roleName || g?.kind === 'root') return null;
  const r = sh(v.roleName);
  return {
    title: say(v, 'policies.role.title', { role: v.roleName }),
    command: [
      `aws iam list-attached-role-policies --role-name ${r}`,
      `aws iam list-role-policies --role-name ${r}`,
      `aws iam get-role --role-name ${r} --query 'Role.[Arn,PermissionsBoundary]'`,
    ].join('\n'),
    meaning: sentences(
      v,
      say(v, 'policies.role.meaning', { role: v.roleName }),
      g?.kind === 'identity-center' && g.name && say(v, 'policies.sso', { ps: g.name }),
      g?.kind === 'service-linked' && say(v, 'policies.slr'),
    ),
    url: iamRoleUrl(v.partition, v.roleName),
  };
}

export function simulateStep(v: StepValues): Step | null {
  if (!v.action || v.action.includes('*')) return null;
  let source: string | null = null;
  if (v.userName) source = v.userArn ? sh(v.userArn) : `"$(aws iam get-user --user-name ${sh(v.userName)} --query User.Arn --output text)"`;
  else if (v.roleName && v.guess?.kind !== 'root') source = roleArnExpr(v, v.roleName);
  if (!source) return null;
  const resource = v.resourceArn && v.resourceArn !== '*' ? ` --resource-arns ${sh(v.resourceArn)}` : '';
  const assume = v.action.toLowerCase().startsWith('sts:assumerole');
  return {
    title: say(v, 'simulate.title'),
    command:
      `aws iam simulate-principal-policy --policy-source-arn ${source} --action-names ${sh(v.action)}${resource}` +
      ` --query 'EvaluationResults[].[EvalActionName,EvalDecision,PermissionsBoundaryDecisionDetail.AllowedByPermissionsBoundary,OrganizationsDecisionDetail.AllowedByOrganizations]' --output table`,
    meaning: sentences(v, say(v, 'simulate.meaning'), assume && say(v, 'simulate.assumeRole')),
  };
}

// Event history does not keep data events; these are the common ones that show up in denials.
const DATA_EVENTS = new Set([
  's3:getobject',
  's3:putobject',
  's3:deleteobject',
  's3:getobjectacl',
  's3:putobjectacl',
  's3:getobjecttagging',
  's3:putobjecttagging',
  's3:abortmultipartupload',
  'lambda:invokefunction',
  'dynamodb:getitem',
  'dynamodb:putitem',
  'dynamodb:updateitem',
  'dynamodb:deleteitem',
  'dynamodb:query',
  'dynamodb:scan',
  'dynamodb:batchgetitem',
  'dynamodb:batchwriteitem',
  'sns:publish',
]);

export function cloudTrailStep(v: StepValues, when?: number): Step | null {
  if (!v.eventName) return null;
  const windowArgs = when !== undefined && Number.isFinite(when) ? timeWindow(when) : null;
  const query = `--query "Events[?contains(CloudTrailEvent, '${v.errorToken}')].[EventTime,Username,EventId]" --output text`;
  const command =
    `aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=${sh(v.eventName)}` +
    (windowArgs ? ` --start-time ${windowArgs.start} --end-time ${windowArgs.end}` : ' --max-items 50') +
    `${region(v)} ${query}`;
  const dataEvent = v.action !== null && DATA_EVENTS.has(v.action.toLowerCase());
  return {
    title: say(v, 'cloudtrail.title'),
    command,
    meaning: sentences(
      v,
      say(v, 'cloudtrail.meaning', { code: v.errorToken }),
      v.region ? say(v, 'cloudtrail.region', { region: v.region }) : say(v, 'cloudtrail.noRegion'),
      windowArgs ? say(v, 'cloudtrail.time', { time: windowArgs.at }) : say(v, 'cloudtrail.noTime'),
      dataEvent ? say(v, 'cloudtrail.dataEvent') : say(v, 'cloudtrail.history'),
    ),
  };
}

function timeWindow(when: number): { start: string; end: string; at: string } | null {
  const at = new Date(when);
  if (Number.isNaN(at.getTime())) return null;
  const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { start: iso(new Date(when - 15 * 60_000)), end: iso(new Date(when + 15 * 60_000)), at: iso(at) };
}

export function decodeStep(v: StepValues): Step | null {
  if (!v.finding.encoded) return null;
  const m = /Encoded authorization failure message:\s*([A-Za-z0-9_-]{16,8000})/i.exec(v.finding.message ?? '');
  const blob = m?.[1] ?? null;
  return {
    title: say(v, 'decode.title'),
    command: `aws sts decode-authorization-message --encoded-message ${blob ? sh(blob) : 'ENCODED_MESSAGE'} --query DecodedMessage --output text | jq .`,
    meaning: sentences(v, say(v, 'decode.meaning'), !blob && say(v, 'decode.placeholder')),
  };
}

export function trustStep(v: StepValues): Step | null {
  if (!v.targetRoleName) return null;
  const web = (v.action ?? '').toLowerCase() === 'sts:assumerolewithwebidentity';
  return {
    title: say(v, 'trust.title', { role: v.targetRoleName }),
    command: `aws iam get-role --role-name ${sh(v.targetRoleName)} --query Role.AssumeRolePolicyDocument`,
    meaning: sentences(v, say(v, 'trust.meaning'), web && say(v, 'trust.webIdentity')),
    url: iamRoleUrl(v.partition, v.targetRoleName),
  };
}

/** SCPs and RCPs: listed when the message names that layer, or for the root user (nothing else can deny it). */
export function organizationSteps(v: StepValues): Step[] {
  const steps: Step[] = [];
  const type = v.finding.policyType;
  const policyId = /:policy\/o-[a-z0-9]+\/(?:service|resource)_control_policy\/(p-[a-z0-9]+)$/.exec(v.finding.policyArn ?? '')?.[1];
  if (policyId) {
    steps.push({
      title: say(v, 'orgpolicy.title'),
      command: `aws organizations describe-policy --policy-id ${sh(policyId)} --query 'Policy.Content' --output text | jq .`,
      meaning: say(v, 'orgpolicy.meaning'),
    });
  }
  const wantScp = type === 'scp' || v.guess?.kind === 'root';
  const wantRcp = type === 'rcp';
  const account = v.account ?? 'ACCOUNT_ID';
  if (wantScp || wantRcp) {
    steps.push({
      title: say(v, wantRcp ? 'rcp.title' : 'scp.title', { account }),
      command: `aws organizations list-policies-for-target --target-id ${sh(account)} --filter ${wantRcp ? 'RESOURCE_CONTROL_POLICY' : 'SERVICE_CONTROL_POLICY'}`,
      meaning: say(v, 'scp.meaning', { account }),
    });
  }
  return steps;
}

/** The resource policy of an S3 bucket or KMS key when the message points at that layer or leaves it open. */
export function resourcePolicyStep(v: StepValues): Step | null {
  const type = v.finding.policyType;
  if (type !== 'resource' && type !== 'unknown' && type !== null) return null;
  const r = v.resourceArn ?? '';
  const bucket = /^arn:[a-z-]+:s3:::([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/.*)?$/.exec(r)?.[1];
  if (bucket && (v.action ?? '').toLowerCase().startsWith('s3:')) {
    return {
      title: say(v, 's3policy.title', { bucket }),
      command: `aws s3api get-bucket-policy --bucket ${sh(bucket)} --query Policy --output text | jq .`,
      meaning: say(v, 's3policy.meaning'),
    };
  }
  if (/^arn:[a-z-]+:kms:[a-z0-9-]+:\d{12}:key\/[0-9a-f-]{36}$/.test(r)) {
    return {
      title: say(v, 'kmspolicy.title'),
      command: `aws kms get-key-policy --key-id ${sh(r)} --policy-name default --query Policy --output text | jq .`,
      meaning: say(v, 'kmspolicy.meaning', { key: r }),
    };
  }
  return null;
}

export function consoleStep(v: StepValues): Step | null {
  const url = policySimulatorUrl(v.partition);
  if (!url || !v.action || (!v.roleName && !v.userName) || v.guess?.kind === 'root') return null;
  return { title: say(v, 'console.title'), command: null, meaning: say(v, 'console.meaning'), url };
}
