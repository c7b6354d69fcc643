// Turns the pieces of all families into findings:
//  1. every wrapper attaches to the core it wraps (forward, backward or around, within its reach, never across
//     a blank line or past another code); a wrapper that wraps nothing but names an auth or credentials code
//     becomes a core of its own;
//  2. a weak core (a bare "Access Denied") whose own error code is an ordinary service error is dropped;
//  3. overlapping cores are one message; then a message merges into an earlier one when their fields agree and
//     they are adjacent, or when it repeats it (same code, operation, action…: a traceback printing it twice) —
//     merge-clusters.ts.
// Field values merge by priority (types.ts `P`), so the statement's own words beat an envelope's guess.
import { principalTypeAndAccount } from '../arn';
import type { Category, Finding } from '../model';
import { authFailureDenial, codeKind } from './codes';
import { withoutCodeLists } from './code-list';
import { LOOKAROUND, mergeClusters, mergeFields, type Cluster } from './merge-clusters';
import { operationOf } from './operation-of';
import { DIRECT_CODE, P, lastStartingAtOrBefore, type Fields, type Piece } from './types';
import { blankLineBetween, lastIndexWithin } from './text';

export const MAX_FINDINGS = 1000;
export const MAX_MESSAGE_CHARS = 2000;

// The SDKs' detail block right after a message, when the service that said it answered 403.
const INNER_FORBIDDEN = /^[^()]{0,200}\((?:Service:\s{0,3}[\w\s]{1,60}[;,]\s{0,3})?Status\s{0,3}Code:\s{0,3}403\b/;
const FULL_ACCOUNT = /^\d{12}$/;
const CUT_IAM_ARN = /^arn:[\w-]{0,20}:iam:{0,2}$/;
/** Between a sentence and the message it introduces: its colon, blank lines, a code fence's opening (normalize drops
 * most) and the message's elided start. */
const INTRODUCES = /^[`'"”]?[:\s]*(?:(?:```|~~~)[\w-]{0,20}[ \t]*\n\s*)?(?:(?:\.{3}|…)[ \t]*)?$/;

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
      // "…operation:" ⏎ ⏎ "User: …" — nothing but the colon and blank lines between is still the same message, also
      // when the message is the code block the sentence introduces ("failed with `403 UnauthorizedOperation`:" ⏎ ```).
      const adjoining = distance <= w.reach && (!blankLineBetween(text, w.end, c.start) || INTRODUCES.test(text.slice(w.end, c.start)));
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

/**
 * Whether the text between two codes has words of its own. An XML error body's opening is none ("(403) when calling
 * the ReceiveMessage operation: <ErrorResponse xmlns=…>⏎<Error>⏎<Type>Sender</Type>⏎<Code>AccessDenied</Code>").
 */
function hasWords(between: string): boolean {
  if (!/[A-Za-z]{2}/.test(between)) return false;
  if (between.indexOf('<') < 0) return true;
  return /[A-Za-z]{2}/.test(between.replace(/<[^<>\n]{0,300}>/g, '').replace(/\b(?:Sender|Receiver)\b/g, ''));
}

/**
 * Where the next wrapper naming a different operation than wrappers[i] starts, within its reach (wrappers sorted by
 * start). A Go chain's calls follow each other with no words between ("operation error Timestream Write: WriteRecords,
 * operation error Timestream Write: DescribeEndpoints, …"): the outer call names the failure, the inner is no fence.
 */
function nextOtherCall(text: string, wrappers: Piece[], i: number): number {
  const w = wrappers[i]!;
  const op = w.fields.operation!.v.toLowerCase();
  let from = w.end;
  for (let j = i + 1; j < wrappers.length && wrappers[j]!.start <= w.end + w.reach; j++) {
    const o = wrappers[j]!;
    if (o.start < from || !o.fields.operation) continue;
    if (!hasWords(text.slice(from, o.start))) {
      from = o.end;
      continue;
    }
    if (o.fields.operation.v.toLowerCase() !== op) return o.start;
  }
  return Infinity;
}

function attachAll(text: string, cores: Piece[], wrappers: Piece[], attached: Map<Piece, Piece[]>): Piece[] {
  const loose: Piece[] = [];
  // Fences: the previous code wrapper's end and the next one's start, per wrapper.
  const coded = wrappers.filter(hasCode);
  let ci = 0;
  for (let wi = 0; wi < wrappers.length; wi++) {
    const w = wrappers[wi]!;
    while (ci < coded.length && coded[ci]!.start < w.start) ci++;
    // coded[ci] is the first code wrapper starting at or after w; skip w itself.
    let next = ci;
    while (next < coded.length && (coded[next] === w || coded[next]!.start < w.end)) next++;
    // A code wrapper right before another (`AuthorizationErrorException: An error occurred (AuthorizationError)…`)
    // wraps the same message; only one with words of its own in between ("Rate exceeded") is a fence.
    const after = next < coded.length ? coded[next]! : null;
    let fenceAfter = hasCode(w) && after && hasWords(text.slice(w.end, Math.min(after.start, w.end + 400))) ? after.start : Infinity;
    // Nor past the next wrapper naming another call ("Error calling ECR.getRepositoryPolicy - … not exist" ⏎ "Error
    // calling SimpleDB.domainMetadata - User … does not have permission …").
    if (w.fields.operation && w.dir !== 'backward') fenceAfter = Math.min(fenceAfter, nextOtherCall(text, wrappers, wi));
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

/**
 * No IAM or STS name holds a space: spaces inside an ARN's name (`…:assumed-role/cd-paas-service -dev-Role/…`) are a
 * console's re-flow. Masks keep theirs (`[account id]`, `xxxx :user/…`).
 */
function withoutInsertedSpaces(principal: string): string {
  const m = /^(arn:[^:\s]{1,20}:(?:iam|sts)::[^:]{0,40}:)(\S+(?:[ \t]+\S+){1,8})$/.exec(principal);
  if (!m || /[[<{(*]/.test(principal)) return principal;
  // A writer's placeholder in plain words (`user/user name`) is kept as printed: a re-flow cuts generated names,
  // which hold hyphens, digits or capitals inside (`ngpay-ser vice-dev-CFNExecutionRole`).
  const words = m[2]!.split(/[ \t]+/);
  if (words.slice(1).every((w) => /^[a-z]+$/.test(w)) && /(?:^|\/)[a-z]+$/.test(words[0]!)) return principal;
  return m[1] + m[2]!.replace(/(?<=[\w.@=,+-])[ \t]+(?=[\w.@=,+-])/g, '');
}

function finalize(text: string, c: Cluster): Finding {
  const f = c.fields;
  const principal = f.principal ? withoutInsertedSpaces(f.principal.v) : null;
  const info = principal ? principalTypeAndAccount(principal) : null;
  // A structured source (CloudTrail's userIdentity) may know what the ARN does not say: a service caller, the
  // account of a masked or missing ARN.
  if (info && f.principalType && info.type === 'unknown') info.type = f.principalType.v;
  if (info && f.accountId && info.accountId === null) info.accountId = f.accountId.v;
  // A record's own `userIdentity.accountId` (or a decoded message's aws:PrincipalAccount) names the caller's account
  // in full where an example's ARN abbreviates it (`arn:aws:sts::123:assumed-role/…`).
  if (info && f.accountId && FULL_ACCOUNT.test(f.accountId.v) && !FULL_ACCOUNT.test(info.accountId ?? '')) info.accountId = f.accountId.v;
  const action = f.action?.v ?? null;
  const resource = f.resource?.v ?? null;
  let policyType = f.policyType?.v ?? 'unknown';
  const denyKind = f.denyKind?.v ?? 'unknown';
  // STS decides AssumeRole* on a role by the role's trust policy; the labels (and IAM) call that layer "trust". (Also
  // where a service printed the action without its prefix: CodePipeline's "perform AssumeRole on role arn:…".)
  if (c.category === 'access-denied' && policyType === 'unknown' && denyKind === 'unknown' && action) {
    if (/^(?:sts:)?AssumeRoleWith(?:WebIdentity|SAML)$/i.test(action)) policyType = 'trust';
    // AssumeRole acts on roles only: any resource it names is one, unless it visibly names something else (a user's
    // or an instance profile's ARN put where the role's belongs). An elided resource (`on resource ...`) names no role,
    // nor does an ARN cut before its resource part (`on resource: arn:aws:iam`, a client that shortened the message).
    else if (/^(?:sts:)?AssumeRole/i.test(action) && resource && !/:(?:user|instance-profile)\/|^user\s/i.test(resource) && !/^(?:\.{2,}|…)$/.test(resource) && !CUT_IAM_ARN.test(resource)) policyType = 'trust';
  }
  let message = text.slice(c.msgStart, c.msgEnd).trim();
  if (message.length > MAX_MESSAGE_CHARS) message = message.slice(0, MAX_MESSAGE_CHARS - 1) + '…';
  const credentials = c.category === 'credentials';
  return {
    category: c.category,
    principal,
    // A record may say what kind of caller it was without naming it (`"userIdentity": {"type": "AssumedRole"}`).
    principalType: info ? info.type : (f.principalType?.v ?? null),
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

export function assemble(text: string, all: Piece[], families?: string[]): Finding[] {
  let cores: Piece[] = [];
  const wrappers: Piece[] = [];
  const pieces = withoutCodeLists(text, all);
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
    // A code that became a message of its own (nothing after it to wrap) is that message's code, also where another
    // family read the same code as an earlier message's (Terraform's list: "…: NoCredentialProviders" ⏎ "…No valid
    // credential sources…" ⏎ "…: AccessDenied: Access Denied" — the last line's code is not the credentials error's).
    // Only where the code's line starts an error of its own: otherwise it goes on the earlier message ("…from
    // custom-process: 2025/06/01 … AccessDeniedException", also where a terminal wrapped it onto the next line).
    const promotedAt = new Map<number, Piece[]>();
    for (const w of promoted) promotedAt.set(w.start, [...(promotedAt.get(w.start) ?? []), w]);
    const sameCode = (x: Piece): boolean => promotedAt.get(x.start)?.some((w) => x.end <= w.end && x.fields.errorCode?.v === w.fields.errorCode?.v) ?? false;
    for (const [core, list] of attached) {
      // (A bounded look back: a line longer than that starts no error the code could belong to.)
      const ownLine = (x: Piece): boolean => {
        const lineStart = lastIndexWithin(text, '\n', x.start, 400) + 1;
        return lineStart > 0 && lineStart > core.end && /^[ \t]{0,8}error\b/i.test(text.slice(lineStart, x.start));
      };
      const moved = new Set(list.filter((x) => x.fields.errorCode !== undefined && sameCode(x) && ownLine(x)));
      if (moved.size === 0) continue;
      attached.set(core, list.filter((x) => !moved.has(x)));
      rest.push(...moved);
    }
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
      if (w.aside) continue;
      msgStart = Math.min(msgStart, w.start);
      msgEnd = Math.max(msgEnd, w.end);
    }
    let category = core.category ?? 'access-denied';
    const code = fields.errorCode;
    // A weak core takes its category from the service's own code, and an ordinary service error overrules it —
    // unless the core is itself a denial's code that the other error reports ("Error [ValidationError]:
    // AccessDenied. User doesn't have permission to call ssm:GetParameters": CloudFormation wrapping SSM's refusal).
    const own = core.fields.errorCode ? codeKind(core.fields.errorCode.v) : null;
    if (code && code.p >= DIRECT_CODE && !core.strong) {
      const kind = codeKind(code.v);
      // An encoded authorization failure message is the denial's own statement, whatever code carried it (EKS's
      // InvalidRequestException: "You are not authorized to launch instances with this launch template. Encoded …").
      // A code standing alone says its message after it, on its line (`AuthFailure: You are not the owner of …`).
      const said = text.slice(core.start, Math.max(core.end, Math.min(text.length, msgEnd + 300)));
      // So is a refusal the inner service answered with 403 (Bedrock's model access relayed by a knowledge base's
      // ValidationException: "You don't have access to the model … (Service: BedrockRuntime, Status Code: 403, …)").
      if (kind === 'other' && own !== 'auth' && core.fields.encoded?.v !== true && !INNER_FORBIDDEN.test(said.slice(core.end - core.start, core.end - core.start + 300))) continue;
      const nl = said.indexOf('\n', core.end - core.start);
      const denial = authFailureDenial(code.v, nl < 0 ? said : said.slice(0, nl));
      if (kind === 'credentials') category = denial ? 'access-denied' : 'credentials';
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

  const groups = mergeClusters(text, clusters, MAX_FINDINGS);
  // A warning the tool went on from is the finding only when nothing failed.
  const failed = groups.filter((g) => !g.recovered);
  const sorted = sortStable(failed.length > 0 ? failed : groups, (a, b) => a.msgStart - b.msgStart);
  if (families) for (const g of sorted) families.push(g.family ?? 'unknown');
  return sorted.map((g) => finalize(text, g));
}
