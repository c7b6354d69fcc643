// The checks every access-denied diagnosis shares: who am I, what the role or user has, what the simulator says,
// what CloudTrail recorded. Each policy layer's own checks (trust policy, SCPs, bucket or key policy …) live with
// that layer's playbook in lib/explain/layers.
import { isAnonymousPrincipal } from '../arn';
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
export const region = (v: StepValues): string => (v.region ? ` --region ${sh(v.region)}` : '');

/**
 * IAM and Organizations are global services whose endpoint lives in one region per partition: outside the
 * commercial partition their commands name it.
 */
export function globalRegion(v: Pick<StepValues, 'partition'>): string {
  if (v.partition === 'aws-cn') return ' --region cn-north-1';
  if (v.partition === 'aws-us-gov') return ' --region us-gov-west-1';
  return '';
}

export function identityStep(v: StepValues): Step {
  const principal = v.finding.principal?.trim() || null;
  const g = v.guess;
  const person = !g || g.kind === 'iam-user' || g.kind === 'identity-center' || g.kind === 'root';
  const lead = !principal
    ? say(v, 'identity.noPrincipal')
    : isAnonymousPrincipal(principal)
      ? say(v, 'identity.anonymous')
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
  return v.roleArnExact ? sh(v.roleArnExact) : `"$(aws iam get-role --role-name ${sh(roleName)} --query Role.Arn --output text${globalRegion(v)})"`;
}

export function policiesStep(v: StepValues): Step | null {
  const g = v.guess;
  const gr = globalRegion(v);
  if (v.userName) {
    const u = sh(v.userName);
    return {
      title: say(v, 'policies.user.title', { user: v.userName }),
      command: [
        `aws iam list-attached-user-policies --user-name ${u}${gr}`,
        `aws iam list-user-policies --user-name ${u}${gr}`,
        `aws iam list-groups-for-user --user-name ${u} --query 'Groups[].GroupName' --output text${gr}`,
        `aws iam get-user --user-name ${u} --query 'User.PermissionsBoundary'${gr}`,
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
      `aws iam list-attached-role-policies --role-name ${r}${gr}`,
      `aws iam list-role-policies --role-name ${r}${gr}`,
      `aws iam get-role --role-name ${r} --query 'Role.[Arn,PermissionsBoundary]'${gr}`,
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
  if (v.userName) source = v.userArn ? sh(v.userArn) : `"$(aws iam get-user --user-name ${sh(v.userName)} --query User.Arn --output text${globalRegion(v)})"`;
  else if (v.roleName && v.guess?.kind !== 'root') source = roleArnExpr(v, v.roleName);
  if (!source) return null;
  const resource = v.resourceArn && v.resourceArn !== '*' ? ` --resource-arns ${sh(v.resourceArn)}` : '';
  const assume = v.action.toLowerCase().startsWith('sts:assumerole');
  return {
    title: say(v, 'simulate.title'),
    command:
      `aws iam simulate-principal-policy --policy-source-arn ${source} --action-names ${sh(v.action)}${resource}` +
      ` --query 'EvaluationResults[].[EvalActionName,EvalDecision,PermissionsBoundaryDecisionDetail.AllowedByPermissionsBoundary,OrganizationsDecisionDetail.AllowedByOrganizations]' --output table${globalRegion(v)}`,
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
  const m = /Encoded (?:authorization )?failure message:\s*([A-Za-z0-9_\-+/=]{16,8000})/i.exec(v.finding.message ?? '');
  const blob = m?.[1] ?? null;
  return {
    title: say(v, 'decode.title'),
    command: `aws sts decode-authorization-message --encoded-message ${blob ? sh(blob) : 'ENCODED_MESSAGE'} --query DecodedMessage --output text | jq .`,
    meaning: sentences(v, say(v, 'decode.meaning'), !blob && say(v, 'decode.placeholder')),
  };
}

export function consoleStep(v: StepValues): Step | null {
  const url = policySimulatorUrl(v.partition);
  if (!url || !v.action || (!v.roleName && !v.userName) || v.guess?.kind === 'root') return null;
  return { title: say(v, 'console.title'), command: null, meaning: say(v, 'console.meaning'), url };
}
