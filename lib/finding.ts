// The access-denied finding that knows nothing yet: what a console heading or a bare "Access Denied" proves, and
// the base that callers fill with what their text does say.
import type { Finding } from './model';

export function unknownDenial(known: Partial<Finding> = {}): Finding {
  return {
    category: 'access-denied',
    principal: null,
    principalType: null,
    accountId: null,
    action: null,
    resource: null,
    policyType: 'unknown',
    denyKind: 'unknown',
    policyArn: null,
    errorCode: null,
    operation: null,
    encoded: false,
    message: '',
    ...known,
  };
}
