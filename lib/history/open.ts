// Opening the history database. IndexedDB runs an upgrade in one versionchange transaction: if a migration fails, the
// transaction aborts and the database stays exactly as it was, at its old version. We then open that old version
// read-only, so the user still sees every record and is told why new ones are not being saved.
import { wrap, type IDBPDatabase } from 'idb';
import { DB_NAME, MIGRATIONS, STORE, type HistorySchema, type Migration, type UpgradeTx } from './schema';

export type HistoryDatabase = IDBPDatabase<HistorySchema>;

export type HistoryHealth =
  | { state: 'ok'; version: number }
  /** A migration failed; the data is readable at `fromVersion` but nothing new is written. */
  | { state: 'upgrade-failed'; fromVersion: number; toVersion: number; error: string }
  /** The database was written by a newer version of the extension (e.g. after a downgrade): read-only. */
  | { state: 'newer-version'; version: number; supported: number }
  /** IndexedDB itself is unavailable (private mode, storage disabled, corrupted profile). */
  | { state: 'unavailable'; error: string };

export interface OpenOptions {
  indexedDB: IDBFactory;
  name?: string;
  /** Tests pass their own steps to prove what a failing upgrade leaves behind. */
  migrations?: readonly Migration[];
}

export interface Opened {
  db: HistoryDatabase | null;
  health: HistoryHealth;
}

export function describeError(error: unknown): string {
  if (error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException)) {
    return `${error.name}: ${error.message}`;
  }
  return String(error);
}

function request(factory: IDBFactory, name: string, version: number | undefined, migrations: readonly Migration[]) {
  const req = version === undefined ? factory.open(name) : factory.open(name, version);
  req.addEventListener('upgradeneeded', (event) => {
    const tx = req.transaction!;
    if (version === undefined) {
      // Opening "whatever is there" must not create an empty database that a later upgrade would take for version 1.
      tx.abort();
      return;
    }
    const db = wrap(req.result) as unknown as HistoryDatabase;
    const wrappedTx = wrap(tx) as unknown as UpgradeTx;
    // A failed upgrade is reported through the open request; the transaction's own promise must not go unhandled.
    wrappedTx.done.catch(() => undefined);
    // A database that exists without our store was created by a bare indexedDB.open('why-denied') (a debugging
    // session, a test reading the history before anything was written): build the schema from the start.
    const from = req.result.objectStoreNames.contains(STORE) ? event.oldVersion : 0;
    const steps = migrations.filter((m) => m.version > from && m.version <= version);
    const abort = (error: unknown) => {
      // Rolls back every step of this upgrade: the old schema and its data stay as they were.
      console.error(`why-denied: history upgrade to v${version} failed`, error);
      try {
        tx.abort();
      } catch {
        // already finished or aborted
      }
    };
    // Synchronous steps run inside the event handler, where the versionchange transaction is active (createIndex
    // throws otherwise); a step that returns a promise continues the chain once its requests have settled.
    const runFrom = (index: number): Promise<void> | undefined => {
      for (let i = index; i < steps.length; i++) {
        const pending = steps[i]!.run(db, wrappedTx);
        if (pending) return pending.then(() => runFrom(i + 1));
      }
      return undefined;
    };
    try {
      runFrom(0)?.catch(abort);
    } catch (error) {
      abort(error);
    }
  });
  return wrap(req) as unknown as Promise<HistoryDatabase>;
}

export async function openDatabase(options: OpenOptions): Promise<Opened> {
  const name = options.name ?? DB_NAME;
  const migrations = options.migrations ?? MIGRATIONS;
  const target = migrations[migrations.length - 1]?.version ?? 1;
  let firstError: unknown;
  try {
    return { db: await request(options.indexedDB, name, target, migrations), health: { state: 'ok', version: target } };
  } catch (error) {
    firstError = error;
  }
  let existing: HistoryDatabase;
  try {
    existing = await request(options.indexedDB, name, undefined, migrations);
  } catch (error) {
    return { db: null, health: { state: 'unavailable', error: describeError(firstError ?? error) } };
  }
  if (!existing.objectStoreNames.contains(STORE)) {
    existing.close();
    return { db: null, health: { state: 'unavailable', error: describeError(firstError) } };
  }
  if (existing.version > target) {
    return { db: existing, health: { state: 'newer-version', version: existing.version, supported: target } };
  }
  return {
    db: existing,
    health: { state: 'upgrade-failed', fromVersion: existing.version, toVersion: target, error: describeError(firstError) },
  };
}
