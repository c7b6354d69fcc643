// The queries of `scan --athena-sql` / `--lake-sql`, against the documented schemas (tests/data/scan: the Athena User
// Guide's CloudTrail table, the CloudTrail Lake event schema, each with its source), and the result files they
// produce — Athena CSV, Lake get-query-results JSON, built here in the documented formats by evaluating the query's
// grouping over a synthetic trail — read back into the same groups as the trail itself.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScanArgs, runScan } from '../../../lib/cli/scan';
import { categoryOfCode } from '../../../lib/parse/codes';
import { DenialGroups } from '../../../lib/scan/group';
import type { ScanJson } from '../../../lib/scan/report';
import { lakeRow, rowToRecord } from '../../../lib/scan/rows';
import { buildSql, columnsUsed, filterCodes, FILTER_PATTERNS, RESULT_COLUMNS, type Dialect } from '../../../lib/scan/sql';
import { trailEvents } from '../../../scripts/support/synthetic-trail';

const DATA = join(__dirname, '../../data/scan');

/** Column paths (lower case, `column.field`) of a Hive DDL: top-level columns, struct fields at any depth. */
function ddlColumns(ddl: string): Map<string, string> {
  const body = ddl.replace(/--[^\n]*/g, '');
  const open = body.indexOf('(');
  let depth = 0;
  let end = open;
  for (let i = open; i < body.length; i++) {
    if (body[i] === '(') depth++;
    if (body[i] === ')' && --depth === 0) {
      end = i;
      break;
    }
  }
  const columns = new Map<string, string>();
  const add = (prefix: string, list: string) => {
    for (const [name, type] of splitFields(list, ' ')) {
      const path = prefix + name.toLowerCase();
      columns.set(path, type.toLowerCase());
      addType(path, type);
    }
  };
  const addType = (path: string, type: string) => {
    const t = type.trim();
    const inner = t.slice(t.indexOf('<') + 1, t.lastIndexOf('>'));
    if (/^struct</i.test(t)) {
      for (const [name, ft] of splitFields(inner, ':')) {
        columns.set(`${path}.${name.toLowerCase()}`, ft.toLowerCase());
        addType(`${path}.${name.toLowerCase()}`, ft);
      }
    } else if (/^array</i.test(t)) addType(path, inner);
  };
  add('', body.slice(open + 1, end));
  const partitions = /PARTITIONED BY \(([^)]*)\)/i.exec(body);
  if (partitions) add('', partitions[1]!);
  return columns;
}

/** `name<sep>type` pairs separated by top-level commas. */
function splitFields(list: string, sep: ' ' | ':'): Array<[string, string]> {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '<') depth++;
    if (list[i] === '>') depth--;
    if (list[i] === ',' && depth === 0) {
      parts.push(list.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(list.slice(from));
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const at = sep === ':' ? p.indexOf(':') : p.search(/\s/);
      return [p.slice(0, at).trim(), p.slice(at + 1).trim()];
    });
}

/** The Lake schema: its Name/Type pairs, struct types expanded like the DDL's. */
function lakeColumns(text: string): Map<string, string> {
  const pairs = [...text.matchAll(/"Name":\s*"([^"]+)",\s*"Type":\s*"([^"]+)"/g)];
  const ddl = `CREATE TABLE t (\n${pairs.map(([, n, t]) => `${n} ${t!.replace(/\s+/g, '')}`).join(',\n')}\n)`;
  return ddlColumns(ddl);
}

const SQL_WORDS = new Set(
  'select as from where and or in like is not null group by order desc count min max coalesce element_at filter lower json_extract_scalar r'.split(' '),
);

/** Every column (or column.field) the query's text names, lambda fields mapped to their array column. */
function namedColumns(sql: string, table: string): string[] {
  let text = sql
    .replace(/--[^\n]*/g, ' ')
    .replace(/'(?:[^']|'')*'/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .split(table)
    .join(' ');
  const aliases = new Set<string>(RESULT_COLUMNS);
  const names = new Set<string>();
  // element_at(filter(resources, …), 1).arn: a field of the array's struct.
  const dereferenced = [...text.matchAll(/\)\.([A-Za-z_]+)/g)].map((m) => `resources.${m[1]!.toLowerCase()}`);
  for (const name of dereferenced) names.add(name);
  text = text.replace(/\)\.[A-Za-z_]+/g, ') ');
  for (const m of text.matchAll(/\b([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\b/g)) {
    let name = m[1]!.toLowerCase();
    if (/^\d/.test(name)) continue;
    if (name.startsWith('r.')) name = `resources.${name.slice(2)}`; // filter(resources, r -> r.type …)
    if (SQL_WORDS.has(name) || aliases.has(name as (typeof RESULT_COLUMNS)[number])) continue;
    names.add(name);
  }
  return [...names].sort();
}

const ATHENA = ddlColumns(readFileSync(join(DATA, 'athena-cloudtrail-table.sql'), 'utf8'));
const LAKE = lakeColumns(readFileSync(join(DATA, 'lake-cloudtrail-schema.txt'), 'utf8'));
const WINDOW = { since: Date.UTC(2026, 2, 2), until: Date.UTC(2026, 2, 3) };

describe('the documented schemas, as the tests read them', () => {
  it('has the columns and struct fields the documentation shows', () => {
    expect(ATHENA.get('useridentity.arn')).toBe('string');
    expect(ATHENA.get('eventtime')).toBe('string');
    expect(ATHENA.get('requestparameters')).toBe('string');
    expect(ATHENA.get('resources.arn')).toBe('string');
    expect(ATHENA.get('useridentity.sessioncontext.sessionissuer.arn')).toBe('string');
    expect(ATHENA.has('day')).toBe(true);
    expect(LAKE.get('eventtime')).toBe('timestamp');
    expect(LAKE.get('requestparameters')).toBe('map<string,string>');
    expect(LAKE.get('useridentity.identityprovider')).toBe('string');
    expect(LAKE.get('resources.arn')).toBe('string');
  });
});

describe.each([
  ['athena', ATHENA, 'cloudtrail_logs'],
  ['lake', LAKE, 'EXAMPLE-ee54-4813-92d5-999aeEXAMPLE'],
] as Array<[Dialect, Map<string, string>, string]>)('the %s query', (dialect, schema, table) => {
  const sql = buildSql({ dialect, table, window: WINDOW });

  it('names only columns the documented schema declares', () => {
    for (const column of columnsUsed(dialect)) expect(schema.has(column), column).toBe(true);
    const named = namedColumns(sql, table);
    expect(named.length).toBeGreaterThan(10);
    for (const column of named) expect(schema.has(column), `${column} in ${dialect}`).toBe(true);
  });

  it('reads each column as its documented type', () => {
    if (schema.get('requestparameters') === 'string') expect(sql).toContain("json_extract_scalar(requestparameters, '$.bucketName')");
    else expect(sql).toContain("element_at(requestparameters, 'bucketName')");
    // eventtime: the ISO string CloudTrail wrote (compared as text) vs a timestamp (compared with its literal form).
    if (schema.get('eventtime') === 'string') expect(sql).toContain("eventtime >= '2026-03-02T00:00:00Z'");
    else expect(sql).toContain("eventtime >= '2026-03-02 00:00:00'");
    expect(sql).toContain(dialect === 'athena' ? 'FROM "cloudtrail_logs"' : `FROM ${table}`);
    expect(sql).toMatch(/GROUP BY 1, 2, 3/);
    // Every result column once, in the order rows.ts reads them.
    const aliases = [...sql.matchAll(/ AS ([a-z_]+)/g)].map((m) => m[1]);
    expect(aliases).toEqual(RESULT_COLUMNS.filter((c) => dialect === 'lake' || c !== 'identity_provider'));
  });

  it('leaves out no error code the parser counts as a denial', () => {
    const list = new Set(filterCodes());
    const like = (code: string, pattern: string) => new RegExp(`^${pattern.replace(/%/g, '.*')}$`).test(code);
    const accepts = (code: string) => list.has(code) || FILTER_PATTERNS.some((p) => like(code, p));
    for (const code of [...list, 'KMS.AccessDeniedException', 'Client.UnauthorizedOperation', 'com.amazonaws#ExpiredTokenException', 'AccessDeniedFault', '403 Forbidden']) {
      if (categoryOfCode(code)) expect(accepts(code), code).toBe(true);
    }
    for (const code of list) expect(sql).toContain(`'${code}'`);
  });
});

describe('query results read back into the groups of the trail', () => {
  let dir: string;
  let local: Map<string, number>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'why-denied-sql-'));
    const groups = new DenialGroups();
    const events = [...trailEvents({ events: 6000, seed: 9 })].map((e) => e.record);
    for (const record of events) groups.addRecord(record);
    local = new Map(groups.result().map((g) => [g.fingerprint, g.count]));

    // The query's GROUP BY, evaluated over the same events.
    const rows = new Map<string, { cols: Record<string, string | null>; events: number; first: string; last: string }>();
    for (const rec of events) {
      const code = rec.errorCode as string | undefined;
      if (!code || !(filterCodes().includes(code) || code.includes('AccessDenied') || code.includes('#'))) continue;
      const id = (rec.userIdentity ?? {}) as Record<string, string | undefined>;
      const req = (rec.requestParameters ?? {}) as Record<string, unknown>;
      const resources = (rec.resources ?? []) as Array<Record<string, string>>;
      const arnOf = (pred: (r: Record<string, string>) => boolean) => resources.find((r) => r.ARN?.startsWith('arn:') && pred(r))?.ARN ?? null;
      const str = (v: unknown) => (typeof v === 'string' ? v : null);
      const cols: Record<string, string | null> = {
        identity_type: id.type ?? null,
        identity_arn: id.arn ?? null,
        identity_principal_id: id.principalId ?? null,
        identity_account_id: id.accountId ?? null,
        identity_invoked_by: id.invokedBy ?? null,
        identity_user_name: id.userName ?? null,
        identity_provider: id.identityProvider ?? null,
        event_source: str(rec.eventSource),
        event_name: str(rec.eventName),
        error_code: code,
        error_message: str(rec.errorMessage),
        aws_region: str(rec.awsRegion),
        source_ip_address: str(rec.sourceIPAddress),
        user_agent: str(rec.userAgent),
        request_bucket_name: str(req.bucketName),
        request_key: str(req.key),
        request_role_arn: str(req.roleArn),
        resource_arn: arnOf((r) => /object$/i.test(r.type ?? '')) ?? arnOf(() => true),
      };
      const key = JSON.stringify(cols);
      const time = rec.eventTime as string;
      const row = rows.get(key);
      if (row) {
        row.events++;
        if (time < row.first) row.first = time;
        if (time > row.last) row.last = time;
      } else rows.set(key, { cols, events: 1, first: time, last: time });
    }
    // Athena: CSV with a header, every value quoted, NULL as an empty field; eventtime as CloudTrail wrote it.
    const quote = (v: string | null) => (v === null ? '' : `"${v.replace(/"/g, '""')}"`);
    const athenaColumns = RESULT_COLUMNS.filter((c) => c !== 'identity_provider');
    const csv = [athenaColumns.map((c) => `"${c}"`).join(',')];
    for (const row of rows.values()) {
      const values: Record<string, string | null> = { ...row.cols, events: String(row.events), first_seen: row.first, last_seen: row.last };
      csv.push(athenaColumns.map((c) => quote(values[c] ?? null)).join(','));
    }
    writeFileSync(join(dir, 'athena-result.csv'), csv.join('\n') + '\n');
    // Lake: get-query-results pages; timestamps printed `2026-03-02 10:00:00.000`.
    const lakeTime = (t: string) => t.replace('T', ' ').replace('Z', '.000');
    const all = [...rows.values()].map((row) =>
      RESULT_COLUMNS.map((c) => ({
        [c]: c === 'events' ? String(row.events) : c === 'first_seen' ? lakeTime(row.first) : c === 'last_seen' ? lakeTime(row.last) : row.cols[c] ?? null,
      })),
    );
    const half = Math.ceil(all.length / 2);
    for (const [n, page] of [all.slice(0, half), all.slice(half)].entries()) {
      const answer = { QueryStatus: 'FINISHED', QueryStatistics: { ResultsCount: page.length, TotalResultsCount: all.length, BytesScanned: 27044 }, QueryResultRows: page, ...(n === 0 ? { NextToken: 'EXAMPLE' } : {}) };
      writeFileSync(join(dir, `lake-page-${n + 1}.json`), JSON.stringify(answer, null, 4));
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function scanJson(...paths: string[]): Promise<ScanJson> {
    const parsed = parseScanArgs(['--json', ...paths]);
    if (!parsed.ok) throw new Error(parsed.error);
    let out = '';
    await runScan(parsed.options, { out: (t) => void (out += t), err: () => undefined, progress: false });
    return JSON.parse(out) as ScanJson;
  }

  it('Athena CSV: the same groups with the same counts', async () => {
    const result = await scanJson(join(dir, 'athena-result.csv'));
    expect(result.errors).toEqual([]);
    expect(new Map(result.groups.map((g) => [g.fingerprint, g.count]))).toEqual(local);
    expect(result.denials).toBe([...local.values()].reduce((a, b) => a + b, 0));
    const s3 = result.groups.find((g) => g.finding.action === 's3:GetObject')!;
    expect(s3.firstSeen < s3.lastSeen).toBe(true);
    expect(s3.sourceIps.distinct).toBeGreaterThan(1);
  });

  it('Lake JSON pages: the same groups with the same counts', async () => {
    const result = await scanJson(join(dir, 'lake-page-1.json'), join(dir, 'lake-page-2.json'));
    expect(result.errors).toEqual([]);
    expect(new Map(result.groups.map((g) => [g.fingerprint, g.count]))).toEqual(local);
    expect(result.groups[0]!.firstSeen).toMatch(/^2026-03-0\dT\d\d:\d\d:\d\d\.000Z$/);
  });

  it('rows of a query of the raw columns (Athena prints structs as {k=v, …}) give the same finding', () => {
    const [event] = [...trailEvents({ events: 400, seed: 9 })].map((e) => e.record).filter((r) => r.errorCode === 'AccessDenied' && r.eventSource === 's3.amazonaws.com');
    const id = event!.userIdentity as Record<string, unknown>;
    const row = new Map<string, string | null>([
      ['eventtime', event!.eventTime as string],
      ['useridentity', `{type=${id.type}, principalid=${id.principalId}, arn=${id.arn}, accountid=${id.accountId}, invokedby=null, accesskeyid=${id.accessKeyId}, username=null, sessioncontext={attributes={mfaauthenticated=false, creationdate=2026-03-02T08:00:00Z}, sessionissuer={type=Role}}}`],
      ['eventsource', event!.eventSource as string],
      ['eventname', event!.eventName as string],
      ['errorcode', 'AccessDenied'],
      ['errormessage', event!.errorMessage as string],
      ['requestparameters', JSON.stringify(event!.requestParameters)],
      ['resources', '[{arn=arn:aws:s3:::release-artifacts/builds/latest/app.zip, accountid=null, type=AWS::S3::Object}, {arn=arn:aws:s3:::release-artifacts, accountid=444455556666, type=AWS::S3::Bucket}]'],
      ['eventid', 'e-1'],
    ]);
    const fromRow = new DenialGroups();
    fromRow.addRecord(rowToRecord(row).record);
    const fromEvent = new DenialGroups();
    fromEvent.addRecord(event!);
    expect(fromRow.result()[0]!.fingerprint).toBe(fromEvent.result()[0]!.fingerprint);
    expect(fromRow.result()[0]!.finding.principal).toBe(id.arn);
    // A Lake cell with an unaliased column and a null.
    expect(lakeRow([{ arn: 'arn:aws:iam::1:user/a' }, { errorCode: null }])).toEqual(new Map([['arn', 'arn:aws:iam::1:user/a'], ['errorcode', null]]));
  });
});
