// A synthetic CloudTrail trail with known denial groups, for the scan's tests and `npm run bench`. Records follow
// the documented record contents (CloudTrail User Guide: record contents, userIdentity, log file examples): the
// usual mix of management and data events, successful calls, ordinary errors (throttling, not found) and denials
// of the kinds CloudTrail records — S3 "Access Denied", the API sentence, EC2's encoded message, credentials
// failures, a service calling on its own behalf. Accounts are documentation examples; everything is made up.
// Deterministic: the same options give the same events.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { prng } from './prng';
import { ACCOUNT, DENIALS, OK_EVENTS, REGIONS } from './synthetic-records';

export { prng } from './prng';
export { DENIALS, type DenialKind } from './synthetic-records';

type Rec = Record<string, unknown>;

export interface TrailOptions {
  events: number;
  /** Share of events that are denials (default 0.04). */
  denialRate?: number;
  seed?: number;
  /** Start of the trail (default 2026-03-02T00:00:00Z); events are spaced `stepMs` apart. */
  start?: number;
  stepMs?: number;
}

export interface TrailEvent {
  record: Rec;
  /** The denial kind, or null for ordinary traffic. */
  denial: string | null;
}

/** The trail's events, in time order. */
export function* trailEvents(options: TrailOptions): Generator<TrailEvent> {
  const r = prng(options.seed ?? 15);
  const rate = options.denialRate ?? 0.04;
  const start = options.start ?? Date.UTC(2026, 2, 2);
  const step = options.stepMs ?? 1000;
  const total = DENIALS.reduce((n, d) => n + d.weight, 0);
  for (let i = 0; i < options.events; i++) {
    const time = new Date(start + i * step).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const region = REGIONS[i % REGIONS.length]!;
    if (r() < rate) {
      let w = r() * total;
      let kind = DENIALS[0]!;
      for (const d of DENIALS) {
        w -= d.weight;
        if (w < 0) {
          kind = d;
          break;
        }
      }
      yield { record: kind.make(r, time, region, i), denial: kind.name };
    } else {
      // About 6% of ordinary events are errors that are not denials (throttling, not found): they carry an
      // errorCode, so a reader that only looks for the key must still tell them apart.
      const make = r() < 0.06 ? OK_EVENTS[5 + Math.floor(r() * 3)]! : OK_EVENTS[Math.floor(r() * 5)]!;
      yield { record: make(r, time, region), denial: null };
    }
  }
}

export interface TreeOptions extends TrailOptions {
  /** Events per log file (default 1000). */
  perFile?: number;
  /** Events (from the end of the trail) written as one `aws cloudtrail lookup-events` answer instead (default 0). */
  lookupEvents?: number;
  /** zlib level of the .json.gz files (default 6, as gzip's). */
  level?: number;
  /** Called with every denial written (tests compute its expected finding from the record's text). */
  onDenial?: (record: Rec, kind: string) => void;
}

export interface Tree {
  files: number;
  events: number;
  /** Denials per kind. */
  expected: Map<string, number>;
  /** One record per kind, to compute its finding and fingerprint. */
  samples: Map<string, Rec>;
  /** Uncompressed bytes written. */
  bytes: number;
}

/**
 * Writes the trail as CloudTrail does (AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/<name>.json.gz holding
 * {"Records":[…]}), the last `lookupEvents` events as a lookup-events answer in `lookup-events.json`.
 */
export function writeTree(dir: string, options: TreeOptions): Tree {
  const perFile = options.perFile ?? 1000;
  const lookup = Math.min(options.lookupEvents ?? 0, options.events);
  const expected = new Map<string, number>();
  const samples = new Map<string, Rec>();
  let files = 0;
  let bytes = 0;
  let batch: string[] = [];
  let batchRegion = '';
  let batchTime = '';
  const lookupEntries: string[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    const [date, hhmm] = [batchTime.slice(0, 10), batchTime.slice(11, 16).replace(':', '')];
    const folder = join(dir, 'AWSLogs', ACCOUNT, 'CloudTrail', batchRegion, ...date.split('-'));
    mkdirSync(folder, { recursive: true });
    const text = `{"Records":[${batch.join(',')}]}`;
    bytes += text.length;
    writeFileSync(join(folder, `${ACCOUNT}_CloudTrail_${batchRegion}_${date.replace(/-/g, '')}T${hhmm}Z_${String(files).padStart(6, '0')}.json.gz`), gzipSync(text, { level: options.level ?? 6 }));
    files++;
    batch = [];
  };
  let i = 0;
  for (const { record, denial } of trailEvents(options)) {
    if (denial) {
      options.onDenial?.(record, denial);
      expected.set(denial, (expected.get(denial) ?? 0) + 1);
      if (!samples.has(denial)) samples.set(denial, record);
    }
    const json = JSON.stringify(record);
    if (i >= options.events - lookup) {
      lookupEntries.push(
        JSON.stringify({
          EventId: record.eventID,
          EventName: record.eventName,
          ReadOnly: 'true',
          AccessKeyId: 'ASIAEXAMPLEKEY00001',
          EventTime: String(record.eventTime).replace('Z', '+00:00'),
          EventSource: record.eventSource,
          Username: 'ana',
          Resources: [],
          CloudTrailEvent: json,
        }),
      );
    } else {
      if (batch.length >= perFile) flush();
      if (batch.length === 0) {
        batchRegion = String(record.awsRegion);
        batchTime = String(record.eventTime);
      }
      batch.push(json);
    }
    i++;
  }
  flush();
  if (lookupEntries.length > 0) {
    // As the AWS CLI prints it: indented JSON.
    const text = `{\n    "Events": [\n        ${lookupEntries.join(',\n        ')}\n    ]\n}\n`;
    bytes += text.length;
    writeFileSync(join(dir, 'lookup-events.json'), text);
    files++;
  }
  return { files, events: options.events, expected, samples, bytes };
}
