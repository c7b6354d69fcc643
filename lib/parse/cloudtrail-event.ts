// CloudTrail event records as people paste them: one event, `{"Records":[…]}` log files, arrays, JSON lines,
// CloudWatch Logs subscription payloads and Logs Insights rows (`"message"`/`@message` holding the event as a
// JSON string), `aws cloudtrail lookup-events` answers (`"CloudTrailEvent": "<the event as a JSON string>"`), and
// boto3's Python rendering (`{'errorCode': 'AccessDenied', 'responseElements': None, …}`):
//   "userIdentity": {"type": "AssumedRole", "arn": "arn:aws:sts::…"}, "eventSource": "s3.amazonaws.com",
//   "eventName": "GetObject", "errorCode": "AccessDenied", "errorMessage": "Access Denied",
//   "requestParameters": {"bucketName": "…", "key": "…"}
// A record is a finding of its own even when errorMessage says no more than "Access Denied": the principal comes
// from userIdentity (for AWSService callers the invoking service), the operation is eventName, the action is
// eventSource + eventName through the operation→action table, the resource what the request names. When the
// errorMessage is the API sentence, the API-sentence family reads it and its words win (types.ts priorities).
// Fragments of records without their braces (`"errorCode": "AccessDenied", "errorMessage": "…"`) are read by key.
import { servicePrefixFromEventSource } from '../iam/event-sources';
import { actionForEvent, actionForServiceEvent, operationFromEventName, serviceOfOperation } from '../iam/operations';
import type { PrincipalType } from '../model';
import { authFailureDenial, categoryOfCode } from './codes';
import { mentions } from './gate';
import { inQuery } from './query';
import { get, items, LooseReader, str, type LooseObject } from './loose-json';
import { endpointDeniedResource } from './service-wordings';
import { eachObject, structuredValues } from './structured';
import { P, makeCore, setField, type Piece, type Scan } from './types';

const ERROR_CODE = /["']errorCode["']\s{0,5}:\s{0,5}["']([A-Za-z][A-Za-z0-9.]{1,100})["']/g;
const RECORD_START = /["'](?:eventVersion|userIdentity)["']/g;
// A grep or a cut paste may begin further in, at the event's names (`"eventSource": …, "eventName": …`).
const MEMBERS_START = /["'](?:eventTime|eventSource|eventName)["']\s{0,5}:/;
const USER_IDENTITY = /["']userIdentity["']\s{0,5}:\s{0,5}\{[^{}]{0,2000}?["']arn["']\s{0,5}:\s{0,5}["']([^"'\n]{1,1000})["']/;
const EVENT_NAME = /["']eventName["']\s{0,5}:\s{0,5}["']([A-Za-z0-9]{1,100})["']/;
const EVENT_SOURCE = /["']eventSource["']\s{0,5}:\s{0,5}["']([a-z0-9.-]{1,100})["']/;
const ERROR_MESSAGE = /["']errorMessage["']\s{0,5}:\s{0,5}["'][^\n]{0,4000}/;

const BACK = 6000;
const FORWARD = 6000;

/** CloudTrail's userIdentity.type → what kind of principal called (used when the principal has no ARN). */
export const IDENTITY_TYPES: Record<string, PrincipalType> = {
  IAMUser: 'user',
  AssumedRole: 'assumed-role',
  Role: 'role',
  Root: 'root',
  FederatedUser: 'federated-user',
  WebIdentityUser: 'web-identity',
  SAMLUser: 'federated-user',
};

// What a call attaches is not what it acts on: AttachRolePolicy's `policyArn` is a condition value (iam:PolicyARN),
// the role is the resource; the same for a permissions boundary put on a user or role.
const ATTACHING_CALL = /^(?:Attach|Detach|Put)\w{0,40}(?:Policy|PermissionsBoundary)$/;
const ATTACHED_PARAMETER = /^(?:policyArn|permissionsBoundary)$/i;

// An unsigned request's account: CloudTrail writes `ANONYMOUS_PRINCIPAL` (older trails `anonymous`).
const ANONYMOUS_MARKER = /^(?:ANONYMOUS_PRINCIPAL|anonymous)$/;

const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,3}\.amazonaws\.com(?:\.cn)?$/;

export function scanCloudTrailEvents(scan: Scan): void {
  if (!mentions(scan, 'errorcode', '"consolelogin"', 'error_code')) return;
  const covered: Array<[number, number]> = [];
  const values = structuredValues(scan);
  // A lookup-events row ({EventName, EventSource, Username, CloudTrailEvent: {…}}) around its record: the row
  // names what a trimmed record leaves out.
  const rows = new Map<LooseObject, LooseObject>();
  // A Go literal wraps the record in a call (`CloudTrailEvent: aws.String(`{…}`)`): the object right after the name.
  // Objects by start, looked up only for such a call.
  let byStart: Map<number, LooseObject> | null = null;
  eachObject(values, (node) => {
    const inner = get(node, 'CloudTrailEvent');
    if (inner && inner.t === 'o') rows.set(inner, node);
    else if (inner && inner.t === 'b') {
      const open = /^\(\s{0,3}[`'"]?/.exec(scan.text.slice(inner.end, inner.end + 6));
      if (!open) return;
      if (!byStart) {
        const starts = new Map<number, LooseObject>();
        eachObject(values, (o) => starts.set(o.start, o));
        byStart = starts;
      }
      const wrapped = byStart.get(inner.end + open[0].length);
      if (wrapped) rows.set(wrapped, node);
    }
  });
  const rule = sigmaDetection(scan.text);
  eachObject(values, (node) => {
    // A detection rule's selection names what to look for, not a call that was refused.
    if (rule && node.start > rule[0] && node.start < rule[1]) return;
    const piece = recordPiece(node, rows.get(node));
    if (!piece) return;
    scan.pieces.push(piece);
    covered.push([node.start, node.end]);
  });
  scanFragments(scan, covered);
}

/** The span of a Sigma rule's `detection:` block (its keys filter CloudTrail records), or null. */
function sigmaDetection(text: string): [number, number] | null {
  // The rule may sit in a list item or behind a tab like any paste: its keys keep their relative indentation.
  const m = /(?:^|\n)([ \t>*•-]{0,8})detection:[ \t]*\n/.exec(text);
  if (!m || !/(?:^|\n)[ \t>*•-]{0,8}logsource:[ \t]*\n/.test(text)) return null;
  const start = m.index + m[0].length;
  const indent = m[1]!.length;
  // The block runs while its lines are indented deeper than `detection:` (or blank).
  const lines = /\n?([^\n]*)/g;
  lines.lastIndex = start;
  for (let l = lines.exec(text); l && l[0]; l = lines.exec(text)) {
    const line = l[1]!;
    if (line.trim() && line.length - line.trimStart().length <= indent) return [start, l.index];
  }
  return [start, text.length];
}

/** The record's category by its code, except an AuthFailure whose message says it is a denial (codes.ts). */
export function recordCategory(code: string, message: string | null): ReturnType<typeof categoryOfCode> {
  const category = categoryOfCode(code);
  return category === 'credentials' && authFailureDenial(code, message) ? 'access-denied' : category;
}

/** The piece of one record (also read from a JS object by cloudtrail-record.ts, so both give one finding). */
export function recordPiece(node: LooseObject, row?: LooseObject): Piece | null {
  const code = str(get(node, 'errorCode'));
  // A failed console sign-in carries no errorCode: its response says Failure and errorMessage why ("Failed
  // authentication", "No username found in supplied account") — the credentials were refused.
  const signInFailed = !code && str(get(get(node, 'responseElements'), 'ConsoleLogin')) === 'Failure';
  if (!code && !signInFailed) return null;
  // A query tool's row (Logs Insights: the fields it projects, then the whole record under `@message`): the record
  // inside says what the projection leaves out.
  const inner = nestedRecord(node);
  const eventSource = str(get(node, 'eventSource')) ?? str(get(row, 'EventSource')) ?? str(get(inner, 'eventSource'));
  const eventName = str(get(node, 'eventName')) ?? str(get(row, 'EventName')) ?? str(get(inner, 'eventName'));
  const identity = get(node, 'userIdentity') ?? get(inner, 'userIdentity');
  // A record flattened by a query tool or SIEM (Athena, CloudTrail Lake, Splunk: `"userIdentity.arn": …`).
  const who = (name: string): string | null => str(get(identity, name)) ?? str(get(node, `userIdentity.${name}`));
  const flat = !identity && (who('arn') ?? who('type') ?? who('userName') ?? who('principalId')) !== null;
  // An error object of some other log ({"ErrorCode": …, "ErrorMessage": …}) is not a CloudTrail record.
  if (!eventSource && !eventName && !identity && !flat) return null;
  const message = str(get(node, 'errorMessage'));
  const category = code ? recordCategory(code, message) : 'credentials';
  if (!category) return null;
  const core = makeCore(node.start, node.end, category, true);
  setField(core, 'errorCode', code, P.cloudtrail);
  if (eventName) setField(core, 'operation', eventName, P.cloudtrail);
  // A network activity event's VpceAccessDenied is the VPC endpoint's policy ("The request was denied due to a VPC
  // endpoint policy"), whatever the errorMessage says.
  if (code && /^VpceAccessDenied$/i.test(code)) setField(core, 'policyType', 'vpce', P.hint);

  const type = who('type');
  const invokedBy = who('invokedBy');
  let principal: string | null = null;
  if (type === 'AWSService') {
    // A service calling on its own behalf: the invoking service is the principal.
    const source = str(get(node, 'sourceIPAddress'));
    principal = invokedBy ?? (source && SERVICE_PRINCIPAL.test(source) ? source : null);
    setField(core, 'principalType', 'service', P.cloudtrail);
  } else {
    // The ARN when the record has one; else what names the caller (a redacted or trimmed record keeps only
    // `userName`), the record's identity type saying what kind of principal it is.
    principal =
      who('arn') ??
      // A rendering that prints the identity as its ARN alone (`UserIdentity : arn:aws:iam::…:user/x`).
      (identity && identity.t !== 'o' && /^arn:/.test(str(identity) ?? '') ? str(identity) : null) ??
      who('userName') ??
      (type === 'WebIdentityUser' || type === 'SAMLUser' ? who('identityProvider') : null) ??
      who('principalId') ??
      // A trimmed record keeping only the session's issuer (`sessionContext.sessionIssuer.arn`): the caller behind it.
      str(get(get(get(identity, 'sessionContext'), 'sessionIssuer'), 'arn')) ??
      // …or a record whose author elided the braces above it (`{ …… "sessionContext": { "sessionIssuer": {…}, …..,
      // "eventTime": …`): the issuer is read beside the event's own keys.
      (identity ? null : str(get(get(node, 'sessionIssuer'), 'arn'))) ??
      // An unsigned request (S3 data events): CloudTrail's marker stands where the account would.
      (ANONYMOUS_MARKER.test(who('accountId') ?? '') ? who('accountId') : null);
    const kind = type ? IDENTITY_TYPES[type] : undefined;
    if (kind) setField(core, 'principalType', kind, P.cloudtrail);
    // A summary that kept only `invokedBy: s3.amazonaws.com` of the identity: the service that made the call.
    const invoker = invokedBy ?? (!identity && !flat ? str(get(node, 'invokedBy')) : null);
    if (!principal && !type && invoker && SERVICE_PRINCIPAL.test(invoker)) {
      principal = invoker;
      setField(core, 'principalType', 'service', P.cloudtrail);
    }
    // lookup-events' own summary of an event (`Username`, `EventName`, …) without the record itself: the user
    // or role session name it shows says nothing about the kind of principal.
    if (!principal && !identity && !flat) {
      principal = str(get(node, 'Username')) ?? str(get(node, 'userName')) ?? str(get(row, 'Username'));
      if (principal) setField(core, 'principalType', 'unknown', P.cloudtrail);
    }
  }
  if (principal) {
    setField(core, 'principal', principal, P.cloudtrail);
    const account = who('accountId');
    if (account && !ANONYMOUS_MARKER.test(account) && type !== 'AWSService') setField(core, 'accountId', account, P.cloudtrail);
  }

  // A credentials failure names its call too: which call the expired or invalid credentials were refused for.
  // Without its eventSource (a trimmed or projected record), the operation or EC2's own code names the service.
  const guessed = !eventSource && eventName ? serviceOfOperation(operationFromEventName(eventName), code) : null;
  if (eventName) {
    // A guess from the event's names: the errorMessage's own action (a KMS key behind an S3 PutObject) wins.
    const action = eventSource ? actionForEvent(eventSource, eventName) : guessed ? actionForServiceEvent(guessed, eventName) : null;
    setField(core, 'action', action, P.hint);
  }
  const service = eventSource ? servicePrefixFromEventSource(eventSource) : guessed;
  const resource =
    (code ? vpceResource(code, message) : null) ??
    recordResource(node, service, eventName, principal) ??
    (inner ? recordResource(inner, service, eventName, principal) : null) ??
    projectedObject(node, service, principal);
  setField(core, 'resource', resource, P.hint);
  return core;
}

// A network activity event names what the endpoint policy refused in the sentence service-wordings.ts reads.
function vpceResource(code: string, message: string | null): string | null {
  return /^VpceAccessDenied$/i.test(code) && message ? endpointDeniedResource(message) : null;
}

/** The record a query tool's row carries whole under `@message` (or `message`), when it is an object. */
function nestedRecord(node: LooseObject): LooseObject | undefined {
  for (const name of ['@message', 'message']) {
    const value = get(node, name);
    if (value && value.t === 'o' && (get(value, 'userIdentity') || get(value, 'eventSource'))) return value;
  }
  return undefined;
}

// The request's bucket and key as a query projects them (`fields requestParameters.bucketName as requestBucket`).
const PROJECTED_BUCKET = /^(?:requestParameters\.)?bucketName$|^request_?bucket(?:_?name)?$/i;
const PROJECTED_KEY = /^(?:requestParameters\.)?key$|^request_?(?:object_?)?key$/i;

/** An S3 record's object or bucket from a query's projected columns, when the request itself is not shown. */
function projectedObject(node: LooseObject, service: string | null, principal: string | null): string | null {
  if (service !== 's3') return null;
  let bucket: string | null = null;
  let key: string | null = null;
  for (let i = 0; i < node.keys.length && i < 200; i++) {
    const name = node.keys[i]!;
    if (PROJECTED_BUCKET.test(name)) bucket ??= str(node.vals[i]);
    else if (PROJECTED_KEY.test(name)) key ??= str(node.vals[i]);
  }
  return bucket && /^[a-z0-9][a-z0-9.-]{1,254}$/i.test(bucket) ? s3Arn(bucket, key, principal) : null;
}

/** The object's (or bucket's) ARN, in the caller's partition. */
function s3Arn(bucket: string, key: string | null, principal: string | null): string {
  const partition = principal ? (/^arn:(aws[a-z-]*):/.exec(principal)?.[1] ?? 'aws') : 'aws';
  return `arn:${partition}:s3:::${bucket}${key ? `/${key}` : ''}`;
}

/**
 * The resource the record names: CloudTrail's own `resources` list, else what the request names. `service` is the
 * event's (from its eventSource, or guessed from its name where the record has none).
 */
function recordResource(node: LooseObject, service: string | null, eventName: string | null, principal: string | null): string | null {
  let first: string | null = null;
  let named: string | null = null;
  for (const entry of items(get(node, 'resources'))) {
    // A projection may keep only the resources' names (`"resources": ["i-0abc…"]`).
    if (entry.t === 's') {
      const name = str(entry);
      if (name && name.startsWith('arn:')) first ??= name;
      else named ??= name;
      continue;
    }
    const arn = str(get(entry, 'ARN'));
    if (!arn || !arn.startsWith('arn:')) continue;
    // S3 lists the object before its bucket; the object is what the request was about.
    if (/Object$/i.test(str(get(entry, 'type')) ?? '')) return arn;
    first ??= arn;
  }
  if (first) return first;
  const request = get(node, 'requestParameters');
  if (!request || request.t !== 'o') return named;
  const bucket = str(get(request, 'bucketName'));
  // A writer's placeholder for the name (`<BUCKET>`, `${BUCKET}`) stands for it as printed.
  if (service === 's3' && bucket && /^(?:[a-z0-9][a-z0-9.-]{1,254}|[a-z0-9.-]{0,200}(?:<[A-Za-z][\w-]{0,40}>|\$\{[A-Za-z]\w{0,40}\})[a-z0-9.-]{0,200})$/i.test(bucket)) {
    return s3Arn(bucket, str(get(request, 'key')), principal);
  }
  // STS acts on the role it is asked to assume; elsewhere a roleArn is a role passed along (AddRoleToDBInstance).
  const assuming = service === 'sts' || (!service && /^AssumeRole/.test(eventName ?? ''));
  const roleArn = assuming ? str(get(request, 'roleArn')) : null;
  if (roleArn && /^arn:[\w-]+:iam::/.test(roleArn)) return roleArn;
  // Other services name their resource by ARN in a request parameter (`secretId`, `functionName`, `keyId`,
  // `topicArn`…): the first ARN of the event's own service. An ARN of another service (the role passed to
  // CreateFunction) is not what the request acted on.
  if (!service) return named;
  const attaching = eventName !== null && ATTACHING_CALL.test(eventName);
  for (let i = 0; i < request.vals.length && i < 50; i++) {
    if (attaching && ATTACHED_PARAMETER.test(request.keys[i] ?? '')) continue;
    const value = str(request.vals[i]);
    const m = value ? /^arn:[\w-]{1,20}:([a-z0-9-]{1,40}):/.exec(value) : null;
    if (m && m[1] === service) return value;
  }
  return named;
}

/** Records the structured reader could not see (a fragment of a record, its braces cut off): read by key. */
function scanFragments(scan: Scan, covered: Array<[number, number]>): void {
  const { text } = scan;
  const anchors: Array<{ start: number; end: number; code: string }> = [];
  ERROR_CODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let c = 0;
  while ((m = ERROR_CODE.exec(text))) {
    while (c < covered.length && covered[c]![1] <= m.index) c++;
    const inside = c < covered.length && covered[c]![0] <= m.index;
    const code = m[1] ?? '';
    if (!inside && categoryOfCode(code) && !inQuery(text, m.index, m.index + m[0].length)) anchors.push({ start: m.index, end: m.index + m[0].length, code });
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
      if (first < 0 || r[0].includes('eventVersion')) first = r.index;
      if (r[0].includes('eventVersion')) break;
    }
    if (first >= 0) recordStart = floor + first;
    const ceiling = Math.min(text.length, a.end + FORWARD, anchors[i + 1]?.start ?? text.length);
    // Without the record's start in the paste, its keys before the errorCode are still its own.
    const record = text.slice(first >= 0 ? recordStart : Math.max(floor, a.start - 2000), ceiling);
    // The record's members without its braces (a slice of an escaped CloudTrailEvent string, a grep): read them as
    // the object they were, so nested keys (userIdentity.sessionContext before its arn) do not hide the values.
    const members = first < 0 ? MEMBERS_START.exec(before) : null;
    const whole = first >= 0 ? fragmentPiece(text, recordStart, ceiling) : members ? fragmentPiece(text, floor + members.index, ceiling) : null;
    if (whole) {
      scan.pieces.push(whole);
      previousEnd = whole.end;
      continue;
    }
    const category = categoryOfCode(a.code) ?? 'access-denied';
    const core = makeCore(recordStart, a.end, category, true);
    setField(core, 'errorCode', a.code, P.cloudtrail);
    const who = USER_IDENTITY.exec(record);
    if (who) setField(core, 'principal', who[1]?.trim(), P.cloudtrail);
    const name = EVENT_NAME.exec(record);
    if (name) setField(core, 'operation', name[1], P.cloudtrail);
    const source = EVENT_SOURCE.exec(record);
    if (name && source) setField(core, 'action', actionForEvent(source[1] ?? '', name[1] ?? ''), P.hint);
    const message = ERROR_MESSAGE.exec(text.slice(recordStart, ceiling));
    if (message) core.end = Math.max(core.end, recordStart + message.index + message[0].length);
    scan.pieces.push(core);
    previousEnd = core.end;
  }
}


/** A record's members from `from` to `to`, read inside braces of their own; null when they make no record. */
function fragmentPiece(text: string, from: number, to: number): Piece | null {
  // Only the opening brace is added: the reader ends an object where the text ends, and no value may take a
  // character the paste does not have.
  const reader = new LooseReader(`{${text.slice(from, to)}`);
  const node = reader.value();
  if (!node || node.t !== 'o' || !get(node, 'errorCode')) return null;
  const piece = recordPiece(node);
  if (!piece) return null;
  piece.start = from;
  piece.end = Math.min(to, from + Math.max(0, node.end - 1));
  return piece;
}
