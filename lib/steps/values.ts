// The message's values, checked and shaped once for the check builders (common ones here in lib/steps, each
// layer's own in lib/explain/layers): only values that are what they claim (a 12-digit account, an IAM name, a
// `service:Action`, an ARN) go into commands; masked or odd ones are left out or become clearly marked placeholders
// (ROLE_NAME, ACCOUNT_ID …). Read from the explanation's own facts, so the steps and the fixes name the same role.
import type { Ctx } from '../explain/context';
import { containsMask } from '../mask';
import { categoryOfCode } from '../parse/codes';
import type { Finding, Lang } from '../model';
import type { Partition } from '../arn';
import type { WorkloadGuess } from '../workload/types';
import { iamName } from './shell';

export interface StepValues {
  ctx: Ctx;
  finding: Finding;
  lang: Lang;
  guess: WorkloadGuess | null;
  partition: Partition | null;
  /** 12 digits, or null when the message masks or lacks it. */
  account: string | null;
  region: string | null;
  roleName: string | null;
  /** The role's ARN when it is known exactly (a `role/` principal or a workload's role), path included. */
  roleArnExact: string | null;
  userName: string | null;
  userArn: string | null;
  /** `service:Action`, canonical, when the message gives or implies one. */
  action: string | null;
  /** The resource when the message prints it as an ARN (without masks) or `*`. */
  resourceArn: string | null;
  /** The CloudTrail event name: the operation, else the action's name. */
  eventName: string | null;
  /** What to look for in CloudTrailEvent: AccessDenied, UnauthorizedOperation, … */
  errorToken: string;
  /** For sts:AssumeRole* (and TagSession, SetSourceIdentity) on a role: the target role. */
  targetRoleName: string | null;
  targetRoleArn: string | null;
}

const ARN = /^arn:[a-z-]+:[a-z0-9-]+:[a-z0-9-]*:(?:\d{12}|aws)?:\S+$/;
const TOKEN = /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/;

/** A name usable in a command: an IAM name that is not a mask and carries no placeholder we made. */
function realName(value: string | null | undefined): string | null {
  const name = iamName(value);
  return name && !containsMask(name) && !TOKEN.test(name) ? name : null;
}

export function valuesOf(ctx: Ctx): StepValues {
  const { facts } = ctx;
  const finding = facts.finding;
  const p = facts.principal;
  const guess = ctx.workload;
  const roleName = realName(p.roleName) ?? realName(guess?.roleArn?.split('/').pop());
  const userName = p.kind === 'user' ? realName(p.userName) : null;
  const action = ctx.primary && /^[a-z0-9-]+:[A-Za-z0-9*]+$/.test(ctx.primary.action) ? ctx.primary.action : null;
  const printed = (facts.resource ?? '').replace(/\s+/g, '');
  const resourceArn = printed === '*' || (ARN.test(printed) && !containsMask(printed) && !/[<>{}[\]]/.test(printed)) ? printed : null;
  const operation = /^[A-Za-z0-9]+$/.test((finding.operation ?? '').trim()) ? (finding.operation ?? '').trim() : null;
  const actionName = action ? (action.split(':')[1] ?? null) : null;
  const target = facts.trustCall && resourceArn ? /^arn:[a-z-]+:iam::\d{12}:role\/(?:.*\/)?([\w+=,.@-]+)$/.exec(resourceArn) : null;
  const exactRole = p.kind === 'role' && p.account && p.roleArn && !TOKEN.test(p.roleArn) ? p.roleArn : guess?.rolePathKnown ? guess.roleArn : null;
  return {
    ctx,
    finding,
    lang: ctx.lang,
    guess,
    partition: ctx.partition,
    account: p.account,
    region: ctx.primary?.resource.region ?? facts.regionHint,
    roleName,
    roleArnExact: exactRole,
    userName,
    userArn: p.kind === 'user' && p.account && userName && p.policyArn ? p.policyArn : null,
    action,
    resourceArn,
    eventName: operation ?? (actionName && actionName !== '*' ? actionName : null),
    errorToken: errorToken(finding.errorCode),
    targetRoleName: target?.[1] ?? null,
    targetRoleArn: target ? resourceArn : null,
  };
}

/**
 * The substring CloudTrail's errorCode carries for this failure (it drops the `Client.` prefix). Only a code the
 * service itself returns for a denial or a credentials failure: CloudFormation's handler classification
 * (`HandlerErrorCode: GeneralServiceException`) is not in the trail, the service's AccessDenied* is.
 */
function errorToken(code: string | null): string {
  const c = (code ?? '').replace(/^Client\./, '');
  if (/^[A-Za-z]+$/.test(c) && !/^AccessDenied/.test(c) && categoryOfCode(c) !== null) return c;
  return 'AccessDenied';
}
