// Step 3 of assemble.ts: messages that are parts or repeats of one denial become one finding. Adjacent messages
// whose fields agree merge; so do repeats (same code, operation, action…: a traceback printing it twice), a bare
// short form and the message that says more, and a credentials failure with the denial that caused it.
import type { Category } from '../model';
import { codeKind, codeName } from './codes';
import { DIRECT_CODE, putField, type FieldName, type Fields } from './types';
import { blankLineBetween, lastIndexWithin, sameLine } from './text';

const NEAR = 300;
/** How far along one line a credentials wrapper may lie from the denial nested in it. */
const CONSEQUENCE_LINE_REACH = 3000;
/** How many earlier cores (or groups) a piece is compared with. */
export const LOOKAROUND = 8;

export interface Cluster {
  fields: Fields;
  category: Category;
  strong: boolean;
  /** Span of the statement (cores) — what decides overlap and adjacency. */
  start: number;
  end: number;
  /** Span shown as the message (cores plus their envelopes). */
  msgStart: number;
  msgEnd: number;
  /** The family of the statement the finding was read from (eval reports only). */
  family?: string;
  /** Every statement in it is a warning the tool went on from (Piece.recovered). */
  recovered: boolean;
}

export function mergeFields(into: Fields, from: Fields): void {
  if (from.principal) putField(into, 'principal', from.principal.v, from.principal.p);
  if (from.action) putField(into, 'action', from.action.v, from.action.p);
  if (from.resource) putField(into, 'resource', from.resource.v, from.resource.p);
  if (from.policyType) putField(into, 'policyType', from.policyType.v, from.policyType.p);
  if (from.denyKind) putField(into, 'denyKind', from.denyKind.v, from.denyKind.p);
  if (from.policyArn) putField(into, 'policyArn', from.policyArn.v, from.policyArn.p);
  if (from.errorCode) putField(into, 'errorCode', from.errorCode.v, from.errorCode.p);
  if (from.operation) putField(into, 'operation', from.operation.v, from.operation.p);
  if (from.encoded) putField(into, 'encoded', from.encoded.v, from.encoded.p);
  if (from.principalType) putField(into, 'principalType', from.principalType.v, from.principalType.p);
  if (from.accountId) putField(into, 'accountId', from.accountId.v, from.accountId.p);
  if (from.authorizationId) putField(into, 'authorizationId', from.authorizationId.v, from.authorizationId.p);
  if (from.authorizationUrl) putField(into, 'authorizationUrl', from.authorizationUrl.v, from.authorizationUrl.p);
  if (from.matchedStatements) putField(into, 'matchedStatements', from.matchedStatements.v, from.matchedStatements.p);
  if (from.accountSetting) putField(into, 'accountSetting', from.accountSetting.v, from.accountSetting.p);
}

function norm(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Whether two messages' fields say different denials. The call a failure surfaced in (`outerCall`: a credentials
 * failure caused by the denial beside it) may differ from the denied call. */
function conflict(a: Fields, b: Fields, outerCall = false): boolean {
  const pa = a.principal?.v;
  const pb = b.principal?.v;
  if (pa && pb && pa !== pb && norm(pa) !== norm(pb)) return true;
  const aa = a.action?.v;
  const ab = b.action?.v;
  if (aa && ab && aa.toLowerCase() !== ab.toLowerCase()) return true;
  const ra = a.resource?.v;
  const rb = b.resource?.v;
  if (ra && rb && ra !== rb && norm(ra) !== norm(rb)) return true;
  const oa = a.operation?.v;
  const ob = b.operation?.v;
  if (oa && ob && !outerCall && oa.toLowerCase() !== ob.toLowerCase()) return true;
  const ea = a.errorCode;
  const eb = b.errorCode;
  if (ea && eb && ea.p >= DIRECT_CODE && eb.p >= DIRECT_CODE && codeName(ea.v) !== codeName(eb.v)) return true;
  const ta = a.policyType?.v;
  const tb = b.policyType?.v;
  if (ta && tb && ta !== 'unknown' && tb !== 'unknown' && ta !== tb) return true;
  const ka = a.denyKind?.v;
  const kb = b.denyKind?.v;
  if (ka && kb && ka !== 'unknown' && kb !== 'unknown' && ka !== kb) return true;
  const ia = a.authorizationId?.v;
  const ib = b.authorizationId?.v;
  if (ia && ib && ia !== ib) return true;
  return false;
}

const IDENTIFYING: FieldName[] = ['principal', 'action', 'resource', 'operation', 'errorCode'];

/** Two messages repeat each other when they share an identifying value (and conflict in none). */
function repeats(a: Fields, b: Fields): boolean {
  let shared = 0;
  let onlyA = 0;
  let onlyB = 0;
  for (const name of IDENTIFYING) {
    const va = a[name]?.v;
    const vb = b[name]?.v;
    if (va && vb) shared++;
    else if (va) onlyA++;
    else if (vb) onlyB++;
  }
  if (shared === 0) return onlyA === 0 && onlyB === 0;
  return true;
}

function isConsequence(c: Cluster): boolean {
  return c.category === 'credentials' && !c.strong;
}

/** How far a short form may lie from the denial it stands for. */
const SHORT_FORM_REACH = 8000;

/** Whether a message names who, what or which resource was denied. */
function specific(f: Fields): boolean {
  return f.principal !== undefined || f.action !== undefined || f.resource !== undefined;
}

function identified(f: Fields): boolean {
  for (const name of IDENTIFYING) if (f[name]) return true;
  return false;
}

const STATUS_ONLY = /^(?:40[13]|Forbidden|Unauthorized)$/;

/** A weak denial that names nothing of the call, and a credentials failure stated after it: the pair the two below read. */
function bareDenialAboveCredentials(group: Cluster, c: Cluster): boolean {
  // (The failure below may be a weak phrase its own credentials code makes certain: "The AWS Access Key Id you provided
  // does not exist …" ⏎ "(… Error Code: InvalidAccessKeyId)".)
  const stated = c.strong || (c.fields.errorCode !== undefined && codeKind(c.fields.errorCode.v) === 'credentials');
  return group.category === 'access-denied' && !group.strong && c.category === 'credentials' && stated && !specific(group.fields) && !group.fields.operation;
}

/**
 * An access-denied code alone, and a credentials failure that prints the same code — or only the HTTP status a tool
 * printed above the credentials failure it wraps ("Forbidden - perhaps check your credentials?" ⏎
 * "SignatureDoesNotMatchThe request signature we calculated does not match …").
 */
function sameBareCode(group: Cluster, c: Cluster): boolean {
  const a = group.fields.errorCode?.v;
  const b = c.fields.errorCode?.v;
  if (!bareDenialAboveCredentials(group, c)) return false;
  return a !== undefined && b !== undefined && (codeName(a) === codeName(b) || STATUS_ONLY.test(a));
}

/**
 * A refusal's words alone (boto2's "S3ResponseError: 403 Forbidden") right above the credentials failure its body
 * names (`<Code>SignatureDoesNotMatch</Code>`): one failure, the body's.
 */
function bareWordsAbove(text: string, group: Cluster, c: Cluster): boolean {
  if (!bareDenialAboveCredentials(group, c) || group.fields.errorCode) return false;
  if (c.start - group.end > 300 || blankLineBetween(text, group.end, c.start)) return false;
  // (Only the response's own body: a second error on the next line, "Access Denied." ⏎ "…signature … does not match",
  // is another failure.)
  return /<\?xml|<Error>/.test(text.slice(group.end, c.start + 40));
}

/**
 * A writer's report of S3's code ("S3 would throw 'AccessDenied' error …") above the `<Message>` of the body they quote
 * ("Request has expired"): the body's credentials failure under that code, as S3 sent them together.
 */
function codeAboveItsMessage(text: string, group: Cluster, c: Cluster): boolean {
  if (!bareDenialAboveCredentials(group, c) || !group.fields.errorCode) return false;
  return c.start - group.end <= 300 && /<Message>\s{0,3}$/.test(text.slice(Math.max(group.end, c.start - 40), c.start));
}

/** A credentials failure told by its code alone, and the one below printing the same code. */
function codeOnlyOf(group: Cluster, c: Cluster): boolean {
  const a = group.fields.errorCode?.v;
  const b = c.fields.errorCode?.v;
  return group.category === 'credentials' && c.category === 'credentials' && !group.fields.operation && !!a && !!b && codeName(a) === codeName(b);
}

/**
 * A request's refused status line (a browser console's "POST https://runtime-v2-lex….amazonaws.com/… 403 (Forbidden)")
 * right above the credentials failure the client then names for it ("ExpiredTokenException: The security token … is
 * expired"): one failure, the client's.
 */
function statusLineAbove(text: string, group: Cluster, c: Cluster): boolean {
  if (!bareDenialAboveCredentials(group, c) || group.fields.errorCode || !c.fields.errorCode) return false;
  return c.start - group.end <= 300 && /\b40[13]\b[^\n]{0,20}\(?(?:Forbidden|Unauthorized)\)?[ \t]*$/.test(text.slice(group.start, group.end));
}

const HEADING = /\n#{1,6}[ \t]+\S/;
const LIST_ITEM = /\n[-*•][ \t]{1,3}\S/;

function newListItem(text: string, from: number, to: number): boolean {
  return to - from > 0 && to - from < 2000 && LIST_ITEM.test(text.slice(from, to));
}

// A list of cases each under the same label ("Problem: NoCredentialsError: …" ⏎ ⏎ "Problem: ExpiredTokenException: …").
// (Not "Error:": Terraform prints one failure's chain as several of its blocks.)
const LINE_LABEL = /^[ \t]{0,8}(?!Error:)([A-Z][a-z]{2,20}):[ \t]/;

/** Whether the line at `to` starts with the label the line at `from` starts with, a blank line between them. */
function sameLabelAgain(text: string, from: number, to: number): boolean {
  // (Bounded looks back: a long line of many pieces costs no scan to its start per pair.)
  if (to - from > 2000) return false;
  const a = lastIndexWithin(text, '\n', from + 1, 200) + 1;
  const b = lastIndexWithin(text, '\n', to + 1, 200) + 1;
  if (a === 0 && from > 200) return false;
  if (b <= a) return false;
  const label = LINE_LABEL.exec(text.slice(a, a + 40))?.[1];
  return !!label && LINE_LABEL.exec(text.slice(b, b + 40))?.[1] === label && blankLineBetween(text, a, b);
}

function headingBetween(text: string, from: number, to: number): boolean {
  return to - from > 0 && HEADING.test(text.slice(from, Math.min(to, from + 20000)));
}

/** Adjacent parts of one message, and repeats of the same message, become one finding. */
export function mergeClusters(text: string, clusters: Cluster[], maxFindings: number): Cluster[] {
  const groups: Cluster[] = [];
  for (const c of clusters) {
    let merged = false;
    for (let g = groups.length - 1; g >= 0 && g >= groups.length - LOOKAROUND; g--) {
      const group = groups[g]!;
      // (The cause may be a credentials failure itself: "failed to refresh cached credentials, operation error STS:
      // AssumeRole, … api error ExpiredToken".)
      // Nor need it be a strong one: a code the chain ends in ("refresh cached SSO token failed, … operation error SSO OIDC:
      // CreateToken, … InvalidGrantException:") is the cause of the uncoded words before it.
      const codedCause = isConsequence(group) && isConsequence(c) && !group.fields.errorCode && !!c.fields.errorCode;
      const consequencePair = ((group.category !== c.category || group.strong !== c.strong) && (isConsequence(group) || isConsequence(c))) || codedCause;
      // (An HTTP status told above the credentials failure that names its own code is no other code: it is restated.)
      const statusAbove = g === groups.length - 1 && STATUS_ONLY.test(group.fields.errorCode?.v ?? '') && c.start - group.end <= 300 && bareDenialAboveCredentials(group, c);
      if (conflict(statusAbove ? { ...group.fields, errorCode: undefined } : group.fields, c.fields, consequencePair)) continue;
      // A warning a tool recovered from (CDK's "could not be used to assume …, Proceeding anyway") is no part of a
      // denial that stopped it, nor the other way round.
      if (group.recovered !== c.recovered) continue;
      // A blank line separates messages, except after a bare heading ("Access denied" above its detail).
      const near =
        c.start - group.end <= NEAR &&
        (!blankLineBetween(text, group.end, c.start) || !identified(group.fields) || !identified(c.fields)) &&
        !sameLabelAgain(text, group.start, c.start);
      // "failed to retrieve credentials" next to the denial that caused it is that denial (Go's chain names the
      // outer call first: "operation error STS: GetCallerIdentity, … failed to refresh cached credentials,
      // operation error STS: AssumeRole, … AccessDenied": the denied call is the operation).
      // A JSON log line nests the cause inside its wrapper (JS SDK v2: "Missing credentials in config" … "originalError":
      // {… "User: … is not authorized to perform: sts:AssumeRole …"}): the same line, however long, is one event.
      // A list of separate errors (a README's "Common errors:", one bullet each) pairs none of them.
      const consequence = consequencePair && (near || sameLine(text, group.end, c.start, CONSEQUENCE_LINE_REACH)) && !newListItem(text, group.end, c.start);
      if (consequence && isConsequence(group) && c.fields.operation) group.fields.operation = c.fields.operation;
      // A bare code (a Rust error chain's "unhandled error (AccessDeniedException)") is the short form of the
      // credentials failure printed with that code below it ("code: \"AccessDeniedException\", message: \"The bearer token
      // included in the request is invalid.\"").
      const restated = g === groups.length - 1 && (sameBareCode(group, c) || bareWordsAbove(text, group, c) || codeAboveItsMessage(text, group, c) || statusLineAbove(text, group, c));
      if (group.category !== c.category && !consequence && !restated) continue;
      // A denial that names nothing is the short form of the next one that does, whatever lies between them
      // (an EC2 encoded message and its decoded document, "An error occurred (AccessDenied)…: Access Denied" and
      // the CloudTrail record of that call, a log's "Access Denied" and the detail further down): one finding,
      // or the explanation would be about the short form.
      // Words alone ("I have an `Access Denied` error when …") stand for the next message with anything more.
      // A credentials code told alone (a heading's "…（InvalidToken）") stands so for the message printing that code.
      const shortForm =
        g === groups.length - 1 &&
        !specific(group.fields) &&
        ((c.category === 'access-denied' && (specific(c.fields) || (!identified(group.fields) && identified(c.fields)))) ||
          (codeOnlyOf(group, c) && !!c.fields.operation)) &&
        c.start - group.end <= SHORT_FORM_REACH;
      // A document's next section (a markdown heading between) retells another case, not this one again. (A status told in
      // a heading right above the message that names its code — "## Error 3: 403 Forbidden - Invalid Access Key" ⏎
      // "### Error Message" ⏎ "…InvalidAccessKeyId…" — is that message.)
      const restatedBelow = restated && c.start - group.end <= 300;
      if (!near && !consequence && !shortForm && !restatedBelow && (!repeats(group.fields, c.fields) || headingBetween(text, group.end, c.start))) continue;
      // Bare words give the finding no message of their own: the message that says more is shown. So does a code told
      // alone ("returned an `AccessDeniedException`, citing the SCP:" ⏎ the quoted sentence).
      if (shortForm && !near && !group.fields.operation) {
        group.msgStart = c.msgStart;
        group.msgEnd = c.msgEnd;
      }
      if (consequence) {
        if (isConsequence(group)) group.category = c.category;
        group.strong = true;
      }
      if (restated) {
        group.category = 'credentials';
        group.strong = true;
        // The failure's own code, not the status above it.
        if (c.fields.errorCode && STATUS_ONLY.test(group.fields.errorCode?.v ?? '')) group.fields.errorCode = c.fields.errorCode;
      }
      // The consequence after a denial names the outer call whose credentials failed ("operation error Route 53:
      // ListHostedZones, get identity: get credentials: failed to refresh cached credentials, …"): the denial's own
      // call, printed with it, is the finding's operation, not that one.
      if (consequence && isConsequence(c) && group.category === 'access-denied') mergeFields(group.fields, { ...c.fields, operation: undefined });
      else mergeFields(group.fields, c.fields);
      group.recovered &&= c.recovered;
      if (near || consequence || restatedBelow) {
        group.end = Math.max(group.end, c.end);
        group.msgEnd = Math.max(group.msgEnd, c.msgEnd);
        group.msgStart = Math.min(group.msgStart, c.msgStart);
      }
      merged = true;
      break;
    }
    if (!merged) {
      if (groups.length >= maxFindings) break;
      groups.push({ ...c, fields: { ...c.fields } });
    }
  }
  return groups;
}
