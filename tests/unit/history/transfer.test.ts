import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openHistory } from '../../../lib/history/store';
import { CSV_COLUMNS, csvCell, exportCsv, exportJson, parseImport } from '../../../lib/history/transfer';
import { fingerprint } from '../../../lib/history/fingerprint';
import type { HistoryRecord } from '../../../lib/model';
import { distinctFindings, makeFinding, makeRecord } from './fixtures/findings';

const NOW = Date.UTC(2026, 6, 1);

async function seeded() {
  const history = await openHistory({ indexedDB: new IDBFactory() });
  const records = Array.from({ length: 25 }, (_, i) => makeRecord(i));
  const result = await history.importRecords(records);
  expect(result.ok).toBe(true);
  return { history, records };
}

/** Parses RFC 4180 CSV (quoted cells, doubled quotes, CRLF) to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('history export → clear → import', () => {
  it('restores exactly the same records', async () => {
    const { history } = await seeded();
    const before = await history.all();
    const file = exportJson(before, { mask: false, now: NOW });
    await history.clear();
    expect(await history.count()).toBe(0);
    const parsed = parseImport(file);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const result = await history.importRecords(parsed.records);
    expect(result).toMatchObject({ ok: true, added: 25, merged: 0, pruned: 0 });
    expect(await history.all()).toEqual(before);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const { history } = await seeded();
    const before = await history.all();
    const parsed = parseImport(exportJson(before, { mask: false }));
    if (!parsed.ok) throw new Error('unexpected');
    expect(await history.importRecords(parsed.records)).toMatchObject({ ok: true, added: 0, merged: 25 });
    expect(await history.all()).toEqual(before);
  });

  it('adds up counts of the same denial recorded in another browser', async () => {
    const { history, records } = await seeded();
    const other: HistoryRecord = { ...records[4]!, id: 'from-laptop', count: 10, lastSeenAt: NOW };
    const parsed = parseImport(exportJson([other], { mask: false }));
    if (!parsed.ok) throw new Error('unexpected');
    await history.importRecords(parsed.records);
    const merged = await history.get(records[4]!.id);
    expect(merged).toMatchObject({ count: records[4]!.count + 10, lastSeenAt: NOW, firstSeenAt: records[4]!.firstSeenAt });
    expect(await history.get('from-laptop')).toBeUndefined();
  });

  it('recomputes fingerprints instead of trusting the file', async () => {
    const history = await openHistory({ indexedDB: new IDBFactory() });
    const forged = { ...makeRecord(1), fingerprint: 'forged' };
    const parsed = parseImport(exportJson([forged], { mask: false }));
    if (!parsed.ok) throw new Error('unexpected');
    await history.importRecords(parsed.records);
    expect((await history.get(forged.id))!.fingerprint).toBe(fingerprint(forged.finding));
  });

  it('applies the cap to imports', async () => {
    const { history, records } = await seeded();
    const more = Array.from({ length: 100 }, (_, i) => makeRecord(1000 + i));
    const result = await history.importRecords(more, { cap: 100 });
    expect(result).toMatchObject({ ok: true, pruned: 25 });
    expect(await history.get(records[0]!.id)).toBeUndefined();
  });
});

describe('history import rejects bad files and changes nothing', () => {
  const good = JSON.parse(exportJson([makeRecord(1)], { mask: false })) as Record<string, unknown>;
  const withRecord = (patch: Record<string, unknown>) =>
    JSON.stringify({ ...good, records: [{ ...makeRecord(1), ...patch }] });
  const withFinding = (patch: Record<string, unknown>) =>
    JSON.stringify({ ...good, records: [{ ...makeRecord(1), finding: { ...makeFinding(), ...patch } }] });

  const cases: [string, string, string][] = [
    ['empty text', '', 'not-json'],
    ['binary', '\u0000\u0001\u00ff\ufffd PNG', 'not-json'],
    ['truncated JSON', exportJson([makeRecord(1)], { mask: false }).slice(0, 200), 'not-json'],
    ['HTML', '<html><script>alert(1)</script></html>', 'not-json'],
    ['a bare array', JSON.stringify([makeRecord(1)]), 'wrong-format'],
    ['another format', JSON.stringify({ format: 'other', version: 1, records: [] }), 'wrong-format'],
    ['records not an array', JSON.stringify({ ...good, records: { 0: makeRecord(1) } }), 'wrong-format'],
    ['a newer format', JSON.stringify({ ...good, version: 99 }), 'newer-format'],
    ['a javascript: page URL', withRecord({ pageUrl: 'javascript:alert(1)' }), 'bad-record'],
    ['a data: page URL', withRecord({ pageUrl: 'data:text/html,<script>alert(1)</script>' }), 'bad-record'],
    ['a negative count', withRecord({ count: -3 }), 'bad-record'],
    ['a fractional count', withRecord({ count: 1.5 }), 'bad-record'],
    ['a string time', withRecord({ lastSeenAt: '2026-01-01' }), 'bad-record'],
    ['time travel', withRecord({ firstSeenAt: NOW, lastSeenAt: NOW - 1 }), 'bad-record'],
    ['an unknown source', withRecord({ source: 'network' }), 'bad-record'],
    ['a missing id', withRecord({ id: '' }), 'bad-record'],
    ['an object id', withRecord({ id: { $gt: '' } }), 'bad-record'],
    ['an unknown category', withFinding({ category: 'other' }), 'bad-record'],
    ['a numeric action', withFinding({ action: 7 }), 'bad-record'],
    ['an over-long resource', withFinding({ resource: 'x'.repeat(5000) }), 'bad-record'],
    ['a finding that is a string', withRecord({ finding: '<img src=x onerror=alert(1)>' }), 'bad-record'],
  ];

  for (const [name, text, code] of cases) {
    it(`rejects ${name} (${code})`, async () => {
      const { history } = await seeded();
      const before = await history.all();
      const parsed = parseImport(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error.code).toBe(code);
      expect(await history.all()).toEqual(before);
    });
  }

  it('rejects the whole file when one record of many is bad, naming it', () => {
    const records = [makeRecord(1), makeRecord(2), { ...makeRecord(3), count: 'many' }];
    const parsed = parseImport(JSON.stringify({ ...good, records }));
    expect(parsed).toEqual({ ok: false, error: { code: 'bad-record', index: 2, field: 'count' } });
  });

  it('rejects files over the size limit before parsing them', () => {
    expect(parseImport('{}', 65 * 1024 * 1024)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('keeps only known fields: extra keys and __proto__ do not reach the store', () => {
    const text = `{"format":"why-denied-history","version":1,"records":[${JSON.stringify({ ...makeRecord(1), extra: 1 }).replace(/^\{/, '{"__proto__":{"polluted":true},')}]}`;
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(Object.keys(parsed.records[0]!).sort()).toEqual(Object.keys(makeRecord(1)).sort());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(parseImport('\uFEFF' + exportJson([makeRecord(1)], { mask: false })).ok).toBe(true);
  });
});

describe('history CSV export', () => {
  it('has a header and one row per record, values in the right columns', () => {
    const records = [makeRecord(1), makeRecord(2)];
    const rows = readCsv(exportCsv(records, { mask: false }).replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(row).toMatchObject({
      action: 's3:ListBucket',
      resource: 'arn:aws:s3:::bucket-1',
      count: String(records[0]!.count),
      lastSeenAt: new Date(records[0]!.lastSeenAt).toISOString(),
      id: records[0]!.id,
    });
  });

  it('neutralises formulas and keeps quotes, commas and newlines inside cells', () => {
    const finding = makeFinding({
      action: '=HYPERLINK("http://evil.example","click")',
      resource: '+cmd|" /C calc"!A0',
      principal: '@SUM(1+1)',
      message: 'line one,\r\nline "two"\n-2+3',
      operation: '\tTAB',
      errorCode: '\uFF1D1+1',
    });
    const rows = readCsv(exportCsv([{ ...makeRecord(1), finding }], { mask: false }).replace(/^\uFEFF/, ''));
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]!]));
    for (const col of ['action', 'resource', 'principal', 'operation', 'errorCode'] as const) {
      expect(row[col]!.startsWith("'")).toBe(true);
    }
    expect(row.action).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(row.message).toBe('line one,\r\nline "two"\n-2+3');
    expect(csvCell('-1')).toBe(`"'-1"`);
    expect(csvCell(null)).toBe('""');
  });

  it('starts with a BOM so spreadsheets read Japanese and other UTF-8 text', () => {
    expect(exportCsv([], { mask: false }).charCodeAt(0)).toBe(0xfeff);
  });
});

describe('history export with the privacy option', () => {
  it('masks account ids and session names in JSON and CSV', () => {
    const record = makeRecord(2, {
      pageUrl: 'https://123456789012-abcdefgh.us-east-1.console.aws.amazon.com/s3/home',
    });
    for (const text of [exportJson([record], { mask: true }), exportCsv([record], { mask: true })]) {
      expect(text).not.toContain('123456789012');
      expect(text).not.toMatch(/assumed-role\/Dev\/alice/);
      expect(text).toContain('ACCOUNT-ID');
      expect(text).toContain('assumed-role/Dev/SESSION-NAME');
    }
    expect(JSON.parse(exportJson([record], { mask: true })).masked).toBe(true);
  });

  it('a masked export still imports', () => {
    const parsed = parseImport(exportJson(distinctFindings(3).map((f, i) => ({ ...makeRecord(i), finding: f })), { mask: true }));
    expect(parsed.ok).toBe(true);
  });
});
