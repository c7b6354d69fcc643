// One file's content into the denial groups: JSON as JSON.parse gave it (a log file's Records, a lookup-events
// answer, a Lake/Athena JSON result, JSON lines), streamed candidates from JsonSplitter, and CSV rows of Athena
// results. Only records with an errorCode go further; what is not CloudTrail is counted so the caller can say so.
import { CsvReader } from './csv';
import type { DenialGroups } from './group';
import { KEY_DIGEST, KEY_ERROR_CODE, KEY_EVENT, KEY_LOOKUP, type Candidate } from './json-split';
import { lakeRow, resultHeader, rowToRecord, type Row } from './rows';

/** The file holds JSON or CSV, but no CloudTrail event. */
export class NotCloudTrail extends Error {}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasEventKeys(o: Record<string, unknown>): boolean {
  return 'eventVersion' in o || 'eventTime' in o || 'eventSource' in o || 'eventName' in o || 'errorCode' in o || 'eventtime' in o || 'errorcode' in o || 'eventname' in o;
}

const TIME_IN_LINE = /"(?:eventTime|eventtime|EventTime)"\s*:\s*"([^"]{1,40})"/;

/** What one file held; errors say why nothing of it could be used. */
export class FileReader {
  events = 0;
  unreadable = 0;
  other = 0;
  digest = false;
  private header: string[] | null = null;

  constructor(private readonly groups: DenialGroups) {}

  /** A record as JSON.parse gave it; non-denials take the fast path (no key search, no parse). */
  record(rec: Record<string, unknown>): void {
    this.events++;
    if (rec.errorCode === undefined && ('eventVersion' in rec || 'eventTime' in rec)) {
      this.groups.countEvent(rec.eventTime);
      return;
    }
    this.groups.addRecord(rec);
  }

  /** A lookup-events entry: the event is the JSON string in CloudTrailEvent; only denials are parsed. */
  lookupEntry(entry: Record<string, unknown>): void {
    const inner = entry.CloudTrailEvent ?? entry.cloudTrailEvent ?? entry.cloudtrailevent;
    if (typeof inner === 'string' && (inner.includes('"errorCode"') || inner.includes('"errorcode"'))) {
      try {
        const rec = JSON.parse(inner) as unknown;
        if (isObject(rec)) {
          this.record(rec);
          return;
        }
      } catch {
        this.unreadable++;
        return;
      }
    }
    this.events++;
    this.groups.countEvent(entry.EventTime ?? (typeof inner === 'string' ? TIME_IN_LINE.exec(inner)?.[1] : null));
  }

  row(row: Row): void {
    const { record, options } = rowToRecord(row);
    this.events += options.count ?? 1;
    this.groups.addRecord(record, options);
  }

  /** One element of a top-level array, or one JSON line. */
  element(value: unknown): void {
    if (Array.isArray(value)) {
      const row = lakeRow(value);
      if (row && resultHeader([...row.keys()])) this.row(row);
      else this.other++;
      return;
    }
    if (!isObject(value)) {
      this.other++;
      return;
    }
    if ('CloudTrailEvent' in value || 'cloudTrailEvent' in value || 'cloudtrailevent' in value) this.lookupEntry(value);
    else if (Array.isArray(value.Records) || Array.isArray(value.Events) || Array.isArray(value.QueryResultRows)) this.document(value);
    else if (hasEventKeys(value)) this.record(value);
    else this.other++;
  }

  document(doc: unknown): void {
    if (Array.isArray(doc)) {
      for (const item of doc) this.element(item);
      return;
    }
    if (!isObject(doc)) throw new NotCloudTrail('not a CloudTrail log: the file holds a JSON value, not events');
    if (Array.isArray(doc.Records)) {
      for (const rec of doc.Records) {
        if (isObject(rec)) this.record(rec);
        else this.other++;
      }
    } else if (Array.isArray(doc.Events)) {
      for (const entry of doc.Events) {
        if (isObject(entry)) this.lookupEntry(entry);
        else this.other++;
      }
    } else if (Array.isArray(doc.QueryResultRows)) {
      for (const cells of doc.QueryResultRows) {
        const row = lakeRow(cells);
        if (row) this.row(row);
        else this.other++;
      }
    } else if ('digestStartTime' in doc) {
      this.digest = true;
    } else if (hasEventKeys(doc)) {
      this.record(doc);
    } else {
      throw new NotCloudTrail('not a CloudTrail log: no Records, Events, QueryResultRows or event keys');
    }
  }

  /**
   * JSON lines: each line an event (or a log file, or a lookup-events entry); only lines with an errorCode are
   * parsed. False when the first line is not JSON (the text is no JSON lines at all).
   */
  lines(text: string): boolean {
    let first = true;
    let parseAll = false;
    let from = 0;
    while (from < text.length) {
      let nl = text.indexOf('\n', from);
      if (nl < 0) nl = text.length;
      const line = text.slice(from, nl);
      from = nl + 1;
      if (line.trim() === '') continue;
      if (first || parseAll || line.includes('rrorCode') || line.includes('rrorcode')) {
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          if (first) return false;
          this.unreadable++;
          continue;
        }
        if (first) {
          first = false;
          // Lines that are whole log files or answers hold many events each: read every line.
          parseAll = isObject(value) && (Array.isArray(value.Records) || Array.isArray(value.Events) || Array.isArray(value.QueryResultRows));
          if (!parseAll && !(isObject(value) && (hasEventKeys(value) || 'CloudTrailEvent' in value))) {
            throw new NotCloudTrail('not CloudTrail: the first line is not an event');
          }
        }
        this.element(value);
      } else {
        this.events++;
        this.groups.countEvent(this.groups.filtering ? TIME_IN_LINE.exec(line)?.[1] : null);
      }
    }
    return true;
  }

  /** A whole file's text. */
  text(raw: string): void {
    const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    const start = text.search(/\S/);
    if (start < 0) throw new NotCloudTrail('empty file');
    const c = text[start];
    if (c === '{' || c === '[') {
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch (error) {
        // Not one document: JSON lines, or a broken file (then the reason is JSON.parse's).
        if (text.indexOf('\n', start) < 0 || !this.lines(text)) throw new NotCloudTrail(`not valid JSON: ${(error as Error).message}`);
        return;
      }
      this.document(doc);
      return;
    }
    const csv = new CsvReader((row) => this.csvRow(row));
    csv.push(text);
    csv.end();
    if (!this.header) throw new NotCloudTrail('not CloudTrail: neither JSON nor a query result with error_code/errorcode columns');
  }

  csvRow(cells: string[]): void {
    if (!this.header) {
      this.header = resultHeader(cells);
      if (!this.header) throw new NotCloudTrail('not CloudTrail: a CSV without error_code/errorcode and event columns');
      return;
    }
    const row: Row = new Map();
    for (let i = 0; i < this.header.length; i++) row.set(this.header[i]!, cells[i] ?? null);
    this.row(row);
  }

  /** A candidate of the streaming splitter. */
  candidate(c: Candidate): void {
    if (c.array) {
      this.parsed(c.text, (v) => this.element(v));
      return;
    }
    if (c.keys & KEY_LOOKUP) {
      if (c.text.includes('rrorCode') || c.text.includes('rrorcode')) this.parsed(c.text, (v) => this.element(v));
      else {
        this.events++;
        this.groups.countEvent(c.time);
      }
    } else if (c.keys & KEY_ERROR_CODE) {
      this.parsed(c.text, (v) => this.element(v));
    } else if (c.keys & KEY_EVENT) {
      this.events++;
      this.groups.countEvent(c.time);
    } else if (c.keys & KEY_DIGEST) {
      this.digest = true;
    } else {
      this.other++;
    }
  }

  private parsed(text: string, use: (value: unknown) => void): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.unreadable++;
      return;
    }
    use(value);
  }
}
