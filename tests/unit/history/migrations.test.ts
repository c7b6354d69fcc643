import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { DB_VERSION, MIGRATIONS, type Migration } from '../../../lib/history/schema';
import { openHistory } from '../../../lib/history/store';
import { parseImport } from '../../../lib/history/transfer';
import { makeFinding, makeRecord } from './fixtures/findings';
import { SCHEMA_FIXTURES, withLaterFields } from './fixtures/schema-versions';

const records = Array.from({ length: 40 }, (_, i) => makeRecord(i));

/** `cli scan --json` output holding these groups (the fields Contract 1 names). */
function scanJson(groups: Array<{ finding: unknown; count: number; firstSeen: string; lastSeen: string }>): string {
  const total = groups.reduce((n, g) => n + g.count, 0);
  return JSON.stringify({ events: total * 10, denials: total, groups: groups.map((g) => ({ fingerprint: 'ignored', ...g })) });
}
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);

async function rawVersion(factory: IDBFactory): Promise<{ version: number; indexes: string[] }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open('why-denied');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const info = { version: db.version, indexes: [...db.transaction('findings').objectStore('findings').indexNames].sort() };
  db.close();
  return info;
}

describe('history schema migrations', () => {
  it('keeps a fixture for every schema version that ever existed', () => {
    expect(SCHEMA_FIXTURES.map((f) => f.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  for (const fixture of SCHEMA_FIXTURES) {
    it(`opens a database written by schema v${fixture.version} with every record intact`, async () => {
      const factory = new IDBFactory();
      await fixture.build(factory, records);
      const history = await openHistory({ indexedDB: factory });
      expect(history.health).toEqual({ state: 'ok', version: DB_VERSION });
      // Intact, and brought up to the current shape: the later Finding fields as null where a version had none.
      expect((await history.all()).sort(byId)).toEqual(records.map(withLaterFields).sort(byId));
      history.close();
      expect(await rawVersion(factory)).toEqual({ version: DB_VERSION, indexes: ['fingerprint', 'lastSeenAt'] });
    });

    it(`keeps merging into records migrated from v${fixture.version}`, async () => {
      const factory = new IDBFactory();
      await fixture.build(factory, records);
      const history = await openHistory({ indexedDB: factory, now: () => Date.UTC(2026, 5, 1) });
      const old = records[5]!;
      await history.record([old.finding], { source: 'console', pageUrl: 'https://console.aws.amazon.com/s3/' });
      const merged = await history.get(old.id);
      expect(merged).toMatchObject({ id: old.id, count: old.count + 1, firstSeenAt: old.firstSeenAt });
      expect((await history.newest(1))[0]!.id).toBe(old.id);
      expect(await history.count()).toBe(records.length);
    });
  }

  for (const fixture of SCHEMA_FIXTURES) {
    it(`takes a CloudTrail scan into a database migrated from v${fixture.version}, beside the records it had`, async () => {
      const factory = new IDBFactory();
      await fixture.build(factory, records);
      const history = await openHistory({ indexedDB: factory, now: () => Date.UTC(2026, 5, 1) });
      const old = records[7]!;
      const scanned = scanJson([
        { finding: old.finding, count: 40, firstSeen: '2026-05-01T00:00:00Z', lastSeen: '2026-05-07T00:00:00Z' },
        { finding: makeFinding({ action: 'kms:Decrypt', resource: 'arn:aws:kms:us-east-1:123456789012:key/k' }), count: 12, firstSeen: '2026-05-02T00:00:00Z', lastSeen: '2026-05-03T00:00:00Z' },
      ]);
      const parsed = parseImport(scanned);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(await history.importRecords(parsed.records)).toMatchObject({ ok: true, added: 1, merged: 1 });
      // The console record keeps its id, page and source; the scan's 40 events join its own sightings.
      expect(await history.get(old.id)).toMatchObject({ id: old.id, source: old.source, pageUrl: old.pageUrl, count: old.count + 40, trail: { count: 40 } });
      const fresh = (await history.all()).find((r) => r.finding.action === 'kms:Decrypt')!;
      expect(fresh).toMatchObject({ source: 'scan', count: 12, pageUrl: null, firstSeenAt: Date.UTC(2026, 4, 2) });
      // The untouched records are exactly as they were.
      const untouched = (await history.all()).filter((r) => r.id !== old.id && r.id !== fresh.id).sort(byId);
      expect(untouched).toEqual(records.filter((r) => r.id !== old.id).map(withLaterFields).sort(byId));
      history.close();
    });
  }

  it('an extension from before v3 meets a database with scan records read-only', async () => {
    const factory = new IDBFactory();
    const current = await openHistory({ indexedDB: factory });
    const parsed = parseImport(scanJson([{ finding: makeFinding(), count: 3, firstSeen: '2026-05-01T00:00:00Z', lastSeen: '2026-05-02T00:00:00Z' }]));
    if (!parsed.ok) throw new Error('import');
    await current.importRecords(parsed.records);
    current.close();
    const before = await openHistory({ indexedDB: factory, migrations: MIGRATIONS.filter((m) => m.version < 3) });
    expect(before.health).toEqual({ state: 'newer-version', version: DB_VERSION, supported: 2 });
    expect((await before.record([makeFinding()], { source: 'paste', pageUrl: null })).ok).toBe(false);
    expect(await before.count()).toBe(1);
  });

  it('builds the schema in an empty database someone created with a bare open()', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const req = factory.open('why-denied');
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    const history = await openHistory({ indexedDB: factory });
    expect(history.health).toEqual({ state: 'ok', version: DB_VERSION });
    expect((await history.record([makeFinding()], { source: 'paste', pageUrl: null })).ok).toBe(true);
    expect(await history.count()).toBe(1);
  });

  it('opens an empty profile at the current version', async () => {
    const factory = new IDBFactory();
    const history = await openHistory({ indexedDB: factory });
    expect(history.health.state).toBe('ok');
    expect(await history.all()).toEqual([]);
  });

  it('a failed upgrade leaves the old data readable, says so, and refuses writes', async () => {
    const factory = new IDBFactory();
    await SCHEMA_FIXTURES[0]!.build(factory, records);
    const failing: Migration = {
      version: DB_VERSION + 1,
      describe: 'a broken step',
      run(_db, tx) {
        // Half-done work that the abort must undo.
        tx.objectStore('findings').clear().catch(() => undefined);
        throw new Error('boom');
      },
    };
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const history = await openHistory({ indexedDB: factory, migrations: [...MIGRATIONS, failing] });
    errors.mockRestore();
    expect(history.health).toMatchObject({ state: 'upgrade-failed', fromVersion: 1, toVersion: DB_VERSION + 1 });
    expect((await history.all()).sort(byId)).toEqual([...records].sort(byId));
    expect(history.writable).toBe(false);
    const write = await history.record([makeFinding({ action: 'kms:Decrypt' })], { source: 'paste', pageUrl: null });
    expect(write).toMatchObject({ ok: false, error: { kind: 'read-only' } });
    history.close();
    // Nothing of the failed upgrade stuck: still v1, and a working version upgrades it later.
    expect((await rawVersion(factory)).version).toBe(1);
    const fixed = await openHistory({ indexedDB: factory });
    expect(fixed.health.state).toBe('ok');
    expect(await fixed.count()).toBe(records.length);
  });

  it('an asynchronous step that fails rolls back the steps before it too', async () => {
    const factory = new IDBFactory();
    await SCHEMA_FIXTURES[0]!.build(factory, records);
    const failing: Migration = {
      version: DB_VERSION + 1,
      describe: 'rewrites records, then fails',
      async run(_db, tx) {
        let cursor = await tx.objectStore('findings').openCursor();
        while (cursor) {
          await cursor.update({ ...cursor.value, count: 0 });
          cursor = await cursor.continue();
        }
        throw new Error('late failure');
      },
    };
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const history = await openHistory({ indexedDB: factory, migrations: [...MIGRATIONS, failing] });
    errors.mockRestore();
    expect(history.health.state).toBe('upgrade-failed');
    expect((await history.all()).sort(byId)).toEqual([...records].sort(byId));
  });

  it('a database from a newer version is shown read-only, skipping records it cannot read', async () => {
    const factory = new IDBFactory();
    const future = [...records.slice(0, 3), { ...makeRecord(99), finding: 'a shape from the future' }];
    await new Promise<void>((resolve, reject) => {
      const req = factory.open('why-denied', DB_VERSION + 3);
      req.onupgradeneeded = () => {
        const store = req.result.createObjectStore('findings', { keyPath: 'id' });
        store.createIndex('fingerprint', 'fingerprint', { unique: true });
        for (const r of future) store.put(r);
      };
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    const history = await openHistory({ indexedDB: factory });
    expect(history.health).toEqual({ state: 'newer-version', version: DB_VERSION + 3, supported: DB_VERSION });
    expect((await history.all()).sort(byId)).toEqual(records.slice(0, 3).sort(byId));
    expect((await history.clear()).ok).toBe(false);
    expect(await history.count()).toBe(4);
  });

  it('a connection steps aside when another context upgrades, then reopens', async () => {
    const factory = new IDBFactory();
    const old = await openHistory({ indexedDB: factory });
    await old.record([makeFinding()], { source: 'paste', pageUrl: null });
    const extra: Migration = { version: DB_VERSION + 1, describe: 'noop', run() {} };
    const upgraded = await openHistory({ indexedDB: factory, migrations: [...MIGRATIONS, extra] });
    expect(upgraded.health).toEqual({ state: 'ok', version: DB_VERSION + 1 });
    // The old code now meets a newer database: it still reads, and does not write into a schema it does not know.
    expect(await old.count()).toBe(1);
    expect(old.health.state).toBe('newer-version');
  });
});
