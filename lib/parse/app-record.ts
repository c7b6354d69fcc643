// An application's own record of a denial it met, kept as an object beside the code (a dashboard's "read that could not
// be taken", a permission analyzer's `permissionDenials`, a broker's structured log line): `{ action: "acm:ListCertificates",
// principal: "arn:aws:sts::…", resource: "arn:…", errorCode: "AccessDeniedException" }`. The keys name the denied call's
// parts; the code says it was AWS's refusal. Only the object the code sits in is read, each value checked for its shape.
import { codeKind } from './codes';
import { mentions } from './gate';
import { lastIndexWithin, indexWithin } from './text';
import { P, makeWrapper, setField, type Scan } from './types';

// The code under a key of its own (`errorCode: 'AccessDenied'`, `"error_code": "AccessDeniedException"`).
const CODE_KEY = /(?<![\w.])["']?(?:errorCode|error_code|errorName|code)["']?\s{0,3}[:=]\s{0,3}["']([A-Za-z][\w.]{1,100})["']/g;
// The keys an application gives the denied call's parts, and the shape each value must have.
const PART_KEY = /(?<![\w.])["']?(principal|principalArn|callerArn|action|deniedAction|resource|resourceArn|deniedResource)["']?\s{0,3}[:=]\s{0,3}["']([^"'\n]{1,2048})["']/g;
const ACTION = /^[a-z][a-z0-9-]{1,40}:[A-Za-z*][A-Za-z0-9*]{0,100}$/;
const ARN = /^arn:[^\s]{3,2047}$/;
// The widest an object of one record is: a larger span holds several records, whose parts are not this code's.
const REACH = 1500;

export function scanAppRecords(scan: Scan): void {
  if (!mentions(scan, 'code') || !mentions(scan, 'action')) return;
  const { text } = scan;
  CODE_KEY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CODE_KEY.exec(text))) {
    if (codeKind(m[1]!) !== 'auth') continue;
    // The object around the code: its nearest opening brace with no closing one between, and the closing one after.
    const open = lastIndexWithin(text, '{', m.index, REACH);
    if (open < 0 || text.slice(open, m.index).includes('}')) continue;
    const close = indexWithin(text, '}', m.index, REACH);
    if (close < 0) continue;
    // A nested object (a record's `userIdentity: {…}`) is another family's: only flat records are read here, up to a
    // value that holds braces of its own (a suggested statement `'{"Effect":"Allow",…}'`).
    const inner = indexWithin(text, '{', open + 1, close - open);
    if (inner >= 0 && inner < m.index) continue;
    const body = text.slice(open, inner >= 0 && inner < close ? inner : close);
    const w = makeWrapper(open, close + 1, 'around', 200);
    for (const part of body.matchAll(PART_KEY)) {
      const key = part[1]!;
      const value = part[2]!.trim();
      if (/action/i.test(key)) {
        if (ACTION.test(value)) setField(w, 'action', value, P.keyed);
      } else if (/principal|caller/i.test(key)) {
        if (ARN.test(value)) setField(w, 'principal', value, P.keyed);
      } else if (ARN.test(value) || value === '*') {
        setField(w, 'resource', value, P.keyed);
      }
    }
    if (w.fields.action || w.fields.principal || w.fields.resource) scan.pieces.push(w);
  }
}
