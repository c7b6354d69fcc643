// Turns the pieces of all families into findings:
//  1. every wrapper attaches to the core it wraps (forward, backward or around, within its reach, never across
//     a blank line or past another code); a wrapper that wraps nothing but names an auth or credentials code
//     becomes a core of its own;
//  2. a weak core (a bare "Access Denied") whose own error code is an ordinary service error is dropped;
//  3. overlapping cores are one message; then a message merges into an earlier one when their fields agree and
//     they are adjacent, or when it repeats it (same code, operation, action…: a traceback printing it twice).
// Field values merge by priority (types.ts `P`), so the statement's own words beat an envelope's guess.
import { principalTypeAndAccount } from '../arn';
import type { Category, Finding } from '../model';
import { codeKind, codeName } from './codes';
import { operationOf } from './operation-of';
import { DIRECT_CODE, P, putField, type FieldName, type Fields, type Piece } from './types';
import { blankLineBetween } from './text';

export const MAX_FINDINGS = 1000;
export const MAX_MESSAGE_CHARS = 2000;

const NEAR = 300;
const LOOKAROUND = 8;

interface Cluster {
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

function mergeFields(into: Fields, from: Fields): void {
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

/** Index of the last core whose start is <= pos (cores sorted by start), or -1. */
function lastStartingAtOrBefore(cores: Piece[], pos: number): number {
  let lo = 0;
  let hi = cores.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cores[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function hasCode(piece: Piece): boolean {
  return piece.fields.errorCode !== undefined;
}

/**
 * The core a wrapper wraps. `fence` bounds the search: a forward wrapper does not reach past the next
 * code-bearing wrapper, a backward one not before the previous one (each message has its own code).
 */
function target(text: string, cores: Piece[], w: Piece, fenceBefore: number, fenceAfter: number): number {
  const i = lastStartingAtOrBefore(cores, w.start);
  // Containment: the wrapper sits inside a core (a CLI envelope inside a CloudTrail record's errorMessage).
  for (let k = i; k >= 0 && k > i - LOOKAROUND; k--) {
    if (cores[k]!.end > w.start) return k;
  }
  let best = -1;
  let bestDistance = Infinity;
  if (w.dir !== 'backward') {
    const k = i + 1;
    const c = cores[k];
    if (c && c.start < fenceAfter) {
      const distance = Math.max(0, c.start - w.end);
      // "…operation:" ⏎ ⏎ "User: …" — nothing but the colon and blank lines between is still the same message.
      const adjoining = distance <= w.reach && (!blankLineBetween(text, w.end, c.start) || /^[:\s]*$/.test(text.slice(w.end, c.start)));
      if (adjoining) {
        best = k;
        bestDistance = distance;
      }
    }
  }
  if (w.dir !== 'forward') {
    for (let k = i; k >= 0 && k > i - LOOKAROUND; k--) {
      const c = cores[k]!;
      if (c.end <= fenceBefore) break;
      const distance = Math.max(0, w.start - c.end);
      if (distance <= w.reach && !blankLineBetween(text, c.end, w.start)) {
        if (distance < bestDistance) {
          best = k;
          bestDistance = distance;
        }
        break;
      }
    }
  }
  return best;
}

function attachAll(text: string, cores: Piece[], wrappers: Piece[], attached: Map<Piece, Piece[]>): Piece[] {
  const loose: Piece[] = [];
  // Fences: the previous code wrapper's end and the next one's start, per wrapper.
  const coded = wrappers.filter(hasCode);
  let ci = 0;
  for (const w of wrappers) {
    while (ci < coded.length && coded[ci]!.start < w.start) ci++;
    // coded[ci] is the first code wrapper starting at or after w; skip w itself.
    let next = ci;
    while (next < coded.length && (coded[next] === w || coded[next]!.start < w.end)) next++;
    // A code wrapper right before another (`AuthorizationErrorException: An error occurred (AuthorizationError)…`)
    // wraps the same message; only one with words of its own in between ("Rate exceeded") is a fence.
    const after = next < coded.length ? coded[next]! : null;
    const fenceAfter =
      hasCode(w) && after && /[A-Za-z]{2}/.test(text.slice(w.end, Math.min(after.start, w.end + 400))) ? after.start : Infinity;
    const prev = ci - 1;
    const fenceBefore = hasCode(w) && prev >= 0 ? coded[prev]!.end : -Infinity;
    const k = target(text, cores, w, fenceBefore, fenceAfter);
    if (k < 0) {
      loose.push(w);
      continue;
    }
    const core = cores[k]!;
    const list = attached.get(core);
    if (list) list.push(w);
    else attached.set(core, [w]);
  }
  return loose;
}

function byStart(a: Piece, b: Piece): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Sorts in place, stably, like Array.prototype.sort: insertion sort for the few pieces a message has (the
 * built-in's set-up costs more than sorting them), the built-in beyond that (hostile texts with many pieces).
 */
function sortStable<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > 12) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    while (j >= 0 && compare(items[j]!, item) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
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

function finalize(text: string, c: Cluster): Finding {
  const f = c.fields;
  const principal = f.principal?.v ?? null;
  const info = principal ? principalTypeAndAccount(principal) : null;
  // A structured source (CloudTrail's userIdentity) may know what the ARN does not say: a service caller, the
  // account of a masked or missing ARN.
  if (info && f.principalType && info.type === 'unknown') info.type = f.principalType.v;
  if (info && f.accountId && info.accountId === null) info.accountId = f.accountId.v;
  const action = f.action?.v ?? null;
  const resource = f.resource?.v ?? null;
  let policyType = f.policyType?.v ?? 'unknown';
  const denyKind = f.denyKind?.v ?? 'unknown';
  // STS decides AssumeRole* on a role by the role's trust policy; the labels (and IAM) call that layer "trust".
  if (c.category === 'access-denied' && policyType === 'unknown' && denyKind === 'unknown' && action) {
    if (/^sts:AssumeRoleWith(?:WebIdentity|SAML)$/i.test(action)) policyType = 'trust';
    else if (/^sts:AssumeRole/i.test(action) && resource && /:role\/|^role\s/i.test(resource)) policyType = 'trust';
  }
  let message = text.slice(c.msgStart, c.msgEnd).trim();
  if (message.length > MAX_MESSAGE_CHARS) message = message.slice(0, MAX_MESSAGE_CHARS - 1) + '…';
  const credentials = c.category === 'credentials';
  return {
    category: c.category,
    principal,
    principalType: info ? info.type : null,
    // Without a principal, an account said on its own ("User with accountId: N") is still the caller's.
    accountId: info ? info.accountId : (f.accountId?.v ?? null),
    action,
    resource,
    policyType: credentials ? null : policyType,
    denyKind: credentials ? null : denyKind,
    policyArn: f.policyArn?.v ?? null,
    errorCode: f.errorCode?.v ?? null,
    operation: operationOf(f, action),
    encoded: f.encoded?.v === true,
    authorizationId: f.authorizationId?.v ?? null,
    authorizationUrl: f.authorizationUrl?.v ?? null,
    matchedStatements: f.matchedStatements?.v ?? null,
    accountSetting: f.accountSetting?.v ?? null,
    message,
  };
}

export function assemble(text: string, pieces: Piece[], families?: string[]): Finding[] {
  let cores: Piece[] = [];
  const wrappers: Piece[] = [];
  for (const p of pieces) (p.kind === 'core' ? cores : wrappers).push(p);
  sortStable(cores, byStart);
  sortStable(wrappers, byStart);
  const attached = new Map<Piece, Piece[]>();

  const loose = attachAll(text, cores, wrappers, attached);
  const promoted = loose.filter((w) => w.category !== null);
  if (promoted.length > 0) {
    const added = promoted.map((w): Piece => ({ ...w, kind: 'core', strong: false, fields: { ...w.fields } }));
    cores = sortStable(cores.concat(added), byStart);
    const rest = loose.filter((w) => w.category === null);
    attachAll(text, cores, rest, attached);
  }

  // Apply wrapper fields; drop weak cores that an ordinary service error code overrules.
  const clusters: Cluster[] = [];
  const kept: Array<{ core: Piece; fields: Fields; category: Category; msgStart: number; msgEnd: number }> = [];
  for (const core of cores) {
    const fields: Fields = { ...core.fields };
    let msgStart = core.start;
    let msgEnd = core.end;
    for (const w of attached.get(core) ?? []) {
      mergeFields(fields, w.fields);
      msgStart = Math.min(msgStart, w.start);
      msgEnd = Math.max(msgEnd, w.end);
    }
    let category = core.category ?? 'access-denied';
    const code = fields.errorCode;
    // A weak core takes its category from the service's own code, and an ordinary service error overrules it.
    if (code && code.p >= DIRECT_CODE && !core.strong) {
      const kind = codeKind(code.v);
      if (kind === 'other') continue;
      if (kind === 'credentials') category = 'credentials';
      if (kind === 'auth') category = 'access-denied';
    }
    kept.push({ core, fields, category, msgStart, msgEnd });
  }

  // Overlapping statements are one message.
  for (const k of kept) {
    const last = clusters[clusters.length - 1];
    if (last && k.core.start < last.end) {
      mergeFields(last.fields, k.fields);
      if (k.core.strong && !last.strong) {
        last.category = k.category;
        last.strong = true;
        last.family = k.core.family;
      } else if (k.category === 'credentials' && k.core.strong) {
        last.category = 'credentials';
      }
      last.recovered &&= k.core.recovered === true;
      last.end = Math.max(last.end, k.core.end);
      last.msgStart = Math.min(last.msgStart, k.msgStart);
      last.msgEnd = Math.max(last.msgEnd, k.msgEnd);
      continue;
    }
    clusters.push({
      fields: k.fields,
      category: k.category,
      strong: k.core.strong,
      start: k.core.start,
      end: k.core.end,
      msgStart: k.msgStart,
      msgEnd: k.msgEnd,
      family: k.core.family,
      recovered: k.core.recovered === true,
    });
  }

  // Adjacent parts of one message, and repeats of the same message, become one finding.
  const groups: Cluster[] = [];
  for (const c of clusters) {
    let merged = false;
    for (let g = groups.length - 1; g >= 0 && g >= groups.length - LOOKAROUND; g--) {
      const group = groups[g]!;
      const consequencePair = group.category !== c.category && (isConsequence(group) || isConsequence(c));
      if (conflict(group.fields, c.fields, consequencePair)) continue;
      // A blank line separates messages, except after a bare heading ("Access denied" above its detail).
      const near = c.start - group.end <= NEAR && (!blankLineBetween(text, group.end, c.start) || !identified(group.fields) || !identified(c.fields));
      // "failed to retrieve credentials" next to the denial that caused it is that denial (Go's chain names the
      // outer call first: "operation error STS: GetCallerIdentity, … failed to refresh cached credentials,
      // operation error STS: AssumeRole, … AccessDenied": the denied call is the operation).
      const consequence = near && consequencePair;
      if (consequence && isConsequence(group) && c.fields.operation) group.fields.operation = c.fields.operation;
      if (group.category !== c.category && !consequence) continue;
      // A denial that names nothing is the short form of the next one that does, whatever lies between them
      // (an EC2 encoded message and its decoded document, "An error occurred (AccessDenied)…: Access Denied" and
      // the CloudTrail record of that call, a log's "Access Denied" and the detail further down): one finding,
      // or the explanation would be about the short form.
      const shortForm =
        g === groups.length - 1 && c.category === 'access-denied' && !specific(group.fields) && specific(c.fields) && c.start - group.end <= SHORT_FORM_REACH;
      if (!near && !shortForm && !repeats(group.fields, c.fields)) continue;
      if (consequence) {
        group.category = 'access-denied';
        group.strong = true;
      }
      mergeFields(group.fields, c.fields);
      group.recovered &&= c.recovered;
      if (near) {
        group.end = Math.max(group.end, c.end);
        group.msgEnd = Math.max(group.msgEnd, c.msgEnd);
        group.msgStart = Math.min(group.msgStart, c.msgStart);
      }
      merged = true;
      break;
    }
    if (!merged) {
      if (groups.length >= MAX_FINDINGS) break;
      groups.push({ ...c, fields: { ...c.fields } });
    }
  }
  // A warning the tool went on from is the finding only when nothing failed.
  const failed = groups.filter((g) => !g.recovered);
  const sorted = sortStable(failed.length > 0 ? failed : groups, (a, b) => a.msgStart - b.msgStart);
  if (families) for (const g of sorted) families.push(g.family ?? 'unknown');
  return sorted.map((g) => finalize(text, g));
}
