// Running a regex only where a match can start.
//
// A global regex tries every position of the text; for an alternation without a common first character (a list
// of error codes behind a lookbehind) that is the slow part of a scan. When the places where a match may start
// can be found more cheaply (one scan for all code names serving two regexes, the separators a code prefix
// ends at), the same regex run sticky at just those places, leftmost first and going on after each match,
// yields exactly the matches of the global scan.

/**
 * Runs the sticky regex `re` at the candidate positions (ascending) that lie at or after the end of the
 * previous match, like a global scan would; `fn` sees each match.
 */
export function eachAt(re: RegExp, text: string, candidates: readonly number[], fn: (m: RegExpExecArray) => void): void {
  let cursor = 0;
  for (let i = 0; i < candidates.length; i++) {
    const p = candidates[i]!;
    if (p < cursor) continue;
    re.lastIndex = p;
    const m = re.exec(text);
    if (!m) continue;
    fn(m);
    cursor = m[0].length > 0 ? p + m[0].length : p + 1;
  }
}

/**
 * Runs the regex only when the text holds `literal`, a fixed part of every match that starts with a rare
 * character: indexOf finds (or misses) it in a fraction of the time a regex scan takes.
 */
export function eachWith(literal: string, re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  if (text.indexOf(literal) >= 0) each(re, text, fn);
}

/** Every match of the global regex `re` in `text`, as a global scan finds them. */
export function each(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) re.lastIndex++;
    fn(m);
  }
}
