// A forgiving reader for the JSON people paste: CloudTrail records, decoded authorization messages, Access
// Troubleshooter answers. It reads the *normalized* text (escapes already undone), so it takes what strict JSON
// would refuse:
//   - JSON inside a JSON string (`"CloudTrailEvent": "{"eventVersion": …}"`, `"DecodedMessage": "{…}"`,
//     `"message": "{…}"` of CloudWatch Logs) reads as the nested value;
//   - quotes left inside strings by unescaping (`"errorMessage": "… on resource: "arn:…" because …"`): a quote
//     closes a string only when what follows it can follow a value (`,` `}` `]` `:` `)` or a line end);
//   - Python renderings (`'key': 'value'`, None/True/False, `datetime.datetime(2024, 1, 2, …)`), JS object
//     literals (`code: 'AccessDenied'`), typographic quotes, trailing commas;
//   - truncated and garbled input: the reader never fails, it stops where the text stops making sense and returns
//     what it read so far, with the position where it stopped.
// Every character is visited a bounded number of times (no backtracking), so reading is linear in the text.

import type { Loose, LooseArray, LooseBare, LooseObject, LooseString } from './loose-types';
export type { Loose, LooseArray, LooseBare, LooseObject, LooseString } from './loose-types';
export { bool, get, items, path, str, toPlain } from './loose-access';

const ELIDED_MEMBERS = /^(?:\[\s{0,3}(?:\.{3,20}|…{1,5})\s{0,3}\]|\.{3,20}|…{1,5})/;
const VARIABLE = /^[a-z_][A-Za-z0-9_]{0,60}$/;
// …and code's other ways of naming a value: a constant (`ACCOUNT_ID`), an attribute (`profile.IAM_USER_ARN`,
// `self.region`), a subscript (`EXPERIMENT_STATE['attacker_user']`). A host name is a value (`s3.amazonaws.com`).
const EXPRESSION =
  /^(?:[A-Z][A-Z0-9]{0,30}_[A-Z0-9_]{1,60}|[a-z_]\w{0,60}(?:\.[A-Za-z_]\w{0,60}){1,5})(?:\[[^\]\n]{1,100}\])?$|^[A-Za-z_]\w{0,60}(?:\.[A-Za-z_]\w{0,60}){0,5}\[[^\]\n]{1,100}\]$/;
const BARE_PLACEHOLDER = /^<[A-Za-z][\w .-]{0,40}>(?=\s{0,3}[,}\]\n])/;
const HOST = /\.(?:com|cn|net|org|io|aws)$/;
const LITERAL_WORDS: ReadonlySet<string> = new Set(['true', 'false', 'null', 'undefined', 'nil', 'none', 'yes', 'no', 'on', 'off', 'nan']);
const GO_LITERAL_TYPE = /^map\[[\w.]{1,30}\](?:interface\{\}|[\w.]{1,30})(?=\{)/;
const MAX_DEPTH = 48;
/** A string may span lines (unescaped `\n`), but not a whole log: past this many it ends at its line. */
const MAX_STRING_LINES = 40;
const MAX_STRING_CHARS = 200_000;

const OPENING_QUOTES = '"\'“‘';
const CLOSING: Record<string, string> = { '"': '"”', "'": "'’", '“': '”"', '‘': '’\'' };

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0;
}

function isExpression(v: string): boolean {
  return (VARIABLE.test(v) && !LITERAL_WORDS.has(v)) || (EXPRESSION.test(v) && !HOST.test(v));
}

function isBareChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 43 || c === 46 || c === 36 || c === 64
  );
}

const STRING_PREFIX = /^(?:[fFrRbBuU]|[fFrRbB][rRfFbB])["']/;
export class LooseReader {
  pos = 0;
  constructor(readonly text: string) {}

  private skipSpace(): void {
    const { text } = this;
    while (this.pos < text.length && isSpace(text.charCodeAt(this.pos))) this.pos++;
  }

  /**
   * White space and the comments people add to pasted JSON (`// denied here`, `# noqa: E501`, a write-up's arrow:
   * `"errorCode": "AccessDenied",  ← blocked`).
   */
  private skipSpaceAndComments(): void {
    const { text } = this;
    for (let guard = 0; guard < 64; guard++) {
      this.skipSpace();
      const c = text.charAt(this.pos);
      const comment = c === '#' || c === '←' || (c === '/' && text.charAt(this.pos + 1) === '/');
      if (!comment) return;
      const nl = text.indexOf('\n', this.pos);
      if (nl < 0 || nl - this.pos > 400) return;
      this.pos = nl + 1;
    }
  }

  /** Reads the value at pos (after white space). Null when no value starts there; pos is then unchanged. */
  value(depth = 0): Loose | null {
    this.skipSpace();
    const { text } = this;
    if (this.pos >= text.length) return null;
    const ch = text.charAt(this.pos);
    if (depth > MAX_DEPTH) return null;
    if (ch === '{') return this.object(depth);
    if (ch === '[') return this.array(depth);
    if (OPENING_QUOTES.includes(ch)) return this.string(depth);
    if (ch === '(') return this.parenthesized(depth);
    // Python's string prefixes (`f"arn:aws:iam::{ACCOUNT_ID}:…"`, `r'…'`, `b"…"`): the string is the value.
    const prefix = STRING_PREFIX.exec(text.slice(this.pos, this.pos + 3));
    if (prefix) this.pos += prefix[0].length - 1;
    if (prefix) return this.string(depth);
    if (isBareChar(text.charCodeAt(this.pos))) return this.callArgument(depth) ?? this.bare();
    // A redaction written where the value went, without quotes (`"sourcePort":<removed>,`): the placeholder is the value.
    const placeholder = ch === '<' ? BARE_PLACEHOLDER.exec(text.slice(this.pos, this.pos + 48)) : null;
    if (placeholder) {
      const start = this.pos;
      this.pos += placeholder[0].length;
      return { t: 'b', start, end: this.pos, v: placeholder[0] };
    }
    return null;
  }

  /**
   * Python's parenthesised string literals, joined as Python joins them (`"Message": ("User: … " "is not authorized …")`
   * in a test's ClientError). Null (pos unchanged) for anything else in parentheses.
   */
  private parenthesized(depth: number): Loose | null {
    const { text } = this;
    const start = this.pos;
    this.pos++;
    let joined: LooseString | null = null;
    for (let n = 0; n < 64; n++) {
      this.skipSpace();
      if (!OPENING_QUOTES.includes(text.charAt(this.pos))) break;
      const part = this.string(depth + 1);
      if (part.t !== 's') break;
      joined = joined ? { t: 's', start: joined.start, end: part.end, v: joined.v + part.v } : part;
    }
    this.skipSpace();
    if (!joined || text.charAt(this.pos) !== ')') {
      this.pos = start;
      return null;
    }
    this.pos++;
    return { ...joined, start, end: this.pos };
  }

  /**
   * A code call whose argument is an object, array or string written in place (`'CloudTrailEvent': json.dumps(\n{…}\n)`,
   * `dict({…})`, `aws.String("…")`): the argument is the value, as the call would make it. Null (pos unchanged) else.
   */
  private callArgument(depth: number): Loose | null {
    const { text } = this;
    let i = this.pos;
    const nameLimit = Math.min(text.length, i + 80);
    while (i < nameLimit && isBareChar(text.charCodeAt(i))) i++;
    if (text.charAt(i) !== '(') return null;
    let k = i + 1;
    const spaceLimit = Math.min(text.length, k + 200);
    while (k < spaceLimit && isSpace(text.charCodeAt(k))) k++;
    // Go writes a map literal's type before its braces: `record(map[string]any{…})`.
    k += GO_LITERAL_TYPE.exec(text.slice(k, k + 60))?.[0].length ?? 0;
    const c = text.charAt(k);
    // Go's `aws.String("ListQueues")`: a wrapped string is the value.
    const quoted = OPENING_QUOTES.includes(c);
    if (c !== '{' && c !== '[' && !quoted) return null;
    const start = this.pos;
    this.pos = k;
    const inner = quoted ? this.string(depth + 1) : c === '{' ? this.object(depth + 1) : this.array(depth + 1);
    if ((inner.t === 'o' && inner.keys.length === 0) || (inner.t === 'a' && inner.items.length === 0)) {
      this.pos = start;
      return null;
    }
    // The call's closing parenthesis (after the argument's trailing comma and white space) belongs to it.
    let j = this.pos;
    const closeLimit = Math.min(text.length, j + 200);
    while (j < closeLimit && (isSpace(text.charCodeAt(j)) || text.charAt(j) === ',')) j++;
    if (text.charAt(j) === ')') this.pos = j + 1;
    else if (quoted) {
      // A string that is one of several arguments (`fmt.Sprintf("…", x)`) is not the call's value.
      this.pos = start;
      return null;
    }
    return inner;
  }

  private object(depth: number): LooseObject {
    const { text } = this;
    const start = this.pos;
    this.pos++;
    const node: LooseObject = { t: 'o', start, end: start + 1, keys: [], vals: [] };
    for (;;) {
      this.skipSpaceAndComments();
      while (this.pos < text.length && text.charAt(this.pos) === ',') {
        this.pos++;
        this.skipSpaceAndComments();
      }
      if (this.pos >= text.length) break;
      if (text.charAt(this.pos) === '}') {
        this.pos++;
        break;
      }
      // An author's elision where members were (`[...]`, `...`, `…`): the object goes on after it.
      const elided = ELIDED_MEMBERS.exec(text.slice(this.pos, this.pos + 12))?.[0].length ?? 0;
      this.pos += elided;
      if (elided > 0) continue;
      const keyStart = this.pos;
      const key = this.key();
      if (key === null) break;
      this.skipSpace();
      const sep = text.charAt(this.pos);
      if (sep === ':') this.pos++;
      else if (sep === '=' && text.charAt(this.pos + 1) === '>') this.pos += 2;
      else if (sep === '=') this.pos++;
      else {
        // Not `key: value`: the object ends before this word (prose after a brace, a truncated paste).
        this.pos = keyStart;
        break;
      }
      const v = this.value(depth + 1);
      if (v === null) {
        node.keys.push(key);
        node.vals.push({ t: 'b', start: this.pos, end: this.pos, v: '' });
        break;
      }
      // A quoted key before a bare lower-case name is code (Python, Go, JS: `"bucketName": bucket`): a variable.
      if (v.t === 'b' && OPENING_QUOTES.includes(text.charAt(keyStart)) && isExpression(v.v)) v.expr = true;
      node.keys.push(key);
      node.vals.push(v);
      // Members are separated by commas; a hand-edited paste may drop one at a line end.
      const before = this.pos;
      this.skipSpaceAndComments();
      const next = text.charAt(this.pos);
      if (next !== ',' && next !== '}' && !(text.slice(before, this.pos).includes('\n') && OPENING_QUOTES.includes(next))) break;
    }
    node.end = this.pos;
    return node;
  }

  private key(): string | null {
    const { text } = this;
    const ch = text.charAt(this.pos);
    if (OPENING_QUOTES.includes(ch)) {
      // Keys never hold quotes or line breaks: the first closing quote ends them.
      const close = CLOSING[ch] ?? ch;
      let i = this.pos + 1;
      const limit = Math.min(text.length, i + 400);
      while (i < limit && !close.includes(text.charAt(i)) && text.charAt(i) !== '\n') i++;
      if (i >= limit || text.charAt(i) === '\n') return null;
      const key = text.slice(this.pos + 1, i);
      this.pos = i + 1;
      return key;
    }
    // Unquoted keys: JS object literals, YAML-ish renderings, CloudWatch `@message`.
    let i = this.pos;
    const limit = Math.min(text.length, i + 200);
    while (i < limit && isBareChar(text.charCodeAt(i))) i++;
    if (i === this.pos) return null;
    const key = text.slice(this.pos, i);
    this.pos = i;
    return key;
  }

  private array(depth: number): LooseArray {
    const { text } = this;
    const start = this.pos;
    this.pos++;
    const node: LooseArray = { t: 'a', start, end: start + 1, items: [] };
    for (;;) {
      this.skipSpace();
      while (this.pos < text.length && text.charAt(this.pos) === ',') {
        this.pos++;
        this.skipSpace();
      }
      if (this.pos >= text.length) break;
      if (text.charAt(this.pos) === ']') {
        this.pos++;
        break;
      }
      const v = this.value(depth + 1);
      if (v === null) break;
      node.items.push(v);
      // Items are separated by commas: `[ERROR] can't connect` is a bracket in prose, not a list.
      this.skipSpace();
      const next = text.charAt(this.pos);
      if (next !== ',' && next !== ']') break;
    }
    node.end = this.pos;
    return node;
  }

  private string(depth: number): Loose {
    const { text } = this;
    const start = this.pos;
    const open = text.charAt(start);
    const close = CLOSING[open] ?? open;
    // JSON inside the string: read it as the value it is, when it ends right before the closing quote.
    const first = text.charAt(start + 1);
    if ((first === '{' || first === '[') && depth < MAX_DEPTH) {
      this.pos = start + 1;
      const inner = first === '{' ? this.object(depth + 1) : this.array(depth + 1);
      let after = this.pos;
      while (after < text.length && (text.charAt(after) === ' ' || text.charAt(after) === '\t')) after++;
      const c = text.charAt(after);
      if (c !== '' && close.includes(c) && this.closesValue(after + 1)) {
        this.pos = after + 1;
        inner.start = start;
        inner.end = this.pos;
        return inner;
      }
      // A document cut short inside its one-line string (a paste that stops mid-value) ends with that line.
      const nl = text.indexOf('\n', start);
      const lineEnd = nl < 0 ? text.length : nl;
      if (this.pos >= lineEnd) {
        this.pos = lineEnd;
        inner.start = start;
        inner.end = lineEnd;
        return inner;
      }
      this.pos = start;
    }
    let i = start + 1;
    let lines = 0;
    let firstLineEnd = -1;
    const limit = Math.min(text.length, i + MAX_STRING_CHARS);
    while (i < limit) {
      const c = text.charAt(i);
      if (c === '\\') {
        i += 2;
        continue;
      }
      // Past a line end, a quote before ':' is the next member's key: this string was never closed.
      if (close.includes(c) && this.closesValue(i + 1) && (firstLineEnd < 0 || !this.beforeColon(i + 1))) {
        this.pos = i + 1;
        return { t: 's', start, end: this.pos, v: text.slice(start + 1, i) };
      }
      if (c === '\n') {
        if (firstLineEnd < 0) firstLineEnd = i;
        if (++lines > MAX_STRING_LINES) break;
      }
      i++;
    }
    // Unterminated: the string ends at its first line end (or where the text ends).
    const end = firstLineEnd >= 0 ? firstLineEnd : Math.min(i, text.length);
    this.pos = end;
    return { t: 's', start, end, v: text.slice(start + 1, end) };
  }

  private beforeColon(i: number): boolean {
    const { text } = this;
    let j = i;
    while (j < text.length && (text.charAt(j) === ' ' || text.charAt(j) === '\t')) j++;
    return text.charAt(j) === ':';
  }

  /** Whether what follows position i can follow a value: `,` `}` `]` `:` `)`, a line end, or the text end. */
  private closesValue(i: number): boolean {
    const { text } = this;
    let j = i;
    while (j < text.length && (text.charAt(j) === ' ' || text.charAt(j) === '\t')) j++;
    if (j >= text.length) return true;
    const c = text.charAt(j);
    return (
      c === ',' || c === '}' || c === ']' || c === ':' || c === ')' || c === '\n' || c === '\r' || c === '|' || c === '`' || c === '#' || c === '←' || (c === '/' && text.charAt(j + 1) === '/')
    );
  }

  private bare(): LooseBare {
    const { text } = this;
    const start = this.pos;
    let i = start;
    while (i < text.length && isBareChar(text.charCodeAt(i))) i++;
    // JS's `new Date()` and the like: the constructor's name is part of the value.
    if (i - start === 3 && text.startsWith('new', start)) {
      const ctor = /^[ \t]{1,3}[A-Za-z_$][\w$.]{0,60}(?=\()/.exec(text.slice(i, i + 70));
      if (ctor) i += ctor[0].length;
    }
    // Python's `datetime.datetime(2024, 1, 2, tzinfo=tzutc())`: skip the call's balanced parentheses. A call
    // that wraps an object or array (Go's aws.String(`{"eventVersion":…}`), json.loads('{…}')) is not skipped:
    // the value ends at its name, so the object inside is read on its own as the record it is.
    // A subscript (`EXPERIMENT_STATE['attacker_user']`) is part of the expression it indexes.
    if (text.charAt(i) === '[' && i > start) {
      const close = text.indexOf(']', i);
      if (close > i && close - i <= 100 && text.slice(i, close).indexOf('\n') < 0) i = close + 1;
    }
    if (text.charAt(i) === '(') {
      let depth = 0;
      const limit = Math.min(text.length, i + 400);
      let j = i;
      for (; j < limit; j++) {
        const c = text.charAt(j);
        if (c === '(') depth++;
        else if (c === ')' && --depth === 0) {
          j++;
          break;
        } else if (c === '\n') break;
        else if (c === '{' || c === '[') {
          j = i;
          break;
        }
      }
      i = j;
      // …and a method called on what it made (`new Date().toISOString()`).
      const chained = /^\.[A-Za-z_$][\w$]{0,60}\(\)/.exec(text.slice(i, i + 64));
      if (chained) i += chained[0].length;
    }
    this.pos = i;
    return { t: 'b', start, end: i, v: text.slice(start, i) };
  }
}
