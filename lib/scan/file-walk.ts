// Which files a scan reads: the paths given, folders walked in name order (symlinks followed once, loops and
// dangling links passed over), CloudTrail's digest folders left out; a path that cannot be read is reported.
import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileError, ReadStats } from './files';

/**
 * In folders every visible file is read and recognised by its content (a lookup-events answer saved without an
 * extension is still one), except Athena's binary `.metadata` companions; a file that is not CloudTrail gets its line.
 */
const SKIPPED_NAME = /^\.|\.metadata$/i;

/** A file-system or gzip error as one short line for the terminal. */
export function describeError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or folder';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
  if (e?.code === 'EISDIR') return 'is a folder';
  if (e?.code === 'Z_DATA_ERROR' || e?.code === 'Z_BUF_ERROR') return `not valid gzip data (${e.message})`;
  return e?.message ? e.message.split('\n')[0]! : String(error);
}

export async function* files(paths: readonly string[], stats: ReadStats, report: (e: FileError) => void): AsyncGenerator<string> {
  const visited = new Set<string>();
  async function* walk(dir: string): AsyncGenerator<string> {
    let real: string;
    try {
      real = await realpath(dir);
    } catch (error) {
      report({ path: dir, error: describeError(error) });
      return;
    }
    if (visited.has(real)) return; // a symlink loop
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      report({ path: dir, error: describeError(error) });
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
    let s: Stats;
    try {
      s = await stat(path);
    } catch (error) {
      report({ path, error: describeError(error) });
      continue;
    }
    if (s.isDirectory()) yield* walk(path);
    else yield path;
  }
}

