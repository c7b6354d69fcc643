// Opening the history database (lib/history/open.ts) straight, without the store on top: what each health state
// hands back, and that no path leaves behind an empty or half-built database. The store-level consequences
// (read-only history, records kept) are in migrations.test.ts.
// idb's wrap() looks for IDBRequest and the other IndexedDB classes on the global object.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { describeError, openDatabase } from '../../../lib/history/open';
import { DB_NAME, MIGRATIONS, STORE, type Migration } from '../../../lib/history/schema';

const LATEST = MIGRATIONS[MIGRATIONS.length - 1]!.version;

function quietly<T>(run: () => Promise<T>): Promise<T> {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  return run().finally(() => errors.mockRestore());
}

/** Opens a database by hand at a version, optionally with the store, and closes it. */
function raw(factory: IDBFactory, name: string, version: number, withStore: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name, version);
    req.onupgradeneeded = () => {
      if (withStore) req.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}

describe('openDatabase', () => {
  it('creates the database at the newest version with its store and indexes', async () => {
    const factory = new IDBFactory();
    const { db, health } = await openDatabase({ indexedDB: factory });
    expect(health).toEqual({ state: 'ok', version: LATEST });
    expect(db?.name).toBe(DB_NAME);
    expect(db?.version).toBe(LATEST);
    expect([...db!.objectStoreNames]).toEqual([STORE]);
    const tx = db!.transaction(STORE);
    expect([...tx.store.indexNames].sort()).toEqual(['fingerprint', 'lastSeenAt']);
    expect(tx.store.index('fingerprint').unique).toBe(true);
    db!.close();
    // Opening again runs no step: same version, same result.
    const again = await openDatabase({ indexedDB: factory });
    expect(again.health).toEqual({ state: 'ok', version: LATEST });
    again.db!.close();
  });

  it('builds the schema from the start in a database someone created without the store', async () => {
    const factory = new IDBFactory();
    await raw(factory, DB_NAME, 1, false);
    const { db, health } = await openDatabase({ indexedDB: factory });
    expect(health.state).toBe('ok');
    expect(db!.objectStoreNames.contains(STORE)).toBe(true);
    db!.close();
  });

  it('a failed upgrade hands back the old version, readable, with the failing step’s error', async () => {
    const factory = new IDBFactory();
    const steps: Migration[] = [
      MIGRATIONS[0]!,
      {
        version: 2,
        describe: 'fails',
        run() {
          throw new Error('step two broke');
        },
      },
    ];
    const first = await openDatabase({ indexedDB: factory, migrations: steps.slice(0, 1) });
    await first.db!.put(STORE, { id: 'r1' } as never);
    first.db!.close();
    const { db, health } = await quietly(() => openDatabase({ indexedDB: factory, migrations: steps }));
    expect(health).toMatchObject({ state: 'upgrade-failed', fromVersion: 1, toVersion: 2 });
    if (health.state === 'upgrade-failed') expect(health.error).toMatch(/^AbortError: /);
    expect(db?.version).toBe(1);
    expect(await db!.getAllKeys(STORE)).toEqual(['r1']);
    db!.close();
  });

  it('a database of a newer version is handed back as it is', async () => {
    const factory = new IDBFactory();
    await raw(factory, DB_NAME, LATEST + 5, true);
    const { db, health } = await openDatabase({ indexedDB: factory });
    expect(health).toEqual({ state: 'newer-version', version: LATEST + 5, supported: LATEST });
    expect(db?.version).toBe(LATEST + 5);
    db!.close();
  });

  it('a first upgrade that fails leaves no empty database behind to be taken for an old version', async () => {
    const factory = new IDBFactory();
    const broken: Migration[] = [
      {
        version: 1,
        describe: 'fails at once',
        run() {
          throw new Error('cannot create');
        },
      },
    ];
    const { db, health } = await quietly(() => openDatabase({ indexedDB: factory, migrations: broken }));
    expect(db).toBeNull();
    expect(health.state).toBe('unavailable');
    expect((await factory.databases()).filter((d) => d.name === DB_NAME && (d.version ?? 0) > 0)).toEqual([]);
    // And the working schema can still create it from scratch afterwards.
    const fixed = await openDatabase({ indexedDB: factory });
    expect(fixed.health).toEqual({ state: 'ok', version: LATEST });
    fixed.db!.close();
  });

  it('IndexedDB that throws on open (private mode, storage off) is unavailable, with the reason', async () => {
    const failing = {
      open() {
        throw new DOMException('The user denied permission to access the database.', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    const { db, health } = await openDatabase({ indexedDB: failing });
    expect(db).toBeNull();
    expect(health).toEqual({ state: 'unavailable', error: 'InvalidStateError: The user denied permission to access the database.' });
  });

  it('uses the name it is given, leaving the real database alone', async () => {
    const factory = new IDBFactory();
    const { db } = await openDatabase({ indexedDB: factory, name: 'why-denied-test' });
    expect(db?.name).toBe('why-denied-test');
    db!.close();
    expect((await factory.databases()).map((d) => d.name)).toEqual(['why-denied-test']);
  });
});

describe('describeError', () => {
  it('names errors and DOMExceptions by kind and message, anything else as a string', () => {
    expect(describeError(new TypeError('bad'))).toBe('TypeError: bad');
    expect(describeError(new DOMException('quota', 'QuotaExceededError'))).toBe('QuotaExceededError: quota');
    expect(describeError('plain')).toBe('plain');
    expect(describeError(undefined)).toBe('undefined');
  });
});
