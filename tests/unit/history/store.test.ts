import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { clampCap, DEFAULT_CAP, openHistory, type HistoryOptions } from '../../../lib/history/store';
import { fingerprint } from '../../../lib/history/fingerprint';
import { distinctFindings, makeFinding } from './fixtures/findings';

const CONSOLE = { source: 'console' as const, pageUrl: 'https://us-east-1.console.aws.amazon.com/s3/home' };
const PASTE = { source: 'paste' as const, pageUrl: null };

function options(factory = new IDBFactory(), extra: Partial<HistoryOptions> = {}): HistoryOptions {
  let clock = Date.UTC(2026, 4, 1);
  return { indexedDB: factory, now: () => (clock += 1000), ...extra };
}

describe('history: record and merge', () => {
  it('stores a new denial with the Contract 3 fields', async () => {
    const history = await openHistory(options());
    const result = await history.record([makeFinding()], CONSOLE);
    expect(result.ok).toBe(true);
    const [record] = await history.all();
    expect(record).toMatchObject({
      fingerprint: fingerprint(makeFinding()),
      finding: makeFinding(),
      count: 1,
      pageUrl: CONSOLE.pageUrl,
      source: 'console',
    });
    expect(record!.firstSeenAt).toBe(record!.lastSeenAt);
    expect(typeof record!.id).toBe('string');
  });

  it('merges the same denial: count and lastSeenAt grow, firstSeenAt and id stay', async () => {
    const history = await openHistory(options());
    await history.record([makeFinding()], CONSOLE);
    const [first] = await history.all();
    await history.record([makeFinding({ message: 'again, other request id' })], CONSOLE);
    await history.record([makeFinding()], PASTE);
    const all = await history.all();
    expect(all).toHaveLength(1);
    expect(all[0]!.id).toBe(first!.id);
    expect(all[0]!.count).toBe(3);
    expect(all[0]!.firstSeenAt).toBe(first!.firstSeenAt);
    expect(all[0]!.lastSeenAt).toBeGreaterThan(first!.lastSeenAt);
    // A later paste does not erase where the denial was seen in the console.
    expect(all[0]!.source).toBe('console');
    expect(all[0]!.pageUrl).toBe(CONSOLE.pageUrl);
  });

  it('fills fields a later sighting names and keeps ones it does not', async () => {
    const history = await openHistory(options());
    await history.record([makeFinding({ operation: null })], PASTE);
    await history.record([makeFinding({ operation: 'ListObjectsV2', errorCode: null })], PASTE);
    const [record] = await history.all();
    expect(record!.finding.operation).toBe('ListObjectsV2');
    expect(record!.finding.errorCode).toBe('AccessDenied');
  });

  it('drops values that are not findings and cuts over-long ones', async () => {
    const history = await openHistory(options());
    const huge = 'arn:aws:s3:::' + 'a'.repeat(1_000_000);
    const junk = [{ category: 'nope' }, null, 42] as unknown as ReturnType<typeof makeFinding>[];
    const result = await history.record([...junk, makeFinding({ resource: huge })], CONSOLE);
    expect(result.ok && result.added).toBe(1);
    const [record] = await history.all();
    expect(record!.finding.resource!.length).toBeLessThanOrEqual(4096);
    expect(record!.finding.resource!.endsWith('…')).toBe(true);
  });

  it('lists newest first, also through the index page', async () => {
    const history = await openHistory(options());
    for (const f of distinctFindings(30)) await history.record([f], CONSOLE);
    await history.record([distinctFindings(30)[3]!], CONSOLE);
    const all = await history.all();
    expect(all[0]!.finding.resource).toBe(distinctFindings(30)[3]!.resource);
    const page = await history.newest(10);
    expect(page.map((r) => r.id)).toEqual(all.slice(0, 10).map((r) => r.id));
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.lastSeenAt).toBeGreaterThanOrEqual(all[i]!.lastSeenAt);
  });

  it('pages the newest records exactly, with ties in one batch and fewer records than the page', async () => {
    const history = await openHistory(options());
    expect(await history.newest(5)).toEqual([]);
    await history.record(distinctFindings(7, 'tie'), CONSOLE);
    await history.record(distinctFindings(3, 'later'), CONSOLE);
    const all = await history.all();
    for (const n of [1, 3, 4, 9, 10, 50]) {
      expect((await history.newest(n)).map((r) => r.id)).toEqual(all.slice(0, n).map((r) => r.id));
    }
  });

  it('deletes one record and clears all', async () => {
    const history = await openHistory(options());
    await history.record(distinctFindings(5), CONSOLE);
    const all = await history.all();
    expect((await history.remove(all[2]!.id)).ok).toBe(true);
    expect((await history.all()).map((r) => r.id)).toEqual(all.filter((_, i) => i !== 2).map((r) => r.id));
    expect((await history.clear()).ok).toBe(true);
    expect(await history.count()).toBe(0);
  });
});

describe('history: concurrent writers', () => {
  it('20 tabs × 50 distinct denials at once → exactly 1,000 records', async () => {
    const factory = new IDBFactory();
    const writers = await Promise.all(Array.from({ length: 20 }, () => openHistory(options(factory))));
    await Promise.all(
      writers.flatMap((history, w) => distinctFindings(50, `tab${w}`).map((f) => history.record([f], CONSOLE))),
    );
    const reader = await openHistory(options(factory));
    const all = await reader.all();
    expect(all).toHaveLength(1000);
    expect(all.every((r) => r.count === 1)).toBe(true);
    expect(new Set(all.map((r) => r.fingerprint)).size).toBe(1000);
  });

  it('20 tabs reporting the same 50 denials at once lose no count increment', async () => {
    const factory = new IDBFactory();
    const writers = await Promise.all(Array.from({ length: 20 }, () => openHistory(options(factory))));
    const results = await Promise.all(
      writers.flatMap((history) => distinctFindings(50, 'shared').map((f) => history.record([f], CONSOLE))),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const all = await (await openHistory(options(factory))).all();
    expect(all).toHaveLength(50);
    expect(all.map((r) => r.count)).toEqual(Array(50).fill(20));
  });

  it('batches from many writers, each batch one transaction, add up exactly', async () => {
    const factory = new IDBFactory();
    const writers = await Promise.all(Array.from({ length: 20 }, () => openHistory(options(factory))));
    await Promise.all(writers.map((h) => h.record([...distinctFindings(50, 'batch'), makeFinding()], CONSOLE)));
    const all = await (await openHistory(options(factory))).all();
    expect(all).toHaveLength(51);
    expect(all.reduce((sum, r) => sum + r.count, 0)).toBe(20 * 51);
  });
});

describe('history: cap', () => {
  it('prunes the least recently seen records beyond the cap and says how many', async () => {
    const history = await openHistory(options());
    const findings = distinctFindings(120);
    for (const f of findings) await history.record([f], CONSOLE);
    // Seen again: now among the newest, so it survives pruning.
    await history.record([findings[0]!], CONSOLE);
    const result = await history.record(distinctFindings(10, 'late'), CONSOLE, { cap: 100 });
    expect(result.ok && result.pruned).toBe(30);
    const all = await history.all();
    expect(all).toHaveLength(100);
    const kept = new Set(all.map((r) => r.finding.resource));
    expect(kept.has(findings[0]!.resource)).toBe(true);
    for (const f of findings.slice(1, 31)) expect(kept.has(f.resource)).toBe(false);
    for (const f of findings.slice(31)) expect(kept.has(f.resource)).toBe(true);
  });

  it('a batch larger than the cap is cut to the cap too', async () => {
    const history = await openHistory(options());
    const result = await history.record(distinctFindings(130), CONSOLE, { cap: 100 });
    expect(result.ok && result.pruned).toBe(30);
    expect(await history.count()).toBe(100);
  });

  it('defaults to 5,000 records and keeps configured caps within sane bounds', () => {
    expect(DEFAULT_CAP).toBe(5000);
    expect(clampCap(undefined)).toBe(5000);
    expect(clampCap(Number.NaN)).toBe(5000);
    expect(clampCap(3)).toBe(100);
    expect(clampCap(1e9)).toBe(100_000);
    expect(clampCap(2500.4)).toBe(2500);
  });
});

describe('history: storage errors', () => {
  it('a quota error is reported and nothing already stored is lost', async () => {
    const history = await openHistory(options());
    await history.record(distinctFindings(5), CONSOLE);
    const before = await history.all();
    const put = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      // The third write of the batch hits the quota: the two before it must not be half-committed.
      if (spy.mock.calls.length >= 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    let result;
    try {
      result = await history.record([makeFinding({ action: 'ec2:RunInstances' }), ...distinctFindings(5), ...distinctFindings(3, 'new')], CONSOLE);
    } finally {
      spy.mockRestore();
    }
    expect(result).toEqual({ ok: false, error: { kind: 'quota', message: expect.stringContaining('QuotaExceededError') } });
    expect(await history.all()).toEqual(before);
    // And the database still works afterwards.
    expect((await history.record([makeFinding({ action: 'ec2:RunInstances' })], CONSOLE)).ok).toBe(true);
  });

  it('an aborted commit (quota at commit time) is reported the same way', async () => {
    const history = await openHistory(options());
    await history.record(distinctFindings(2), CONSOLE);
    const before = await history.all();
    const put = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = put.apply(this, args);
      const tx = this.transaction;
      // Simulates the browser failing the transaction after the request was queued.
      request.addEventListener('success', () => {
        Object.defineProperty(tx, 'error', { value: new DOMException('disk full', 'QuotaExceededError'), configurable: true });
        tx.abort();
      });
      return request;
    });
    let result;
    try {
      result = await history.record(distinctFindings(4, 'x'), CONSOLE);
    } finally {
      spy.mockRestore();
    }
    expect(result!.ok).toBe(false);
    expect(!result!.ok && result!.error.kind).toBe('quota');
    expect(await history.all()).toEqual(before);
  });
});
