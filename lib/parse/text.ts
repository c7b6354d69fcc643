// Small text helpers shared by the families. All of them look at bounded windows of the text.

/** Characters that quote a value in messages: JSON/Go quotes, SES's `value', markdown backticks. */
const QUOTES = `"'\`‘’“”`;

/**
 * A value span as printed, cleaned: line breaks inside it joined (the span is already bounded by key words, so a
 * break inside it is a wrap), surrounding quotes, backticks and trailing punctuation removed.
 */
export function cleanValue(raw: string): string {
  let v = raw.trim();
  // A line break inside a value is a wrap and is dropped — except where the value itself has a space that a
  // word wrap turned into the break: after IAM's type word ("role app-x") and inside a bracketed mask
  // ("<account id>", "[account id]").
  if (v.indexOf('\n') >= 0) {
    v = v.replace(/^(role|user|group|policy|instance-profile)[ \t]*\n[ \t]*/i, '$1 ');
    v = v.replace(/([<[{][A-Za-z]{3,30})[ \t]*\n[ \t]*([A-Za-z]{2,30}[>\]}])/g, '$1 $2');
    v = v.replace(/[ \t]*\n[ \t]*/g, '').trim();
  }
  // A diff's marker on the line a wrapped value continues on (`on resource: ⏎+arn:aws:rds:…`).
  if (/^[+-]arn:/.test(v)) v = v.slice(1);
  // Markdown bold around a value (`**arn:…**`); a mask of asterisks (`***`) touches no space and stays.
  if (v.startsWith('**') || v.startsWith('__')) v = v.replace(/^(?:\*\*|__)\s+/, '');
  if (v.endsWith('**') || v.endsWith('__')) v = v.replace(/\s+(?:\*\*|__)$/, '');
  // Surrounding quotes, possibly unbalanced (`arn…' after an opening backtick, a closing `"` after a JSON value).
  for (let i = 0; i < 3; i++) {
    const before = v;
    if (v.length > 0 && QUOTES.includes(v.charAt(0))) v = v.slice(1).trim();
    if (v.length > 0 && QUOTES.includes(v.charAt(v.length - 1))) v = v.slice(0, -1).trim();
    v = stripTrailingPunctuation(v);
    if (v === before) break;
  }
  return v;
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charAt(i) === ch) n++;
  return n;
}

/** Drops sentence punctuation and unbalanced closing brackets a message put after a value. */
export function stripTrailingPunctuation(value: string): string {
  let v = value;
  for (let guard = 0; guard < 8 && v.length > 0; guard++) {
    const last = v.charAt(v.length - 1);
    if (last === ',' || last === ';') {
      v = v.slice(0, -1);
    } else if (last === '.' && v.charAt(v.length - 2) !== '.') {
      // A single full stop ends the sentence; `...` is a mask and stays.
      v = v.slice(0, -1);
    } else if (last === ')' && /[^\s(]\((?:\.{3}|…)\)$/.test(v)) {
      // A writer's elision glued to the value (`table/User(...)`): the rest of the text cut, no part of the name.
      v = v.replace(/\((?:\.{3}|…)\)$/, '');
    } else if (last === ')' && count(v, ')') > count(v, '(')) {
      v = v.slice(0, -1);
    } else if (last === ']' && count(v, ']') > count(v, '[')) {
      v = v.slice(0, -1);
    } else if (last === '}' && count(v, '}') > count(v, '{')) {
      v = v.slice(0, -1);
    } else {
      break;
    }
    v = v.trimEnd();
  }
  return v;
}

/** True when a blank line lies between a and b (messages separated by a blank line are separate messages). */
export function blankLineBetween(text: string, a: number, b: number): boolean {
  if (b <= a) return false;
  const from = Math.max(0, a);
  const to = Math.min(text.length, b, from + 4000);
  const part = text.slice(from, to);
  return part.indexOf('\n') >= 0 && /\n[ \t]*\n/.test(part);
}

/**
 * indexOf / lastIndexOf that look at most `limit` characters away from `from`. The built-ins scan to the end (or
 * start) of the text when the needle is missing, which makes a per-anchor search quadratic on hostile input.
 */
export function indexWithin(text: string, needle: string, from: number, limit: number): number {
  const end = from + limit + needle.length;
  // Near the end of the text the built-in stops by itself.
  if (end >= text.length) return text.indexOf(needle, from);
  const i = text.slice(from, end).indexOf(needle);
  return i < 0 ? -1 : from + i;
}

export function lastIndexWithin(text: string, needle: string, before: number, limit: number): number {
  if (before < needle.length) return -1;
  const start = Math.max(0, before - limit);
  if (start === 0) return text.lastIndexOf(needle, before - needle.length);
  const i = text.slice(start, before).lastIndexOf(needle);
  return i < 0 ? -1 : start + i;
}

/** JavaScript's `\s` (white space and line terminators), by character code. */
export function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `[A-Za-z0-9_]` by character code. */
export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** An S3 path as data tools print it: `s3://bucket/key`, GDAL's `/vsis3/bucket/key`. */
export const S3_PATH = /\bs3:\/\/|\/vsis3\//;

/** Service actions as printed: `s3:GetObject`, `SNS:Publish`, `execute-api:Invoke`, `s3:Get*`. */
export const ACTION_SOURCE = '[A-Za-z][A-Za-z0-9-]{0,40}:[A-Za-z][A-Za-z0-9*?]{0,127}|[A-Za-z][A-Za-z0-9-]{0,40}:\\*';

// Not followed by `:` either: `arn:aws:…` is not the action `arn:aws`.
// Another cloud's copy of the API sentence names three-part actions (Huawei's `ecs:cloudServers:get`); AWS actions
// have one colon.
export const THREE_PART_ACTION = /^[a-z0-9-]{2,40}:[A-Za-z][A-Za-z0-9]{0,127}:[A-Za-z]/;
// A colon closing the sentence after it (`perform: cloudwatch:PutMetricData:` ⏎) is punctuation. A docs template's
// unrendered placeholder for the name (`appflow:{{GetWidget}}`) is the action as printed.
const ACTION_AT = new RegExp(`(?:${ACTION_SOURCE}|[a-z][a-z0-9-]{0,40}:\\{\\{[A-Za-z][A-Za-z0-9]{0,100}\\}\\})(?![A-Za-z0-9_-]|:(?![ \\t]{0,20}(?:\\n|$)))`, 'y');

/** Reads an action at pos (sticky); returns it and its end, or null. */
export function actionAt(text: string, pos: number): { action: string; end: number } | null {
  const re = ACTION_AT;
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? { action: m[0], end: pos + m[0].length } : null;
}

/** Skips spaces and tabs (and, when asked, line breaks) from pos, at most `limit` characters. */
export function skipSpace(text: string, pos: number, limit = 40, newlines = true): number {
  let i = pos;
  const max = Math.min(text.length, pos + limit);
  while (i < max) {
    const c = text.charAt(i);
    if (c === ' ' || c === '\t' || (newlines && c === '\n')) i++;
    else break;
  }
  return i;
}

/** The text from the start of `at`'s line up to `at`, at most `limit` characters of it. */
export function lineBefore(text: string, at: number, limit: number): string {
  const nl = lastIndexWithin(text, '\n', at, limit);
  return text.slice(nl >= 0 ? nl + 1 : Math.max(0, at - limit), at);
}

/** The text from `at` up to its line's end, at most `limit` characters of it. */
export function lineAfter(text: string, at: number, limit: number): string {
  const nl = indexWithin(text, '\n', at, limit);
  return text.slice(at, nl >= 0 ? nl : Math.min(text.length, at + limit));
}

/** Whether `from`..`to` lies on one line of `text` and spans at most `reach` characters. */
export function sameLine(text: string, from: number, to: number, reach: number): boolean {
  if (to < from || to - from > reach) return false;
  return !text.slice(from, to).includes('\n');
}

/** A test's quote of the message it expected (`Expected to find '…`): what the test wanted AWS to say, not a report. */
export const EXPECTATION_OPEN = String.raw`\bExpected\s{1,3}(?:to\s{1,3}(?:find|contain|see|match|get)\s{1,3})?['"\`‘“]`;

// Code that looks for a message rather than printing one: the string or regex it matches an error against
// (`message.includes("not authorized to perform: …")`, `toThrow(/not authorized …/)`, `strings.Contains(err.Error(),
// "…")`, `grep -q 'explicit deny in a …'`, Python's `code in ['AccessDenied', …]`), or a phrase a function returns to
// build one (`return "with an explicit deny in a service control policy"`). A test's expectation of a message it saw
// (`expect(error.message).toContain("…")`) quotes a real one, and so does a constant holding one; its regex
// (`toThrow(/…/)`) is a pattern.
const CODE_LITERAL_OPEN =
  /(?:(?:\.(?:includes|contains|Contains|startsWith|StartsWith|endsWith|EndsWith|indexOf|IndexOf|match|search|test)\(\s{0,3}|\b(?:assertIn|assertNotIn|assertRegex|assertRaisesRegexp?|re\.(?:search|match|compile|fullmatch|findall)|RegExp|Regex|MustCompile|Contains|Pattern\.compile)\s{0,3}\(\s{0,3}(?:[\w.()[\]]{1,60}\s{0,3},\s{0,3})?|\bmatch\s{0,3}=\s{0,3}|\bin\s{1,3}[[(]\s{0,3}|\breturn\s{1,3}|\bgrep(?:\s{1,3}-[A-Za-z]{1,4})*\s{1,3})[rfb@$]?['"`/]|\b(?:toThrow|toThrowError|toMatch|rejects\.toThrow)\(\s{0,3}\/)$/;

/** Whether the text right before `start` opens a literal that code matches an error against (or returns). */
export function inCodeLiteral(text: string, start: number): boolean {
  const line = lineBefore(text, start, 120);
  if (CODE_LITERAL_OPEN.test(line)) return true;
  if (strictlyCompared(text, start - line.length, line)) return true;
  // Ruby's test matching output against a pattern, the literal's words up to here still open (`assert_match "ERROR: S3
  // error: 403 (InvalidAccessKeyId)", output`): a label's colon inside it is the pattern's own.
  if (/\bassert_(?:no_)?match\s{0,3}\(?\s{0,3}["'][^"'\n]{0,100}$/.test(line)) return true;
  // A Python f-string opening its line (a test table's `f"with an explicit deny in a service control policy: {SCP_ARN}"`).
  if (/^\s{0,40}f["']$/.test(line)) return true;
  // Python's test of a message for the literal (`if "not authorized to perform: …" in str(exc):`).
  if (/\b(?:if|elif|and|or)\s{1,3}[rfb]?["']$/.test(line) && /["']\s{1,3}(?:not\s{1,3})?in\s{1,3}[\w.(]/.test(lineAfter(text, start, 300))) return true;
  // …also where the literal opened a few words before, none of them a caller's label or ARN (`.includes('User is not
  // authorized to access this resource …')`).
  const quote = Math.max(line.lastIndexOf("'"), line.lastIndexOf('"'), line.lastIndexOf('`'));
  if (quote < 0 || line.length - quote > 100 || line.indexOf(':', quote) >= 0) return false;
  const head = line.slice(0, quote + 1);
  return CODE_LITERAL_OPEN.test(head) || strictlyCompared(text, start - line.length, head);
}

/**
 * JavaScript's strict comparison right before a literal's quote (`head`, the line up to it, which starts at
 * `lineStart`), also with the literal on the next line (`error.message ===` ⏎ `'User is not …'`): no message is printed so.
 */
function strictlyCompared(text: string, lineStart: number, head: string): boolean {
  if (/(?:===|!==)\s{0,3}['"`]$/.test(head)) return true;
  return /^\s{0,40}['"`]$/.test(head) && lineStart > 0 && /(?:===|!==)[ \t]*\r?$/.test(lineBefore(text, lineStart - 1, 120));
}

/**
 * Whether a literal starting right at `start` is its line's whole list element (`    "because no service control policy
 * allows …",`): a table in source. A fragment of a message (a context phrase) standing so is one of its rows.
 */
export function listElementLiteral(text: string, start: number): boolean {
  if (!/^\s{0,40}["']$/.test(lineBefore(text, start, 60))) return false;
  const end = indexWithin(text, '\n', start, 400);
  return end >= 0 && /["'],[ \t]*$/.test(text.slice(start, end));
}
