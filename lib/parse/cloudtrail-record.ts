// A CloudTrail record that is already a JS object (a log file read with JSON.parse by `cli scan`) into the finding
// parse() gives for the record's text — without turning every record back into text. The record's own piece comes
// from the object through the same code as in text (cloudtrail-event.ts recordPiece, over a Loose view of the
// object), and the families read only what they would find inside a record: its errorMessage. A record is one
// message, so its pieces assemble into one finding, exactly as the record's span does in parse().
// tests/unit/parse/cloudtrail-record.test.ts holds parse(JSON.stringify(record)) and this to the same finding.
import type { Finding } from '../model';
import { MAX_MESSAGE_CHARS } from './assemble';
import { recordPiece } from './cloudtrail-event';
import { categoryOfCode } from './codes';
import { assemblePieces, readPieces } from './index';
import type { Loose, LooseObject } from './loose-json';
import { normalize } from './normalize';
import type { Piece } from './types';

/** As deep as the text reader goes (loose-json.ts MAX_DEPTH); deeper values are left out there too. */
const MAX_DEPTH = 48;
/** A record with more values than this is cut: the piece reads a handful of keys near the top. */
const MAX_NODES = 20_000;

/**
 * The families' pieces per errorMessage text. A trail repeats the same denial (same principal, action, resource:
 * same message) thousands of times; reading each message once keeps a scan near the cost of JSON.parse.
 */
export class MessageCache {
  private readonly entries = new Map<string, Piece[]>();
  constructor(private readonly limit = 4096) {}

  pieces(normalized: string): Piece[] {
    let pieces = this.entries.get(normalized);
    if (pieces) return pieces;
    pieces = readPieces(normalized);
    // Cleared rather than evicted one by one: a scan whose messages are all different gains nothing either way.
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(normalized, pieces);
    return pieces;
  }
}

export interface RecordOptions {
  /**
   * false: `message` stays '' — for callers that only group findings (fingerprints leave the message out) and build
   * the message for the few they show. Default true: the record's text, as parse() reports it.
   */
  message?: boolean;
  cache?: MessageCache;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `get()` of loose-json.ts on a plain object: the exact key first, then case-insensitively. */
export function recordValue(record: Record<string, unknown>, key: string): unknown {
  if (key in record) return record[key];
  const lower = key.toLowerCase();
  for (const k in record) if (k.toLowerCase() === lower) return record[k];
  return undefined;
}

/** The record's error code when it names an authorization or credentials failure: the cheap test before the rest. */
export function deniedCode(record: unknown): string | null {
  if (!isObject(record)) return null;
  const raw = recordValue(record, 'errorCode');
  if (typeof raw !== 'string') return null;
  const code = raw.trim();
  return code !== '' && categoryOfCode(code) ? code : null;
}

// Strings the text reader would see unchanged after normalize(): printable ASCII without the characters that
// normalize() acts on (escapes, entities, markdown, line gutters at the start). Others go through normalize().
const PLAIN = /^(?![ \t]*[>\d`│┃║])[^\\&*\]\u0000-\u001f\u007f-\uffff]*$/;

function text(value: string): string {
  return PLAIN.test(value) ? value : normalize(value);
}

function toLoose(value: unknown, depth: number, budget: { left: number }): Loose | null {
  if (--budget.left < 0) return null;
  switch (typeof value) {
    case 'string':
      return { t: 's', start: 0, end: 0, v: text(value) };
    case 'number':
    case 'boolean':
      return { t: 'b', start: 0, end: 0, v: String(value) };
    case 'object': {
      if (value === null) return { t: 'b', start: 0, end: 0, v: 'null' };
      if (depth >= MAX_DEPTH) return null;
      if (Array.isArray(value)) {
        const items: Loose[] = [];
        for (const item of value) {
          const node = toLoose(item, depth + 1, budget);
          if (node) items.push(node);
        }
        return { t: 'a', start: 0, end: 0, items };
      }
      return toLooseObject(value as Record<string, unknown>, depth, budget, 0, 0);
    }
    default:
      return null;
  }
}

function toLooseObject(obj: Record<string, unknown>, depth: number, budget: { left: number }, start: number, end: number): LooseObject {
  const keys: string[] = [];
  const vals: Loose[] = [];
  for (const key in obj) {
    const node = toLoose(obj[key], depth + 1, budget);
    if (!node) continue;
    keys.push(key);
    vals.push(node);
  }
  return { t: 'o', start, end, keys, vals };
}

/** What parse() reports as the message of a record: the record's text, trimmed and capped. */
export function recordMessage(record: unknown): string {
  let message: string;
  try {
    message = normalize(JSON.stringify(record) ?? '').trim();
  } catch {
    return ''; // a cycle or a BigInt: not a record JSON.parse made
  }
  return message.length > MAX_MESSAGE_CHARS ? message.slice(0, MAX_MESSAGE_CHARS - 1) + '…' : message;
}

/**
 * The finding of one CloudTrail record given as a JS object, or null when the record is not an authorization or
 * credentials failure. Never throws.
 */
export function parseCloudTrailRecord(record: unknown, options: RecordOptions = {}): Finding | null {
  if (!deniedCode(record)) return null;
  try {
    const obj = record as Record<string, unknown>;
    const rawMessage = recordValue(obj, 'errorMessage');
    const message = typeof rawMessage === 'string' ? normalize(rawMessage) : '';
    // The record spans its message: every piece the families read there lies inside it, as in the record's text.
    const node = toLooseObject(obj, 0, { left: MAX_NODES }, 0, message.length);
    const core = recordPiece(node);
    if (!core) return null;
    const pieces = options.cache ? options.cache.pieces(message) : readPieces(message);
    const finding = assemblePieces(message, [core, ...pieces])[0];
    if (!finding) return null;
    finding.message = options.message === false ? '' : recordMessage(record);
    return finding;
  } catch {
    return null;
  }
}
