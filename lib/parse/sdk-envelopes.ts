// What the SDKs and tools wrap around a service's message: the error code and, where printed, the operation.
//   Go v2 / Terraform   operation error S3: PutObject, https response error StatusCode: 403, …, api error AccessDenied: …
//   Go v1               AccessDenied: Access Denied\n\tstatus code: 403, request id: …
//   Java v1/v2          … (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: …)
//   JS v2/v3            AccessDeniedException: …  code: 'AccessDenied'  name: 'AccessDeniedException'  "__type": …
//   .NET                Error making request with Error Code Forbidden and Http Status Code Forbidden
//   PHP                 Error executing "AssumeRole" on "…"; … AccessDenied (client): …   AWS Error Code: AccessDenied
//   Ruby                Aws::S3::Errors::AccessDenied
//   CloudFormation/CDK  API: s3:CreateBucket Access Denied   (…, HandlerErrorCode: AccessDenied)   Call failed: op(…)
// Only codes the parser knows (auth, credentials, ordinary service errors) are taken from free-form positions:
// an exception class name (`EcrException`, `AmazonS3Exception`) is not an error code.
import { BARE_CODE_SOURCE, bareCode, categoryOfCode, codeKind } from './codes';
import { P, makeWrapper, mentions, setField, type Piece, type Scan } from './types';
import { actionAt } from './text';

/**
 * A wrapper carrying an error code. Codes in labelled positions (`Error Code:`, `HandlerErrorCode:`) are taken
 * whatever they are; codes in free-form positions (`X: message`) only when known, since there an exception
 * class (`EcrException:`) looks just like a code.
 */
function codeWrapper(
  scan: Scan,
  start: number,
  end: number,
  code: string,
  p: number,
  dir: Piece['dir'],
  reach: number,
  labelled = false,
): void {
  const clean = bareCode(code);
  if (clean === 'null' || clean === 'undefined' || (!labelled && codeKind(clean) === 'unknown')) return;
  const wrapper = makeWrapper(start, end, dir, reach, categoryOfCode(clean));
  setField(wrapper, 'errorCode', clean, p);
  scan.pieces.push(wrapper);
}

function each(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) re.lastIndex++;
    fn(m);
  }
}

const GO_OPERATION = /operation\s{1,5}error\s{1,5}([^:,]{1,60}):\s{1,5}([A-Za-z0-9]{1,100}),/g;
const GO_API_ERROR = /\bapi\s{1,5}error\s{1,5}([A-Za-z][A-Za-z0-9._]{1,100}):/g;
// Known codes only: a free-form "Word: " is usually not a code (`User: `, `Error: `, `EcrException: `).
const KNOWN_PREFIX = new RegExp(`(?<![\\w-])(${BARE_CODE_SOURCE}|Forbidden|Unauthorized|NotAuthorized)(?::[ \\t]|[ \\t]{1,3}-[ \\t])`, 'g');
// Any CamelCase code (`ThrottlingException: `, `InvalidParameterValueException - `), read only to let an
// ordinary service error overrule a weak core next to it.
const OTHER_PREFIX = /(?<![\w-])((?:[A-Z][a-z0-9]{1,30}){2,8}|Throttling)(?::[ \t]|[ \t]{1,3}-[ \t])/g;
const JAVA = /\(Service:\s{0,5}[^;,)]{1,80}[;,]\s{0,5}Status\s{1,5}Code:\s{0,5}\d{3}[;,]\s{0,5}Error\s{1,5}Code:\s{0,5}([A-Za-z][A-Za-z0-9._]{1,100})/g;
const DOTNET = /Error\s{1,5}Code\s{1,5}([A-Za-z][A-Za-z0-9.]{1,100})\s{1,5}and\s{1,5}Http\s{1,5}Status\s{1,5}Code/g;
// Other labelled codes: `S3 Error Code: AccessDenied`, `ErrorCode: AccessDenied`, `error_code=ExpiredToken`.
const LABELLED = /\b(?:Error ?Code|error_code)\s{0,3}[:=]\s{0,3}["']?([A-Za-z][A-Za-z0-9.]{1,100})/gi;
const PHP_CODE = /AWS\s{1,5}Error\s{1,5}Code:\s{0,5}([A-Za-z][A-Za-z0-9.]{1,100})/g;
const PHP_CLIENT = /\b([A-Z][A-Za-z0-9.]{1,100})\s{1,5}\(client\):/g;
const PHP_OPERATION = /Error\s{1,5}executing\s{1,5}"([A-Za-z0-9]{1,100})"\s{1,5}on/g;
const RUBY = /Aws::[A-Za-z0-9]{1,40}::Errors::([A-Za-z0-9]{2,100})/g;
const KEYED = /(__type|\bcode|\bCode|errorCode|ErrorCode|error_code|\bname|Error Code)["']?\s{0,5}[:=]\s{0,5}["']([A-Za-z0-9.#:_-]{2,160})["']/g;
const PAREN_CODE = /\(code=([A-Za-z][A-Za-z0-9.]{1,100})\)/g;
const HANDLER = /HandlerErrorCode:\s{0,3}([A-Za-z][A-Za-z0-9]{1,100})/g;
const BARE = new RegExp(`(?<![A-Za-z0-9_.-])(${BARE_CODE_SOURCE})(?=$|[^A-Za-z0-9_-]|The\\b)`, 'g');
const API_ACTION = /\bAPI:\s{0,3}(?=[A-Za-z])/g;
const CALL_FAILED = /Call\s{1,5}failed:\s{0,5}([a-zA-Z][A-Za-z0-9]{1,100})\(/g;
const OPERATION_FAILED =
  /\b((?:Create|Get|Put|List|Describe|Delete|Update|Start|Stop|Send|Invoke|Run|Assume|Decrypt|Encrypt|Attach|Detach|Batch|Tag|Untag|Publish|Receive|Terminate|Modify|Associate|Disassociate|Register|Deregister|Enable|Disable|Upload|Copy|Head|Restore|Execute|Query|Scan|Import|Export|Generate|Sign|Verify|Add|Remove|Set|Reboot|Cancel|Complete|Initiate|Abort|Select|Retrieve|Converse|Lookup|Search|Subscribe|Unsubscribe|Authorize|Revoke|Allocate|Release|Replace|Reset|Resume|Suspend|Validate|Simulate|Decode)[A-Z][A-Za-z0-9]{1,80})\s{1,5}failed\b/g;

/** Prose around a bare code ("an AccessDenied error") means documentation, not an error. */
const PROSE_AFTER = /^["'’”]?\s{0,3}(?:errors?|messages?|responses?|issues?|exceptions?|codes?|problems?)\b/i;

/**
 * Lower-case fragments of the known codes (`authori` stands for Unauthorized…, NotAuthorized, AuthorizationError,
 * `token` for ExpiredToken, InvalidClientTokenId…): texts without any of them skip the code scans.
 */
const CODE_GATES = [
  'denied',
  'authori',
  'forbidden',
  'token',
  'unrecognizedclient',
  'signature',
  'accesskeyid',
  'authfailure',
  'tooskewed',
  'accessdisabled',
];

function operationWrapper(scan: Scan, m: RegExpExecArray, op: string | undefined, p: number, reach: number): void {
  const w = makeWrapper(m.index, m.index + m[0].length, 'forward', reach);
  setField(w, 'operation', op, p);
  scan.pieces.push(w);
}

export function scanSdkEnvelopes(scan: Scan): void {
  const { text } = scan;
  const span = (m: RegExpExecArray): [number, number] => [m.index, m.index + m[0].length];

  if (mentions(scan, 'operation')) each(GO_OPERATION, text, (m) => operationWrapper(scan, m, m[2], P.envelope, 600));
  if (mentions(scan, 'api')) {
    each(GO_API_ERROR, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? '', P.envelope, 'forward', 400, true));
  }
  const codes = mentions(scan, ...CODE_GATES);
  if (codes) each(KNOWN_PREFIX, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? '', P.prefix, 'forward', 400));
  if (mentions(scan, 'code')) {
    each(JAVA, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? '', P.sdkCode, 'backward', 400, true));
    each(DOTNET, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? '', P.structured, 'around', 400, true));
    each(PHP_CODE, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? '', P.structured, 'around', 600, true));
  }
  if (mentions(scan, 'code')) {
    each(LABELLED, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? '', P.structured - 5, 'around', 400));
  }
  if (mentions(scan, '(client)')) each(PHP_CLIENT, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? '', P.structured, 'forward', 400));
  each(PHP_OPERATION, text, (m) => operationWrapper(scan, m, m[1], P.structured, 1200));
  each(RUBY, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? '', P.keyed, 'forward', 400));
  if (mentions(scan, 'code', '__type', 'name')) {
    each(KEYED, text, (m) => {
      const p = m[1] === 'name' ? P.prefix : P.keyed;
      codeWrapper(scan, ...span(m), m[2] ?? '', p, 'around', 800);
    });
  }
  if (mentions(scan, 'code')) each(PAREN_CODE, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? '', P.structured, 'backward', 300));
  if (mentions(scan, 'code')) {
    each(HANDLER, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? '', P.handler, 'backward', 300, true));
  }
  if (codes) {
    each(BARE, text, (m) => {
      const end = m.index + m[0].length;
      if (PROSE_AFTER.test(text.slice(end, end + 20))) return;
      const code = m[1] ?? '';
      // Standing on its own (a line, a parenthesis, after "Error:") a code is a report; in a sentence it only
      // lends its code to the message next to it.
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const after = text.slice(end, end + 3);
      // An API reference's error list ("AccessDeniedException" ⏎ "You do not have sufficient access…" ⏎
    // "HTTP Status Code: 403") is documentation.
    const documented = /HTTP\s{1,3}Status\s{1,3}Code:/i.test(text.slice(end, end + 300));
    const alone = !documented && /(?:^|\n|[:(>]\s{0,3}|Error:?\s{1,3})$/.test(before) && /^(?:$|\n|\s*\)|\s*$)/.test(after);
      const wrapper = makeWrapper(m.index, end, 'around', 300, alone ? categoryOfCode(code) : null);
      setField(wrapper, 'errorCode', code, P.bare);
      scan.pieces.push(wrapper);
    });
  }
  if (mentions(scan, 'api')) {
    each(API_ACTION, text, (m) => {
      const act = actionAt(text, m.index + m[0].length);
      if (!act) return;
      const w = makeWrapper(m.index, act.end, 'forward', 200);
      setField(w, 'action', act.action, P.hint);
      scan.pieces.push(w);
    });
  }
  if (mentions(scan, 'failed')) each(CALL_FAILED, text, (m) => operationWrapper(scan, m, m[1], P.prefix, 600));
  if (mentions(scan, 'failed')) each(OPERATION_FAILED, text, (m) => operationWrapper(scan, m, m[1], P.hint, 400));
}

/**
 * Ordinary service error codes in free-form positions (`ValidationError: …`). The index runs this after the
 * families, only when they found a statement for the code to belong to.
 */
export function scanOtherCodes(scan: Scan): void {
  const { text } = scan;
  each(OTHER_PREFIX, text, (m) => {
    const code = m[1] ?? '';
    if (codeKind(code) !== 'other') return;
    codeWrapper(scan, m.index, m.index + m[0].length, code, P.prefix, 'forward', 400);
  });
}
