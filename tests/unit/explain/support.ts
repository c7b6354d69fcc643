// Findings written by hand for the explainer's tests (the shared corpus is only read by the eval).
import type { DenyKind, Finding, PolicyType } from '../../../lib/model';
import { unknownDenial } from '../../../lib/finding';

export const finding = unknownDenial;

const PHRASE: Record<PolicyType, string> = {
  identity: 'identity-based',
  scp: 'service control',
  rcp: 'resource control',
  boundary: 'permissions boundary',
  session: 'session',
  resource: 'resource-based',
  vpce: 'VPC endpoint',
  trust: 'role trust',
  unknown: '',
};

/** An API-sentence finding as the parser returns it, with a message text to match. */
export function sentence(
  principal: string,
  action: string,
  resource: string | null,
  context: { policyType: PolicyType; denyKind: DenyKind; policyArn?: string | null },
  extra: Partial<Finding> = {},
): Finding {
  const kind = /:assumed-role\//.test(principal) ? 'assumed-role' : /:user\//.test(principal) ? 'user' : /:root$/.test(principal) ? 'root' : /:role\//.test(principal) ? 'role' : 'unknown';
  const account = /::(\d{12}|[^:]*):/.exec(principal)?.[1] ?? null;
  const on = resource ? ` on resource: ${resource}` : '';
  const phrase = PHRASE[context.policyType];
  const why =
    context.denyKind === 'explicit'
      ? phrase
        ? ` with an explicit deny in a ${phrase} policy${context.policyArn ? `: ${context.policyArn}` : ''}`
        : ' with an explicit deny'
      : context.denyKind === 'implicit'
        ? ` because no ${phrase} policy allows the ${action} action`
        : '';
  return finding({
    principal,
    principalType: kind,
    accountId: account,
    action,
    resource,
    policyType: context.policyType,
    denyKind: context.denyKind,
    policyArn: context.policyArn ?? null,
    message: `User: ${principal} is not authorized to perform: ${action}${on}${why}`,
    ...extra,
  });
}

export const SESSION = 'arn:aws:sts::111122223333:assumed-role/Dev/alice';
export const ROLE = 'arn:aws:iam::111122223333:role/Dev';
export const USER = 'arn:aws:iam::111122223333:user/bob';
