// The JSON that `aws sts decode-authorization-message` prints, as people paste it: the CLI's answer
// (`{"DecodedMessage": "{\"allowed\":false,…}"}`, the document inside a JSON string), the document itself
// pretty-printed by jq or python, or pasted into a chat that ate its quotes and braces:
//   {"allowed":false,"explicitDeny":false,"matchedStatements":{"items":[{"statementId":"DenyX","effect":"DENY",…}]},
//    "failures":{…},"context":{"principal":{"id":"AROA…:alice","arn":"arn:aws:sts::…"},"action":"ec2:RunInstances",
//    "resource":"arn:aws:ec2:…","conditions":{"items":[{"key":"aws:Service","values":{"items":[{"value":"ec2"}]}}…]}}}
// explicitDeny true → explicit, false → implicit; without it, a matched DENY statement says explicit. The policy
// type is not in the document. Some services log the action without its service prefix ("RunInstances"): the
// prefix is the resource ARN's service, else the `aws:Service` condition value.
import type { MatchedStatement } from '../model';
import { mentions, mentionsAny } from './gate';
import { bool, get, items, str, type Loose, type LooseObject } from './loose-json';
import { eachObject, structuredValues } from './structured';
import { P, makeCore, makeWrapper, setField, type Piece, type Scan } from './types';

/** Keys only decoded messages have (found by the scan's single pass); a bare `"allowed"` key needs a brace too. */
const DECODED_WORDS = ['explicitdeny', 'matchedstatements', 'decodedmessage'];

export function scanDecodedAuthorization(scan: Scan): void {
  if (!mentionsAny(scan, DECODED_WORDS) && !(mentions(scan, '{') && mentions(scan, '"allowed"')) && !mentions(scan, 'allowed: false')) return;
  const covered: Array<[number, number]> = [];
  eachObject(structuredValues(scan), (node) => {
    if (!isDocument(node) && !isVerdictOnly(node)) return;
    // An allowed request's document is read too: its context must not be mistaken for a mangled denial's.
    covered.push([node.start, node.end]);
    const piece = documentPiece(node);
    if (piece) scan.pieces.push(piece);
  });
  if (mentions(scan, 'action') && scan.lower.includes('principal')) scanMangled(scan, covered);
}

/** A decoded document: its verdict keys beside a `context` naming the action or principal. */
function isDocument(node: LooseObject): boolean {
  const context = get(node, 'context');
  if (!context || context.t !== 'o') return false;
  if (!get(context, 'action') && !get(context, 'principal')) return false;
  return get(node, 'allowed') !== undefined || get(node, 'explicitDeny') !== undefined || get(node, 'matchedStatements') !== undefined;
}

/**
 * A document without its context (a mock, a skeletal example, a paste cut before "context") or with one that names
 * neither action nor principal: `"allowed": false`
 * beside `explicitDeny` or `matchedStatements` still says a request was denied and how.
 */
function isVerdictOnly(node: LooseObject): boolean {
  // A mock's context may name only what the code fills in (`"principalArn": profile.IAM_USER_ARN`): still none.
  const context = get(node, 'context');
  if ((context !== undefined && (context.t !== 'o' || isDocument(node))) || bool(get(node, 'allowed')) !== false) return false;
  return get(node, 'explicitDeny') !== undefined || get(node, 'matchedStatements') !== undefined;
}

function documentPiece(node: LooseObject): Piece | null {
  const verdictOnly = isVerdictOnly(node);
  if (!verdictOnly && !isDocument(node)) return null;
  if (bool(get(node, 'allowed')) === true) return null;
  // Without its context the verdict is what the document adds to the denial it decodes (the encoded message
  // next to it): a wrapper, a finding of its own only when nothing else is there.
  const core = verdictOnly
    ? makeWrapper(node.start, node.end, 'around', 800, 'access-denied')
    : makeCore(node.start, node.end, 'access-denied', true);
  const statements = matchedStatements(get(node, 'matchedStatements'));
  const explicit = bool(get(node, 'explicitDeny'));
  const denies = statements.some((s) => s.effect === 'Deny');
  const kind = explicit === true || (explicit === null && denies) ? 'explicit' : explicit === false ? 'implicit' : 'unknown';
  setField(core, 'denyKind', kind, P.statement);
  if (statements.length > 0) setField(core, 'matchedStatements', statements, P.statement);
  if (verdictOnly) return core;
  const context = get(node, 'context');
  const principal = get(context, 'principal');
  const arn = str(get(principal, 'arn')) ?? str(get(principal, 'id'));
  setField(core, 'principal', arn, P.statement);
  const resource = str(get(context, 'resource'));
  setField(core, 'resource', resource, P.statement);
  const action = str(get(context, 'action'));
  if (action) setField(core, 'action', withServicePrefix(action, resource, conditionValue(get(context, 'conditions'), 'aws:Service')), P.statement);
  return core;
}

/** `RunInstances` → `ec2:RunInstances`, the service taken from the resource ARN or the aws:Service condition. */
export function withServicePrefix(action: string, resource: string | null, awsService: string | null): string {
  if (action.includes(':')) return action;
  if (!/^[A-Za-z][A-Za-z0-9]{1,127}$/.test(action)) return action;
  const fromArn = resource ? /^arn:[\w-]+:([a-z0-9-]{2,40}):/.exec(resource)?.[1] : undefined;
  const service = fromArn ?? (awsService && /^[a-z0-9-]{2,40}$/.test(awsService) ? awsService : null);
  return service ? `${service}:${action}` : action;
}

/** The first value of a condition key in a decoded document's `conditions.items`. */
function conditionValue(conditions: Loose | undefined, key: string): string | null {
  for (const item of items(get(conditions, 'items'))) {
    if (str(get(item, 'key'))?.toLowerCase() !== key.toLowerCase()) continue;
    const first = items(get(get(item, 'values'), 'items'))[0];
    return str(get(first, 'value'));
  }
  return null;
}

function matchedStatements(node: Loose | undefined): MatchedStatement[] {
  const out: MatchedStatement[] = [];
  for (const item of items(get(node, 'items'))) {
    const effect = str(get(item, 'effect'))?.toUpperCase();
    out.push({
      sid: str(get(item, 'statementId')),
      effect: effect === 'DENY' ? 'Deny' : effect === 'ALLOW' ? 'Allow' : null,
      policyUri: str(get(item, 'sourcePolicyId')),
      policyType: null,
    });
    if (out.length >= 50) break;
  }
  return out;
}

// Decoded documents a chat or an editor mangled (quotes eaten, braces elided with `...`): read by key near the
// "context" the document always has.
const CONTEXT = /["']?context["']?\s{0,5}[:{]/g;
// Between a key and its colon a mangled paste may leave escape debris ("arn\⏎":).
const PRINCIPAL_ARN = /["']?principal["']?\s{0,5}:?\s{0,5}\{[^{}]{0,1000}?["']?\barn["'\\\s]{0,6}:\s{0,5}["']?((?:arn:)?aws[\w-]{0,20}:[^"'\s,}]{1,1000})/;
const ACTION = /["']?action["']?\s{0,5}:\s{0,5}["']?([A-Za-z][A-Za-z0-9-]{0,40}:[A-Za-z][A-Za-z0-9*]{0,127}|[A-Z][A-Za-z0-9]{1,127})["']?/;
const RESOURCE = /["']?resource["']?\s{0,5}:\s{0,5}["']?([^"'\s,}]{1,2048})/;
const EXPLICIT = /["']?explicitDeny["']?\s{0,5}:\s{0,5}["']?(true|false)/i;
const AWS_SERVICE = /aws:Service["']?\s{0,5},\s{0,5}["']?values["']?\s{0,5}:\s{0,5}\{\s{0,5}["']?items["']?\s{0,5}:\s{0,5}\[\s{0,5}\{\s{0,5}["']?value["']?\s{0,5}:\s{0,5}["']?([a-z0-9-]{2,40})/;

function scanMangled(scan: Scan, covered: Array<[number, number]>): void {
  const { text } = scan;
  CONTEXT.lastIndex = 0;
  let m: RegExpExecArray | null;
  let c = 0;
  let previousEnd = 0;
  while ((m = CONTEXT.exec(text))) {
    const at = m.index;
    while (c < covered.length && covered[c]![1] <= at) c++;
    if (c < covered.length && covered[c]![0] <= at) continue;
    if (at < previousEnd) continue;
    const window = text.slice(at, at + 1500);
    const principal = PRINCIPAL_ARN.exec(window);
    const action = ACTION.exec(window);
    // A document's context names at least the action and the principal's ARN.
    if (!principal || !action) continue;
    const resource = RESOURCE.exec(window);
    const before = text.slice(Math.max(previousEnd, at - 12000), at);
    const explicit = EXPLICIT.exec(before);
    const start = explicit ? at - before.length + explicit.index : at;
    const end = at + Math.max(principal.index + principal[0].length, action.index + action[0].length, resource ? resource.index + resource[0].length : 0);
    const core = makeCore(start, end, 'access-denied', true);
    setField(core, 'principal', principal[1], P.statement);
    const res = resource?.[1] ?? null;
    if (res) setField(core, 'resource', res, P.statement);
    const service = AWS_SERVICE.exec(window)?.[1] ?? null;
    setField(core, 'action', withServicePrefix(action[1] ?? '', res, service), P.statement);
    setField(core, 'denyKind', explicit ? (explicit[1]?.toLowerCase() === 'true' ? 'explicit' : 'implicit') : 'unknown', P.statement);
    scan.pieces.push(core);
    previousEnd = end;
    CONTEXT.lastIndex = Math.max(CONTEXT.lastIndex, end);
  }
}
