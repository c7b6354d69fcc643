// The one input limit, for every way text reaches the parser (popup paste, terminal stdin, one --jsonl line).
// Errors sit at the end of logs (the failing step prints last), so text over the limit keeps its start AND its end
// and skips the middle. The parser is linear: the limit bounds time and memory (about a second at the limit), not
// correctness. Describe it everywhere with limitText() / the same two numbers.

/** Text longer than this many characters (UTF-16 code units, JavaScript's string length) is cut. */
export const MAX_INPUT_CHARS = 10_000_000;
/** What a cut keeps at each end: the first and the last this many characters. */
export const KEPT_AT_EACH_END = MAX_INPUT_CHARS / 2;
/** A cut moves to a line break when one is this close, so no half line (half an ARN) reaches the parser. */
const LINE_SNAP = 4096;
/** Between the kept start and end: a blank line, so the two halves never join into one sentence. */
const GAP = '\n\n';

export interface CappedText {
  text: string;
  /** The input was longer than MAX_INPUT_CHARS and its middle was skipped. */
  truncated: boolean;
}

/** The input itself when it fits, otherwise its first and last KEPT_AT_EACH_END characters. */
export function capText(text: string): CappedText {
  if (text.length <= MAX_INPUT_CHARS) return { text, truncated: false };
  return { text: joinEnds(text.slice(0, KEPT_AT_EACH_END), text.slice(text.length - KEPT_AT_EACH_END)), truncated: true };
}

function joinEnds(head: string, tail: string): string {
  const headBreak = head.lastIndexOf('\n');
  const tailBreak = tail.indexOf('\n');
  const start = headBreak >= head.length - LINE_SNAP ? head.slice(0, headBreak) : head;
  const end = tailBreak >= 0 && tailBreak < LINE_SNAP ? tail.slice(tailBreak + 1) : tail;
  return start + GAP + end;
}

/**
 * capText for text that arrives in pieces (a terminal pipe): memory stays bounded by the limit however long the
 * stream runs, and the result equals capText(all pieces joined).
 */
export class CappedCollector {
  private head = '';
  private tail: string[] = [];
  private tailLength = 0;
  private total = 0;

  push(piece: string): void {
    if (piece.length === 0) return;
    this.total += piece.length;
    if (this.tailLength === 0 && this.head.length + piece.length <= MAX_INPUT_CHARS) {
      this.head += piece;
      return;
    }
    if (this.tailLength === 0) {
      // Past the limit for the first time: everything after the first half is tail material from now on.
      const all = this.head + piece;
      this.head = all.slice(0, KEPT_AT_EACH_END);
      piece = all.slice(KEPT_AT_EACH_END);
    }
    this.tail.push(piece);
    this.tailLength += piece.length;
    // Drop whole pieces from the front once they are no longer needed; compacting only now and then keeps it linear.
    if (this.tailLength > 2 * KEPT_AT_EACH_END) this.compact();
  }

  /** Characters seen so far, kept or not. */
  get length(): number {
    return this.total;
  }

  finish(): CappedText {
    if (this.tailLength === 0) return { text: this.head, truncated: false };
    this.compact();
    return { text: joinEnds(this.head, this.tail.join('')), truncated: true };
  }

  private compact(): void {
    const joined = this.tail.join('');
    const kept = joined.slice(Math.max(0, joined.length - KEPT_AT_EACH_END));
    this.tail = [kept];
    this.tailLength = kept.length;
  }
}
