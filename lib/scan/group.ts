// The denials of a scan, grouped as the history groups them (lib/history/fingerprint.ts): per group the count, the
// first and last eventTime, and who, from where and with what client. Pure: the readers (files.ts, rows.ts) hand it
// records as JS objects; it keeps per group a bounded summary, never the events, so memory follows the number of
// distinct denials, not the size of the trail.
import { fingerprint } from '../history/fingerprint';
import type { Finding } from '../model';
import { deniedCode, MessageCache, parseCloudTrailRecord, recordMessage, recordValue } from '../parse/cloudtrail-record';

/** Distinct values a summary counts exactly; beyond them, further values are counted together as `other`. */
export const TALLY_LIMIT = 200;
/** Values a summary lists. */
export const TALLY_TOP = 10;
/** Groups kept; denials of further distinct groups are counted in `ungrouped` (a trail of unique denials). */
export const MAX_GROUPS = 100_000;
/** Denial event IDs remembered to count a denial seen twice (a trail file and a lookup-events answer) once. */
export const MAX_SEEN_IDS = 5_000_000;

export interface TallyEntry {
  value: string;
  count: number;
}

export interface TallySummary {
  /** Distinct values seen (a lower bound when `capped`). */
  distinct: number;
  capped: boolean;
  top: TallyEntry[];
}

class Tally {
  private readonly counts = new Map<string, number>();
  private other = 0;

  add(value: string | null, weight: number): void {
    if (value === null) return;
    const current = this.counts.get(value);
    if (current !== undefined) this.counts.set(value, current + weight);
    else if (this.counts.size < TALLY_LIMIT) this.counts.set(value, weight);
    else this.other += weight;
  }

  summary(): TallySummary {
    const top = [...this.counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, TALLY_TOP)
      .map(([value, count]) => ({ value, count }));
    return { distinct: this.counts.size, capped: this.other > 0, top };
  }
}

export interface ScanGroup {
  fingerprint: string;
  finding: Finding;
  count: number;
  /** ISO 8601. */
  firstSeen: string;
  lastSeen: string;
  principals: TallySummary;
  sourceIps: TallySummary;
  userAgents: TallySummary;
  regions: TallySummary;
}

interface Group {
  fingerprint: string;
  finding: Finding;
  count: number;
  first: number;
  last: number;
  principals: Tally;
  sourceIps: Tally;
  userAgents: Tally;
  regions: Tally;
}

/** A record's time in epoch ms, or NaN: ISO 8601 (CloudTrail), Lake's `2026-03-02 10:00:00.000`, epoch s or ms. */
export function eventTimeMs(value: unknown): number {
  if (typeof value === 'number') return value < 1e11 ? value * 1000 : value;
  if (typeof value !== 'string' || value === '') return NaN;
  // CloudTrail writes `2026-03-02T10:00:00Z`; Lake and Athena print `2026-03-02 10:00:00.000` (UTC).
  const iso = value.charCodeAt(10) === 32 && !/[zZ+]|-\d\d:?\d\d$/.test(value.slice(11)) ? value.replace(' ', 'T') + 'Z' : value;
  return Date.parse(iso);
}

export interface Window {
  /** Epoch ms, inclusive; null: open. */
  since: number | null;
  /** Epoch ms, exclusive; null: open. */
  until: number | null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function identityOf(record: Record<string, unknown>): string | null {
  const identity = recordValue(record, 'userIdentity');
  if (typeof identity !== 'object' || identity === null) return null;
  const id = identity as Record<string, unknown>;
  return (
    str(recordValue(id, 'arn')) ??
    str(recordValue(id, 'invokedBy')) ??
    str(recordValue(id, 'principalId')) ??
    str(recordValue(id, 'accessKeyId')) ??
    str(recordValue(id, 'accountId'))
  );
}

export interface AddOptions {
  /** Events this record stands for (an aggregated query's row); default 1. */
  count?: number;
  /** First and last time of those events (epoch ms); default the record's eventTime. */
  first?: number;
  last?: number;
}

export class DenialGroups {
  /** Events read (inside the window). */
  events = 0;
  /** Denials counted (inside the window, each event once). */
  denials = 0;
  /** Events left out by --since/--until. */
  outside = 0;
  /** Denials read a second time (same eventID, time, request and source) and not counted again. */
  duplicates = 0;
  /** Denials of groups beyond MAX_GROUPS: counted, not grouped. */
  ungrouped = 0;
  private readonly groups = new Map<string, Group>();
  private readonly seen = new Set<string>();
  private readonly cache = new MessageCache();

  constructor(readonly window: Window = { since: null, until: null }) {}

  get filtering(): boolean {
    return this.window.since !== null || this.window.until !== null;
  }

  /** Whether an event of this time is in the window (events without a readable time are kept). */
  inWindow(time: unknown): boolean {
    if (!this.filtering) return true;
    const ms = eventTimeMs(time);
    if (Number.isNaN(ms)) return true;
    const { since, until } = this.window;
    return (since === null || ms >= since) && (until === null || ms < until);
  }

  /** Whether an aggregated row's span [first, last] meets the window (its events cannot be split). */
  private spanInWindow(first: number, last: number): boolean {
    const { since, until } = this.window;
    return (since === null || !(last < since)) && (until === null || !(first >= until));
  }

  /** An event that is not a denial (or is known not to be one), with its time when the reader has it. */
  countEvent(time: unknown = null, count = 1): void {
    if (!this.inWindow(time)) {
      this.outside += count;
      return;
    }
    this.events += count;
  }

  /**
   * One CloudTrail record (a JS object, keys as CloudTrail writes them or lower-cased as Athena and Lake export
   * them): counted, and grouped when it is a denial. Returns whether it was a denial.
   */
  addRecord(record: Record<string, unknown>, options: AddOptions = {}): boolean {
    const count = options.count ?? 1;
    const time = recordValue(record, 'eventTime');
    if (options.first === undefined ? !this.inWindow(time) : !this.spanInWindow(options.first, options.last ?? options.first)) {
      this.outside += count;
      return false;
    }
    this.events += count;
    if (!deniedCode(record)) return false;
    const id = str(recordValue(record, 'eventID'));
    if (id !== null && options.count === undefined) {
      // The same event read twice (a trail file and a lookup-events answer of the same days) has the same ID, time,
      // request and source; events that only share an ID (a generator's placeholder) are not taken for it.
      const key = `${id}|${String(time)}|${str(recordValue(record, 'requestID')) ?? ''}|${str(recordValue(record, 'sourceIPAddress')) ?? ''}`;
      if (this.seen.has(key)) {
        this.duplicates++;
        this.events -= count;
        return true;
      }
      if (this.seen.size < MAX_SEEN_IDS) this.seen.add(key);
    }
    const finding = parseCloudTrailRecord(record, { message: false, cache: this.cache });
    if (!finding) return false;
    this.denials += count;
    const ms = eventTimeMs(time);
    const first = options.first ?? ms;
    const last = options.last ?? ms;
    const fp = fingerprint(finding);
    let group = this.groups.get(fp);
    if (!group) {
      if (this.groups.size >= MAX_GROUPS) {
        this.ungrouped += count;
        return true;
      }
      // The message (the record's text, as parse() reports it) only for the group's first record.
      finding.message = recordMessage(record);
      group = {
        fingerprint: fp,
        finding,
        count: 0,
        first: Number.isNaN(first) ? Infinity : first,
        last: Number.isNaN(last) ? -Infinity : last,
        principals: new Tally(),
        sourceIps: new Tally(),
        userAgents: new Tally(),
        regions: new Tally(),
      };
      this.groups.set(fp, group);
    } else {
      if (first < group.first) group.first = first;
      if (last > group.last) group.last = last;
    }
    group.count += count;
    group.principals.add(identityOf(record), count);
    group.sourceIps.add(str(recordValue(record, 'sourceIPAddress')), count);
    group.userAgents.add(str(recordValue(record, 'userAgent')), count);
    group.regions.add(str(recordValue(record, 'awsRegion')), count);
    return true;
  }

  get groupCount(): number {
    return this.groups.size;
  }

  /** The groups, largest first (then the most recent first). */
  result(): ScanGroup[] {
    const iso = (ms: number): string => (Number.isFinite(ms) ? new Date(ms).toISOString() : '');
    return [...this.groups.values()]
      .sort((a, b) => b.count - a.count || b.last - a.last || (a.fingerprint < b.fingerprint ? -1 : 1))
      .map((g) => ({
        fingerprint: g.fingerprint,
        finding: g.finding,
        count: g.count,
        firstSeen: iso(g.first),
        lastSeen: iso(g.last),
        principals: g.principals.summary(),
        sourceIps: g.sourceIps.summary(),
        userAgents: g.userAgents.summary(),
        regions: g.regions.summary(),
      }));
  }
}
