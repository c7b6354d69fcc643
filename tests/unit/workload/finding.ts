// Builds a Finding for tests: an access denial by default, with the fields a test cares about overridden.
import type { Finding } from '../../../lib/model';

export function finding(over: Partial<Finding> = {}): Finding {
  const base: Finding = {
    category: 'access-denied',
    principal: null,
    principalType: null,
    accountId: null,
    action: 's3:GetObject',
    resource: null,
    policyType: 'identity',
    denyKind: 'implicit',
    policyArn: null,
    errorCode: 'AccessDenied',
    operation: null,
    encoded: false,
    message: '',
  };
  const f = { ...base, ...over };
  if (!over.message) {
    f.message = `User: ${f.principal ?? 'unknown'} is not authorized to perform: ${f.action ?? ''}${f.resource ? ` on resource: ${f.resource}` : ''}`;
  }
  return f;
}

/** An assumed-role session principal in account 123456789012. */
export const session = (role: string, name: string, account = '123456789012', partition = 'aws'): string =>
  `arn:${partition}:sts::${account}:assumed-role/${role}/${name}`;
