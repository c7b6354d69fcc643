// The Go SDK v1's trailer left alone when a log cut the code and message before it (the EBS CSI driver's "Could not
// create volume "pvc-…": ⏎ status code: 403, request id: b62ee447-…"): the status is all that says what happened. Read only
// in a text where no family found a statement: next to its code and message, the trailer is theirs.
import { makeCore, P, setField, type Scan } from './types';
import { each } from './find';

const GO_V1_TRAILER_403 = /\bstatus code: (403), request id: [0-9a-fA-F-]{16,40}\b/g;

export function scanGoTrailerAlone(scan: Scan): void {
  if (scan.text.indexOf('status code: 403, request id:') < 0 || scan.pieces.some((p) => p.kind === 'core')) return;
  each(GO_V1_TRAILER_403, scan.text, (m) => {
    const core = makeCore(m.index, m.index + m[0].length, 'access-denied', false);
    setField(core, 'errorCode', m[1], P.hint);
    scan.pieces.push(core);
  });
}
