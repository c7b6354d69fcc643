// A page's list of the codes a failure may carry ("these are a few examples: RequestTimeTooSkewed Signature not yet
// current Signature expired InvalidSignatureException RequestExpired SignatureDoesNotMatch …"): names, not an error.
// A message prints one code, or two that say the same (`AccessDeniedException: … (AccessDenied)`), each with its text
// after a colon or inside brackets; a list prints several, each followed by the next.
import { codeKind } from './codes';
import type { Piece } from './types';

const MIN_CODES = 4;
// What may follow a code in a list: a separator, the next name, the line's end — not the colon, bracket or quote a
// message puts after its code.
const LISTED_AFTER = /^[ \t]*(?:[,;|/•·][ \t]*)?(?:(?:or|and)[ \t]+)?(?=[A-Za-z]|$)/;

/** The line's span (start, end) around a position. */
function lineOf(text: string, at: number): [number, number] {
  const end = text.indexOf('\n', at);
  return [text.lastIndexOf('\n', at - 1) + 1, end < 0 ? text.length : end];
}

/** The pieces without those on a line that lists several auth or credentials codes by name. */
export function withoutCodeLists(text: string, pieces: Piece[]): Piece[] {
  let coded = 0;
  for (const p of pieces) if (p.kind === 'wrapper' && p.fields.errorCode) coded++;
  if (coded < MIN_CODES) return pieces;
  const lists: Array<[number, number]> = [];
  const codesByLine = new Map<number, Set<string>>();
  for (const p of pieces) {
    const code = p.fields.errorCode?.v;
    if (p.kind !== 'wrapper' || !code || text.slice(p.start, p.end) !== code) continue;
    const kind = codeKind(code);
    if (kind !== 'auth' && kind !== 'credentials') continue;
    const [start, end] = lineOf(text, p.start);
    if (!LISTED_AFTER.test(text.slice(p.end, Math.min(end, p.end + 12)))) continue;
    const set = codesByLine.get(start) ?? new Set<string>();
    set.add(code);
    codesByLine.set(start, set);
    if (set.size === MIN_CODES) lists.push([start, end]);
  }
  if (lists.length === 0) return pieces;
  return pieces.filter((p) => !lists.some(([start, end]) => p.start >= start && p.end <= end));
}
