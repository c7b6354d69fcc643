// The message's values, checked and shaped once for the step builders: only values that are what they claim
// (a 12-digit account, an IAM name, a `service:Action`, an ARN) go into commands; masked or odd ones become
// clearly marked placeholders (ROLE_NAME, ACCOUNT_ID …) that the user fills in.
import { isAccountId } from '../arn';
import type { Finding, Lang } from '../model';
import { findingPartition, isMasked, readPrincipal, resourceRegion, type Partition, type PrincipalParts } from '../workload/principal';
import type { WorkloadGuess } from '../workload/types';
import { iamName } from './shell';

export interface StepValues {
  finding: Finding;
  lang: Lang;
  guess: WorkloadGuess | null;
  principal: PrincipalParts;
  partition: Partition | null;
  /** 12 digits, or null when the message masks or lacks it. */
  account: string | null;
  region: string | null;
  roleName: string | null;
  /** The role's ARN when it is known exactly (a `role/` principal or a role resource), path included. */
  roleArnExact: string | null;
  userName: string | null;
  userArn: string | null;
  /** `service:Action` as printed, when it is one. */
  action: string | null;
  /** The resource when it is an ARN or `*`. */
  resourceArn: string | null;
  /** The CloudTrail event name: the operation, else the action's name. */
  eventName: string | null;
  /** What to look for in CloudTrailEvent: AccessDenied, UnauthorizedOperation, … */
  errorToken: string;
  /** For sts:AssumeRole* denials on a role: the target role. */
  targetRoleName: string | null;
  targetRoleArn: string | null;
}

export function readValues(finding: Finding, guess: WorkloadGuess | null, lang: Lang): StepValues {
  const principal = readPrincipal(finding.principal);
  const account = isAccountId(principal.account) ? principal.account : isAccountId(finding.accountId) ? finding.accountId : null;
  const roleName = iamName(isMasked(principal.roleName) ? null : principal.roleName) ?? roleFromGuess(guess);
  const userName = principal.kind === 'user' ? iamName(isMasked(principal.userName) ? null : principal.userName) : null;
  const action = /^[a-z0-9-]+:[A-Za-z0-9*]+$/.test((finding.action ?? '').trim()) ? (finding.action ?? '').trim() : null;
  const resource = (finding.resource ?? '').trim();
  const resourceArn = resource === '*' || /^arn:[a-z-]+:[a-z0-9-]+:[a-z0-9-]*:[0-9]*:\S+$/.test(resource) ? resource : null;
  const operation = /^[A-Za-z0-9]+$/.test((finding.operation ?? '').trim()) ? (finding.operation ?? '').trim() : null;
  const actionName = action ? action.split(':')[1] ?? null : null;
  const target = action?.toLowerCase().startsWith('sts:assumerole') && resourceArn ? /^arn:[a-z-]+:iam::\d{12}:role\/(?:.*\/)?([\w+=,.@-]+)$/.exec(resourceArn) : null;
  return {
    finding,
    lang,
    guess,
    principal,
    partition: findingPartition(finding),
    account,
    region: resourceRegion(finding),
    roleName,
    roleArnExact: principal.kind === 'role' && account && finding.principal ? finding.principal.trim() : guess?.rolePathKnown ? guess.roleArn : null,
    userName,
    userArn: principal.kind === 'user' && account && userName && finding.principal ? finding.principal.trim() : null,
    action,
    resourceArn,
    eventName: operation ?? (actionName && actionName !== '*' ? actionName : null),
    errorToken: errorToken(finding.errorCode),
    targetRoleName: target?.[1] ?? null,
    targetRoleArn: target ? resourceArn : null,
  };
}

function roleFromGuess(guess: WorkloadGuess | null): string | null {
  const name = guess?.roleArn?.split('/').pop();
  return iamName(name && !isMasked(name) ? name : null);
}

/** The substring CloudTrail's errorCode carries for this failure (it drops the `Client.` prefix). */
function errorToken(code: string | null): string {
  const c = (code ?? '').replace(/^Client\./, '');
  if (/^[A-Za-z]+$/.test(c) && !/^AccessDenied/.test(c)) return c;
  return 'AccessDenied';
}
