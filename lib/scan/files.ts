// Node only (the terminal's `scan`): reads CloudTrail as people have it on disk — folders as CloudTrail writes them
// to S3 (AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/*.json.gz), single .json/.json.gz log files,
// `aws cloudtrail lookup-events` answers, JSON lines, Athena CSV and Lake JSON query results — into DenialGroups.
//
// Speed: a log file of usual size is gunzipped and JSON.parse'd whole (V8's JSON.parse is faster than any JS
// tokenizer), and the next file is read and gunzipped on libuv's threads while this one is parsed; only records with
// an errorCode go further. Memory: one or two files at a time. A file too large to hold (a huge export, a
// concatenated trail) streams through JsonSplitter, which holds one event at a time. A file that cannot be read or
// is not CloudTrail gets one clear line and the scan goes on. The parts: file-walk.ts (which files), file-load.ts
// (bytes to text, whole or streamed), file-reader.ts (text to events); this file runs them with files read ahead.
import { createReadStream } from 'node:fs';
import { FileReader, NotCloudTrail } from './file-reader';
import { load, streamFile, type Loaded } from './file-load';
import { describeError, files } from './file-walk';
import type { DenialGroups } from './group';

/** Files up to this many characters (decompressed) are read whole; larger ones stream. */
export const WHOLE_FILE_LIMIT = 64 * 1024 * 1024;

/** Files read and gunzipped ahead of the one being parsed (memory: at most this many more files at a time). */
const AHEAD = 2;

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
      report({ path: loaded.path, error: error instanceof NotCloudTrail ? error.message : describeError(error) });
    }
    progress();
  }
  return stats;
}
