// Which files a scan reads: folders in name order, digests and companions left out, links followed once, every
// unreadable path reported and the walk going on.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError, files } from '../../../lib/scan/file-walk';
import type { FileError, ReadStats } from '../../../lib/scan/files';

let root = '';
const stats = (): ReadStats => ({ files: 0, skipped: 0, chars: 0, errors: [] });

async function walk(paths: string[]): Promise<{ out: string[]; errors: FileError[]; s: ReadStats }> {
  const s = stats();
  const errors: FileError[] = [];
  const out: string[] = [];
  for await (const p of files(paths, s, (e) => errors.push(e))) out.push(p.slice(root.length + 1));
  return { out, errors, s };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'why-denied-walk-'));
  const region = join(root, 'AWSLogs/111122223333/CloudTrail/us-east-1/2026/12/01');
  mkdirSync(region, { recursive: true });
  writeFileSync(join(region, 'b.json.gz'), '');
  writeFileSync(join(region, 'a.json.gz'), '');
  writeFileSync(join(region, '.DS_Store'), '');
  writeFileSync(join(region, 'results.csv.metadata'), '');
  mkdirSync(join(root, 'AWSLogs/111122223333/CloudTrail-Digest/us-east-1'), { recursive: true });
  writeFileSync(join(root, 'AWSLogs/111122223333/CloudTrail-Digest/us-east-1/d.json.gz'), '');
  symlinkSync(join(root, 'AWSLogs'), join(region, 'loop'));
  symlinkSync(join(root, 'nowhere'), join(region, 'dangling'));
  writeFileSync(join(root, 'events'), '');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('files', () => {
  it('walks folders in name order, skips digests, dot files, .metadata, dangling links and link loops', async () => {
    const { out, errors, s } = await walk([join(root, 'AWSLogs')]);
    expect(out).toEqual(['AWSLogs/111122223333/CloudTrail/us-east-1/2026/12/01/a.json.gz', 'AWSLogs/111122223333/CloudTrail/us-east-1/2026/12/01/b.json.gz']);
    expect(errors).toEqual([]);
    expect(s.skipped).toBe(1);
  });

  it('gives files as they are, a file without extension included, and "-" for stdin', async () => {
    const { out } = await walk([join(root, 'events'), '-']);
    expect(out[0]).toBe('events');
    expect(out).toHaveLength(2);
  });

  it('reports a missing path and goes on', async () => {
    const { out, errors } = await walk([join(root, 'missing.json'), join(root, 'events')]);
    expect(errors).toEqual([{ path: join(root, 'missing.json'), error: 'no such file or folder' }]);
    expect(out).toEqual(['events']);
  });
});

describe('describeError', () => {
  it.each([
    [{ code: 'ENOENT' }, 'no such file or folder'],
    [{ code: 'EACCES' }, 'permission denied'],
    [{ code: 'EISDIR' }, 'is a folder'],
    [{ code: 'Z_DATA_ERROR', message: 'incorrect header check' }, 'not valid gzip data (incorrect header check)'],
    [new Error('first line\nsecond line'), 'first line'],
    ['plain', 'plain'],
  ])('%j → %s', (error, line) => expect(describeError(error)).toBe(line));
});
