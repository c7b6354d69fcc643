// The `why-denied` database (DESIGN.md Contract 3) and every schema version it has had. History is user data: a new
// version is a new entry in MIGRATIONS, never an edit of an old one, and tests/unit/history/fixtures keeps a builder
// for each version so the migration from it stays tested.
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { HistoryRecord } from '../model';

export const DB_NAME = 'why-denied';
export const STORE = 'findings';

/** Finding fields added after the first schema (issue 12): v4 gives records stored before them these as null. */
export const LATER_FINDING_FIELDS = ['authorizationId', 'authorizationUrl', 'matchedStatements', 'accountSetting'] as const;

export interface HistorySchema extends DBSchema {
  findings: {
    key: string;
    value: HistoryRecord;
    indexes: { fingerprint: string; lastSeenAt: number };
  };
}

export type UpgradeDb = IDBPDatabase<HistorySchema>;
export type UpgradeTx = IDBPTransaction<HistorySchema, ['findings'], 'versionchange'>;

export interface Migration {
  /** The version this step produces. Steps run in order for every version above the database's current one. */
  version: number;
  describe: string;
  run(db: UpgradeDb, tx: UpgradeTx): void | Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    describe: 'findings store keyed by id; unique fingerprint index so a repeated denial merges into its record',
    run(db) {
      const store = db.createObjectStore(STORE, { keyPath: 'id' });
      store.createIndex('fingerprint', 'fingerprint', { unique: true });
    },
  },
  {
    version: 2,
    describe: 'lastSeenAt index: newest-first pages without loading everything, and oldest-first pruning at the cap',
    run(_db, tx) {
      tx.objectStore(STORE).createIndex('lastSeenAt', 'lastSeenAt', { unique: false });
    },
  },
  {
    // Issue 15. Self-contained: renumber freely when another step lands first.
    version: 3,
    describe:
      'CloudTrail scans: records of source "scan" and a `trail` summary (count, span, principals, IPs, agents of the ' +
      'scanned events). Versions before it cannot read such records, so the version moves: an older extension ' +
      'opening this database sees a newer schema and only reads, never merging into records it does not know. ' +
      'Every earlier record stays as it is (no trail: nothing imported yet).',
    run() {
      // No store or index changes: the step is the version boundary itself.
    },
  },
  {
    // Issue 12. Self-contained: renumber freely when another step lands first.
    version: 4,
    describe:
      'Access Troubleshooter: every finding carries authorizationId, authorizationUrl, matchedStatements and ' +
      'accountSetting (DESIGN.md Contract 1; null when the message had none). Records stored before them get the ' +
      'four fields as null, so every record reads alike and an export states them; nothing else changes.',
    async run(_db, tx) {
      let cursor = await tx.objectStore(STORE).openCursor();
      while (cursor) {
        const record = cursor.value;
        const finding = record.finding as unknown as Record<string, unknown> | undefined;
        if (finding && typeof finding === 'object' && LATER_FINDING_FIELDS.some((k) => !(k in finding))) {
          const filled: Record<string, unknown> = { ...finding };
          for (const k of LATER_FINDING_FIELDS) if (!(k in filled)) filled[k] = null;
          await cursor.update({ ...record, finding: filled as unknown as HistoryRecord['finding'] });
        }
        cursor = await cursor.continue();
      }
    },
  },
];

export const DB_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
