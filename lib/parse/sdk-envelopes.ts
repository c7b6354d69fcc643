// What the SDKs and tools wrap around a service's message: the error code and, where printed, the operation.
//   Go v2 / Terraform   operation error S3: PutObject, https response error StatusCode: 403, …, api error AccessDenied: …
//   Go v1               AccessDenied: Access Denied\n\tstatus code: 403, request id: …
//   Java v1/v2          … (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: …)
//   JS v2/v3            AccessDeniedException: …  code: 'AccessDenied'  name: 'AccessDeniedException'  "__type": …
//   .NET                Error making request with Error Code Forbidden and Http Status Code Forbidden
//   PHP                 Error executing "AssumeRole" on "…"; … AccessDenied (client): …   AWS Error Code: AccessDenied
//   Ruby                Aws::S3::Errors::AccessDenied   [Aws::STS::Client 403 0.29 0 retries] assume_role(…) Aws::STS::Errors::…
//   CloudFormation/CDK  API: s3:CreateBucket Access Denied   (…, HandlerErrorCode: AccessDenied)   Call failed: op(…)
// Only codes the parser knows (auth, credentials, ordinary service errors) are taken from free-form positions:
// an exception class name (`EcrException`, `AmazonS3Exception`) is not an error code.
import { BARE_CODE_SOURCE, CODE_GATES, bareCode, categoryOfCode, codeKind } from './codes';
import { each, eachAt, eachWith } from './find';
import { notAwsCode } from './not-aws';
import { gatedAlternation } from './gated';
import { mentions, mentionsAny } from './gate';
import { OPERATION_VERBS } from './operation-verbs';
import { P, makeCore, makeWrapper, setField, type Piece, type Scan } from './types';
import { inQuery } from './query';
import { actionAt, indexWithin } from './text';
import { scanSwiftModels } from './swift-models';
import { scanBareCodes } from './bare-codes';
import { scanNativeClients } from './native-clients';
import { clusterUserRefusedAhead } from './kubernetes';

/**
 * A wrapper carrying an error code. Codes in labelled positions (`Error Code:`, `HandlerErrorCode:`) are taken
 * whatever they are; codes in free-form positions (`X: message`) only when known, since there an exception
 * class (`EcrException:`) looks just like a code.
 */
export function codeWrapper(
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

// (Steampipe capitalises the chain and breaks it into lines: "Error: Operation Error S3: ListBuckets" ⏎ "HTTPS response …";
// a writer's short form puts the call where the service goes: "operation error HeadBucket: AccessDenied".)
const GO_OPERATION = /[Oo]peration\s{1,5}[Ee]rror\s{1,5}([^:,\n]{1,60}):\s{1,20}([A-Za-z0-9]{1,100})(?:,|[ \t]*\n|[ \t]*$)/g;
// A logger's short form of the chain (`"error":"operation error SecurityHub: BatchImportFindings, AccessDeniedException"`):
// the code alone after the call, or after the status (a writer's `…, https response error StatusCode: 403, AccessDenied`).
const GO_OPERATION_CODE = new RegExp(
  `[Oo]peration\\s{1,5}[Ee]rror\\s{1,5}[^:,\\n]{1,60}:\\s{1,20}[A-Za-z0-9]{1,100},\\s{1,5}(?:https\\s{1,3}response\\s{1,3}error\\s{1,5}(?:StatusCode:\\s{0,3}\\d{3},\\s{1,5})?)?(${BARE_CODE_SOURCE})(?=["'\x60]|\\s|$)`,
  'g',
);
const GO_API_ERROR = /\bapi\s{1,5}error\s{1,5}([A-Za-z][A-Za-z0-9._]{1,100})(?::|(?=[ \t]*(?:\n|$)))|\bRequestID:\s{0,3}[\w-]{0,100},\s{1,3}(?!api\s|HostID:)([A-Z][A-Za-z0-9._]{1,100}):/g;
// Known codes only: a free-form "Word: " is usually not a code (`User: `, `Error: `, `EcrException: `).
// A code may end its line with nothing after it (IaC tools print `AccessDeniedException:` and the status below).
const KNOWN_PREFIX = new RegExp(`(?<![\\w-])(${BARE_CODE_SOURCE}|Forbidden|Unauthorized)(?::(?:[ \\t]|(?=\\r?\\n)|$)|[ \\t]{1,3}--?[ \\t])`, 'y');
// A forwarding service's namespace right before a known code (`KMS.` of `KMS.AccessDeniedException: …`).
const NAMESPACE_BEFORE = /(?<![\w.$-])([A-Z][A-Za-z0-9]{1,20})\.$/;
// The code is a name (`AccessDenied`) or, for S3 responses without a body, the HTTP status (`403 Forbidden`). A Java SDK
// trailer naming no code (a HEAD, an empty 403): v2's `S3Exception: null (Service: S3, Status Code: 403, Request ID: …)`,
// also cut there or at its line's end (an issue title); v1's `Status Code: 403, AWS Error Message: Forbidden`, its fields
// on one line or a line each. (JAVA reads one without its head too.)
const JAVA_STATUS_ONLY = /\(Service:\s{0,5}[^;,)]{1,80}[;,]\s{0,5}Status\s{1,5}Code:\s{0,5}403(?:[;,]\s{0,5}Request\s{1,5}ID:|\s{0,3}(?:\.{2,3}|…)|[ \t]*(?=\n|$))|\bStatus\s{1,3}Code:\s{0,3}403,\s{1,3}(?:AWS\s{1,3}(?:Service|Request\s{1,3}ID|Error\s{1,3}Code):[^,\n]{0,100}(?:,\s{1,3}|[ \t]{0,3}\n[ \t]{0,8})){0,3}AWS\s{1,3}Error\s{1,3}Message:\s{0,3}Forbidden\b/g;
const JAVA = /(?:\(Service:\s{0,5}[^;,)]{1,80}[;,]\s{0,30})?Status\s{1,5}Code:\s{0,5}\d{3}[;,]\s{0,30}Error\s{1,5}Code:\s{0,30}([A-Za-z][A-Za-z0-9._]{1,100}|\d{3}(?: [A-Z][A-Za-z]{1,30}){0,3})/g;
// CloudFormation's resource handlers for the .NET-based services: "Service returned error code AccessDeniedException
// (Service: Lambda, Status Code: 403, …)" — the service's own code, reported as the error. The Kotlin SDK prints the
// HTTP status there when the body named no code: "S3Exception: Service returned error code 403: Forbidden, Error type:
// Unknown, Protocol response: HTTP 403 Forbidden".
const SERVICE_RETURNED = /\b[Ss]ervice\s{1,5}returned\s{1,5}error\s{1,5}code\s{1,5}([A-Za-z][A-Za-z0-9.]{1,100}|403(?=:?\s{1,3}Forbidden\b))/g;
const DOTNET = /Error\s{1,5}Code\s{1,5}([A-Za-z][A-Za-z0-9.]{1,100})\s{1,5}and\s{1,5}Http\s{1,5}Status\s{1,5}Code/g;
// Other labelled codes: `S3 Error Code: AccessDenied`, `ErrorCode: AccessDenied`, `error_code=ExpiredToken`.
// The value may stand alone on the next line (Ghost's error page: "Error Code: ⏎     AccessDenied").
// CodeBuild's console pairs a bare label with the message: "Code:InvalidInputException, Message:CodeBuild is not …".
const LABELLED = /\b(?:Error ?Code|error_code|Code(?=: ?[A-Za-z][A-Za-z0-9._]{1,100}, ?Message ?:))\s{0,3}[:=][ \t]{0,3}(?:\n[ \t]{0,8}(?=[A-Za-z][A-Za-z0-9._]{1,100}[ \t]*(?:\n|$)))?["'`]?([A-Za-z][A-Za-z0-9._]{1,100})/gi;
const SNAKE_CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
const PHP_CODE = /AWS\s{1,5}Error\s{1,5}Code:\s{0,5}([A-Za-z][A-Za-z0-9.]{1,100})/g;
// A call named with the word API after it: a client's log ("DescribeStream API response: {…}", cluster-autoscaler's
// "Failed to get labels from EKS DescribeNodegroup API for nodegroup …"), a support case's prose ("checked the
// "RunInstances" API call"). Prose that merely mentions a call ("… passed in the AssumeRole API call") names no refused
// one: only a log's response, a service's call or a quoted name counts.
const API_NAMED_CALL = /(?<![\w.:-])(?:([A-Z][a-z]{1,20}[A-Z][A-Za-z0-9]{1,60})[ \t]{1,3}API[ \t]{1,3}response\b|["“]([A-Z][a-z]{1,20}[A-Z][A-Za-z0-9]{1,60})["”][ \t]{1,3}API[ \t]{1,3}(?:call|request)\b|\b[A-Z][A-Z0-9]{1,10}\s{1,3}([A-Z][a-z]{1,20}[A-Z][A-Za-z0-9]{1,60})\s{1,3}API\s{1,3}for\b)/g;
// JS v3's logger middleware prints the command above the error: `{ clientName: 'S3Client', commandName: 'GetObjectCommand', … }`.
const JS_COMMAND = /\bcommandName['"]?:\s{0,3}['"]([A-Z][A-Za-z0-9]{1,100})Command['"]/g;
// A HEAD without a body puts the status where the code goes: "AWS HTTP error: Client error: 403 (client): 403 Forbidden".
const PHP_CLIENT = /\b([A-Z][A-Za-z0-9.]{1,100}|40[13])\s{1,5}\(client\):/g;
// A summary keeps only the call and the code: `Error executing "PutObject"; ExpiredToken (client): …`.
// (A writer may cut the rest: `Error executing "GetObjectAcl" ... AccessDenied`.)
const PHP_OPERATION = /Error\s{1,5}executing\s{1,5}"([A-Za-z0-9]{1,100})"(?:\s{1,5}on|;|\s{1,3}(?:\.{3}|…))/g;
// Guzzle's status line under the PHP SDK's "AWS HTTP error": without the body (a log cut there) the status is the code;
// so in a writer's cut (`Error executing "ListObjects" ... 403 Forbidden`).
const PHP_STATUS = /AWS\s{1,5}HTTP\s{1,5}error:[^\n]{0,600}?resulted\s{1,5}in\s{1,5}a\s{1,5}`?(403)\s{1,3}Forbidden`?\s{1,5}response|Error\s{1,5}executing\s{1,5}"[A-Za-z0-9]{1,100}"\s{1,3}(?:\.{3}|…)\s{1,3}(403)\s{1,3}Forbidden\b/g;
// Version 1 of the gem spells its namespace `AWS::S3::Errors::Forbidden`.
const RUBY = /A(?:ws|WS)::[A-Za-z0-9]{1,40}::Errors::([A-Za-z0-9]{2,100})/g;
// The Ruby SDK's request log names the call by its method (`assume_role`): the operation as printed.
const RUBY_CALL = /\[Aws::[A-Za-z0-9]{1,40}::Client\s{1,3}\d{3}\s[^\]\n]{0,80}\]\s{1,3}([a-z][a-z0-9_]{1,100})\(/g;
const KEYED = gatedAlternation(
  [
    { source: '__type', needs: ['__type'] },
    ...['\\bcode', '\\bCode', 'errorCode', 'ErrorCode', 'error_code'].map((source) => ({ source, needs: ['code'] })),
    { source: '\\bname', needs: ['name'] },
    { source: 'Error Code', needs: ['code'] },
    // Lambda's error JSON: {"errorType": "AccessDeniedException", "errorMessage": "User: …"}.
    { source: 'errorType', needs: ['errortype'] },
    { source: 'exceptionType', needs: ['exceptiontype'] },
    // Step Functions' task failure: {"error": "ECS.AccessDeniedException", "cause": "User: …"} (a known code only).
    { source: '"[Ee]rror', needs: ['denied', '"error'] },
  ],
  (kept) => new RegExp(`(${kept.map((a) => a.source).join('|')})["']?\\s{0,5}[:=]\\s{0,5}["']([A-Za-z0-9.#:_-]{2,160})["']`, 'g'),
);
const PAREN_CODE = /\(code=([A-Za-z][A-Za-z0-9.]{1,100})\)/g;
// Java SDK v2's modelled exception built with its message (`ValidationException.builder().message("is not authorized …")`,
// a test stubbing a call) names the code — not the service's base one (`KmsException` for "kms:…", or with `.errorCode`).
const JAVA_BUILDER = /(?<![\w.])([A-Z][A-Za-z0-9]{1,60}?)Exception\.builder\(\)\s{0,20}\.message\(\s{0,3}"([a-z0-9-]{2,40}(?=:[A-Z])|[^"]{0,300}?\s([a-z0-9-]{2,40})(?=:[A-Z]))?/g;
// Node's inspection of an error with a code (the JS SDK v2 under CDK): `Error [ValidationError]: AccessDenied. …`.
// (A SQL client's SQLSTATE there, `SQL Error [XX000]: …` from Redshift through DBeaver, is the database's, not AWS's.)
const NODE_CODE = /(?<!SQL\s)\bError\s\[([A-Za-z][A-Za-z0-9.]{1,100})\]:/g;
const HANDLER = /HandlerErrorCode:\s{0,3}([A-Za-z][A-Za-z0-9]{1,100})/g;
// The code names KNOWN_PREFIX and BARE read (their alternations without what surrounds them): one scan for the
// places where either may match, both then tried only there. The scan only needs the names the text can hold.
const CODE_NAME = gatedAlternation(
  [
    { source: '[Aa]ccessDenied', needs: ['denied'] },
    { source: 'AuthorizeActionException', needs: ['authori'] },
    // A network activity event's code for a VPC endpoint policy's refusal.
    { source: 'VpceAccessDenied', needs: ['denied'] },
    // Lambda's codes for a function it cannot set up: its key (environment variables) or its network interface.
    { source: 'KMSAccessDenied', needs: ['denied'] },
    { source: 'EC2AccessDenied', needs: ['denied'] },
    { source: 'AllAccessDisabled', needs: ['accessdisabled'] },
    { source: 'InsufficientDependencyServiceAccessPermissionException', needs: ['permission'] },
    { source: 'InvalidIdentityPoolConfigurationException', needs: ['configuration'] },
    { source: 'Unauthorized', needs: ['authori'] },
    { source: 'Authorization(?:Error|FailureException)', needs: ['authori'] },
    { source: 'NotAuthorized', needs: ['authori'] },
    { source: 'AuthFailure', needs: ['authfailure'] },
    { source: 'ExpiredToken', needs: ['token'] },
    { source: 'InvalidClientTokenId', needs: ['token'] },
    { source: 'MissingAuthenticationToken', needs: ['token'] },
    { source: 'InvalidIdentityToken', needs: ['token'] },
    { source: 'UnrecognizedClientException', needs: ['unrecognizedclient'] },
    { source: 'SignatureDoesNotMatch', needs: ['signature'] },
    { source: 'InvalidSignatureException', needs: ['signature'] },
    { source: 'IncompleteSignature', needs: ['signature'] },
    { source: 'InvalidAccessKeyI[dD]', needs: ['accesskeyid'] },
    { source: 'RequestTimeTooSkewed', needs: ['tooskewed'] },
    { source: 'RequestExpired', needs: ['expired'] },
    // Go v1's empty credential chain (JS v3's CredentialsProviderError is only a class), the CLI v2's `(NoCredentials)`.
    { source: 'NoCredential', needs: ['credential'] },
    // Go v1's shared-file provider: "SharedCredsLoad: failed to load shared credentials file".
    { source: 'SharedCredsLoad', needs: ['creds'] },
    { source: 'SharedConfig(?:AssumeRole|Load)Error', needs: ['sharedconfig'] },
    // Go v2's SSO provider: "SSOProviderInvalidToken: the SSO session has expired or is invalid".
    { source: 'SSOProviderInvalidToken', needs: ['token'] },
    // JS v3's SSO token provider and Go v1's instance-profile provider (codes.ts).
    { source: 'SSOTokenProviderFailure', needs: ['token'] },
    { source: 'EC2RoleRequestError', needs: ['rolerequest'] },
    // SSO OIDC's expired refresh token, S3's bad token, region mismatch and suspended payer (codes.ts).
    { source: 'InvalidGrantException', needs: ['invalidgrant'] },
    { source: 'InvalidToken', needs: ['token'] },
    { source: 'AuthorizationHeaderMalformed', needs: ['authori'] },
    { source: 'InvalidPayer', needs: ['invalidpayer'] },
    { source: 'Forbidden', needs: ['forbidden'] },
  ],
  // Every name of BARE_CODE_SOURCE and KNOWN_PREFIX starts with one of these (or with `Client.` before one).
  (kept) => new RegExp(`(?:Client\\.)?(?:${kept.map((a) => a.source).join('|')})`, 'g'),
);
const API_ACTION = /\bAPI:\s{0,3}(?=[A-Za-z])/g;
// A writer's short form of the CLI's envelope: "AccessDeniedException when calling RegisterTaskDefinition" (the
// CLI's own "(X) when calling the Y operation" is cli-envelope.ts's).
const CODE_WHEN_CALLING = new RegExp(`(?<![\\w(-])(${BARE_CODE_SOURCE})\\s{1,3}when\\s{1,3}calling\\s{1,3}(?:the\\s{1,3})?([A-Z][A-Za-z0-9]{1,100})\\b`, 'g');
// Terraform's AWS provider names the call that failed in the action's own form: `error calling
// sts:GetCallerIdentity: InvalidClientTokenId: …`, `error calling sts:AssumeRole: AccessDenied: …`.
const ERROR_CALLING = /\berror\s{1,3}calling\s{1,3}([a-z0-9-]{2,40}:[A-Z][A-Za-z0-9]{1,100}):/g;
// The Glue console's flash names the call in its own lower camel case before the code: "updateJob:
// AccessDeniedException:".
const CONSOLE_CALL =
  /^[ \t]{0,8}((?:create|update|delete|get|list|put|describe|start|stop|run|batch|invoke|send|tag|untag|import|export)[A-Z][A-Za-z0-9]{1,80}):[ \t]{1,3}(?=(?:Client\.)?[A-Z][A-Za-z]{2,60}(?:Exception|Denied|Operation):)/gm;
const CALL_FAILED = /Call\s{1,5}failed:\s{0,5}([a-zA-Z][A-Za-z0-9]{1,100})\(/g;
// Elasticsearch / OpenSearch Python clients: `AuthorizationException(403, '{"Message":"User: … is not authorized …"}')`:
// the HTTP status is the code they print. OpenSearch's own security plugin (fine-grained access control:
// `'security_exception', 'no permissions for [indices:…]'`) answers with the same class: its roles, not AWS's, refused.
const STATUS_EXCEPTION = /\b(?:Authorization|Authentication|Transport)(?:Exception|Error)\((40[13]),\s{0,3}u?['"](?!security_exception['"])/g;
// …and clients that print the status before the JSON body: `Error connecting to index: 403: {"Message":"User: …"}`.
// (A client that says "HTTP" before the number labels the status: `Bedrock HTTP 403: {"message": …}` is no code.)
const STATUS_BODY = /(?<![\w.-]|HTTP\s)(40[13]):\s{0,3}(?=\{\s{0,3}"(?:Message|message|__type|Error|error)"\s{0,3}:)/g;
// The Session Manager plugin names the call with its service before "API": "Error calling KMS GenerateDataKey API:";
// the SSM agent names it before its code: "error calling RequestManagedInstanceRoleToken: AccessDeniedException: …".
const ERROR_CALLING_API = new RegExp(`\\b[Ee]rror\\s{1,3}calling\\s{1,3}(?:the\\s{1,3})?(?:[A-Z][A-Za-z0-9]{1,30}\\s{1,3})?(?:((?:${OPERATION_VERBS})[A-Z][A-Za-z0-9]{1,80})\\s{1,3}API\\b|([A-Z][a-z]{1,20}[A-Z][A-Za-z0-9]{1,80}):\\s{1,3}(?=[A-Z][A-Za-z]{2,60}(?:Exception|Denied|Operation):))`, 'g');
const OPERATION_FAILED = new RegExp(`(?<![.\\w])((?:${OPERATION_VERBS})[A-Z][A-Za-z0-9]{1,80}?)(?<!Request)\\s{1,5}failed\\b`, 'g');
// Fluent Bit's outputs name the call after its cause's lines: "[signv4] Provider returned no credentials …
// [output:s3:s3.0] PutObject request failed".
const OPERATION_REQUEST_FAILED = new RegExp(`(?<![.\\w])((?:${OPERATION_VERBS})[A-Z][A-Za-z0-9]{1,80}?)\\s{1,3}request\\s{1,3}failed\\b`, 'g');
// A writer's account of the call (`GetRoleCredentials` fails with `ForbiddenException: No access`, or "fails with:" and
// the error in a fenced block, or a note's arrow: "DeleteTable -> AccessDeniedException"): the code follows.
// An action (`cloudtrail:LookupEvents` returned …) is no operation's name.
const OPERATION_FAILS_WITH = new RegExp(
  `(?<![.\\w:])((?:${OPERATION_VERBS})[A-Z][A-Za-z0-9]{1,80}?)[\x60'"]?\\s{1,5}(?:fails|failed|(?:was|is|were|kept)\\s{1,3}failing|returns|returned|->|→)(?:\\s{1,3}with)?(?:\\s{0,3}:(?:\\s{0,8}\x60{3}[a-z]{0,10})?)?\\s{1,3}[\x60'"]?(?=(?:Client\\.)?[A-Z][A-Za-z]{2,60}(?:Exception|Denied|Operation|Fault)\\b)`, 'g');
const STATUS_WORDS: ReadonlySet<string> = new Set(['Forbidden', 'Unauthorized']);
const RUST_METADATA_CODE = /^ErrorMetadata\s{0,3}\{\s{0,3}code:\s{0,3}Some\(\\?"([A-Za-z][A-Za-z0-9.]{1,100})\\?"\)/;
const STATUS_NUMBER_BEFORE = /(?<![\w.-])(40[13])\s{1,3}$/;
const CODE_AFTER_STATUS = new RegExp(`[ \\t]{0,3}(?:${BARE_CODE_SOURCE})(?::|[ \\t]{1,3}-[ \\t]|[ \\t]*(?:\\n|$))`, 'y');

function statusBeforeCode(text: string, at: number): boolean {
  CODE_AFTER_STATUS.lastIndex = at;
  return CODE_AFTER_STATUS.test(text);
}

function statusBeforeBody(text: string, at: number): boolean {
  const after = text.slice(at, at + 400);
  // …or a JSON body (Prometheus' "server returned HTTP status 403 Forbidden: {"message":"Missing Authentication
  // Token"}"): the body says the error, the status is the client's label of it.
  return after.includes('<Code>') || /^\w{1,20}:\s{1,3}(?:An\s{1,3}error\s{1,3}occurred\s{0,3}\(|\{\s{0,3}\\?"(?:message|Message|error|status|__type)\\?"\s{0,3}:)/.test(after);
}

function operationWrapper(scan: Scan, m: RegExpExecArray, op: string | undefined, p: number, reach: number, direction: 'forward' | 'around' = 'forward'): void {
  const w = makeWrapper(m.index, m.index + m[0].length, direction, reach);
  setField(w, 'operation', op, p);
  scan.pieces.push(w);
}

/** Every position where a code name (or `Client.` before one) starts, also inside or overlapping another. */
function codeNameStarts(scan: Scan): number[] {
  const out: number[] = [];
  const names = CODE_NAME(scan);
  if (!names) return out;
  names.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = names.exec(scan.text))) {
    out.push(m.index);
    names.lastIndex = m.index + 1;
  }
  return out;
}

/** "Error Code: X", "error_code=X": a code after its label. */
function scanLabelledCodes(scan: Scan): void {
  const { text } = scan;
  each(LABELLED, text, (m) => {
    if (inQuery(text, m.index, m.index + m[0].length) || notAwsCode(text, m.index, m.index + m[0].length)) return;
    // A service's own SCREAMING_SNAKE code after the label ("(Error code: IAM_ROLE_PERMISSIONS)", CodeDeploy) is its
    // code though no list knows it.
    // Lambda's relay of S3's refusal names S3's code inside its own message ("AccessDeniedException: Your access has been
    // denied by S3, … S3 Error Code: AccessDenied."): the code of the error Lambda returned, where printed, wins.
    const relayed = /\bS3 $/.test(text.slice(Math.max(0, m.index - 3), m.index));
    codeWrapper(scan, m.index, m.index + m[0].length, m[1] ?? '', relayed ? P.prefix - 5 : P.structured - 5, 'around', 400, SNAKE_CODE.test(m[1] ?? ''));
  });
}

/** A known code before its message (`AccessDeniedException: …`, `Forbidden - ExpiredToken: …`). */
function knownPrefix(scan: Scan, m: RegExpExecArray): void {
  const { text } = scan;
  // An HTTP status word before the service's own code (Ruby's `Forbidden - ExpiredToken: …`, `Unauthorized:
  // AccessDenied: …`) is the status line: the code after it is the error.
  // So is one before the XML error body or the CLI's sentence it introduces ("API returned 403 Forbidden: <?xml …
  // <Code>AccessDenied</Code>", "unexpected error - Forbidden: An error occurred (403) when calling …").
  if (STATUS_WORDS.has(m[1] ?? '') && (statusBeforeCode(text, m.index + m[0].length) || statusBeforeBody(text, m.index))) return;
  if (notAwsCode(text, m.index, m.index + m[0].length)) return;
  // …and one before a Kubernetes API server's RBAC sentence (Headlamp's "Error: Forbidden - pods is forbidden: User
  // \"system:anonymous\" cannot …"): a refusal by the cluster's RBAC alone, unless the user is an IAM identity (kubernetes.ts).
  if (STATUS_WORDS.has(m[1] ?? '') && clusterUserRefusedAhead(text.slice(m.index + m[0].length, m.index + m[0].length + 300))) return;
  // Another library's class for the HTTP status (`Elasticsearch::Transport::Transport::Errors::Forbidden: [403] …`) is
  // its label of the status; only the AWS SDK's namespace (`Aws::S3::Errors::Forbidden`) names a code.
  if (STATUS_WORDS.has(m[1] ?? '') && /::$/.test(text.slice(Math.max(0, m.index - 2), m.index)) && !/\bA(?:ws|WS)::[\w:]{0,80}$/.test(text.slice(Math.max(0, m.index - 90), m.index))) return;
  // A status word after its number ("status 403 Forbidden: No Body", "status code 401 Unauthorized: …") is the
  // HTTP status the client printed: the number is the code, as where the status stands alone.
  const status = STATUS_WORDS.has(m[1] ?? '') ? STATUS_NUMBER_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index)) : null;
  if (status) {
    const w = makeWrapper(m.index - status[0].length, m.index + m[0].length, 'forward', 400, categoryOfCode(m[1] ?? ''));
    setField(w, 'errorCode', status[1], P.prefix);
    scan.pieces.push(w);
    return;
  }
  // A forwarding service's namespace stays with the code as printed (`KMS.AccessDeniedException: …`), as in the CLI's
  // parentheses.
  const ns = text.charCodeAt(m.index - 1) === 46 /* . */ ? NAMESPACE_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index)) : null;
  const start = ns ? m.index - ns[0].length : m.index;
  codeWrapper(scan, start, m.index + m[0].length, (ns?.[1] ? `${ns[1]}.` : '') + wireCode(text, m.index + m[0].length, m[1] ?? ''), P.prefix, 'forward', 400);
}

/**
 * The Rust SDK prints its model's name first ("InvalidIdentityTokenException: …") and, later in the same paragraph of
 * its debug print, the code the service sent: `ErrorMetadata { code: Some("InvalidIdentityToken")` — that is the code.
 */
function wireCode(text: string, from: number, code: string): string {
  if (!code.endsWith('Exception')) return code;
  const at = indexWithin(text, 'ErrorMetadata', from, 3000);
  if (at < 0 || /\n[ \t]*\n/.test(text.slice(from, at))) return code;
  const sent = RUST_METADATA_CODE.exec(text.slice(at, at + 160))?.[1];
  return sent === code.slice(0, -'Exception'.length) ? sent : code;
}

export function scanSdkEnvelopes(scan: Scan): void {
  const { text } = scan;
  scanNativeClients(scan);
  const span = (m: RegExpExecArray): [number, number] => [m.index, m.index + m[0].length];
  const code = mentions(scan, 'code');
  const api = mentions(scan, 'api');
  const failed = mentions(scan, 'failed');

  if (mentions(scan, 'operation')) {
    each(GO_OPERATION, text, (m) => {
      // An IMDS call (`operation error ec2imds: GetMetadata`) reaches back to the credentials message it ends, if first.
      const imds = m[1] === 'ec2imds' && !/[Oo]peration\s{1,5}[Ee]rror\s/.test(text.slice(Math.max(0, m.index - 2000), m.index));
      if (codeKind(m[2]!) === 'unknown') return operationWrapper(scan, m, m[2], P.envelope, 600, imds ? 'around' : 'forward');
      if (/^[A-Z][a-z]+[A-Z][A-Za-z0-9]{1,80}$/.test(m[1]!)) operationWrapper(scan, m, m[1], P.hint, 600);
    });
    each(GO_OPERATION_CODE, text, (m) => codeWrapper(scan, m.index + m[0].length - (m[1] ?? '').length, m.index + m[0].length, m[1] ?? '', P.envelope, 'backward', 200));
  }
  // Go v2 names the code after "api error", or (SSO's GetRoleCredentials) right after the request id.
  if (api || text.indexOf('RequestID:') >= 0) each(GO_API_ERROR, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? m[2] ?? '', P.envelope, 'forward', 400, true));
  eachWith('.builder()', JAVA_BUILDER, text, (m) => {
    if ((m[3] ?? m[2] ?? '').replace(/-/g, '') === m[1]!.toLowerCase() || /\.errorCode\(/.test(text.slice(m.index, m.index + 1200))) return;
    codeWrapper(scan, m.index, m.index + m[0].indexOf('"') + 1, `${m[1]}Exception`, P.sdkCode, 'forward', 100, true);
  });
  const codeNames = mentionsAny(scan, CODE_GATES) ? codeNameStarts(scan) : [];
  eachAt(KNOWN_PREFIX, text, codeNames, (m) => knownPrefix(scan, m));
  if (code) {
    eachWith('Status Code:', JAVA, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? '', P.sdkCode, 'backward', 400, true));
    eachWith('Status Code:', JAVA_STATUS_ONLY, text, (m) => scan.pieces.push(makeCore(...span(m), 'access-denied', false)));
    eachWith('Http', DOTNET, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? '', P.structured, 'around', 400, true));
    eachWith('AWS', PHP_CODE, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? '', P.structured, 'around', 600, true));
    scanLabelledCodes(scan);
    eachWith('returned error code', SERVICE_RETURNED, text, (m) => {
      const clean = bareCode(m[1] ?? '');
      const category = categoryOfCode(clean);
      if (!category) return codeWrapper(scan, ...span(m), clean, P.sdkCode, 'around', 400, true);
      const core = makeCore(...span(m), category, true);
      setField(core, 'errorCode', clean, P.sdkCode);
      scan.pieces.push(core);
    });
  }
  if (mentions(scan, '(client)')) each(PHP_CLIENT, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? '', P.structured, 'forward', 400));
  eachWith('xecuting', PHP_OPERATION, text, (m) => operationWrapper(scan, m, m[1], P.structured, 1200));
  eachWith('commandName', JS_COMMAND, text, (m) => operationWrapper(scan, m, m[1], P.structured, 1200));
  eachWith('API', API_NAMED_CALL, text, (m) => {
    const w = makeWrapper(m.index, m.index + m[0].length, 'around', 400);
    setField(w, 'operation', m[1] ?? m[2] ?? m[3], P.hint);
    scan.pieces.push(w);
  });
  scanSwiftModels(scan, codeNames);
  // Below any code the body gives (even one a tool fused with its neighbours: "SenderAccessDeniedUser: …").
  eachWith('403 Forbidden', PHP_STATUS, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? m[2] ?? '', P.bare - 5, 'forward', 400));
  if (text.indexOf('Aws::') >= 0 || text.indexOf('AWS::') >= 0) each(RUBY, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? '', P.keyed, 'forward', 400));
  eachWith('::Client', RUBY_CALL, text, (m) => operationWrapper(scan, m, m[1], P.structured, 1200));
  const keyed = code || mentions(scan, '__type', 'name', 'errortype', 'exceptiontype', '"error') ? KEYED(scan) : null;
  if (keyed) {
    each(keyed, text, (m) => {
      if (inQuery(text, m.index, m.index + m[0].length - 1)) return;
      // An API reference's response syntax lists the values a key may take (`'ErrorCode': 'AccessDenied'|'InternalServerError'`).
      if (text.charCodeAt(m.index + m[0].length) === 124) return;
      const p = m[1] === 'name' ? P.prefix : P.keyed;
      // A record's `errorCode` key labels its value a code, known or not (EventBridge's dead-letter ACCESS_DENIED).
      codeWrapper(scan, ...span(m), m[2] ?? '', p, 'around', 800, /^(?:errorCode|ErrorCode|error_code)$/.test(m[1] ?? ''));
    });
  }
  if (code) {
    eachWith('(code=', PAREN_CODE, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? '', P.structured, 'backward', 300));
    eachWith('HandlerErrorCode:', HANDLER, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? '', P.handler, 'backward', 300, true));
  }
  eachWith('Error [', NODE_CODE, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? '', P.structured, 'forward', 400, true));
  scanBareCodes(scan, codeNames);
  if (api) {
    eachWith('API:', API_ACTION, text, (m) => {
      const act = actionAt(text, m.index + m[0].length);
      if (!act) return;
      const w = makeWrapper(m.index, act.end, 'forward', 200);
      setField(w, 'action', act.action, P.hint);
      scan.pieces.push(w);
    });
  }
  if (mentions(scan, 'calling')) {
    eachWith('when calling', CODE_WHEN_CALLING, text, (m) => {
      const w = makeWrapper(m.index, m.index + m[0].length, 'forward', 300, categoryOfCode(m[1]!));
      setField(w, 'errorCode', m[1], P.prefix);
      setField(w, 'operation', m[2], P.prefix);
      scan.pieces.push(w);
    });
    each(ERROR_CALLING_API, text, (m) => operationWrapper(scan, m, m[1] ?? m[2], P.hint, 300));
    eachWith('calling', ERROR_CALLING, text, (m) => {
      const w = makeWrapper(m.index, m.index + m[0].length, 'forward', 200);
      setField(w, 'action', m[1], P.hint);
      scan.pieces.push(w);
    });
  }
  eachWith('(40', STATUS_EXCEPTION, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? '', P.structured, 'forward', 2000));
  eachWith('{"', STATUS_BODY, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? '', P.structured, 'forward', 2000));
  if (code || mentions(scan, 'denied', 'authori')) each(CONSOLE_CALL, text, (m) => operationWrapper(scan, m, m[1], P.prefix, 300));
  if (failed) {
    eachWith('Call', CALL_FAILED, text, (m) => operationWrapper(scan, m, m[1], P.prefix, 600));
    each(OPERATION_FAILED, text, (m) => operationWrapper(scan, m, m[1], P.hint, 400));
    each(OPERATION_REQUEST_FAILED, text, (m) => operationWrapper(scan, m, m[1], P.hint, 300, 'around'));
  }
  if (failed || scan.lower.indexOf('fail') >= 0 || scan.lower.indexOf('return') >= 0 || text.indexOf('->') >= 0 || text.indexOf('→') >= 0) {
    each(OPERATION_FAILS_WITH, text, (m) => operationWrapper(scan, m, m[1], P.hint, 400));
  }
}
