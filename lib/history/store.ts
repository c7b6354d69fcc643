// The history's operations. Every write is ONE readwrite transaction that reads the current record and writes the
// merged one: IndexedDB serialises readwrite transactions on a store, so twenty tabs reporting at once cannot lose a
// count increment or create two records for one denial. A failed transaction aborts as a whole — a quota error
// loses the new sighting, never what was already stored.
import type { IDBPTransaction } from 'idb';
import type { Finding, HistoryRecord, HistorySource } from '../model';
import { fingerprint } from './fingerprint';
import { describeError, openDatabase, type HistoryDatabase, type HistoryHealth, type OpenOptions } from './open';
import { clampCap } from './cap';
import { STORE, type HistorySchema } from './schema';
import { sanitizeFinding, toRecord } from './validate';
import { mergeTrail, sightings } from './scan-import';

export { DEFAULT_CAP, MIN_CAP, MAX_CAP, clampCap } from './cap';

export type WriteErrorKind = 'quota' | 'read-only' | 'failed';
export interface WriteError {
  kind: WriteErrorKind;
  message: string;
}

export type WriteResult =
  | { ok: true; records: HistoryRecord[]; pruned: number; added: number; merged: number }
  | { ok: false; error: WriteError };

export interface Sighting {
  source: HistorySource;
  /** The console page, or null for pasted text. */
  pageUrl: string | null;
}

export interface HistoryOptions extends OpenOptions {
  /** Defaults to the global one (browsers, fake-indexeddb/auto). */
  IDBKeyRange?: typeof IDBKeyRange;
  now?: () => number;
  newId?: () => string;
}

/** New non-null values win: a later sighting may name the operation or error code the first one did not. */
function mergeFinding(old: Finding, latest: Finding): Finding {
  const out: Finding = { ...old };
  for (const key of Object.keys(latest) as (keyof Finding)[]) {
    const value = latest[key];
    if (value !== null) (out as unknown as Record<string, unknown>)[key] = value;
  }
  return out;
}

/**
 * When the record's authorization ID was first seen: a retry of the same denial is a new request with a new ID,
 * whose details AWS keeps about 24 hours from then — so the record's firstSeenAt cannot say it. The same ID again,
 * or a sighting without one, keeps the time.
 */
function authorizationSeen(existing: HistoryRecord | null, latest: Finding, now: number): { authorizationSeenAt?: number } {
  const id = latest.authorizationId ?? null;
  if (id && id !== (existing?.finding.authorizationId ?? null)) return { authorizationSeenAt: now };
  return existing?.authorizationSeenAt !== undefined ? { authorizationSeenAt: existing.authorizationSeenAt } : {};
}

function isQuota(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || (name === 'UnknownError' && /quota|space/i.test(describeError(error)));
}

function writeError(error: unknown): WriteError {
  return { kind: isQuota(error) ? 'quota' : 'failed', message: describeError(error) };
}

/** Most recently seen first; ties (one batch) by id, so every listing agrees. */
export function newestFirst(a: HistoryRecord, b: HistoryRecord): number {
  return b.lastSeenAt - a.lastSeenAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

type WriteTx = IDBPTransaction<HistorySchema, ['findings'], 'readwrite'>;

export class History {
  private constructor(
    private db: HistoryDatabase | null,
    private currentHealth: HistoryHealth,
    private readonly options: HistoryOptions,
  ) {
    this.watch();
  }

  static async open(options: HistoryOptions): Promise<History> {
    const { db, health } = await openDatabase(options);
    return new History(db, health, options);
  }

  get health(): HistoryHealth {
    return this.currentHealth;
  }

  get writable(): boolean {
    return this.currentHealth.state === 'ok';
  }

  private watch(): void {
    // Another context upgrading the database (an extension update) must not be blocked by this connection; the
    // browser may also close it (storage cleared). Either way the next call reopens.
    this.db?.addEventListener('versionchange', () => {
      this.db?.close();
      this.db = null;
    });
    this.db?.addEventListener('close', () => {
      this.db = null;
    });
  }

  private async connection(): Promise<HistoryDatabase | null> {
    if (this.db) return this.db;
    const { db, health } = await openDatabase(this.options);
    this.db = db;
    this.currentHealth = health;
    this.watch();
    return db;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private newId(): string {
    return (this.options.newId ?? (() => globalThis.crypto.randomUUID()))();
  }

  private readOnlyError(): WriteError {
    const h = this.currentHealth;
    return { kind: 'read-only', message: h.state === 'ok' ? 'history is not open' : h.state };
  }

  /**
   * Deletes least-recently-seen records beyond the cap. The records this transaction just wrote go last (a clock set
   * back could make them look older than others), and only when one batch alone is larger than the cap.
   */
  private async prune(tx: WriteTx, cap: number, keep: Set<string>, added: Set<string> | null): Promise<number> {
    const store = tx.objectStore(STORE);
    let excess = (await store.count()) - cap;
    let pruned = 0;
    for (const spareNew of [true, false]) {
      let cursor = excess > 0 ? await store.index('lastSeenAt').openCursor() : null;
      while (cursor && excess > 0) {
        // `added` (a CloudTrail scan's new records): those go first, the user's own records are spared.
        const first = added ? added.has(cursor.primaryKey) : !keep.has(cursor.primaryKey);
        if (!spareNew || first) {
          await cursor.delete();
          excess--;
          pruned++;
        }
        cursor = await cursor.continue();
      }
    }
    return pruned;
  }

  private async write(
    body: (tx: WriteTx, written: Map<string, HistoryRecord>) => Promise<{ added: number; merged: number }>,
    /** null: deleting never needs pruning. */
    cap: number | undefined | null,
    /** Records to prune first, before any other (default: the ones written now go last). */
    pruneFirst: Set<string> | null = null,
  ): Promise<WriteResult> {
    const db = await this.connection();
    if (!db || !this.writable) return { ok: false, error: this.readOnlyError() };
    let tx: WriteTx;
    try {
      // strict: the record is on disk when the call returns, so a browser crash right after cannot lose it.
      tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
    } catch (error) {
      return { ok: false, error: writeError(error) };
    }
    try {
      const written = new Map<string, HistoryRecord>();
      const counts = await body(tx, written);
      const pruned = cap === null ? 0 : await this.prune(tx, clampCap(cap), new Set(written.keys()), pruneFirst);
      await tx.done;
      return { ok: true, records: [...written.values()], pruned, ...counts };
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already aborted by the failing request
      }
      // The abort's own error is more telling than the AbortError the pending request rejects with.
      const cause = tx.error ?? error;
      tx.done.catch(() => undefined);
      return { ok: false, error: writeError(cause) };
    }
  }

  /** Records sightings of denials: a known fingerprint gets count+1 and a new lastSeenAt, a new one a new record. */
  async record(findings: readonly Finding[], sighting: Sighting, options: { cap?: number } = {}): Promise<WriteResult> {
    const clean = findings.map((f) => sanitizeFinding(f)).filter((f): f is Finding => f !== null);
    if (clean.length === 0) return { ok: true, records: [], pruned: 0, added: 0, merged: 0 };
    const now = this.now();
    return this.write(async (tx, written) => {
      const store = tx.objectStore(STORE);
      const byFingerprint = store.index('fingerprint');
      let added = 0;
      let merged = 0;
      for (const finding of clean) {
        const fp = fingerprint(finding);
        const existing = await byFingerprint.get(fp);
        let next: HistoryRecord;
        if (existing) {
          // A console sighting is more useful to go back to than a paste: keep the page once there is one.
          const fromPage = sighting.source === 'console' || existing.source === 'paste';
          next = {
            ...existing,
            finding: mergeFinding(existing.finding, finding),
            lastSeenAt: Math.max(existing.lastSeenAt, now),
            count: existing.count + 1,
            source: fromPage ? sighting.source : existing.source,
            pageUrl: fromPage ? sighting.pageUrl ?? existing.pageUrl : existing.pageUrl,
            ...authorizationSeen(existing, finding, now),
          };
          merged++;
        } else {
          next = {
            id: this.newId(),
            fingerprint: fp,
            finding,
            firstSeenAt: now,
            lastSeenAt: now,
            count: 1,
            pageUrl: sighting.pageUrl,
            source: sighting.source,
            ...authorizationSeen(null, finding, now),
          };
          added++;
        }
        await store.put(next);
        written.set(next.id, next);
      }
      return { added, merged };
    }, options.cap);
  }

  /**
   * Adds exported records back, and the groups of a CloudTrail scan (source "scan", with a trail summary). Same id →
   * the same record seen again (keep the larger count, the wider time span); same denial under another id (another
   * browser) → counts add up; scans' events merge by time span (scan-import.ts). Fingerprints are recomputed.
   */
  async importRecords(records: readonly HistoryRecord[], options: { cap?: number } = {}): Promise<WriteResult> {
    // A scan larger than the room left must not push out the denials the user met: its new records go first.
    const scanAdded = records.some((r) => r.source === 'scan' && r.trail) ? new Set<string>() : null;
    return this.write(async (tx, written) => {
      const store = tx.objectStore(STORE);
      const byFingerprint = store.index('fingerprint');
      let added = 0;
      let merged = 0;
      for (const raw of records) {
        const record: HistoryRecord = { ...raw, fingerprint: fingerprint(raw.finding) };
        const sameId = await store.get(record.id);
        const sameDenial = sameId?.fingerprint === record.fingerprint ? sameId : await byFingerprint.get(record.fingerprint);
        let next: HistoryRecord;
        if (sameDenial) {
          const later = record.lastSeenAt >= sameDenial.lastSeenAt ? record : sameDenial;
          // A denial met in the browser stays that record (its page, its source) when a CloudTrail scan adds to it.
          const base = record.source === 'scan' && sameDenial.source !== 'scan' ? sameDenial : sameDenial.source === 'scan' && record.source !== 'scan' ? record : later;
          // Sightings: the same record seen again keeps the larger count, another browser's add up. Scans' events
          // (trail) merge by their time spans, so the same scan imported twice is counted once.
          const seen =
            sameDenial.id === record.id ? Math.max(sightings(record), sightings(sameDenial)) : sightings(record) + sightings(sameDenial);
          const trail = record.trail ? mergeTrail(sameDenial.trail, record.trail) : sameDenial.trail;
          const { trail: _dropped, ...rest } = base;
          next = {
            ...rest,
            id: sameDenial.id,
            fingerprint: record.fingerprint,
            firstSeenAt: Math.min(record.firstSeenAt, sameDenial.firstSeenAt),
            lastSeenAt: Math.max(record.lastSeenAt, sameDenial.lastSeenAt),
            count: Math.min(Number.MAX_SAFE_INTEGER, seen + (trail?.count ?? 0)),
            ...(trail ? { trail } : {}),
          };
          merged++;
        } else {
          // An id taken by a different denial (hand-edited file): keep both, under a fresh id.
          next = sameId ? { ...record, id: this.newId() } : record;
          added++;
          if (record.source === 'scan') scanAdded?.add(next.id);
        }
        await store.put(next);
        written.set(next.id, next);
      }
      return { added, merged };
    }, options.cap, scanAdded);
  }

  private async readAll(): Promise<HistoryRecord[]> {
    const db = await this.connection();
    if (!db) return [];
    const tx = db.transaction(STORE, 'readonly');
    const store = tx.objectStore(STORE);
    const raw = store.indexNames.contains('lastSeenAt') ? await store.index('lastSeenAt').getAll() : await store.getAll();
    await tx.done;
    return raw;
  }

  /** Records written by another version are checked before anyone renders them. */
  private trust(records: HistoryRecord[]): HistoryRecord[] {
    if (this.currentHealth.state === 'ok') return records;
    const out: HistoryRecord[] = [];
    for (const r of records) {
      try {
        out.push(toRecord(r));
      } catch {
        // unreadable by this version: left in the database, not shown
      }
    }
    return out;
  }

  /** Every record, most recently seen first. */
  async all(): Promise<HistoryRecord[]> {
    const records = this.trust(await this.readAll());
    return records.sort(newestFirst);
  }

  /**
   * The `limit` most recently seen records, read from the index without loading the rest: a key cursor finds the
   * limit-th newest lastSeenAt (two round trips), one getAll reads the records from there up.
   */
  async newest(limit: number): Promise<HistoryRecord[]> {
    const db = await this.connection();
    if (!db || limit <= 0) return [];
    const tx = db.transaction(STORE, 'readonly');
    const store = tx.objectStore(STORE);
    if (!store.indexNames.contains('lastSeenAt')) return (await this.all()).slice(0, limit);
    const index = store.index('lastSeenAt');
    let cursor = await index.openKeyCursor(null, 'prev');
    if (!cursor) return [];
    if (limit > 1) cursor = await cursor.advance(limit - 1);
    const KeyRange = this.options.IDBKeyRange ?? globalThis.IDBKeyRange;
    const values = await index.getAll(cursor ? KeyRange.lowerBound(cursor.key) : undefined);
    // Ties at the boundary can bring a few more; one order everywhere (see newestFirst).
    return this.trust(values).sort(newestFirst).slice(0, limit);
  }

  async count(): Promise<number> {
    const db = await this.connection();
    return db ? db.count(STORE) : 0;
  }

  async get(id: string): Promise<HistoryRecord | undefined> {
    const db = await this.connection();
    const record = db ? await db.get(STORE, id) : undefined;
    return record ? this.trust([record])[0] : undefined;
  }

  /** Prunes to `cap` now (the user lowered the limit), least recently seen first. */
  async enforceCap(cap: number): Promise<WriteResult> {
    return this.write(async () => ({ added: 0, merged: 0 }), cap);
  }

  async remove(id: string): Promise<WriteResult> {
    return this.write(async (tx) => {
      await tx.objectStore(STORE).delete(id);
      return { added: 0, merged: 0 };
    }, null);
  }

  async clear(): Promise<WriteResult> {
    return this.write(async (tx) => {
      await tx.objectStore(STORE).clear();
      return { added: 0, merged: 0 };
    }, null);
  }

  close(): void {
    this.db?.close();
    this.db = null;
  }
}

export function openHistory(options: HistoryOptions): Promise<History> {
  return History.open(options);
}
