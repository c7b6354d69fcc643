// Export and import of the history. Exports are for people (CSV for spreadsheets) and for moving history between
// browsers (JSON, which imports back). An import file is untrusted: it is read whole, checked whole and only then
// written in one transaction, so a bad file changes nothing.
import type { HistoryRecord } from '../model';
import { maskRecord } from '../privacy';
import { MAX_CAP } from './cap';
import { InvalidRecord, toRecord } from './validate';
import { isScanJson, scanRecords } from './scan-import';

export const EXPORT_FORMAT = 'why-denied-history';
export const EXPORT_VERSION = 1;
/** An export of MAX_CAP records with long messages stays well under this. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export interface ExportOptions {
  /** The privacy option: account ids and session names replaced (lib/privacy.ts). */
  mask: boolean;
  now?: number;
}

function prepare(records: readonly HistoryRecord[], mask: boolean): HistoryRecord[] {
  return mask ? records.map(maskRecord) : [...records];
}

export function exportJson(records: readonly HistoryRecord[], options: ExportOptions): string {
  return JSON.stringify(
    {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date(options.now ?? Date.now()).toISOString(),
      masked: options.mask,
      records: prepare(records, options.mask),
    },
    null,
    2,
  );
}

export const CSV_COLUMNS = [
  'lastSeenAt',
  'firstSeenAt',
  'count',
  'source',
  'category',
  'action',
  'principal',
  'principalType',
  'accountId',
  'resource',
  'policyType',
  'denyKind',
  'policyArn',
  'errorCode',
  'operation',
  'encoded',
  'pageUrl',
  'message',
  'id',
  'fingerprint',
  // Issue 12, after the older columns so spreadsheets built on them keep working.
  'authorizationId',
  'authorizationUrl',
] as const;

// Spreadsheets run a cell that starts with these as a formula (OWASP "CSV injection"); Japanese Excel also treats
// the full-width forms so. A leading apostrophe makes the cell text.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function exportCsv(records: readonly HistoryRecord[], options: ExportOptions): string {
  const lines = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const r of prepare(records, options.mask)) {
    const f = r.finding;
    const row: Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null> = {
      lastSeenAt: iso(r.lastSeenAt),
      firstSeenAt: iso(r.firstSeenAt),
      count: r.count,
      source: r.source,
      category: f.category,
      action: f.action,
      principal: f.principal,
      principalType: f.principalType,
      accountId: f.accountId,
      resource: f.resource,
      policyType: f.policyType,
      denyKind: f.denyKind,
      policyArn: f.policyArn,
      errorCode: f.errorCode,
      operation: f.operation,
      encoded: f.encoded,
      pageUrl: r.pageUrl,
      message: f.message,
      id: r.id,
      fingerprint: r.fingerprint,
      authorizationId: f.authorizationId ?? null,
      authorizationUrl: f.authorizationUrl ?? null,
    };
    lines.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
  }
  // BOM: Excel opens UTF-8 (Japanese text, "…") correctly only with it. CRLF per RFC 4180.
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export type ImportError =
  | { code: 'too-large'; limit: number }
  | { code: 'not-json' }
  | { code: 'wrong-format' }
  | { code: 'newer-format'; version: number }
  | { code: 'too-many'; count: number; limit: number }
  | { code: 'bad-record'; index: number; field: string };

/** `kind` says what the file was: a history export, or a CloudTrail scan (`cli scan --json`). */
export type ParsedImport = { ok: true; records: HistoryRecord[]; kind: 'history' | 'scan' } | { ok: false; error: ImportError };

/**
 * Reads an export file — or the output of `cli scan --json`, whose groups become records of source "scan".
 * `size` is the file's byte size, checked before its text is read.
 */
export function parseImport(text: string, size = text.length, now = Date.now()): ParsedImport {
  if (size > MAX_IMPORT_BYTES || text.length > MAX_IMPORT_BYTES) {
    return { ok: false, error: { code: 'too-large', limit: MAX_IMPORT_BYTES } };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, error: { code: 'wrong-format' } };
  const file = data as Record<string, unknown>;
  if (isScanJson(file)) {
    if (!Array.isArray(file.groups)) return { ok: false, error: { code: 'wrong-format' } };
    const scan = scanRecords(file, now);
    if (scan.ok) return { ok: true, records: scan.records, kind: 'scan' };
    if ('tooMany' in scan) return { ok: false, error: { code: 'too-many', count: scan.tooMany, limit: MAX_CAP } };
    return { ok: false, error: { code: 'bad-record', index: scan.index, field: scan.field } };
  }
  if (file.format !== EXPORT_FORMAT || !Array.isArray(file.records)) return { ok: false, error: { code: 'wrong-format' } };
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    return { ok: false, error: { code: 'wrong-format' } };
  }
  if (file.version > EXPORT_VERSION) return { ok: false, error: { code: 'newer-format', version: file.version } };
  if (file.records.length > MAX_CAP) {
    return { ok: false, error: { code: 'too-many', count: file.records.length, limit: MAX_CAP } };
  }
  const records: HistoryRecord[] = [];
  for (let i = 0; i < file.records.length; i++) {
    try {
      records.push(toRecord(file.records[i]));
    } catch (error) {
      const field = error instanceof InvalidRecord ? error.field : 'record';
      return { ok: false, error: { code: 'bad-record', index: i, field } };
    }
  }
  return { ok: true, records, kind: 'history' };
}
