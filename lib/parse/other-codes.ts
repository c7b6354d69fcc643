// Ordinary service error codes (`ValidationError: …`, `ThrottlingException - …`): read only to let such an error
// overrule a weak core next to it, or to lend its code to a statement it wraps.
import { codeKind } from './codes';
import { each, eachAt } from './find';
import { codeWrapper } from './sdk-envelopes';
import { notAwsCode } from './not-aws';
import { isWordCode } from './text';
import { P, type Scan } from './types';

// Any CamelCase code (`ThrottlingException: `, `InvalidParameterValueException - `), read only to let an
// ordinary service error overrule a weak core next to it.
const OTHER_PREFIX = /(?<![\w-])((?:[A-Z][a-z0-9]{1,30}){2,8}|Throttling)(?::[ \t]|[ \t]{1,3}-[ \t])/g;
const OTHER_PREFIX_AT = new RegExp(OTHER_PREFIX.source, 'y');

/**
 * Where OTHER_PREFIX may match, when the text has no tab: the name must end right before `: ` or before 1–3
 * spaces, `-` and a space, and start a run of word characters with a capital. Null when the text has a tab
 * (the separators may then hold tabs: the regex scans on its own).
 */
function codePrefixStarts(text: string): number[] | null {
  if (text.indexOf('\t') >= 0) return null;
  const ends: number[] = [];
  for (let i = text.indexOf(': '); i >= 0; i = text.indexOf(': ', i + 1)) ends.push(i);
  const dashes: number[] = [];
  // `- ` first: spaces are everywhere, dashes are not.
  for (let d = text.indexOf('- '); d >= 0; d = text.indexOf('- ', d + 1)) {
    if (text.charCodeAt(d - 1) !== 32) continue;
    let e = d - 1;
    while (e > 0 && d - e < 3 && text.charCodeAt(e - 1) === 32) e--;
    if (text.charCodeAt(e - 1) !== 32) dashes.push(e);
  }
  const out: number[] = [];
  for (let a = 0, b = 0; a < ends.length || b < dashes.length; ) {
    const e = b >= dashes.length || (a < ends.length && ends[a]! <= dashes[b]!) ? ends[a++]! : dashes[b++]!;
    let p = e;
    while (p > 0 && (isWordCode(text.charCodeAt(p - 1)) || text.charCodeAt(p - 1) === 45)) p--;
    const c = text.charCodeAt(p);
    if (p < e && c >= 65 && c <= 90 && (out.length === 0 || out[out.length - 1]! < p)) out.push(p);
  }
  return out;
}

/**
 * How far a code quoted in an inline code span (`` `ValidationException: The following action names are invalid` ``)
 * reaches: to the span's end, its message is the span's; a denial after it is another quote.
 */
function withinCodeSpan(text: string, start: number, end: number): number | null {
  if (text.charCodeAt(start - 1) !== 96 /* ` */) return null;
  const close = text.indexOf('`', end);
  // A span may wrap, never across a blank line.
  if (close < 0 || close - end > 400 || /\n[ \t]*\n/.test(text.slice(end, close))) return null;
  return close - end;
}

/**
 * Ordinary service error codes in free-form positions (`ValidationError: …`). The index runs this after the
 * families, only when they found a statement for the code to belong to.
 */
export function scanOtherCodes(scan: Scan): void {
  const { text } = scan;
  const found = (m: RegExpExecArray): void => {
    const code = m[1] ?? '';
    if (codeKind(code) !== 'other') return;
    const end = m.index + m[0].length;
    // Another library's class in its package (`io.delta.sharing.server.DeltaInternalException: …` around an S3A
    // denial) is no service's code.
    if (notAwsCode(text, m.index, end)) return;
    codeWrapper(scan, m.index, end, code, P.prefix, 'forward', withinCodeSpan(text, m.index, end) ?? 400);
  };
  const starts = codePrefixStarts(text);
  if (starts) eachAt(OTHER_PREFIX_AT, text, starts, found);
  else each(OTHER_PREFIX, text, found);
}
