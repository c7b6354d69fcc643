// The side panel's import takes the output of `cli scan --json`: each group a record of source "scan", beside the
// denials met in the console, without counting a scan's events twice when it is imported again or overlaps another.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScanArgs, runScan } from '../../../lib/cli/scan';
import { fingerprint } from '../../../lib/history/fingerprint';
import { openHistory } from '../../../lib/history/store';
import { exportJson, parseImport } from '../../../lib/history/transfer';
import type { HistoryRecord } from '../../../lib/model';
import { DENIALS, prng } from '../../../scripts/support/synthetic-trail';
import { makeFinding } from './fixtures/findings';

const NOW = Date.UTC(2026, 6, 1);
let dir: string;
let scanOutput: string;

/** The real thing: `cli scan --json` over a small log file. */
async function scan(records: unknown[], ...args: string[]): Promise<string> {
  const file = join(dir, `log-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ Records: records }));
  const parsed = parseScanArgs(['--json', ...args, file]);
  if (!parsed.ok) throw new Error(parsed.error);
  let out = '';
  await runScan(parsed.options, { out: (t) => void (out += t), err: () => undefined, progress: false });
  return out;
}

const r = prng(11);
const at = (day: number, i: number) => `2026-05-${String(day).padStart(2, '0')}T10:00:${String(i % 60).padStart(2, '0')}Z`;
const kms = (day: number, i: number) => ({ ...DENIALS[1]!.make(r, at(day, i), 'us-east-1', i) });
const s3 = (day: number, i: number) => ({ ...DENIALS[0]!.make(r, at(day, i), 'us-east-1', i) });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'why-denied-scan-import-'));
  scanOutput = await scan([...Array.from({ length: 5 }, (_, i) => kms(1, i)), ...Array.from({ length: 3 }, (_, i) => s3(2, i))]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function imported(...files: string[]) {
  const history = await openHistory({ indexedDB: new IDBFactory(), now: () => NOW });
  for (const text of files) {
    const parsed = parseImport(text, text.length, NOW);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect((await history.importRecords(parsed.records)).ok).toBe(true);
  }
  return history;
}

function byAction(records: HistoryRecord[], action: string): HistoryRecord {
  return records.find((x) => x.finding.action === action)!;
}

describe('importing a scan into the history', () => {
  it('recognises the scan output and makes each group a record of source "scan"', async () => {
    const parsed = parseImport(scanOutput, scanOutput.length, NOW);
    expect(parsed).toMatchObject({ ok: true, kind: 'scan' });
    if (!parsed.ok) return;
    expect(parsed.records).toHaveLength(2);
    const record = byAction(parsed.records, 'kms:Decrypt');
    expect(record).toMatchObject({
      source: 'scan',
      pageUrl: null,
      count: 5,
      firstSeenAt: Date.parse(at(1, 0)),
      lastSeenAt: Date.parse(at(1, 4)),
      trail: { count: 5, firstSeenAt: Date.parse(at(1, 0)), lastSeenAt: Date.parse(at(1, 4)), importedAt: NOW },
    });
    expect(record.fingerprint).toBe(fingerprint(record.finding));
    expect(record.trail!.principals).toEqual([{ value: 'arn:aws:sts::111122223333:assumed-role/orders-api/orders-api', count: 5 }]);
    expect(record.trail!.userAgents[0]!.count).toBe(5);
    const history = await imported(scanOutput);
    expect(await history.count()).toBe(2);
    expect((await history.all()).every((x) => x.source === 'scan')).toBe(true);
  });

  it('counts a scan imported twice once', async () => {
    const history = await imported(scanOutput, scanOutput);
    const all = await history.all();
    expect(all).toHaveLength(2);
    expect(byAction(all, 'kms:Decrypt').count).toBe(5);
    expect(byAction(all, 's3:GetObject').count).toBe(3);
  });

  it('adds a later scan, and takes the larger count of an overlapping one', async () => {
    const nextWeek = await scan(Array.from({ length: 4 }, (_, i) => kms(9, i)));
    const overlapping = await scan(Array.from({ length: 7 }, (_, i) => kms(1, i)));
    const history = await imported(scanOutput, nextWeek, overlapping);
    const record = byAction(await history.all(), 'kms:Decrypt');
    // 5 then 4 a week later (disjoint: 9), then 7 on the first day (overlaps the 5: 7 stands for them): 11.
    expect(record.count).toBe(11);
    expect(record.trail).toMatchObject({ count: 11, firstSeenAt: Date.parse(at(1, 0)), lastSeenAt: Date.parse(at(9, 3)) });
  });

  it('joins a denial met in the console: its page and source stay, the scan adds its events', async () => {
    const history = await openHistory({ indexedDB: new IDBFactory(), now: () => NOW });
    const parsed = parseImport(scanOutput, scanOutput.length, NOW);
    if (!parsed.ok) throw new Error('import');
    const kmsFinding = byAction(parsed.records, 'kms:Decrypt').finding;
    await history.record([kmsFinding], { source: 'console', pageUrl: 'https://us-east-1.console.aws.amazon.com/kms/home' });
    await history.record([kmsFinding], { source: 'console', pageUrl: 'https://us-east-1.console.aws.amazon.com/kms/home' });
    await history.importRecords(parsed.records);
    await history.importRecords(parsed.records);
    const record = byAction(await history.all(), 'kms:Decrypt');
    expect(record).toMatchObject({ source: 'console', pageUrl: 'https://us-east-1.console.aws.amazon.com/kms/home', count: 2 + 5, lastSeenAt: NOW });
    // Met again in the console afterwards: one more sighting, the scan's events unchanged.
    await history.record([kmsFinding], { source: 'console', pageUrl: 'https://us-east-1.console.aws.amazon.com/kms/home' });
    expect(byAction(await history.all(), 'kms:Decrypt')).toMatchObject({ count: 8, trail: { count: 5 } });
  });

  it('moves with a history export to another browser and back without double counting', async () => {
    const first = await imported(scanOutput);
    const exported = exportJson(await first.all(), { mask: false, now: NOW });
    const parsed = parseImport(exported, exported.length, NOW);
    expect(parsed).toMatchObject({ ok: true, kind: 'history' });
    if (!parsed.ok) return;
    expect(byAction(parsed.records, 'kms:Decrypt').trail?.count).toBe(5);
    const second = await imported(exported, scanOutput, exported);
    expect(byAction(await second.all(), 'kms:Decrypt').count).toBe(5);
  });

  it('refuses a scan file with a bad group, and writes nothing', async () => {
    const good = JSON.parse(scanOutput) as { groups: Array<Record<string, unknown>> };
    const variants: Array<[string, (g: Record<string, unknown>) => void, string]> = [
      ['count 0', (g) => (g.count = 0), 'count'],
      ['no finding', (g) => delete g.finding, 'finding'],
      ['a finding of another shape', (g) => (g.finding = { category: 'everything' }), 'finding'],
      ['a time that is no time', (g) => (g.firstSeen = 'yesterday'), 'firstSeen'],
      ['last before first', (g) => (g.lastSeen = '2001-01-01T00:00:00Z'), 'lastSeen'],
      ['a summary that is no list', (g) => (g.sourceIps = { top: 'x' }), 'sourceIps'],
      ['a summary value with a bad count', (g) => (g.userAgents = [{ value: 'x', count: -1 }]), 'userAgents'],
    ];
    for (const [, mutate, field] of variants) {
      const groups = good.groups.map((g) => structuredClone(g));
      mutate(groups[1]!);
      const text = JSON.stringify({ ...good, groups });
      expect(parseImport(text, text.length, NOW)).toEqual({ ok: false, error: { code: 'bad-record', index: 1, field } });
    }
    // Not a scan: another tool's JSON with a groups key, or a groups object.
    for (const text of [JSON.stringify({ format: 'other', groups: [] }), JSON.stringify({ events: 1, denials: 1, groups: {} })]) {
      expect(parseImport(text)).toEqual({ ok: false, error: { code: 'wrong-format' } });
    }
  });

  it("prunes a scan's new records before the user's own when the history is full", async () => {
    const history = await openHistory({ indexedDB: new IDBFactory(), now: () => NOW });
    const own = Array.from({ length: 60 }, (_, i) => makeFinding({ resource: `arn:aws:s3:::own-${i}` }));
    await history.record(own, { source: 'console', pageUrl: null });
    const groups = Array.from({ length: 80 }, (_, i) => ({ finding: makeFinding({ resource: `arn:aws:s3:::team-${i}` }), count: 80 - i, firstSeen: '2026-06-01T00:00:00Z', lastSeen: `2026-06-01T00:${String(i % 60).padStart(2, '0')}:00Z` }));
    const text = JSON.stringify({ events: 9999, denials: 3240, groups });
    const parsed = parseImport(text, text.length, NOW);
    if (!parsed.ok) throw new Error('import');
    const result = await history.importRecords(parsed.records, { cap: 100 });
    expect(result).toMatchObject({ ok: true, added: 80, pruned: 40 });
    const all = await history.all();
    expect(all).toHaveLength(100);
    expect(all.filter((r) => r.source === 'console')).toHaveLength(60);
  });

  it('refuses an export whose scan summary does not add up', async () => {
    const history = await imported(scanOutput);
    const exported = JSON.parse(exportJson(await history.all(), { mask: false, now: NOW })) as { records: Array<Record<string, any>> };
    const tamper: Array<[(r: Record<string, any>) => void, string]> = [
      [(rec) => (rec.trail.count = rec.count + 1), 'trail.count'],
      [(rec) => (rec.trail.spans[0].count += 1), 'trail.count'],
      [(rec) => (rec.trail.spans = []), 'trail.spans'],
      [(rec) => (rec.trail = 'x'), 'trail'],
      [(rec) => (rec.source = 'cloud'), 'source'],
    ];
    for (const [mutate, field] of tamper) {
      const copy = structuredClone(exported);
      mutate(copy.records[0]!);
      const text = JSON.stringify(copy);
      expect(parseImport(text, text.length, NOW)).toEqual({ ok: false, error: { code: 'bad-record', index: 0, field } });
    }
  });

  it('keeps a bounded number of spans, joining the oldest', async () => {
    const files: string[] = [];
    for (let week = 0; week < 60; week++) {
      const day = new Date(Date.UTC(2026, 0, 1) + week * 7 * 86_400_000).toISOString();
      files.push(JSON.stringify({ events: 2, denials: 2, groups: [{ finding: makeFinding(), count: 2, firstSeen: day, lastSeen: day }] }));
    }
    const history = await imported(...files);
    const [record] = await history.all();
    expect(record!.count).toBe(120);
    expect(record!.trail!.spans).toHaveLength(50);
    expect(record!.trail!.spans.reduce((n, x) => n + x.count, 0)).toBe(120);
  });

  it('takes nothing but known fields from the file (no __proto__, no page URL, its own fingerprint)', () => {
    const finding = { ...makeFinding(), __proto__: { polluted: true }, extra: '<img src=x onerror=alert(1)>' };
    const text = `{"events":1,"denials":1,"groups":[{"fingerprint":"f1-0000000000000000","finding":${JSON.stringify(finding)},"count":1,"firstSeen":"2026-05-01T00:00:00Z","lastSeen":"2026-05-01T00:00:00Z","pageUrl":"javascript:alert(1)","__proto__":{"admin":true}}]}`;
    const parsed = parseImport(text, text.length, NOW);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [record] = parsed.records;
    expect(record!.pageUrl).toBeNull();
    expect(record!.fingerprint).toBe(fingerprint(makeFinding()));
    expect(Object.keys(record!.finding)).not.toContain('extra');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
