// A page's list of the codes a failure may carry ("these are a few examples: RequestTimeTooSkewed Signature not yet
// current Signature expired InvalidSignatureException RequestExpired SignatureDoesNotMatch …"): names, not an error.
// A message prints one code, or two that say the same (`AccessDeniedException: … (AccessDenied)`), each with its text
// after a colon or inside brackets; a list prints several, each followed by the next.
import { codeKind } from './codes';
import { indexWithin, lastIndexWithin } from './text';
import { lastStartingAtOrBefore, type Piece } from './types';

const MIN_CODES = 4;
// What may follow a code in a list: a separator, the next name, the line's end — not the colon, bracket or quote a
// message puts after its code.
const LISTED_AFTER = /^[ \t]*(?:[,;|/•·][ \t]*)?(?:(?:or|and)[ \t]+)?(?=[A-Za-z]|$)/;

// A list of names is a short line: a longer one (a log's one-line JSON, a hostile paste) is no list, and is not walked.
const MAX_LINE = 1000;

/** The line's span (start, end) around a position, or null when the line is longer than a list's. */
function lineOf(text: string, at: number): [number, number] | null {
  const before = lastIndexWithin(text, '\n', at, MAX_LINE);
  const after = indexWithin(text, '\n', at, MAX_LINE);
  const start = before >= 0 ? before + 1 : at <= MAX_LINE ? 0 : -1;
  const end = after >= 0 ? after : text.length - at <= MAX_LINE ? text.length : -1;
  return start < 0 || end < 0 || end - start > MAX_LINE ? null : [start, end];
}

/** The pieces without those on a line that lists several auth or credentials codes by name. */
export function withoutCodeLists(text: string, pieces: Piece[]): Piece[] {
  let coded = 0;
  for (const p of pieces) if (p.kind === 'wrapper' && p.fields.errorCode) coded++;
  if (coded < MIN_CODES) return pieces;
  const lists: Array<{ start: number; end: number }> = [];
  const codesByLine = new Map<number, Set<string>>();
  for (const p of pieces) {
    const code = p.fields.errorCode?.v;
    if (p.kind !== 'wrapper' || !code || text.slice(p.start, p.end) !== code) continue;
    const kind = codeKind(code);
    if (kind !== 'auth' && kind !== 'credentials') continue;
    const line = lineOf(text, p.start);
    if (!line) continue;
    const [start, end] = line;
    if (!LISTED_AFTER.test(text.slice(p.end, Math.min(end, p.end + 12)))) continue;
    const set = codesByLine.get(start) ?? new Set<string>();
    set.add(code);
    codesByLine.set(start, set);
    if (set.size === MIN_CODES) lists.push({ start, end });
  }
  const tables = inTables(text, pieces);
  if (lists.length === 0 && tables.length === 0) return pieces;
  // (Each kind's spans are apart from each other and in text order: the last one starting at or before a piece is the
  // only one of its kind that may hold it.)
  const holds = (spans: Array<{ start: number; end: number }>, p: Piece): boolean => {
    const i = lastStartingAtOrBefore(spans, p.start);
    return i >= 0 && p.end <= spans[i]!.end;
  };
  lists.sort((a, b) => a.start - b.start);
  return pieces.filter((p) => !holds(lists, p) && !holds(tables, p));
}

// (A paragraph that long is no table of names, and is not searched for its bounds.)
const MAX_PARAGRAPH = 4000;
// A code as a key's quoted value (`errorCode: "AccessDenied"`), not a message's head (`AccessDenied: Access Denied`).
const KEYED_VALUE = /[:=]\s{0,5}["'][^"'\n]{1,160}["']$/;

/**
 * …and a table of codes in source, one per row (a test table's `{name: "AccessDenied", errorCode: "AccessDenied",
 * want: true},` ⏎ `{…"UnauthorizedOperation"…}`): a paragraph with four codes or more as keys' values, on rows without a
 * message, and no message among them names codes, it reports none.
 */
function inTables(text: string, pieces: Piece[]): Array<{ start: number; end: number }> {
  const codesByParagraph = new Map<number, { end: number; codes: Set<string> }>();
  for (const p of pieces) {
    const code = p.fields.errorCode?.v;
    if (p.kind !== 'wrapper' || !code) continue;
    const kind = codeKind(code);
    if ((kind !== 'auth' && kind !== 'credentials') || !KEYED_VALUE.test(text.slice(p.start, p.end))) continue;
    // A row that carries the error's message too (a batch answer's `{"ErrorCode": …, "Message": …}`) reports it.
    const line = lineOf(text, p.start);
    if (!line || /message/i.test(text.slice(line[0], line[1]))) continue;
    const before = lastIndexWithin(text, '\n\n', p.start, MAX_PARAGRAPH);
    const after = indexWithin(text, '\n\n', p.end, MAX_PARAGRAPH);
    const start = before >= 0 ? before + 2 : p.start <= MAX_PARAGRAPH ? 0 : -1;
    const end = after >= 0 ? after : text.length - p.end <= MAX_PARAGRAPH ? text.length : -1;
    if (start < 0 || end < 0) continue;
    const entry = codesByParagraph.get(start) ?? { end, codes: new Set<string>() };
    entry.codes.add(code);
    codesByParagraph.set(start, entry);
  }
  const tables: Array<{ start: number; end: number }> = [];
  for (const [start, { end, codes }] of codesByParagraph) {
    if (codes.size < MIN_CODES) continue;
    if (pieces.some((p) => p.kind === 'core' && p.start < end && p.end > start)) continue;
    tables.push({ start, end });
  }
  return tables.sort((a, b) => a.start - b.start);
}
