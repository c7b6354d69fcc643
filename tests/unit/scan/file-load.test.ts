// Bytes to text (lib/scan/file-load.ts): whole files read and gunzipped when they fit, gzip recognised by its magic
// number and not by the name, large files and stdin streamed; bad gzip, missing files and folders are errors the
// scan reports, never a crash.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { load, streamFile } from '../../../lib/scan/file-load';
import { FileReader, NotCloudTrail } from '../../../lib/scan/file-reader';
import { describeError } from '../../../lib/scan/file-walk';
import type { ReadStats } from '../../../lib/scan/files';
import { DenialGroups } from '../../../lib/scan/group';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'why-denied-load-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, data: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

const denial = (user: string) =>
  JSON.stringify({
    eventVersion: '1.09',
    eventTime: '2026-03-01T10:00:00Z',
    eventSource: 's3.amazonaws.com',
    eventName: 'GetObject',
    errorCode: 'AccessDenied',
    errorMessage: 'Access Denied',
    userIdentity: { type: 'IAMUser', arn: `arn:aws:iam::111122223333:user/${user}`, accountId: '111122223333', userName: user },
  });
const LOG = `{"Records":[${denial('ana')},${denial('bo')}]}`;

describe('load', () => {
  it('reads a small file whole; ASCII and UTF-8 text come out the same as written', async () => {
    expect(await load(file('a.json', LOG), 1024 * 1024)).toEqual({ path: join(dir, 'a.json'), text: LOG });
    const utf8 = '{"Records":[],"note":"José 日本語 ✓"}';
    expect((await load(file('u.json', utf8), 1024 * 1024)).text).toBe(utf8);
  });

  it('decodes invalid UTF-8 to U+FFFD instead of failing', async () => {
    const loaded = await load(file('bad.json', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])), 1024);
    expect(loaded.error).toBeUndefined();
    expect(loaded.text).toBe('{"\uFFFD\uFFFD"}');
  });

  it('an empty file is empty text (the reader then says "empty file")', async () => {
    expect((await load(file('empty.json', ''), 1024)).text).toBe('');
  });

  it('gunzips by content, whatever the name says', async () => {
    expect((await load(file('a.json.gz', gzipSync(LOG)), 1024 * 1024)).text).toBe(LOG);
    expect((await load(file('no-extension', gzipSync(LOG)), 1024 * 1024)).text).toBe(LOG);
    // Named .gz but plain text: read as text.
    expect((await load(file('plain.json.gz', LOG), 1024 * 1024)).text).toBe(LOG);
  });

  it('streams a file over the limit, plain or gzipped (by the trailer’s uncompressed size)', async () => {
    const big = '{"Records":[' + Array.from({ length: 200 }, (_, i) => denial(`u${i}`)).join(',') + ']}';
    expect(await load(file('big.json', big), 1000)).toEqual({ path: join(dir, 'big.json'), stream: true });
    const gz = gzipSync(big);
    expect(gz.length).toBeLessThan(1000 * 4); // small on disk, large inside
    expect(await load(file('big.json.gz', gz), 1000)).toEqual({ path: join(dir, 'big.json.gz'), stream: true });
  });

  it('streams a gzip whose trailer understates its size (two members: the last one small)', async () => {
    const big = 'x'.repeat(50_000);
    const data = Buffer.concat([gzipSync(big), gzipSync('tail')]);
    const loaded = await load(file('two-members.gz', data), 10_000);
    expect(loaded).toEqual({ path: join(dir, 'two-members.gz'), stream: true });
    // Under the limit, both members are read.
    expect((await load(file('two-members-small.gz', data), 100_000)).text).toBe(big + 'tail');
  });

  it('reports broken gzip data, a missing file and a folder as errors', async () => {
    // gzip's magic number, garbage, and a trailer that claims 10 bytes inside (so it is read whole).
    const broken = Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.alloc(26, 0x41), Buffer.from([10, 0, 0, 0])]);
    const bad = await load(file('broken.json.gz', broken), 1024);
    expect(bad.text).toBeUndefined();
    expect(describeError(bad.error)).toMatch(/^not valid gzip data/);

    const missing = await load(join(dir, 'nope.json'), 1024);
    expect(describeError(missing.error)).toBe('no such file or folder');

    mkdirSync(join(dir, 'folder'));
    const folder = await load(join(dir, 'folder'), 1024);
    expect(describeError(folder.error)).toBe('is a folder');
  });

  it('a tiny file that starts like gzip is text (a gzip file has at least 18 bytes)', async () => {
    const loaded = await load(file('tiny', Buffer.from([0x1f, 0x8b, 0x41])), 1024);
    // 0x8b alone is not UTF-8: it reads as U+FFFD, and the reader then says the file is not CloudTrail.
    expect(loaded.text).toBe('\u001f\uFFFDA');
  });

  it('stdin (`-`) always streams', async () => {
    expect(await load('-', 1024)).toEqual({ path: '-', stream: true });
  });
});

async function* chunks(data: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

async function stream(data: Buffer, size: number): Promise<{ reader: FileReader; groups: DenialGroups; stats: ReadStats }> {
  const groups = new DenialGroups();
  const reader = new FileReader(groups);
  const stats: ReadStats = { files: 0, skipped: 0, chars: 0, errors: [] };
  await streamFile(chunks(data, size), reader, stats, () => undefined);
  return { reader, groups, stats };
}

describe('streamFile', () => {
  it('reads JSON from plain and gzipped streams, even handed over a byte at a time', async () => {
    for (const data of [Buffer.from(LOG), gzipSync(LOG)]) {
      for (const size of [1, 3, 64 * 1024]) {
        const { groups, stats } = await stream(data, size);
        expect(groups.denials).toBe(2);
        expect(stats.chars).toBe(LOG.length);
      }
    }
  });

  it('joins a UTF-8 character cut between chunks', async () => {
    const text = `{"Records":[${denial('José')}]}`;
    const { groups } = await stream(Buffer.from(text), 1);
    expect(groups.result()[0]?.finding.principal).toBe('arn:aws:iam::111122223333:user/José');
  });

  it('reads an Athena CSV result as CSV', async () => {
    const csv = 'eventtime,event_name,event_source,error_code,error_message\n2026-03-01T10:00:00Z,GetObject,s3.amazonaws.com,AccessDenied,Access Denied\n';
    const { groups } = await stream(gzipSync(csv), 5);
    expect(groups.denials).toBe(1);
  });

  it('says a truncated JSON stream ends inside a value', async () => {
    await expect(stream(Buffer.from(LOG.slice(0, LOG.length - 10)), 16)).rejects.toThrow('the file ends inside a JSON value (truncated?)');
  });

  it('says an empty or blank stream is an empty file', async () => {
    await expect(stream(Buffer.alloc(0), 4)).rejects.toThrow(NotCloudTrail);
    await expect(stream(Buffer.from('  \n\uFEFF '), 4)).rejects.toThrow('empty file');
  });

  it('a gzipped stream that is not gzip inside fails with zlib’s error', async () => {
    const broken = Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.alloc(30, 0x41)]);
    const error = await stream(broken, 8).then(
      () => null,
      (e: unknown) => e,
    );
    expect(describeError(error)).toMatch(/^not valid gzip data/);
  });
});
