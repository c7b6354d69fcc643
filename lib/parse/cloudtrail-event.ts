// CloudTrail event records (the console's event JSON, `aws cloudtrail lookup-events`, Athena/Lake exports):
//   "userIdentity": {"type": "AssumedRole", "arn": "arn:aws:sts::…"}, "eventSource": "s3.amazonaws.com",
//   "eventName": "GetObject", "errorCode": "AccessDenied", "errorMessage": "User: … is not authorized …"
// The record gives the code, the operation (eventName) and the principal (userIdentity.arn); the errorMessage
// sentence, when there is one, is read by the API-sentence family and merges with this record.
import { categoryOfCode } from './codes';
import { mentions } from './gate';
import { P, makeCore, setField, type Scan } from './types';

const ERROR_CODE = /"errorCode"\s{0,5}:\s{0,5}"([A-Za-z][A-Za-z0-9.]{1,100})"/g;
const RECORD_START = /"eventVersion"|"userIdentity"/g;
const USER_IDENTITY = /"userIdentity"\s{0,5}:\s{0,5}\{[^{}]{0,2000}?"arn"\s{0,5}:\s{0,5}"([^"\n]{1,1000})"/;
const EVENT_NAME = /"eventName"\s{0,5}:\s{0,5}"([A-Za-z0-9]{1,100})"/;
const ERROR_MESSAGE = /"errorMessage"\s{0,5}:\s{0,5}"[^"\n]{0,4000}"?/;

const BACK = 6000;
const FORWARD = 6000;

export function scanCloudTrailEvents(scan: Scan): void {
  if (!mentions(scan, '"errorcode"')) return;
  const { text } = scan;
  const anchors: Array<{ start: number; end: number; code: string }> = [];
  ERROR_CODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ERROR_CODE.exec(text))) {
    const code = m[1] ?? '';
    if (categoryOfCode(code)) anchors.push({ start: m.index, end: m.index + m[0].length, code });
  }
  let previousEnd = 0;
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i]!;
    // The record starts at its eventVersion (or userIdentity) before the errorCode, after the previous record.
    const floor = Math.max(previousEnd, a.start - BACK);
    const before = text.slice(floor, a.start);
    let recordStart = a.start;
    RECORD_START.lastIndex = 0;
    let r: RegExpExecArray | null;
    let first = -1;
    while ((r = RECORD_START.exec(before))) {
      if (first < 0 || r[0] === '"eventVersion"') first = r.index;
      if (r[0] === '"eventVersion"') break;
    }
    if (first >= 0) recordStart = floor + first;
    const ceiling = Math.min(text.length, a.end + FORWARD, anchors[i + 1]?.start ?? text.length);
    const record = text.slice(recordStart, ceiling);
    const core = makeCore(recordStart, a.end, categoryOfCode(a.code) ?? 'access-denied', true);
    setField(core, 'errorCode', a.code, P.cloudtrail);
    const who = USER_IDENTITY.exec(record);
    if (who) setField(core, 'principal', who[1]?.trim(), P.cloudtrail);
    const name = EVENT_NAME.exec(record);
    if (name) setField(core, 'operation', name[1], P.cloudtrail);
    const message = ERROR_MESSAGE.exec(record);
    if (message) core.end = Math.max(core.end, recordStart + message.index + message[0].length);
    scan.pieces.push(core);
    previousEnd = core.end;
  }
}
