// The AWS CLI / botocore envelope: "An error occurred (<code>) when calling the <Op> operation: <message>",
// with PynamoDB's "An error occurred (<code>) on request (…) on table (…) when calling …", retries
// ("operation (reached max retries: 4)") and the old CLI's "A client error (<code>) occurred …".
import { lastIndexWithin } from './text';
import { categoryOfCode, codeKind } from './codes';
import { each } from './find';
import { mentions } from './gate';
import { wrapEach } from './match-pieces';
import { P, makeCore, makeWrapper, setField, type Scan } from './types';

// Any whitespace between the words: an author's (or a terminal's) line break may fall between any two; a retyped
// line may lose the space after the code ("(403)when calling"); a hand-wrapped docstring indents the operation's line;
// a paste cut at the line's end may lose the word "operation" ("… when calling the PutObject" ⏎, or its closing
// backtick); a retyped one may
// capitalise "Error" or misspell "occurred"; a writer's placeholder for the call (`<API>`, `[Operation]`, `###`) is as
// printed (one in brackets also without the word "operation": "when calling the [Operation]: User: …"), also one that
// stands for a family of calls (`Describe[anyitem]`).
const CURRENT =
  /[Aa]n\s{1,5}[Ee]rror\s{1,5}occur{1,2}ed\s{0,5}\(([^()\s]{1,100})\)(?:[\s\S]{0,200}?)(?:\s{1,5}|(?<=\)))when\s{1,5}calling\s{1,5}the\s{1,20}['"]?([A-Za-z0-9]{1,100}(?:\[[a-z]{1,30}\])?|<[A-Za-z][\w-]{0,40}>|\[[A-Za-z][\w-]{0,40}\]|#{3,6})['"]?(?:\s{1,20}operation(?:\s{1,5}\(reached max retries: \d{1,5}\))?|(?=[ \t\x60]*(?:\n|$))|(?<=[\]>])(?=:\s))/g;
// A paste that lost the envelope's head ("1:" ⏎ "(AccessDenied) when calling the CreateMultipartUpload operation"): the
// rest, from a line's start.
const HEADLESS = /^[ \t]{0,8}\(([A-Za-z][\w.]{1,100})\)\s{1,5}when\s{1,5}calling\s{1,5}the\s{1,5}([A-Za-z0-9]{1,100})\s{1,5}operation\b/gm;
const OLD = /A\s{1,5}client\s{1,5}error\s{1,5}\(([^()\s]{1,100})\)\s{1,5}occurred(?:\s{1,5}when\s{1,5}calling\s{1,5}the\s{1,5}([A-Za-z0-9]{1,100}|<[A-Za-z][\w-]{0,40}>)\s{1,5}operation)?/g;
// A paste that starts after the code: "… when calling the GetObject operation: Access Denied".
// A retold one drops the words around the name ("AccessDeniedException when calling GetSecretValue⏎User: …"): the name
// is then a CamelCase word that ends its clause (also in backticks: "\"AccessDenied\" error when calling `PutObject`").
// Tools that reword the CLI's line keep its call: "Access denied calling the AssumeRole operation: User: …".
// ParallelCluster names what it called it for: "Error when calling DescribeInstanceTypes for instances t2.medium: …",
// ClickHouse's Glue catalog the same after "Exception": "Exception calling GetTable for table db.t: User: …".
const BARE_OPERATION = /(?:when|denied|Exception)\s{1,5}calling\s{1,5}(?:(?:the\s{1,5})?(?!the\s)([A-Za-z0-9]{1,100})\s{1,5}operation\b|`?([A-Z][a-z0-9]{1,30}[A-Z][A-Za-z0-9]{1,100})`?(?=[ \t]*(?:$|\n|[:.,;)])|[ \t]{1,3}for[ \t]))/g;

// Telegraf's Go plugins: "cloudwatch: Error in ListMetrics API call : NoCredentialProviders: …".
const API_CALL_ERROR = /\bError\s{1,3}in\s{1,3}([A-Z][A-Za-z0-9]{1,100})\s{1,3}API\s{1,3}call\b/g;
// The JS SDK v2's own call name in a tool's log: "Error calling ElastiCache.describeCacheClusters. User: …".
const SERVICE_DOT_CALL = /\b[Ee]rror\s{1,3}calling\s{1,3}[A-Z][A-Za-z0-9]{1,40}\.([a-z][A-Za-z0-9]{1,100})\b/g;
const CALLER_ONLY = /:[ \t]{0,3}User:[ \t]{0,3}((?:arn:)?aws[\w-]{0,20}:(?:iam|sts)::[^\s"'`,;]{1,1024})[ \t]*(?=\n|$)/y;

// botocore's debug log names the call in its event hooks around the response it logged: "Event
// needs-retry.cloudcontrol.ListResources: calling handler …" (the service is botocore's, not IAM's prefix).
const BOTOCORE_EVENT = /\bEvent[ \t](?:needs-retry|after-call|before-call|request-created|before-send|before-sign|before-parameter-build)\.[a-z0-9-]{2,40}\.([A-Z][A-Za-z0-9]{1,100}):/g;

// A writer names the refused call in quotes with the word "call" ("… due to \"DescribeTags\" call", "the 'DescribeTags'
// call"), near the code they saw.
const QUOTED_CALL = /["'`]([A-Z][a-z]{1,20}[A-Z][A-Za-z0-9]{1,60})["'`][ \t]{1,3}(?:API[ \t]{1,3})?call\b/g;

// A tool's log names the call before the error it relays: "CreateProject denied: AccessDeniedException — User: …".
const CALL_DENIED = /(?<![\w.:-])([A-Z][a-z]{1,20}[A-Z][A-Za-z0-9]{1,60})[ \t]{1,3}denied:[ \t]/g;

// The envelope cut before "when calling the" (a quote that kept its tail): "> ModifyVolume operation: You are not …".
// eksctl's retry log names the call after the error it retries: "retryable error (ExpiredToken: … request id: …) from
// sts/AssumeRole - will retry".
const RETRIED_CALL = /\)\s{1,3}from\s{1,3}[a-z0-9-]{2,30}\/([A-Z][A-Za-z0-9]{1,100})\s{1,3}-\s{1,3}will\s{1,3}retry\b/g;
// (Looked for from each " operation" back to its line's start: a scan from every line start costs more.)
// A writer may keep the code and elide the words between: "ForbiddenException ... GetRoleCredentials operation: No access".
const CUT_HEAD = /^[ \t>*`-]{0,6}(?:([A-Z][A-Za-z0-9.]{2,100})[ \t]{1,3}(?:\.{2,3}|…)[ \t]{1,3})?([A-Z][a-z][A-Za-z0-9]{1,100})$/;
const CUT_TAIL = /^ operation(?:[ \t]\(reached max retries: \d{1,5}\))?:[ \t]{1,3}(?=\S)/;
const NESTED = /^:?\s{0,10}An\s{1,5}error\s{1,5}occurred\s{0,5}\(/;

/** The message follows the envelope and may run over several lines (a wrapped sentence). */
const REACH = 600;

/** A wrapper naming the operation for every match of `re` (the first of its groups that matched), forward unless a refusal stands right before it. */
function operationWrappers(scan: Scan, re: RegExp): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(scan.text))) {
    // "Access denied when calling CreateServiceLinkedRole operation", "\"AccessDenied\" error when calling `PutObject`": the
    // refusal stands before the call it names.
    const after = /(?:denied|["'`]\s{0,3}error)\s{1,5}$/.test(scan.text.slice(Math.max(0, m.index - 12), m.index));
    const wrapper = makeWrapper(m.index, m.index + m[0].length, after ? 'backward' : 'forward', after ? 40 : REACH);
    setField(wrapper, 'operation', m[1] ?? m[2], P.envelope - 5);
    scan.pieces.push(wrapper);
  }
}

function scanCutEnvelopes(scan: Scan): void {
  const { text } = scan;
  for (let at = text.indexOf(' operation'); at >= 0; at = text.indexOf(' operation', at + 10)) {
    const nl = lastIndexWithin(text, '\n', at, 112);
    const lineStart = nl >= 0 ? nl + 1 : at <= 110 ? 0 : -1;
    if (lineStart < 0) continue;
    const head = CUT_HEAD.exec(text.slice(lineStart, at));
    const tail = head ? CUT_TAIL.exec(text.slice(at, at + 60)) : null;
    if (!head || !tail) continue;
    const code = head[1] !== undefined && codeKind(head[1]) !== 'unknown' ? head[1] : undefined;
    const wrapper = makeWrapper(lineStart, at + tail[0].length, 'forward', REACH, code ? categoryOfCode(code) : null);
    setField(wrapper, 'operation', head[2], P.envelope - 5);
    setField(wrapper, 'errorCode', code, P.envelope - 5);
    scan.pieces.push(wrapper);
  }
}

export function scanCliEnvelopes(scan: Scan): void {
  if (mentions(scan, 'api') && scan.text.indexOf('rror in ') >= 0) operationWrappers(scan, API_CALL_ERROR);
  if (mentions(scan, 'calling')) {
    if (scan.text.indexOf('rror') >= 0) operationWrappers(scan, SERVICE_DOT_CALL);
    operationWrappers(scan, BARE_OPERATION);
  }
  if (scan.text.indexOf(' denied:') >= 0) operationWrappers(scan, CALL_DENIED);
  if (mentions(scan, 'operation')) scanCutEnvelopes(scan);
  if (scan.text.indexOf('will retry') >= 0) {
    each(RETRIED_CALL, scan.text, (m) => {
      const wrapper = makeWrapper(m.index, m.index + m[0].length, 'backward', REACH);
      setField(wrapper, 'operation', m[1], P.envelope - 5);
      scan.pieces.push(wrapper);
    });
  }
  if (scan.text.indexOf(' call') >= 0) wrapEach(scan, QUOTED_CALL, 'around', 300, 'operation', P.hint, true);
  if (scan.text.indexOf('Event ') >= 0) wrapEach(scan, BOTOCORE_EVENT, 'around', 2000, 'operation', P.hint, true);
  if (!mentions(scan, 'occurred') && !mentions(scan, 'calling')) return;
  if (scan.text.indexOf('(HTTP 4') >= 0) scanPaws(scan);
  for (const re of [CURRENT, OLD, HEADLESS]) {
    if (re === OLD && scan.text.indexOf('A client error') < 0) continue;
    if (re === HEADLESS && scan.text.indexOf(') when calling') < 0) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(scan.text))) {
      const code = m[1] ?? '';
      const wrapper = makeWrapper(m.index, m.index + m[0].length, 'forward', REACH, categoryOfCode(code));
      // An envelope whose message is another envelope (a streaming call relaying the error of the call it made:
      // "(runtimeClientError) when calling the InvokeHarness operation: An error occurred (AccessDeniedException) when
      // calling the ListEvents operation: User: …"): the inner one is the refusal.
      const outer = NESTED.test(scan.text.slice(m.index + m[0].length, m.index + m[0].length + 40));
      setField(wrapper, 'errorCode', code, outer ? P.prefix : P.cliCode);
      setField(wrapper, 'operation', m[2], outer ? P.hint : P.envelope);
      // A message cut right after its caller ("…Invoke operation: User: arn:aws:iam::…:user/x" and nothing more).
      CALLER_ONLY.lastIndex = m.index + m[0].length;
      const caller = CALLER_ONLY.exec(scan.text);
      if (caller) setField(wrapper, 'principal', caller[1], P.hint);
      scan.pieces.push(wrapper);
    }
  }
}

// R's paws prints its own error class and the status before botocore's words, which then have no code: "SerializationError
// (HTTP 403). An error occurred when calling the HeadObject operation: Forbidden" — S3's bodyless refusal of a HEAD.
const PAWS =
  /\b([A-Z][A-Za-z0-9]{2,60})\s{1,3}\(HTTP\s{1,3}(4\d\d)\)\.\s{1,5}An\s{1,5}error\s{1,5}occurred\s{1,5}when\s{1,5}calling\s{1,5}the\s{1,5}([A-Za-z0-9]{1,100})\s{1,5}operation:(?:[ \t]{0,3}(Forbidden)\b)?/g;

function scanPaws(scan: Scan): void {
  each(PAWS, scan.text, (m) => {
    const end = m.index + m[0].length;
    const piece = m[2] === '403' && m[4] !== undefined ? makeCore(m.index, end, 'access-denied', false) : makeWrapper(m.index, end, 'forward', REACH);
    setField(piece, 'errorCode', m[1], P.cliCode);
    setField(piece, 'operation', m[3], P.envelope);
    scan.pieces.push(piece);
  });
}
