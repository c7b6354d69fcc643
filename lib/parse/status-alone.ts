// A refusal's HTTP status left alone, read only in a text where no family found a statement (next to a code and
// message, the status is theirs): the Go SDK v1's trailer when a log cut the code and message before it (the EBS CSI
// driver's "Could not create volume "pvc-…": ⏎ status code: 403, request id: b62ee447-…"), and a raw response from AWS
// (curl -i, a HEAD with no body: "HTTP/1.1 403 Forbidden" and, among its headers, "Server: AmazonS3" or AWS's request
// id), or Ruby's excon's hash of it. A response whose body names a code is that code's (a CORS preflight's AccessForbidden
// is no refusal of the caller). And Go v2's envelope cut before its `api error` (a doc's trimmed Terraform output: "…
// operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: abc123"): STS's answer to
// GetCallerIdentity, which no policy refuses, is about the credentials.
import { hasStatement, makeCore, P, setField, type Scan } from './types';
import { each } from './find';

const GO_V1_TRAILER_403 = /\bstatus code: (403), request id: [0-9a-fA-F-]{16,40}\b/g;
// (A client's trace log prefixes each header line: "[TRACE] 2017-01-24 08:08:53 CurlHttpClient [1396…] Server: AmazonS3".)
const RAW_RESPONSE_403 =
  /\bHTTP\/[12](?:\.[01])?[ \t]{1,3}403[ \t]{1,3}Forbidden\b(?=(?:\r?\n[^\n]{0,300}){0,30}?\r?\n[^\n]{0,120}?(?:\bServer:[ \t]{0,3}AmazonS3\b|\b[Xx]-[Aa]mzn?-[Rr]equest-?[Ii][Dd]:))/g;
// An S3-compatible server answers with S3's headers and its own name (`Server: Minio/RELEASE.…`).
const OTHER_SERVER = /\bServer:[ \t]{0,3}(?!AmazonS3\b)[A-Za-z]/;
// Ruby's excon prints the response it failed on as a hash (`:status => 403`, `:host => "b.s3.amazonaws.com"`).
const EXCON_403 = /:status[ \t]{0,20}=>[ \t]{0,3}403\b/g;
// …or its class for the 403 under fog's AWS provider ("Excon::Errors::Forbidden: Expected(200) <=> Actual(403 Forbidden)"
// from fog/aws/compute.rb): only where AWS is named, fog speaks to other clouds too.
const EXCON_FORBIDDEN = /\bExcon::Errors::Forbidden\b/g;
const NAMES_AWS = /fog\/aws\/|fog-aws|amazonaws\.com|\bAmazon\b|\bAWS\b/;
// (A terminal may cut "https response error" in two: the status is looked for a little after the call.)
const GO_V2_403 = /\boperation\s{1,3}error\s{1,3}[^:,\n]{1,60}:\s{1,3}([A-Za-z0-9]{1,100}),[\s\S]{1,40}?\bStatusCode:\s{0,3}(403)\b/g;
const BODY_CODE = /<Code>|["'](?:__type|[Cc]ode)["']\s{0,3}:/;

function statusEach(scan: Scan, re: RegExp, response = false): void {
  each(re, scan.text, (m) => {
    const rest = response ? scan.text.slice(m.index, m.index + 1500) : '';
    if (response && (BODY_CODE.test(rest) || OTHER_SERVER.test(rest))) return;
    const core = makeCore(m.index, m.index + m[0].length, 'access-denied', false);
    // (The Go trailer prints the status as its code; a raw response's status line is no code of AWS's.)
    setField(core, 'errorCode', m[1], P.hint);
    scan.pieces.push(core);
  });
}

export function scanStatusAlone(scan: Scan): void {
  const { text } = scan;
  const trailer = text.indexOf('status code: 403, request id:') >= 0;
  const raw = text.indexOf(' 403 Forbidden') >= 0 && /AmazonS3|-amzn?-request-?id:/i.test(text);
  const excon = text.indexOf(':status') >= 0 && text.indexOf('amazonaws.com') >= 0;
  const exconClass = text.indexOf('Excon::Errors::Forbidden') >= 0 && NAMES_AWS.test(text);
  const goV2 = text.indexOf('StatusCode:') >= 0 && text.indexOf('response') >= 0;
  if ((!trailer && !raw && !excon && !exconClass && !goV2) || hasStatement(scan)) return;
  if (goV2) {
    each(GO_V2_403, text, (m) => {
      const core = makeCore(m.index, m.index + m[0].length, m[1] === 'GetCallerIdentity' ? 'credentials' : 'access-denied', false);
      setField(core, 'errorCode', m[2], P.hint);
      setField(core, 'operation', m[1], P.hint);
      scan.pieces.push(core);
    });
  }
  if (trailer) statusEach(scan, GO_V1_TRAILER_403);
  if (raw) statusEach(scan, RAW_RESPONSE_403, true);
  if (excon) statusEach(scan, EXCON_403, true);
  if (exconClass) statusEach(scan, EXCON_FORBIDDEN);
}
