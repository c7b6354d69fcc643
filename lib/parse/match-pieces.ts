// The pieces most wordings make of each match of their regex: a wrapper lending group 1 to the message it sits by, a
// denial of its own (with its groups as its fields), or a credentials failure.
import { categoryOfCode } from './codes';
import { each } from './find';
import { inCodeLiteral } from './text';
import { P, makeCore, makeWrapper, setField, type Scan } from './types';

/** The fields a wording reads from its group 1. */
export type MatchedField = 'principal' | 'action' | 'resource' | 'operation' | 'accountId' | 'errorCode';

/** A wrapper lending group 1 of every match of `re` as `field`; `aside` lends it without joining the message. */
export function wrapEach(scan: Scan, re: RegExp, dir: 'forward' | 'around', reach: number, field: MatchedField, p: number, aside = false): void {
  each(re, scan.text, (m) => {
    const w = makeWrapper(m.index, m.index + m[0].length, dir, reach);
    if (aside) w.aside = true;
    setField(w, field, m[1], p);
    scan.pieces.push(w);
  });
}

/**
 * A credentials failure for every match of `re` (`strong`: a statement of the failure, not a consequence of another),
 * with group 1 as its printed code when `coded`.
 */
export function credentialsEach(scan: Scan, re: RegExp, strong: boolean, coded = false): void {
  each(re, scan.text, (m) => {
    const core = makeCore(m.index, m.index + m[0].length, 'credentials', strong);
    if (coded) setField(core, 'errorCode', m[1], P.prefix);
    scan.pieces.push(core);
  });
}

/**
 * A denial for every match of `re`, with group 1 as `field` (as `value` makes it) when one is given — or, given a list,
 * group i + 1 as the list's i-th field wherever that group matched.
 */
export function coreEach(
  scan: Scan,
  re: RegExp,
  field: MatchedField | readonly MatchedField[] | null,
  p: number = P.prefix,
  strong = false,
  value: (v: string) => string = (v) => v,
): void {
  each(re, scan.text, (m) => {
    const core = makeCore(m.index, m.index + m[0].length, 'access-denied', strong);
    const fields = field === null ? [] : typeof field === 'string' ? [field] : field;
    fields.forEach((name, i) => {
      const v = m[i + 1];
      if (v !== undefined) setField(core, name, value(v), p);
    });
    scan.pieces.push(core);
  });
}

/** A weak core for every match of `re` whose group 1 is the code it reports (a 403 is a refusal), none in code's literals. */
export function codedCoreEach(scan: Scan, re: RegExp): void {
  each(re, scan.text, (m) => {
    if (inCodeLiteral(scan.text, m.index)) return;
    const core = makeCore(m.index, m.index + m[0].length, categoryOfCode(m[1]!) ?? 'access-denied', false);
    setField(core, 'errorCode', m[1], P.prefix);
    scan.pieces.push(core);
  });
}
