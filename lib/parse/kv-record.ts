// CloudTrail records printed as keys and values rather than JSON or YAML: logfmt (`eventName=GetObject
// errorCode=AccessDenied userIdentity.arn=arn:…`), PowerShell's Format-List (`eventName : GetObject`, the identity as
// `@{type=AssumedRole; arn=arn:…}`), two-column tables of fields, aligned or in markdown (`| userIdentity.arn | arn:… |`)
// and flow style (`errorCode: AccessDenied, eventName: PutBucketPolicy, userIdentity: {type: IAMUser, arn: …}`).
// Only CloudTrail's own field names are read, each value checked for its shape, into a flat record of the loose values
// the JSON reader gives (`userIdentity.arn` as a flattened key, which the record family reads like a query tool's).
import type { LooseObject, LooseString } from './loose-types';
import { joinsConditions } from './query';

const FIELDS = ['eventSource', 'eventName', 'errorCode', 'errorMessage', 'awsRegion', 'recipientAccountId', 'sourceIPAddress', 'eventType'];
const GROUPS: Record<string, string[]> = {
  userIdentity: ['arn', 'type', 'userName', 'accountId', 'principalId', 'invokedBy'],
  requestParameters: ['bucketName', 'key'],
};
const CANONICAL = new Map<string, string>();
for (const f of FIELDS) CANONICAL.set(f.toLowerCase(), f);
for (const [group, members] of Object.entries(GROUPS)) {
  CANONICAL.set(group.toLowerCase(), group);
  for (const m of members) CANONICAL.set(`${group}.${m}`.toLowerCase(), `${group}.${m}`);
}
const NAMES = [...CANONICAL.values()].sort((a, b) => b.length - a.length).map((n) => n.replace('.', '\\.'));
// A field name standing as a key: after the start of a line, a space, a cell or list separator — not inside a word,
// not in JSON quotes (the JSON reader's), not followed by more name.
const KEY = new RegExp(`(?:^|[\\s|,;{(])(${NAMES.join('|')})(?![\\w.])`, 'gi');
// What separates a key from its value: `=`, `=>`, `:`, ` : `, a table cell, or the wide gap of an aligned column.
const SEPARATOR = /^(?:[ \t]*(?:=>|=|:|\|)[ \t]*|[ \t]{2,})/;
const TOKEN = /^[^\s|,;}'"]{1,2048}/;
const MAX_WINDOW = 4_000;
const MAX_RECORDS = 200;

const SHAPES: Record<string, RegExp> = {
  eventSource: /^[a-z0-9.-]+\.amazonaws\.com$/,
  eventName: /^[A-Za-z][A-Za-z0-9]{1,100}$/,
  errorCode: /^[A-Za-z][\w.:-]{1,100}$/,
  'userIdentity.arn': /^arn:/,
};

type Pairs = Map<string, LooseString>;

function put(pairs: Pairs, key: string, v: string, start: number, end: number): void {
  let value = v.trim();
  // A hand-written list names the event as its action (`EventName: 'kms:Decrypt'`): the event is the part after it.
  if (key === 'eventName' && /^[a-z0-9-]{2,40}:[A-Z]/.test(value)) {
    const colon = value.indexOf(':');
    value = value.slice(colon + 1);
    start += colon + 1;
  }
  if (value === '' || pairs.has(key)) return;
  const shape = SHAPES[key];
  if (shape && !shape.test(value)) return;
  pairs.set(key, { t: 's', start, end, v: value });
}

/** A group's members (`@{type=IAMUser; arn=…}`, `{type: IAMUser, arn: …}`) as flattened keys. */
function readGroup(text: string, group: string, from: number, pairs: Pairs): number {
  const open = text.indexOf('{', from);
  const close = text.indexOf('}', open);
  if (close < 0 || close - open > 2_000 || text.slice(open, close).includes('\n')) return from;
  const members = GROUPS[group]!;
  const inner = text.slice(open + 1, close);
  let offset = open + 1;
  for (const part of inner.split(/[;,]/)) {
    const m = /^\s*([A-Za-z]+)\s*[=:]\s*['"]?(.*?)['"]?\s*$/.exec(part);
    const name = m ? members.find((x) => x.toLowerCase() === m[1]!.toLowerCase()) : undefined;
    if (m && name) put(pairs, `${group}.${name}`, m[2]!, offset, offset + part.length);
    offset += part.length + 1;
  }
  return close + 1;
}

/** The value after a key's separator, up to where the record's syntax ends it. */
function readValue(text: string, key: string, at: number, lineEnd: number, logfmt: boolean, pairs: Pairs): void {
  const c = text.charAt(at);
  // A group's name takes only a group (`@{…}`, `{…}`): a word after it is no member.
  if (GROUPS[key]) {
    if (c === '{' || (c === '@' && text.charAt(at + 1) === '{')) readGroup(text, key, at, pairs);
    // A rendering that prints the identity as its ARN alone (`UserIdentity : arn:aws:iam::…:user/x`).
    else if (key === 'userIdentity' && text.startsWith('arn:', at)) {
      const arn = TOKEN.exec(text.slice(at, lineEnd));
      if (arn) put(pairs, 'userIdentity.arn', arn[0], at, at + arn[0].length);
    }
    return;
  }
  if (c === '"' || c === "'") {
    const end = text.indexOf(c, at + 1);
    if (end > at && end <= lineEnd) put(pairs, key, text.slice(at + 1, end), at + 1, end);
    return;
  }
  if (key === 'errorMessage') {
    // A sentence: to the line's end, a table cell's end, or the next `key=` of a logfmt line.
    let end = lineEnd;
    const rest = text.slice(at, lineEnd);
    const cell = rest.search(/\s\|(?:\s|$)/);
    if (cell >= 0) end = at + cell;
    if (logfmt) {
      const next = rest.search(/\s[A-Za-z][\w.]*=/);
      if (next >= 0) end = Math.min(end, at + next);
    }
    put(pairs, key, text.slice(at, end), at, end);
    return;
  }
  const token = TOKEN.exec(text.slice(at, lineEnd));
  if (token) put(pairs, key, token[0], at, at + token[0].length);
}

function pairsIn(text: string, from: number, to: number): Pairs {
  const pairs: Pairs = new Map();
  const window = text.slice(from, to);
  KEY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KEY.exec(window))) {
    const key = CANONICAL.get(m[1]!.toLowerCase())!;
    const keyStart = from + m.index + m[0].length - m[1]!.length;
    if (joinsConditions(text.slice(Math.max(from, keyStart - 12), keyStart))) return new Map();
    const keyEnd = from + m.index + m[0].length;
    const sep = SEPARATOR.exec(text.slice(keyEnd, keyEnd + 40));
    if (!sep) continue;
    const at = keyEnd + sep[0].length;
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 || nl > to ? to : nl;
    readValue(text, key, at, lineEnd, sep[0].trim() === '=', pairs);
  }
  return pairs;
}

function toRecord(pairs: Pairs): LooseObject | null {
  if (!pairs.has('errorCode')) return null;
  const names = [...pairs.keys()];
  if (!names.some((k) => k === 'eventName' || k === 'eventSource' || k.startsWith('userIdentity.'))) return null;
  const all = names.map((k) => pairs.get(k)!);
  const record: LooseObject = { t: 'o', start: Math.min(...all.map((v) => v.start)), end: Math.max(...all.map((v) => v.end)), keys: [], vals: [] };
  for (const name of names) {
    const value = pairs.get(name)!;
    const dot = name.indexOf('.');
    // The request's members nested as the record has them (the resource reader looks there); the identity's
    // stay flattened, as a query tool prints them.
    if (dot > 0 && name.startsWith('requestParameters.')) {
      let group = record.vals[record.keys.indexOf('requestParameters')] as LooseObject | undefined;
      if (!group) {
        group = { t: 'o', start: value.start, end: value.end, keys: [], vals: [] };
        record.keys.push('requestParameters');
        record.vals.push(group);
      }
      group.keys.push(name.slice(dot + 1));
      group.vals.push(value);
      group.end = Math.max(group.end, value.end);
    } else {
      record.keys.push(name);
      record.vals.push(value);
    }
  }
  return record;
}

/** Where the record around `at` sits: its own line when that line holds the other fields, else its paragraph. */
function blockAround(text: string, at: number): [number, number] {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  const lineEnd = nl < 0 ? text.length : nl;
  let start = text.lastIndexOf('\n\n', at);
  start = start < 0 || at - start > MAX_WINDOW ? Math.max(0, Math.min(lineStart, at - MAX_WINDOW)) : start + 2;
  let end = text.indexOf('\n\n', at);
  end = end < 0 || end - at > MAX_WINDOW ? Math.min(text.length, Math.max(lineEnd, at + MAX_WINDOW)) : end;
  return [start, end];
}

/** The key/value records around every `errorCode` key of the text that is not JSON's or YAML's. */
export function kvRecords(text: string): LooseObject[] {
  const out: LooseObject[] = [];
  const code = /(?:^|[\s|,;{(])errorCode(?![\w.])/gi;
  let coveredTo = -1;
  let m: RegExpExecArray | null;
  while ((m = code.exec(text)) && out.length < MAX_RECORDS) {
    const at = m.index + m[0].length;
    if (at <= coveredTo) continue;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    // One record a line (logfmt, flow style, a one-line PowerShell hash) when the line holds more than the code.
    const line = toRecord(pairsIn(text, lineStart, lineEnd));
    if (line && line.keys.length >= 3) {
      out.push(line);
      coveredTo = lineEnd;
      continue;
    }
    // A record over lines: its paragraph, read once (a second code in it is the same record's).
    const [from, to] = blockAround(text, at);
    const record = toRecord(pairsIn(text, from, to));
    if (record) out.push(record);
    coveredTo = to;
  }
  return out;
}
