// `cli scan` over a CloudTrail tree as CloudTrail writes it (20,000 events in gzipped log files under
// AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD plus a lookup-events answer): every denial group with its exact
// count, the expected groups computed independently — each denial's record through parse() of its text.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScanArgs, runScan } from '../../../lib/cli/scan';
import { fingerprint } from '../../../lib/history/fingerprint';
import { parse } from '../../../lib/parse/index';
import type { ScanJson } from '../../../lib/scan/report';
import { writeTree, type Tree } from '../../../scripts/support/synthetic-trail';

const EVENTS = 20_000;
const LOOKUP = 2_000;

let dir: string;
let tree: Tree;
/** Expected count per fingerprint, from parse() of every denial's text. */
const expected = new Map<string, number>();

async function scan(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const parsed = parseScanArgs(argv, Date.UTC(2026, 2, 10));
  if (!parsed.ok) throw new Error(parsed.error);
  let out = '';
  let err = '';
  const code = await runScan(parsed.options, { out: (t) => void (out += t), err: (t) => void (err += t), progress: false });
  return { code, out, err };
}

async function scanJson(...args: string[]): Promise<ScanJson & { code: number; err: string }> {
  const { code, out, err } = await scan(['--json', ...args]);
  return { ...(JSON.parse(out) as ScanJson), code, err };
}

function counts(result: ScanJson): Map<string, number> {
  return new Map(result.groups.map((g) => [g.fingerprint, g.count]));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'why-denied-scan-'));
  tree = writeTree(join(dir, 'trail'), {
    events: EVENTS,
    lookupEvents: LOOKUP,
    perFile: 700,
    onDenial: (record) => {
      const [finding] = parse(JSON.stringify(record));
      const fp = fingerprint(finding!);
      expected.set(fp, (expected.get(fp) ?? 0) + 1);
    },
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli scan over a CloudTrail tree', () => {
  it('finds every denial group with its exact count, largest first', async () => {
    const result = await scanJson(join(dir, 'trail'));
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(result.events).toBe(EVENTS);
    const denials = [...tree.expected.values()].reduce((a, b) => a + b, 0);
    expect(result.denials).toBe(denials);
    expect(counts(result)).toEqual(expected);
    // Ten kinds of denial, one of them (the trail bucket) on one object per region.
    expect(result.groups).toHaveLength(12);
    const sizes = result.groups.map((g) => g.count);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(result.files).toBe(tree.files);
    expect(result.errors).toEqual([]);
  });

  it('keeps Contract 1: fingerprint, finding, count, ISO first and last seen; and the summaries', async () => {
    const result = await scanJson(join(dir, 'trail'));
    for (const g of result.groups) {
      expect(Object.keys(g)).toEqual(expect.arrayContaining(['fingerprint', 'finding', 'count', 'firstSeen', 'lastSeen']));
      expect(g.fingerprint).toBe(fingerprint(g.finding));
      expect(new Date(g.firstSeen).toISOString()).toBe(g.firstSeen);
      expect(g.firstSeen <= g.lastSeen).toBe(true);
      expect(g.sourceIps.top.reduce((n, e) => n + e.count, 0)).toBeLessThanOrEqual(g.count);
      expect(g.principals.top[0]!.count).toBeGreaterThan(0);
    }
    const s3 = result.groups.find((g) => g.finding.action === 's3:GetObject')!;
    expect(s3.finding).toMatchObject({
      category: 'access-denied',
      principal: 'arn:aws:sts::111122223333:assumed-role/ci-runner/github-actions',
      resource: 'arn:aws:s3:::release-artifacts/builds/latest/app.zip',
      errorCode: 'AccessDenied',
      operation: 'GetObject',
    });
    // The message is the record, as parse() reports a pasted record: the explanation reads its region from it.
    expect(s3.finding.message).toContain('"eventSource":"s3.amazonaws.com"');
    expect(s3.userAgents.top[0]!.value).toMatch(/^aws-cli\//);
    const token = result.groups.find((g) => g.finding.errorCode === 'InvalidClientTokenId')!;
    expect(token.finding.category).toBe('credentials');
    expect(token.principals.top).toEqual([{ value: 'AIDAOLDKEYEXAMPLE', count: token.count }]);
  });

  it('reads the same events the same way as JSON lines, as one large streamed file, and from stdin', async () => {
    const lines: string[] = [];
    const walk = (d: string) => {
      for (const name of readdirSync(d).sort()) {
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (name.endsWith('.json.gz')) for (const r of JSON.parse(gunzipSync(readFileSync(p)).toString()).Records) lines.push(JSON.stringify(r));
        else if (name === 'lookup-events.json') for (const e of JSON.parse(readFileSync(p, 'utf8')).Events) lines.push(e.CloudTrailEvent);
      }
    };
    walk(join(dir, 'trail'));
    expect(lines).toHaveLength(EVENTS);
    writeFileSync(join(dir, 'events.jsonl'), lines.join('\n') + '\n');
    writeFileSync(join(dir, 'all.json'), `{"Records":[\n${lines.join(',\n')}\n]}`);
    const jsonl = await scanJson(join(dir, 'events.jsonl'));
    expect(jsonl.events).toBe(EVENTS);
    expect(counts(jsonl)).toEqual(expected);
    // Streamed through the splitter: the whole-file limit lowered below the file's size.
    const { readPaths } = await import('../../../lib/scan/files');
    const { DenialGroups } = await import('../../../lib/scan/group');
    for (const file of ['all.json', 'events.jsonl']) {
      const groups = new DenialGroups();
      const stats = await readPaths([join(dir, file)], groups, { wholeFileLimit: 1024 });
      expect(stats.errors).toEqual([]);
      expect(groups.events).toBe(EVENTS);
      expect(new Map(groups.result().map((g) => [g.fingerprint, g.count]))).toEqual(expected);
    }
    // stdin, gzipped, in small chunks (the first a single byte).
    const { gzipSync } = await import('node:zlib');
    const gz = gzipSync(readFileSync(join(dir, 'all.json')));
    async function* chunks() {
      yield gz.subarray(0, 1);
      for (let i = 1; i < gz.length; i += 777) yield gz.subarray(i, i + 777);
    }
    const groups = new DenialGroups();
    await readPaths(['-'], groups, { stdin: chunks() });
    expect(new Map(groups.result().map((g) => [g.fingerprint, g.count]))).toEqual(expected);
  }, 120_000);

  it('counts a denial read twice (a trail file and a lookup-events answer) once', async () => {
    // The lookup answer's events are also in the JSON lines file.
    const result = await scanJson(join(dir, 'trail'), join(dir, 'events.jsonl'));
    expect(counts(result)).toEqual(expected);
    expect(result.duplicates).toBeGreaterThan(0);
  }, 60_000);

  it('does not take events that only share an eventID for one', async () => {
    const events = [...(await import('../../../scripts/support/synthetic-trail')).trailEvents({ events: 3000, seed: 5, denialRate: 0.2 })].map((e): Record<string, unknown> => ({ ...e.record, eventID: 'EXAMPLE-ID' }));
    writeFileSync(join(dir, 'same-ids.json'), JSON.stringify({ Records: events }));
    const result = await scanJson(join(dir, 'same-ids.json'));
    expect(result.duplicates).toBe(0);
    expect(result.denials).toBe(events.filter((e) => ['AccessDenied', 'AccessDeniedException', 'Client.UnauthorizedOperation', 'InvalidClientTokenId', 'ExpiredToken'].includes(String(e.errorCode))).length);
  });

  it('keeps to --since and --until', async () => {
    // The trail starts at 2026-03-02T00:00:00Z, one event a second.
    const result = await scanJson(join(dir, 'trail'), '--since', '2026-03-02T01:00:00Z', '--until', '2026-03-02T02:00:00Z');
    expect(result.events).toBe(3600);
    expect(result.outside).toBe(EVENTS - 3600);
    expect(result.since).toBe('2026-03-02T01:00:00.000Z');
    for (const g of result.groups) {
      expect(g.firstSeen >= '2026-03-02T01:00:00.000Z').toBe(true);
      expect(g.lastSeen < '2026-03-02T02:00:00.000Z').toBe(true);
    }
  });
});
