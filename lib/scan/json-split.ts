// Splits a stream of JSON text into the values a CloudTrail scan reads — events — without parsing the rest:
//   {"Records":[{event},{event}…]}            a log file as CloudTrail writes it to S3
//   {"Events":[{…,"CloudTrailEvent":"…"}…]}   an `aws cloudtrail lookup-events` answer
//   {"QueryResultRows":[[{…},{…}],…]}         a CloudTrail Lake `get-query-results` answer (rows are arrays)
//   [{event},{event}…]                        an array of events (jq, exports)
//   {event}\n{event}\n…                       JSON lines, or one event on its own
// Each candidate (an object or array where events stand) is handed over as its text, with the direct keys that
// tell what it is: whether it has an errorCode (only those are worth a JSON.parse: most events are not denials),
// whether it looks like an event at all, and its eventTime. Strings are skipped with indexOf, so the work per
// character is far below JSON.parse's; memory holds one candidate at a time, however large the file.

/** Direct keys of a candidate (bit flags). */
export const KEY_ERROR_CODE = 1;
/** eventVersion, eventSource, eventName, eventTime, eventID: a CloudTrail event. */
export const KEY_EVENT = 2;
/** CloudTrailEvent: a lookup-events entry (the event is a JSON string inside it). */
export const KEY_LOOKUP = 4;
/** digestStartTime: a CloudTrail digest file (integrity hashes, no events). */
export const KEY_DIGEST = 8;

export interface Candidate {
  text: string;
  /** true for an array (a Lake result row), false for an object. */
  array: boolean;
  keys: number;
  /** The value of the candidate's eventTime (or EventTime) key when it is a string, else null. */
  time: string | null;
  /** Nesting depth of the candidate: 1 for a top-level value. */
  depth: number;
}

/** Keys of a top-level object whose array value holds the candidates. */
const CONTAINER_KEYS = new Set(['records', 'events', 'queryresultrows']);

/** A candidate larger than this is not an event (the largest CloudTrail events are a few hundred KB). */
export const MAX_CANDIDATE_CHARS = 64 * 1024 * 1024;

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;

/** The flag of a key (compared without case: Athena and Lake exports write keys in lower case). */
function keyFlag(key: string): number {
  const first = key.charCodeAt(0) | 32;
  // Most keys start with another letter: one comparison, no lower-casing.
  if (first !== 101 /* e */ && first !== 99 /* c */ && first !== 100 /* d */) return 0;
  switch (key.length) {
    case 7:
    case 9:
    case 11:
    case 12:
    case 15: {
      const k = key.toLowerCase();
      if (k === 'errorcode') return KEY_ERROR_CODE;
      if (k === 'eventversion' || k === 'eventsource' || k === 'eventname' || k === 'eventtime' || k === 'eventid') return KEY_EVENT;
      if (k === 'cloudtrailevent') return KEY_LOOKUP;
      if (k === 'digeststarttime') return KEY_DIGEST;
      return 0;
    }
    default:
      return 0;
  }
}

function isTimeKey(key: string): boolean {
  return key.length === 9 && (key === 'eventTime' || key.toLowerCase() === 'eventtime');
}

export interface SplitStats {
  /** Characters outside any value that are not white space (garbage between JSON lines). */
  stray: number;
  /** Candidates dropped for their size. */
  oversize: number;
}

export class JsonSplitter {
  readonly stats: SplitStats = { stray: 0, oversize: 0 };
  private depth = 0;
  /** Per depth (1-based): the opening character code, { or [. */
  private readonly open: number[] = [0];
  private inString = false;
  /** A backslash ended the previous chunk inside a string: the next character is escaped. */
  private escapeNext = false;
  /** Depth whose direct keys are tracked, and whether the next string there is a key. */
  private expectKey = false;
  /** Depth of the array whose elements are candidates (-1: none). */
  private containerDepth = -1;
  /** A container key was just read at depth 1; its value, if an array, holds the candidates. */
  private pendingContainer = false;
  // The open candidate.
  private cDepth = -1;
  private cStart = 0;
  private cParts: string[] = [];
  private cLength = 0;
  private cKeys = 0;
  private cTime: string | null = null;
  private cOversize = false;
  private captureTime = false;
  // The string being read (keys and captured values only), when it started in an earlier chunk.
  private stringStart = -1;
  private stringParts: string[] = [];
  private stringIsKey = false;
  private stringIsTime = false;

  constructor(private readonly onCandidate: (candidate: Candidate) => void) {}

  /** Whether the stream ended inside a value (a truncated file). */
  get unfinished(): boolean {
    return this.depth > 0 || this.inString;
  }

  push(chunk: string): void {
    const len = chunk.length;
    let i = 0;
    if (this.cDepth > 0) this.cStart = 0;
    if (this.stringStart >= 0) this.stringStart = 0;
    while (i < len) {
      if (this.inString) {
        i = this.skipString(chunk, i);
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (c === QUOTE) {
        this.inString = true;
        const tracked = this.depth === this.cDepth || (this.depth === 1 && this.open[1] === OPEN_BRACE);
        this.stringIsKey = tracked && this.expectKey;
        this.stringIsTime = !this.stringIsKey && this.captureTime && this.depth === this.cDepth;
        this.stringStart = this.stringIsKey || this.stringIsTime ? i + 1 : -1;
        if (this.stringParts.length > 0) this.stringParts = [];
        this.expectKey = false;
        i++;
        continue;
      }
      if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        this.openValue(c, i);
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        this.closeValue(chunk, i);
      } else if (c === COMMA) {
        if (this.open[this.depth] === OPEN_BRACE && (this.depth === this.cDepth || this.depth === 1)) this.expectKey = true;
        if (this.depth === this.cDepth) this.captureTime = false;
        if (this.depth === 1) this.pendingContainer = false;
      } else if (this.depth === 0 && c > 32 && c !== 0xfeff) {
        this.stats.stray++;
      }
      i++;
    }
    // Carry the open candidate (and a key or time string cut by the chunk's end) into the next chunk.
    if (this.cDepth > 0 && !this.cOversize) this.keep(chunk.slice(this.cStart));
    if (this.inString && this.stringStart >= 0) this.stringParts.push(chunk.slice(this.stringStart));
  }

  private keep(part: string): void {
    this.cLength += part.length;
    if (this.cLength > MAX_CANDIDATE_CHARS) {
      this.cOversize = true;
      this.cParts = [];
      return;
    }
    this.cParts.push(part);
  }

  /** Reads to the end of the string that starts before `from`; returns the position after it (or len). */
  private skipString(chunk: string, from: number): number {
    let i = from;
    if (this.escapeNext) {
      // The first character was escaped by a backslash at the end of the previous chunk.
      this.escapeNext = false;
      i++;
    }
    const lower = i;
    const len = chunk.length;
    for (;;) {
      const q = chunk.indexOf('"', i);
      if (q < 0) {
        // The string goes on in the next chunk; a trailing odd run of backslashes escapes its first character.
        let b = 0;
        for (let k = len - 1; k >= i && chunk.charCodeAt(k) === BACKSLASH; k--) b++;
        this.escapeNext = b % 2 === 1;
        return len;
      }
      // An odd run of backslashes before the quote escapes it. A run reaching back into the previous chunk was
      // carried over as escapeNext; a run cannot reach back past an earlier quote.
      if (q > lower && chunk.charCodeAt(q - 1) === BACKSLASH) {
        let b = 0;
        for (let k = q - 1; k >= lower && chunk.charCodeAt(k) === BACKSLASH; k--) b++;
        if (b % 2 === 1) {
          i = q + 1;
          continue;
        }
      }
      this.inString = false;
      if (this.stringStart >= 0) this.endString(chunk.slice(this.stringStart, q));
      return q + 1;
    }
  }

  private endString(last: string): void {
    const value = this.stringParts.length > 0 ? this.stringParts.join('') + last : last;
    this.stringStart = -1;
    if (this.stringParts.length > 0) this.stringParts = [];
    if (this.stringIsKey) {
      if (this.depth === this.cDepth) {
        this.cKeys |= keyFlag(value);
        this.captureTime = isTimeKey(value);
      }
      if (this.depth === 1 && this.open[1] === OPEN_BRACE) this.pendingContainer = CONTAINER_KEYS.has(value.toLowerCase());
    } else if (this.stringIsTime) {
      this.cTime ??= value;
      this.captureTime = false;
    }
  }

  private openValue(c: number, i: number): void {
    const depth = ++this.depth;
    this.open[depth] = c;
    this.expectKey = c === OPEN_BRACE;
    if (depth === 1) {
      // A top-level object is an event until it turns out to be a container; a top-level array holds events.
      this.pendingContainer = false;
      if (c === OPEN_BRACE) this.startCandidate(i, depth);
      else this.containerDepth = 1;
      return;
    }
    if (depth === 2 && c === OPEN_BRACKET && this.pendingContainer) {
      this.pendingContainer = false;
      this.containerDepth = 2;
      this.dropCandidate();
      return;
    }
    if (this.cDepth < 0 && this.containerDepth > 0 && depth === this.containerDepth + 1) this.startCandidate(i, depth);
  }

  private closeValue(chunk: string, i: number): void {
    const depth = this.depth;
    if (depth === 0) {
      this.stats.stray++;
      return;
    }
    if (depth === this.cDepth) {
      const oversize = this.cOversize;
      let text = '';
      if (!oversize) {
        const last = chunk.slice(this.cStart, i + 1);
        text = this.cParts.length > 0 ? this.cParts.join('') + last : last;
        if (this.cLength + last.length > MAX_CANDIDATE_CHARS) text = '';
      }
      const candidate: Candidate = { text, array: this.open[depth] === OPEN_BRACKET, keys: this.cKeys, time: this.cTime, depth };
      this.dropCandidate();
      if (text === '') this.stats.oversize++;
      else this.onCandidate(candidate);
    }
    if (depth === this.containerDepth) this.containerDepth = -1;
    this.depth--;
    // After a value closes inside an object, a comma (then a key) or the object's end follows.
    this.expectKey = false;
    if (this.depth === this.cDepth) this.captureTime = false;
  }

  private startCandidate(i: number, depth: number): void {
    this.resetCandidate(depth);
    this.cStart = i;
  }

  private dropCandidate(): void {
    this.resetCandidate(-1);
  }

  /** A candidate opening at `depth` (-1: none), with nothing of it collected yet. */
  private resetCandidate(depth: number): void {
    this.cDepth = depth;
    this.cParts = [];
    this.cLength = 0;
    this.cKeys = 0;
    this.cTime = null;
    this.cOversize = false;
    this.captureTime = false;
  }
}
