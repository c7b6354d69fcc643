// GuardDuty findings about an API call (`UnauthorizedAccess:IAMUser/…`, `Recon:IAMUser/…`): the call sits under
// `service.action.awsApiCallAction` (`api`, `serviceName`, `errorCode`), the caller under `resource.accessKeyDetails`.
// A call refused with an authorization or credentials code is that denial, read from the finding's own fields.
import { actionForEvent } from '../iam/operations';
import { categoryOfCode } from './codes';
import { mentions } from './gate';
import { get, path, str } from './loose-json';
import { eachObject, structuredValues } from './structured';
import { P, makeCore, setField, type Scan } from './types';

export function scanGuardDutyFindings(scan: Scan): void {
  if (!mentions(scan, 'errorcode') || scan.text.indexOf('awsApiCallAction') < 0) return;
  eachObject(structuredValues(scan), (node) => {
    const call = path(node, 'service', 'action', 'awsApiCallAction');
    if (!call || call.t !== 'o') return;
    const code = str(get(call, 'errorCode'));
    const category = code ? categoryOfCode(code) : null;
    if (!code || !category) return;
    const core = makeCore(node.start, node.end, category, true);
    setField(core, 'errorCode', code, P.cloudtrail);
    const api = str(get(call, 'api'));
    setField(core, 'operation', api, P.cloudtrail);
    // Sample findings name the service `GeneratedFindingAPIServiceName`: no host, no action.
    const service = str(get(call, 'serviceName'));
    if (api && service) setField(core, 'action', actionForEvent(service, api), P.cloudtrail);
    const key = path(node, 'resource', 'accessKeyDetails');
    setField(core, 'principal', str(get(key, 'userName')) ?? str(get(key, 'principalId')), P.cloudtrail);
    setField(core, 'accountId', str(get(node, 'accountId')), P.cloudtrail);
    scan.pieces.push(core);
  });
}
