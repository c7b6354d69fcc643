// AWS IoT Core's CloudWatch logs of a refused connect, publish or subscribe: a JSON event whose `reason` is
// AUTHORIZATION_FAILURE (the IoT policy — for a Cognito identity, also its role's — did not allow it), naming the
// call (`eventType`), the caller (`principalId`) and the account. No IAM action is printed: the event type is IoT's.
// (Also the older plain-text form of the same log: see PLAIN_LINE.)
import { each } from './find';
import { coreEach, wrapEach } from './match-pieces';
import { get, str } from './loose-json';
import { eachObject, structuredValues } from './structured';
import { P, makeCore, setField, type Scan } from './types';

// The same log in its older plain-text form, a line per event: "TRACEID:… PRINCIPALID:<account>/<role id>:<session>/…
// [ERROR] EVENT:MQTT Client Connect MESSAGE:Connect Status: AUTHORIZATION_ERROR".
// (A terminal or a reader may have wrapped the long line: a line break is a space, and a word it cut keeps the rest.)
const PLAIN_LINE = /\bPRINCIPALID:(\S{1,400})\s{1,3}\[[A-Z]{3,7}\]\s{1,3}((?:[^\n]|\n(?![ \t]*\n)){0,300}?)\b(AUTHORIZATION_(?:ERROR|FAILURE))\b/g;
const PLAIN_EVENT = /^EVENT:((?:[^\n]|\n(?![ \t]*\n)){1,60}?)\s{1,3}MESSAGE:/;

// IoT Core refusing an MQTT 5 CONNECT (its policy, or no certificate it accepts): the reason string AWS's device SDKs
// and Greengrass print with the CONNACK ("CONNACK:Client is not authenticated/authorized to send the message"), its
// reason code beside it (`"reasonCode":"NOT_AUTHORIZED"`); a Dart MQTT 5 client logs only the code ("connection
// rejected, reason code is notAuthorized").
const CONNACK_REFUSED = /\bClient\s{1,3}is\s{1,3}not\s{1,3}authenticated\/authorized\s{1,3}to\s{1,3}send\s{1,3}the\s{1,3}message\b/g;
const CONNACK_REASON_CODE = /["']?reasonCode["']?\s{0,3}[:=]\s{0,3}["']?(NOT_AUTHORIZED)\b/g;
// The embedded C device SDK's status for the same refusal ("Shadow Connection Error (MQTT_CONNACK_NOT_AUTHORIZED_ERROR = -41)").
const CONNACK_STATUS = /\b(MQTT_CONNACK_NOT_AUTHORIZED_ERROR)\b/g;
const CONNACK_REJECTED = /\bconnection\s{1,3}rejected,\s{1,3}reason\s{1,3}code\s{1,3}is\s{1,3}(notAuthorized)\b/g;

export function scanIotLogs(scan: Scan): void {
  if (scan.text.indexOf('authenticated/authorized') >= 0) {
    coreEach(scan, CONNACK_REFUSED, null, P.prefix, true);
    if (scan.text.indexOf('NOT_AUTHORIZED') >= 0) wrapEach(scan, CONNACK_REASON_CODE, 'around', 300, 'errorCode', P.prefix);
  }
  if (scan.text.indexOf('MQTT_CONNACK_NOT_AUTHORIZED') >= 0) coreEach(scan, CONNACK_STATUS, 'errorCode', P.prefix, true);
  if (scan.text.indexOf('notAuthorized') >= 0) coreEach(scan, CONNACK_REJECTED, 'errorCode', P.prefix, true);
  if (scan.text.indexOf('PRINCIPALID:') >= 0) {
    each(PLAIN_LINE, scan.text, (m) => {
      const core = makeCore(m.index, m.index + m[0].length, 'access-denied', true);
      setField(core, 'errorCode', m[3], P.structured);
      setField(core, 'operation', PLAIN_EVENT.exec(m[2]!)?.[1]!.replace(/\s+/g, ' '), P.structured);
      setField(core, 'principal', m[1], P.structured);
      setField(core, 'accountId', /^(\d{12})\//.exec(m[1]!)?.[1], P.structured);
      scan.pieces.push(core);
    });
  }
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
