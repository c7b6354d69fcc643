// Explanation texts mark names, ARNs and commands the markdown way — "the role `Dev`". Screens show those spans as
// code and the terminal as plain words; nobody should read the backticks. This splits a text into its prose and code
// segments (pure data: the UI turns them into text nodes, never into markup).

export interface InlineSegment {
  code: boolean;
  text: string;
}

/** Where the run of backticks starting at `i` ends. */
function runEnd(text: string, i: number): number {
  let j = i;
  while (text[j] === '`') j++;
  return j;
}

/**
 * A code span is a run of backticks, then text on the same line, then a run of exactly as many backticks (CommonMark's
 * rule, so "``a`b``" holds "a`b"). One space just inside both ends is padding and dropped. A run with no partner stays
 * literal prose.
 */
export function splitInlineCode(text: string): InlineSegment[] {
  const segments: InlineSegment[] = [];
  let prose = '';
  let i = 0;
  // Run sizes already known to have no partner before the end of a line: a hostile text of many unpaired runs is
  // scanned once per size and line, not once per run.
  const unpaired = new Map<number, number>();
  while (i < text.length) {
    const open = text.indexOf('`', i);
    if (open < 0) {
      prose += text.slice(i);
      break;
    }
    prose += text.slice(i, open);
    const openEnd = runEnd(text, open);
    const size = openEnd - open;
    const lineEnd = text.indexOf('\n', openEnd) < 0 ? text.length : text.indexOf('\n', openEnd);
    let close = -1;
    if (unpaired.get(size) !== lineEnd) {
      for (let j = text.indexOf('`', openEnd); j >= 0 && j < lineEnd; j = text.indexOf('`', runEnd(text, j))) {
        if (runEnd(text, j) - j === size) {
          close = j;
          break;
        }
      }
      if (close < 0) unpaired.set(size, lineEnd);
    }
    let code = close < 0 ? '' : text.slice(openEnd, close);
    if (close < 0 || code.trim() === '') {
      // No partner on this line, or nothing between: the backticks are ordinary characters.
      prose += text.slice(open, close < 0 ? openEnd : close + size);
      i = close < 0 ? openEnd : close + size;
      continue;
    }
    if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ')) code = code.slice(1, -1);
    if (prose) segments.push({ code: false, text: prose });
    prose = '';
    segments.push({ code: true, text: code });
    i = close + size;
  }
  if (prose) segments.push({ code: false, text: prose });
  return segments;
}

/** The text as plain words: code spans keep their content and lose their backticks. */
export function plainText(text: string): string {
  if (!text.includes('`')) return text;
  return splitInlineCode(text)
    .map((s) => s.text)
    .join('');
}
