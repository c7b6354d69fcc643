// `cli scan`: its arguments, the hook into the terminal entry, the readable report (en/ja), and what it does with
// files that are not CloudTrail or cannot be read — a clear line for each, and the scan goes on.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../../lib/cli/args';
import { parseScanArgs, runScan, scanOptions, type ScanIo } from '../../../lib/cli/scan';
import type { ScanJson } from '../../../lib/scan/report';
import { DENIALS, prng } from '../../../scripts/support/synthetic-trail';

const NOW = Date.UTC(2026, 2, 10, 12);

async function run(argv: string[], io: Partial<ScanIo> = {}): Promise<{ code: number; out: string; err: string }> {
  const parsed = parseScanArgs(argv, NOW);
  if (!parsed.ok) throw new Error(parsed.error);
  let out = '';
  let err = '';
  const code = await runScan(parsed.options, { out: (t) => void (out += t), err: (t) => void (err += t), progress: false, ...io });
  return { code, out, err };
}

let dir: string;
const r = prng(3);
const denied = DENIALS.find((d) => d.name === 'kms-decrypt-identity')!.make(r, '2026-03-02T10:00:00Z', 'us-east-1', 0);
const scp = DENIALS.find((d) => d.name === 'iam-scp-explicit')!.make(r, '2026-03-02T11:00:00Z', 'us-east-1', 1);
const ok = { eventVersion: '1.09', eventTime: '2026-03-02T10:00:05Z', eventSource: 'sts.amazonaws.com', eventName: 'GetCallerIdentity' };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'why-denied-cli-scan-'));
  const logs = join(dir, 'AWSLogs', '111122223333', 'CloudTrail', 'us-east-1', '2026', '03', '02');
  mkdirSync(logs, { recursive: true });
  writeFileSync(join(logs, 'good.json.gz'), gzipSync(JSON.stringify({ Records: [denied, ok, { ...denied, eventID: 'another-event' }, scp] })));
  writeFileSync(join(logs, 'corrupt.json.gz'), Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.alloc(64, 0xab)]));
  writeFileSync(join(logs, 'truncated.json.gz'), gzipSync(JSON.stringify({ Records: [denied, ok] })).subarray(0, 60));
  writeFileSync(join(logs, 'cut.json'), JSON.stringify({ Records: [denied, ok] }).slice(0, 300));
  writeFileSync(join(logs, 'other.json'), JSON.stringify({ name: 'package', version: '1.0.0' }));
  writeFileSync(join(logs, 'empty.json'), '');
  writeFileSync(join(logs, 'page.json'), '<!doctype html><html><body><script>alert(1)</script></body></html>');
  writeFileSync(join(logs, 'binary.json'), Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37) % 256)));
  writeFileSync(join(logs, 'notes.md'), '# Notes\nnot a log');
  writeFileSync(join(logs, 'QueryID.csv.metadata'), Buffer.from([0, 1, 2, 3]));
  writeFileSync(join(logs, '.DS_Store'), Buffer.from([0, 0, 0, 1, 66, 117, 100, 49]));
  const digest = join(dir, 'AWSLogs', '111122223333', 'CloudTrail-Digest', 'us-east-1');
  mkdirSync(digest, { recursive: true });
  writeFileSync(join(digest, 'digest.json.gz'), gzipSync(JSON.stringify({ awsAccountId: '111122223333', digestStartTime: '2026-03-02T10:00:00Z', logFiles: [] })));
  writeFileSync(join(dir, 'bad-only.json'), '{"hello": "world"}');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scan arguments', () => {
  it('is a command of the terminal entry, options before or after it; other commands take no paths or scan options', () => {
    const before = parseArgs(['--lang', 'ja', 'scan', 'x']);
    expect(before).toMatchObject({ ok: true, options: { command: 'scan', lang: 'ja', operands: ['x'] } });
    expect(before.ok && scanOptions(before.options, NOW)).toMatchObject({ ok: true, options: { lang: 'ja', paths: ['x'] } });
    expect(parseArgs(['scan', '--help'])).toMatchObject({ ok: true, options: { command: 'help', helpFor: 'scan' } });
    expect(parseArgs(['explain', 'scan'])).toMatchObject({ ok: false });
    expect(parseArgs(['explain', '--since', '7d'])).toMatchObject({ ok: false, error: expect.stringMatching(/unknown option --since for explain/) });
    expect(parseScanArgs([], NOW)).toMatchObject({ ok: false, error: expect.stringMatching(/needs a file or folder/) });
  });

  it('reads the options', () => {
    const parsed = parseScanArgs(['--json', '--since', '7d', '--until=2026-03-09', '--lang', 'ja', '--top', '3', 'a', '-', '--', '--odd-name'], NOW);
    expect(parsed).toEqual({
      ok: true,
      options: {
        json: true,
        lang: 'ja',
        since: NOW - 7 * 86_400_000,
        until: Date.UTC(2026, 2, 10),
        top: 3,
        sql: null,
        paths: ['a', '-', '--odd-name'],
        help: false,
      },
    });
    expect(parseScanArgs(['--athena-sql', 'db.cloudtrail_logs'], NOW)).toMatchObject({ ok: true, options: { sql: { dialect: 'athena', table: 'db.cloudtrail_logs' } } });
    expect(parseScanArgs(['--lake-sql', 'arn:aws:cloudtrail:us-east-1:111122223333:eventdatastore/EXAMPLE-ee54-4813-92d5-999aeEXAMPLE'], NOW)).toMatchObject({
      ok: true,
      options: { sql: { dialect: 'lake', table: 'EXAMPLE-ee54-4813-92d5-999aeEXAMPLE' } },
    });
  });

  it.each([
    [[], 'scan needs a file or folder'],
    [['--since', 'yesterday', 'x'], '--since takes a date'],
    [['--since', '2026-02-30', 'x'], 'is not a date'],
    [['--since', '2026-03-02', '--until', '2026-03-01', 'x'], '--since must be before --until'],
    [['--top', '-1', 'x'], '--top takes a number'],
    [['--athena-sql', 'logs; DROP TABLE x'], '--athena-sql takes'],
    [['--lake-sql', "x' OR 1=1"], '--lake-sql takes'],
    [['--athena-sql', 't', '--lake-sql', 'e'], 'cannot be combined'],
    [['--athena-sql', 't', 'file.json'], 'read no files'],
    [['--jsonl', 'x'], 'unknown option --jsonl for scan'],
  ])('rejects %j with a one-line message', (argv, message) => {
    const parsed = parseScanArgs(argv, NOW);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toContain(message);
      expect(parsed.error).not.toContain('\n');
    }
  });
});

describe('scan on bad input', () => {
  it('says why for each file it cannot use, skips digests, and goes on (exit 0)', async () => {
    const { code, out, err } = await run(['--json', dir]);
    expect(code).toBe(0);
    const result = JSON.parse(out) as ScanJson;
    expect(result.events).toBe(4); // good.json.gz only
    expect(result.denials).toBe(3);
    expect(result.groups.map((g) => g.count)).toEqual([2, 1]);
    expect(result.skipped).toBe(1); // the CloudTrail-Digest folder
    const reasons = Object.fromEntries(result.errors.map((e) => [e.path.split('/').pop(), e.error]));
    expect(reasons).toEqual({
      'bad-only.json': expect.stringContaining('not a CloudTrail log'),
      'binary.json': expect.stringContaining('not CloudTrail'),
      'corrupt.json.gz': expect.stringContaining('gzip'),
      'cut.json': expect.stringContaining('not valid JSON'),
      'empty.json': 'empty file',
      'other.json': expect.stringContaining('not a CloudTrail log'),
      'page.json': expect.stringContaining('not CloudTrail'),
      'notes.md': expect.stringContaining('not CloudTrail'),
      'truncated.json.gz': expect.stringMatching(/gzip|end of file/),
    });
    // Each on its own line on stderr, as it happens; nothing of the files' text is echoed.
    expect(err.trim().split('\n')).toHaveLength(9);
    expect(err).not.toContain('<script>');
    for (const line of err.trim().split('\n')) expect(line).toMatch(/^why-denied scan: \/.+: .+/);
  });

  it('exits 1 when nothing could be read, 0 when CloudTrail without denials was', async () => {
    const none = await run(['--json', join(dir, 'bad-only.json'), join(dir, 'missing')]);
    expect(none.code).toBe(1);
    expect(none.err).toContain('missing: no such file or folder');
    expect(none.err).toContain('nothing could be read as CloudTrail');
    expect(JSON.parse(none.out)).toMatchObject({ events: 0, denials: 0, groups: [] });
    const quiet = join(dir, 'quiet.json');
    writeFileSync(quiet, JSON.stringify({ Records: [ok, ok] }));
    const clean = await run([quiet]);
    expect(clean.code).toBe(0);
    expect(clean.out).toContain('No denials');
  });

  it('keeps a progress line on stderr when it is a terminal, and clears it', async () => {
    let t = 0;
    const { err } = await run(['--json', join(dir, 'AWSLogs')], { progress: true, now: () => (t += 1000) });
    expect(err).toContain('\r\x1b[Kscanning: ');
    expect(err.endsWith('\r\x1b[K') || err.includes('\r\x1b[Kwhy-denied scan:')).toBe(true);
  });
});

describe('the queries for Athena and CloudTrail Lake', () => {
  it('prints nothing but SQL on stdout, and how to run it on stderr', async () => {
    for (const [flag, table, hint] of [
      ['--athena-sql', 'cloudtrail_logs', 'why-denied scan <result>.csv'],
      ['--lake-sql', 'EXAMPLE-ee54-4813-92d5-999aeEXAMPLE', 'aws cloudtrail start-query'],
    ] as const) {
      const { code, out, err } = await run([flag, table, '--since', '24h']);
      expect(code).toBe(0);
      expect(out.startsWith('SELECT\n')).toBe(true);
      expect(out).not.toContain('--');
      expect(out).toContain(table);
      expect(err).toContain(hint);
    }
  });
});

describe('the readable report', () => {
  it('lists the groups largest first and explains each, in English', async () => {
    const { code, out } = await run([join(dir, 'AWSLogs')]);
    expect(code).toBe(0);
    expect(out).toContain('CloudTrail scan: 4 events in 1 file: 3 denials in 2 groups.');
    const table = out.split('\n').filter((l) => /^\s*\d+\s+\d+\s+2026-/.test(l));
    expect(table[0]).toContain('kms:Decrypt on arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab by arn:aws:sts::111122223333:assumed-role/orders-api/orders-api');
    expect(table[1]).toContain('iam:CreateUser');
    expect(out).toContain('Group 1/2: 2 denials');
    expect(out).toContain('First seen 2026-03-02 10:00:00, last seen 2026-03-02 10:00:00 (UTC)');
    expect(out.match(/^✗ /gm)).toHaveLength(2);
    expect(out).toContain('"Action": "kms:Decrypt"');
    expect(out).toContain('Service control policy');
  });

  it('in Japanese', async () => {
    const { out } = await run(['--lang', 'ja', join(dir, 'AWSLogs')]);
    expect(out).toContain('CloudTrail スキャン');
    expect(out).toContain('拒否 3 件');
    expect(out).toContain('グループ 1/2: 拒否 2 件');
    expect(out).toMatch(/[ぁ-んァ-ン]/);
  });

  it('explains only the largest groups with --top', async () => {
    const { out } = await run(['--top', '1', join(dir, 'AWSLogs')]);
    expect(out.match(/^✗ /gm)).toHaveLength(1);
    expect(out).toContain('Explained: the 1 largest of 2 groups');
  });
});
