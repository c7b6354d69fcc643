// Splits text arriving in pieces into lines, for --jsonl batches: every line is reported (blank ones too), so a
// caller pairing input and output lines by position stays aligned. Memory stays bounded by the input limit: a line
// longer than it is reported as too long, with its start only.
import { MAX_INPUT_CHARS } from '../parse/limit';

export interface InputLine {
  /** 1-based line number in the input. */
  number: number;
  /** The line without its line break (and without a \r before it); only the start of a line that is too long. */
  text: string;
  tooLong: boolean;
}

/** How much of a too-long line is kept: enough for the id that usually leads the object. */
const TOO_LONG_HEAD = 4096;

export async function* readLines(input: string | AsyncIterable<string>, limit = MAX_INPUT_CHARS): AsyncGenerator<InputLine> {
  let number = 0;
  let parts: string[] = [];
  let length = 0;
  let tooLong = false;
  const take = (tail: string): InputLine => {
    let text = parts.join('') + tail;
    const over = tooLong || length + tail.length > limit;
    parts = [];
    length = 0;
    tooLong = false;
    number++;
    if (over) text = text.slice(0, TOO_LONG_HEAD);
    else if (text.endsWith('\r')) text = text.slice(0, -1);
    if (number === 1 && text.startsWith('\uFEFF')) text = text.slice(1); // a byte order mark some editors write
    return { number, text, tooLong: over };
  };
  const pieces = typeof input === 'string' ? [input] : input;
  for await (const piece of pieces) {
    let start = 0;
    for (let end = piece.indexOf('\n'); end !== -1; end = piece.indexOf('\n', start)) {
      yield take(piece.slice(start, end));
      start = end + 1;
    }
    const rest = piece.slice(start);
    if (rest.length === 0) continue;
    if (tooLong) continue; // the head is kept; the rest of an over-long line is skipped up to its end
    parts.push(rest);
    length += rest.length;
    if (length > limit) {
      const head = parts.join('').slice(0, TOO_LONG_HEAD);
      parts = [head];
      length = head.length;
      tooLong = true;
    }
  }
  // A last line without a line break is still a line; the empty text after a final line break is not.
  if (length > 0 || tooLong) yield take('');
}
