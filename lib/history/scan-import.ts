// `cli scan --json` output, imported into the history (source "scan"): a team's recurring denials from CloudTrail
// next to the ones met in the console. The file is untrusted like any import (transfer.ts): each group is checked
// and rebuilt from known fields, and the fingerprint is recomputed, never taken from the file.
//
// Counting: a record keeps what the scans said apart from the browser's own sightings (`trail`), per time span, so
// importing the same scan twice, or a scan that overlaps an earlier one (Monday–Wednesday, then Tuesday–Friday),
// does not count those events twice: where spans overlap the larger count stands (a lower bound of the truth),
// spans of other days (this week after last week) add up. `count` = browser sightings + the trail's count.
import type { Finding, HistoryRecord, TrailSpan, TrailSummary, TrailValue } from '../model';
import { MAX_CAP } from './cap';
import { fingerprint } from './fingerprint';
import { InvalidRecord, MAX_TRAIL_SPANS, MAX_TRAIL_VALUES, sanitizeFinding } from './validate';

export const SCAN_FORMAT = 'why-denied-scan';

/** Whether a parsed file is a scan's --json output (its format tag, or Contract 1's three keys). */
export function isScanJson(data: Record<string, unknown>): boolean {
  if (data.format === SCAN_FORMAT) return true;
  return data.format === undefined && typeof data.events === 'number' && typeof data.denials === 'number' && Array.isArray(data.groups);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const MIN_TIME = 946684800000; // 2000
const MAX_TIME = 7258118400000; // 2200

function isoTime(value: unknown, field: string): number {
  const ms = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : NaN;
  if (!Number.isFinite(ms) || ms < MIN_TIME || ms > MAX_TIME) throw new InvalidRecord(field);
  return ms;
}

/** A summary of the scan (`{distinct, capped, top:[{value,count}]}`, or a plain list) as its top values. */
function values(value: unknown, field: string): TrailValue[] {
  const list = isObject(value) ? value.top : value;
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new InvalidRecord(field);
  const out: TrailValue[] = [];
  for (const entry of list.slice(0, MAX_TRAIL_VALUES)) {
    if (!isObject(entry) || typeof entry.value !== 'string' || typeof entry.count !== 'number' || !Number.isSafeInteger(entry.count) || entry.count < 1) {
      throw new InvalidRecord(field);
    }
    out.push({ value: entry.value.slice(0, 4096), count: entry.count });
  }
  return out;
}

export type ScanRecords = { ok: true; records: HistoryRecord[] } | { ok: false; index: number; field: string } | { ok: false; tooMany: number };

/** The groups of a scan as history records of source "scan" (each with its trail summary). */
export function scanRecords(data: Record<string, unknown>, now: number): ScanRecords {
  const groups = data.groups as unknown[];
  if (groups.length > MAX_CAP) return { ok: false, tooMany: groups.length };
  const records: HistoryRecord[] = [];
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    try {
      if (!isObject(group)) throw new InvalidRecord('group');
      const finding: Finding | null = sanitizeFinding(group.finding);
      if (!finding) throw new InvalidRecord('finding');
      const count = group.count;
      if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1) throw new InvalidRecord('count');
      const firstSeenAt = isoTime(group.firstSeen, 'firstSeen');
      const lastSeenAt = isoTime(group.lastSeen, 'lastSeen');
      if (lastSeenAt < firstSeenAt) throw new InvalidRecord('lastSeen');
      const fp = fingerprint(finding);
      const trail: TrailSummary = {
        count,
        firstSeenAt,
        lastSeenAt,
        spans: [{ firstSeenAt, lastSeenAt, count }],
        principals: values(group.principals, 'principals'),
        sourceIps: values(group.sourceIps, 'sourceIps'),
        userAgents: values(group.userAgents, 'userAgents'),
        importedAt: now,
      };
      records.push({ id: `scan-${fp}`, fingerprint: fp, finding, firstSeenAt, lastSeenAt, count, pageUrl: null, source: 'scan', trail });
    } catch (error) {
      return { ok: false, index: i, field: error instanceof InvalidRecord ? error.field : 'group' };
    }
  }
  return { ok: true, records };
}

function mergeValues(a: TrailValue[], b: TrailValue[], add: boolean): TrailValue[] {
  const counts = new Map<string, number>();
  for (const v of a) counts.set(v.value, v.count);
  for (const v of b) {
    const c = counts.get(v.value);
    counts.set(v.value, c === undefined ? v.count : add ? c + v.count : Math.max(c, v.count));
  }
  return [...counts]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, MAX_TRAIL_VALUES)
    .map(([value, count]) => ({ value, count }));
}

/**
 * The spans of two summaries: a span of `b` that overlaps spans of `a` stands for them (the larger count wins: the
 * same events seen by both scans), spans on other days add up. Beyond MAX_TRAIL_SPANS the oldest neighbours join.
 */
function mergeSpans(a: TrailSpan[], b: TrailSpan[]): { spans: TrailSpan[]; overlapped: boolean } {
  let spans = [...a];
  let overlapped = false;
  for (const span of b) {
    const over = spans.filter((s) => span.firstSeenAt <= s.lastSeenAt && s.firstSeenAt <= span.lastSeenAt);
    if (over.length === 0) {
      spans.push(span);
      continue;
    }
    overlapped = true;
    const before = over.reduce((n, s) => n + s.count, 0);
    spans = spans.filter((s) => !over.includes(s));
    spans.push({
      firstSeenAt: Math.min(span.firstSeenAt, ...over.map((s) => s.firstSeenAt)),
      lastSeenAt: Math.max(span.lastSeenAt, ...over.map((s) => s.lastSeenAt)),
      count: Math.max(before, span.count),
    });
  }
  spans.sort((x, y) => x.firstSeenAt - y.firstSeenAt);
  while (spans.length > MAX_TRAIL_SPANS) {
    const [x, y] = spans.splice(0, 2) as [TrailSpan, TrailSpan];
    spans.unshift({ firstSeenAt: x.firstSeenAt, lastSeenAt: y.lastSeenAt, count: x.count + y.count });
  }
  return { spans, overlapped };
}

/** Two scans' summaries of one denial (see mergeSpans). */
export function mergeTrail(a: TrailSummary | undefined, b: TrailSummary): TrailSummary {
  if (!a) return b;
  const { spans, overlapped } = mergeSpans(a.spans, b.spans);
  return {
    count: Math.min(Number.MAX_SAFE_INTEGER, spans.reduce((n, s) => n + s.count, 0)),
    firstSeenAt: Math.min(a.firstSeenAt, b.firstSeenAt),
    lastSeenAt: Math.max(a.lastSeenAt, b.lastSeenAt),
    spans,
    principals: mergeValues(a.principals, b.principals, !overlapped),
    sourceIps: mergeValues(a.sourceIps, b.sourceIps, !overlapped),
    userAgents: mergeValues(a.userAgents, b.userAgents, !overlapped),
    importedAt: Math.max(a.importedAt, b.importedAt),
  };
}

/** A record's sightings in the browser: its count without the events its scans brought. */
export function sightings(record: HistoryRecord): number {
  return Math.max(0, record.count - (record.trail?.count ?? 0));
}
