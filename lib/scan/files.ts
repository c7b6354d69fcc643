// Node only (the terminal's `scan`): reads CloudTrail as people have it on disk — folders as CloudTrail writes them
// to S3 (AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/*.json.gz), single .json/.json.gz log files,
// `aws cloudtrail lookup-events` answers, JSON lines, Athena CSV and Lake JSON query results — into DenialGroups.
//
// Speed: a log file of usual size is gunzipped and JSON.parse'd whole (V8's JSON.parse is faster than any JS
// tokenizer), and the next file is read and gunzipped on libuv's threads while this one is parsed; only records with
// an errorCode go further. Memory: one or two files at a time. A file too large to hold (a huge export, a
// concatenated trail) streams through JsonSplitter, which holds one event at a time. A file that cannot be read or
// is not CloudTrail gets one clear line and the scan goes on.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { isAscii } from 'node:buffer';
import { open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import { CsvReader } from './csv';
import type { DenialGroups } from './group';
import { JsonSplitter, KEY_DIGEST, KEY_ERROR_CODE, KEY_EVENT, KEY_LOOKUP, type Candidate } from './json-split';
import { lakeRow, resultHeader, rowToRecord, type Row } from './rows';

const gunzipAsync = promisify(gunzip);

/** Files up to this many characters (decompressed) are read whole; larger ones stream. */
export const WHOLE_FILE_LIMIT = 64 * 1024 * 1024;

/** Files read and gunzipped ahead of the one being parsed (memory: at most this many more files at a time). */
const AHEAD = 2;

/**
 * In folders every visible file is read and recognised by its content (a lookup-events answer saved without an
 * extension is still one), except Athena's binary `.metadata` companions; a file that is not CloudTrail gets its line.
 */
const SKIPPED_NAME = /^\.|\.metadata$/i;

export interface FileError {
  path: string;
  error: string;
}

export interface ReadStats {
  /** Files read as CloudTrail (logs, answers, results). */
  files: number;
  /** Digest files (CloudTrail-Digest) and other files left out on purpose. */
  skipped: number;
  /** Uncompressed characters read. */
  chars: number;
  errors: FileError[];
}

export interface ReadOptions {
  /** Called after every file (and at most every ~64 MB inside a large one). */
  onProgress?: (stats: ReadStats) => void;
  /** Called for each file that could not be read, as it happens. */
  onError?: (error: FileError) => void;
  /** What the path `-` reads (the terminal's stdin). */
  stdin?: AsyncIterable<Buffer | string>;
  /** Files larger than this (characters, decompressed) stream; default WHOLE_FILE_LIMIT (tests lower it). */
  wholeFileLimit?: number;
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or folder';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
  if (e?.code === 'EISDIR') return 'is a folder';
  if (e?.code === 'Z_DATA_ERROR' || e?.code === 'Z_BUF_ERROR') return `not valid gzip data (${e.message})`;
  return e?.message ? e.message.split('\n')[0]! : String(error);
}

class NotCloudTrail extends Error {}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasEventKeys(o: Record<string, unknown>): boolean {
  return 'eventVersion' in o || 'eventTime' in o || 'eventSource' in o || 'eventName' in o || 'errorCode' in o || 'eventtime' in o || 'errorcode' in o || 'eventname' in o;
}

const TIME_IN_LINE = /"(?:eventTime|eventtime|EventTime)"\s*:\s*"([^"]{1,40})"/;

/** What one file held; errors say why nothing of it could be used. */
class FileReader {
  events = 0;
  unreadable = 0;
  other = 0;
  digest = false;
  private header: string[] | null = null;

  constructor(private readonly groups: DenialGroups) {}

  /** A record as JSON.parse gave it; non-denials take the fast path (no key search, no parse). */
  record(rec: Record<string, unknown>): void {
    this.events++;
    if (rec.errorCode === undefined && ('eventVersion' in rec || 'eventTime' in rec)) {
      this.groups.countEvent(rec.eventTime);
      return;
    }
    this.groups.addRecord(rec);
  }

  /** A lookup-events entry: the event is the JSON string in CloudTrailEvent; only denials are parsed. */
  lookupEntry(entry: Record<string, unknown>): void {
    const inner = entry.CloudTrailEvent ?? entry.cloudTrailEvent ?? entry.cloudtrailevent;
    if (typeof inner === 'string' && (inner.includes('"errorCode"') || inner.includes('"errorcode"'))) {
      try {
        const rec = JSON.parse(inner) as unknown;
        if (isObject(rec)) {
          this.record(rec);
          return;
        }
      } catch {
        this.unreadable++;
        return;
      }
    }
    this.events++;
    this.groups.countEvent(entry.EventTime ?? (typeof inner === 'string' ? TIME_IN_LINE.exec(inner)?.[1] : null));
  }

  row(row: Row): void {
    const { record, options } = rowToRecord(row);
    this.events += options.count ?? 1;
    this.groups.addRecord(record, options);
  }

  /** One element of a top-level array, or one JSON line. */
  element(value: unknown): void {
    if (Array.isArray(value)) {
      const row = lakeRow(value);
      if (row && resultHeader([...row.keys()])) this.row(row);
      else this.other++;
      return;
    }
    if (!isObject(value)) {
      this.other++;
      return;
    }
    if ('CloudTrailEvent' in value || 'cloudTrailEvent' in value || 'cloudtrailevent' in value) this.lookupEntry(value);
    else if (Array.isArray(value.Records) || Array.isArray(value.Events) || Array.isArray(value.QueryResultRows)) this.document(value);
    else if (hasEventKeys(value)) this.record(value);
    else this.other++;
  }

  document(doc: unknown): void {
    if (Array.isArray(doc)) {
      for (const item of doc) this.element(item);
      return;
    }
    if (!isObject(doc)) throw new NotCloudTrail('not a CloudTrail log: the file holds a JSON value, not events');
    if (Array.isArray(doc.Records)) {
      for (const rec of doc.Records) {
        if (isObject(rec)) this.record(rec);
        else this.other++;
      }
    } else if (Array.isArray(doc.Events)) {
      for (const entry of doc.Events) {
        if (isObject(entry)) this.lookupEntry(entry);
        else this.other++;
      }
    } else if (Array.isArray(doc.QueryResultRows)) {
      for (const cells of doc.QueryResultRows) {
        const row = lakeRow(cells);
        if (row) this.row(row);
        else this.other++;
      }
    } else if ('digestStartTime' in doc) {
      this.digest = true;
    } else if (hasEventKeys(doc)) {
      this.record(doc);
    } else {
      throw new NotCloudTrail('not a CloudTrail log: no Records, Events, QueryResultRows or event keys');
    }
  }

  /**
   * JSON lines: each line an event (or a log file, or a lookup-events entry); only lines with an errorCode are
   * parsed. False when the first line is not JSON (the text is no JSON lines at all).
   */
  lines(text: string): boolean {
    let first = true;
    let parseAll = false;
    let from = 0;
    while (from < text.length) {
      let nl = text.indexOf('\n', from);
      if (nl < 0) nl = text.length;
      const line = text.slice(from, nl);
      from = nl + 1;
      if (line.trim() === '') continue;
      if (first || parseAll || line.includes('rrorCode') || line.includes('rrorcode')) {
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          if (first) return false;
          this.unreadable++;
          continue;
        }
        if (first) {
          first = false;
          // Lines that are whole log files or answers hold many events each: read every line.
          parseAll = isObject(value) && (Array.isArray(value.Records) || Array.isArray(value.Events) || Array.isArray(value.QueryResultRows));
          if (!parseAll && !(isObject(value) && (hasEventKeys(value) || 'CloudTrailEvent' in value))) {
            throw new NotCloudTrail('not CloudTrail: the first line is not an event');
          }
        }
        this.element(value);
      } else {
        this.events++;
        this.groups.countEvent(this.groups.filtering ? TIME_IN_LINE.exec(line)?.[1] : null);
      }
    }
    return true;
  }

  /** A whole file's text. */
  text(raw: string): void {
    const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    const start = text.search(/\S/);
    if (start < 0) throw new NotCloudTrail('empty file');
    const c = text[start];
    if (c === '{' || c === '[') {
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch (error) {
        // Not one document: JSON lines, or a broken file (then the reason is JSON.parse's).
        if (text.indexOf('\n', start) < 0 || !this.lines(text)) throw new NotCloudTrail(`not valid JSON: ${(error as Error).message}`);
        return;
      }
      this.document(doc);
      return;
    }
    const csv = new CsvReader((row) => this.csvRow(row));
    csv.push(text);
    csv.end();
    if (!this.header) throw new NotCloudTrail('not CloudTrail: neither JSON nor a query result with error_code/errorcode columns');
  }

  csvRow(cells: string[]): void {
    if (!this.header) {
      this.header = resultHeader(cells);
      if (!this.header) throw new NotCloudTrail('not CloudTrail: a CSV without error_code/errorcode and event columns');
      return;
    }
    const row: Row = new Map();
    for (let i = 0; i < this.header.length; i++) row.set(this.header[i]!, cells[i] ?? null);
    this.row(row);
  }

  /** A candidate of the streaming splitter. */
  candidate(c: Candidate): void {
    if (c.array) {
      this.parsed(c.text, (v) => this.element(v));
      return;
    }
    if (c.keys & KEY_LOOKUP) {
      if (c.text.includes('rrorCode') || c.text.includes('rrorcode')) this.parsed(c.text, (v) => this.element(v));
      else {
        this.events++;
        this.groups.countEvent(c.time);
      }
    } else if (c.keys & KEY_ERROR_CODE) {
      this.parsed(c.text, (v) => this.element(v));
    } else if (c.keys & KEY_EVENT) {
      this.events++;
      this.groups.countEvent(c.time);
    } else if (c.keys & KEY_DIGEST) {
      this.digest = true;
    } else {
      this.other++;
    }
  }

  private parsed(text: string, use: (value: unknown) => void): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.unreadable++;
      return;
    }
    use(value);
  }
}

interface Loaded {
  path: string;
  text?: string;
  /** Set when the file is to be streamed (gzip is recognised from its first bytes). */
  stream?: boolean;
  error?: unknown;
}

async function gzipped(path: string): Promise<{ gzip: boolean; size: number; isize: number }> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(2);
    await handle.read(head, 0, 2, 0);
    const gzip = size >= 18 && head[0] === 0x1f && head[1] === 0x8b;
    let isize = size;
    if (gzip) {
      // The gzip trailer's ISIZE: the uncompressed size (of the last member, modulo 4 GiB).
      const tail = Buffer.alloc(4);
      await handle.read(tail, 0, 4, size - 4);
      isize = tail.readUInt32LE(0);
    }
    return { gzip, size, isize };
  } finally {
    await handle.close();
  }
}

/**
 * Bytes to text. CloudTrail files are nearly always ASCII: checked at memory speed, they become a one-byte string by
 * a copy, where UTF-8 decoding costs more than JSON.parse itself. Invalid UTF-8 decodes to U+FFFD, never an error.
 */
function decode(data: Buffer): string {
  return isAscii(data) ? data.toString('latin1') : data.toString('utf8');
}

/** Reads (and gunzips) a file whole, or says it must stream. */
async function load(path: string, limit: number): Promise<Loaded> {
  if (path === '-') return { path, stream: true };
  try {
    const { gzip, size, isize } = await gzipped(path);
    if (!gzip) {
      if (size > limit) return { path, stream: true };
      return { path, text: decode(await readFile(path)) };
    }
    // ISIZE says it is too large: stream. It is modulo 4 GiB, so maxOutputLength below is the real guard.
    if (isize > limit) return { path, stream: true };
    try {
      // One output chunk of the file's size: zlib's default 16 KB chunks cost a thread hop each.
      const chunkSize = Math.max(64 * 1024, Math.min(limit, isize + 1024));
      const data = await gunzipAsync(await readFile(path), { maxOutputLength: limit, chunkSize });
      return { path, text: decode(data) };
    } catch (error) {
      if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return { path, stream: true };
      throw error;
    }
  } catch (error) {
    return { path, error };
  }
}

/** The bytes of a stream, gunzipped when they start with gzip's magic number (stdin may be either). */
async function* bytes(source: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  const it = source[Symbol.asyncIterator]();
  const toBuffer = (v: Buffer | string) => (Buffer.isBuffer(v) ? v : Buffer.from(v));
  // Enough bytes to see the magic number (a pipe may hand over a single byte first).
  let head = Buffer.alloc(0);
  while (head.length < 2) {
    const r = await it.next();
    if (r.done) break;
    head = Buffer.concat([head, toBuffer(r.value)]);
  }
  if (head.length === 0) return;
  async function* all(): AsyncGenerator<Buffer> {
    yield head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield toBuffer(r.value);
  }
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
    const gunzipped = Readable.from(all()).pipe(createGunzip({ chunkSize: 256 * 1024 }));
    for await (const chunk of gunzipped) yield chunk as Buffer;
  } else {
    yield* all();
  }
}

/** Streams a large file (or stdin) through the splitter (JSON) or the CSV reader. */
async function streamFile(source: AsyncIterable<Buffer | string>, reader: FileReader, stats: ReadStats, progress: () => void): Promise<void> {
  const input = bytes(source);
  const decoder = new StringDecoder('utf8');
  let mode: 'json' | 'csv' | null = null;
  const splitter = new JsonSplitter((c) => reader.candidate(c));
  const csv = new CsvReader((row) => reader.csvRow(row));
  let sinceProgress = 0;
  const feed = (text: string) => {
    if (text.length === 0) return;
    if (mode === null) {
      const start = text.search(/[^\s\uFEFF]/);
      if (start < 0) return;
      mode = text[start] === '{' || text[start] === '[' ? 'json' : 'csv';
    }
    if (mode === 'json') splitter.push(text);
    else csv.push(text);
    stats.chars += text.length;
    sinceProgress += text.length;
    if (sinceProgress > 64 * 1024 * 1024) {
      sinceProgress = 0;
      progress();
    }
  };
  // ASCII chunks (nearly all of CloudTrail) as one-byte text; once a chunk is not, the decoder takes the rest, so a
  // character cut between chunks is joined.
  let utf8 = false;
  for await (const chunk of input) {
    if (!utf8 && isAscii(chunk)) feed(chunk.toString('latin1'));
    else {
      utf8 = true;
      feed(decoder.write(chunk));
    }
  }
  feed(decoder.end());
  if (mode === 'csv') csv.end();
  if (mode === 'json' && splitter.unfinished) throw new Error('the file ends inside a JSON value (truncated?)');
  if (mode === null) throw new NotCloudTrail('empty file');
  if (splitter.stats.oversize > 0) reader.unreadable += splitter.stats.oversize;
}

/** Every file to read under the paths, folders walked in name order; missing paths are reported. */
async function* files(paths: readonly string[], stats: ReadStats, report: (e: FileError) => void): AsyncGenerator<string> {
  const visited = new Set<string>();
  async function* walk(dir: string): AsyncGenerator<string> {
    let real: string;
    try {
      real = await realpath(dir);
    } catch (error) {
      report({ path: dir, error: describe(error) });
      return;
    }
    if (visited.has(real)) return; // a symlink loop
    visited.add(real);
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      report({ path: dir, error: describe(error) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (SKIPPED_NAME.test(entry.name)) continue;
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const s = await stat(path);
          isDir = s.isDirectory();
          isFile = s.isFile();
        } catch {
          continue; // a dangling link
        }
      }
      if (isDir) {
        // Digest files prove the logs' integrity; they hold no events.
        if (entry.name === 'CloudTrail-Digest') {
          stats.skipped++;
          continue;
        }
        yield* walk(path);
      } else if (isFile) {
        yield path;
      }
    }
  }
  for (const path of paths) {
    if (path === '-') {
      yield path;
      continue;
    }
    let s: import('node:fs').Stats;
    try {
      s = await stat(path);
    } catch (error) {
      report({ path, error: describe(error) });
      continue;
    }
    if (s.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Reads every path into `groups`. */
export async function readPaths(paths: readonly string[], groups: DenialGroups, options: ReadOptions = {}): Promise<ReadStats> {
  const stats: ReadStats = { files: 0, skipped: 0, chars: 0, errors: [] };
  const report = (e: FileError) => {
    stats.errors.push(e);
    options.onError?.(e);
  };
  const progress = () => options.onProgress?.(stats);
  // Files ahead: while this file is parsed on the main thread, the next ones are read and gunzipped on libuv's.
  const it = files(paths, stats, report);
  const limit = options.wholeFileLimit ?? WHOLE_FILE_LIMIT;
  const ahead: Array<Promise<Loaded>> = [];
  let done = false;
  const fill = async () => {
    while (!done && ahead.length < AHEAD) {
      const r = await it.next();
      if (r.done) done = true;
      else ahead.push(load(r.value, limit));
    }
  };
  for (await fill(); ahead.length > 0; await fill()) {
    const loaded = await ahead.shift()!;
    await fill();
    const reader = new FileReader(groups);
    try {
      if (loaded.error !== undefined) throw loaded.error;
      if (loaded.text !== undefined) {
        stats.chars += loaded.text.length;
        reader.text(loaded.text);
      } else if (loaded.path === '-') {
        if (!options.stdin) throw new Error('no standard input');
        await streamFile(options.stdin, reader, stats, progress);
      } else if (loaded.stream) {
        await streamFile(createReadStream(loaded.path, { highWaterMark: 1024 * 1024 }), reader, stats, progress);
      }
      if (reader.digest) stats.skipped++;
      else if (reader.events === 0 && reader.other > 0) throw new NotCloudTrail(`not CloudTrail: ${reader.other} JSON values, none of them an event`);
      else {
        stats.files++;
        if (reader.unreadable > 0) report({ path: loaded.path, error: `${reader.unreadable} events could not be read (invalid JSON); the rest were` });
      }
    } catch (error) {
      report({ path: loaded.path, error: error instanceof NotCloudTrail ? error.message : describe(error) });
    }
    progress();
  }
  return stats;
}
