// A refusal's HTTP status left alone, read only in a text where no family found a statement (next to a code and
// message, the status is theirs): the Go SDK v1's trailer when a log cut the code and message before it (the EBS CSI
// driver's "Could not create volume "pvc-…": ⏎ status code: 403, request id: b62ee447-…"), and a raw response from AWS
// (curl -i, a HEAD with no body: "HTTP/1.1 403 Forbidden" and, among its headers, "Server: AmazonS3" or AWS's request
// id). A response whose body names a code is that code's (a CORS preflight's AccessForbidden is no refusal of the caller).
import { makeCore, P, setField, type Scan } from './types';
import { each } from './find';

const GO_V1_TRAILER_403 = /\bstatus code: (403), request id: [0-9a-fA-F-]{16,40}\b/g;
const RAW_RESPONSE_403 =
  /\bHTTP\/[12](?:\.[01])?[ \t]{1,3}(403)[ \t]{1,3}Forbidden\b(?=(?:\r?\n[^\n]{0,300}){0,15}?\r?\n[ \t<>]{0,3}(?:Server:[ \t]{0,3}AmazonS3\b|[Xx]-[Aa]mzn?-[Rr]equest-?[Ii][Dd]:))/g;

const BODY_CODE = /<Code>|["'](?:__type|[Cc]ode)["']\s{0,3}:/;

function statusEach(scan: Scan, re: RegExp, bodyless = false): void {
  each(re, scan.text, (m) => {
    if (bodyless && BODY_CODE.test(scan.text.slice(m.index, m.index + 1500))) return;
    const core = makeCore(m.index, m.index + m[0].length, 'access-denied', false);
    setField(core, 'errorCode', m[1], P.hint);
    scan.pieces.push(core);
  });
}

export function scanStatusAlone(scan: Scan): void {
  const { text } = scan;
  const trailer = text.indexOf('status code: 403, request id:') >= 0;
  const raw = text.indexOf(' 403 Forbidden') >= 0 && /AmazonS3|-amzn?-request-?id:/i.test(text);
  if ((!trailer && !raw) || scan.pieces.some((p) => p.kind === 'core')) return;
  if (trailer) statusEach(scan, GO_V1_TRAILER_403);
  if (raw) statusEach(scan, RAW_RESPONSE_403, true);
}
