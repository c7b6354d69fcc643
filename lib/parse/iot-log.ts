// AWS IoT Core's CloudWatch logs of a refused connect, publish or subscribe: a JSON event whose `reason` is
// AUTHORIZATION_FAILURE (the IoT policy — for a Cognito identity, also its role's — did not allow it), naming the
// call (`eventType`), the caller (`principalId`) and the account. No IAM action is printed: the event type is IoT's.
import { get, str } from './loose-json';
import { eachObject, structuredValues } from './structured';
import { P, makeCore, setField, type Scan } from './types';

export function scanIotLogs(scan: Scan): void {
  if (scan.text.indexOf('AUTHORIZATION_FAILURE') < 0) return;
  eachObject(structuredValues(scan), (node) => {
    if (str(get(node, 'reason')) !== 'AUTHORIZATION_FAILURE') return;
    const core = makeCore(node.start, node.end, 'access-denied', true);
    setField(core, 'errorCode', 'AUTHORIZATION_FAILURE', P.structured);
    setField(core, 'operation', str(get(node, 'eventType')), P.structured);
    setField(core, 'principal', str(get(node, 'principalId')), P.structured);
    setField(core, 'accountId', str(get(node, 'accountId')), P.structured);
    scan.pieces.push(core);
  });
}
