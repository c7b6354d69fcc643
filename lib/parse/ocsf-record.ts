// Security Lake's CloudTrail records in OCSF — API Activity (class 6003; 0.26's "Cloud API", 5001) — as Athena, a SIEM
// or a data lake prints them: the refusal is `api.response.error` with its message, the call `api.operation` on
// `api.service.name` (the eventSource), the caller `actor.user` (0.26: `identity.user`) — its ARN in `uid` (0.26:
// `uuid`), CloudTrail's identity type in `type`, the account in `account.uid` (0.26: `account_uid`) — and what the
// request names in `resources[].uid`. When the message is the API sentence, the API-sentence family reads it too.
import { actionForEvent } from '../iam/operations';
import { IDENTITY_TYPES, recordCategory } from './cloudtrail-event';
import { get, items, str } from './loose-access';
import type { Loose } from './loose-types';
import { eachObject, structuredValues } from './structured';
import { P, makeCore, setField, type Scan } from './types';

const AWS_SOURCE = /^[a-z0-9-]{2,40}(?:\.[a-z0-9-]{1,40}){0,2}\.amazonaws\.com(?:\.cn)?$/;

/** The caller's ARN: 1.x keeps it in `uid` (its `uid_alt` is the principal ID), 0.26 in `uuid`. */
function arnOf(user: Loose | undefined): string | null {
  for (const key of ['uid', 'uuid', 'uid_alt']) {
    const v = str(get(user, key));
    if (v && /^arn:/.test(v)) return v;
  }
  return null;
}

export function scanOcsfRecords(scan: Scan): void {
  if (scan.text.indexOf('"api"') < 0) return;
  eachObject(structuredValues(scan), (node) => {
    const api = get(node, 'api');
    const code = str(get(get(api, 'response'), 'error'));
    const source = str(get(get(api, 'service'), 'name'));
    // Another product's API Activity (an MCP gateway, a directory) uses the same class: only AWS's services count.
    if (!code || !source || !AWS_SOURCE.test(source)) return;
    const message = str(get(get(api, 'response'), 'message'));
    const category = recordCategory(code, message);
    if (!category) return;
    const core = makeCore(node.start, node.end, category, true);
    setField(core, 'errorCode', code, P.cloudtrail);
    const operation = str(get(api, 'operation'));
    setField(core, 'operation', operation, P.cloudtrail);
    if (operation) setField(core, 'action', actionForEvent(source, operation), P.hint);
    const actor = get(node, 'actor') ?? get(node, 'identity');
    const user = get(actor, 'user');
    const type = str(get(user, 'type'));
    const invokedBy = str(get(actor, 'invoked_by'));
    const principal = arnOf(user) ?? str(get(user, 'name')) ?? str(get(get(actor, 'session'), 'issuer'));
    if (principal) {
      setField(core, 'principal', principal, P.cloudtrail);
      if (type && IDENTITY_TYPES[type]) setField(core, 'principalType', IDENTITY_TYPES[type], P.cloudtrail);
      setField(core, 'accountId', str(get(get(user, 'account'), 'uid')) ?? str(get(user, 'account_uid')), P.cloudtrail);
    } else if (invokedBy && AWS_SOURCE.test(invokedBy)) {
      setField(core, 'principal', invokedBy, P.cloudtrail);
      setField(core, 'principalType', 'service', P.cloudtrail);
    }
    const named = items(get(node, 'resources'))
      .map((r) => str(get(r, 'uid')))
      .find((uid) => uid && /^arn:/.test(uid));
    setField(core, 'resource', named, P.hint);
    scan.pieces.push(core);
  });
}
