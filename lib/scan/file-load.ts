// Bytes of one file to text: read and gunzipped whole when it fits (on libuv's threads, ahead of the parse), else
// streamed — gzip recognised from its first bytes, ASCII taken as one-byte text — through the JSON splitter or the
// CSV reader.
import { isAscii } from 'node:buffer';
import { open, readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { promisify } from 'node:util';
import { createGunzip, gunzip } from 'node:zlib';
import { CsvReader } from './csv';
import { NotCloudTrail, type FileReader } from './file-reader';
import type { ReadStats } from './files';
import { JsonSplitter } from './json-split';

const gunzipAsync = promisify(gunzip);

export interface Loaded {
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
export async function load(path: string, limit: number): Promise<Loaded> {
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
export async function streamFile(source: AsyncIterable<Buffer | string>, reader: FileReader, stats: ReadStats, progress: () => void): Promise<void> {
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

