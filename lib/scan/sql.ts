// The query that finds, in AWS's engine, the denials `scan` finds on one machine — for trails too large to download:
//   Athena over the CloudTrail table the Athena User Guide defines ("Create a table for CloudTrail logs in Athena
//   using manual partitioning" / "…using partition projection": useridentity struct, eventtime/errorcode/
//   requestparameters strings, resources array<struct<arn,accountid,type>>);
//   CloudTrail Lake over an event data store (its ID as the table; eventtime a timestamp, requestparameters a
//   map<string,string>, Trino functions).
// The query reads exactly the fields a record's finding is made of (cloudtrail-event.ts recordPiece: identity,
// event source and name, error code and message, the request's bucket/key/roleArn, the resources' ARN) and groups
// by them plus source IP and user agent, so the result is small and `scan` rebuilds each row as a record and
// groups it like an event read from a file (rows.ts). The error-code filter is a superset of what the parser
// counts as a denial (codes.ts); `scan` applies the exact test when it reads the result.
import { AUTH_EXACT, CRED_EXACT } from '../parse/codes';
import type { Window } from './group';

export type Dialect = 'athena' | 'lake';

/** Result columns (aliases), in order; rows.ts reads them back. */
export const RESULT_COLUMNS = [
  'identity_type',
  'identity_arn',
  'identity_principal_id',
  'identity_account_id',
  'identity_invoked_by',
  'identity_user_name',
  'identity_provider',
  'event_source',
  'event_name',
  'error_code',
  'error_message',
  'aws_region',
  'source_ip_address',
  'user_agent',
  'request_bucket_name',
  'request_key',
  'request_role_arn',
  'resource_arn',
  'events',
  'first_seen',
  'last_seen',
] as const;

export type ResultColumn = (typeof RESULT_COLUMNS)[number];

/** The table's columns (and struct fields) each dialect's query names: tests check them against the schemas. */
export interface ColumnUse {
  /** `column` or `column.field` as the documented schema names them (lower case). */
  path: string;
  alias: ResultColumn | null;
}

/** The error codes the filter lists; anything containing AccessDenied or a namespace `#` is taken as well. */
export function filterCodes(): string[] {
  return [...new Set([...AUTH_EXACT, ...CRED_EXACT, '403 Forbidden'])].sort();
}

/** LIKE patterns that complete the list (codes.ts: `KMS.AccessDeniedException`, `…#ExpiredToken`). */
export const FILTER_PATTERNS = ['%AccessDenied%', '%#%'] as const;

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function iso(ms: number, dialect: Dialect): string {
  const text = new Date(ms).toISOString();
  // Athena: eventtime is the string CloudTrail wrote (`2026-03-02T10:00:00Z`), compared as text; Lake: a timestamp,
  // compared with `2026-03-02 10:00:00` as its documentation's examples do.
  return dialect === 'athena' ? text.replace(/\.\d{3}Z$/, 'Z') : text.replace('T', ' ').replace(/\.\d{3}Z$/, '');
}

/** Table names: letters, digits, `_`, `-` and dots between a catalog, database and table. */
export function validTableName(name: string): boolean {
  return /^[A-Za-z0-9_][A-Za-z0-9_-]{0,127}(?:\.[A-Za-z0-9_][A-Za-z0-9_-]{0,127}){0,2}$/.test(name);
}

/** An event data store's ID, from the ID or the ARN (`arn:aws:cloudtrail:…:eventdatastore/<ID>`). */
export function eventDataStoreId(value: string): string | null {
  const id = /^arn:aws[a-z-]*:cloudtrail:[a-z0-9-]*:\d{12}:eventdatastore\/([A-Za-z0-9-]{1,128})$/.exec(value)?.[1] ?? value;
  return /^[A-Za-z0-9][A-Za-z0-9-]{0,127}$/.test(id) ? id : null;
}

interface Select {
  expr: string;
  alias: ResultColumn;
  uses: string[];
}

function selects(dialect: Dialect): Select[] {
  const athena = dialect === 'athena';
  const request = (key: string): { expr: string; uses: string[] } =>
    athena
      ? { expr: `json_extract_scalar(requestparameters, '$.${key}')`, uses: ['requestparameters'] }
      : { expr: `element_at(requestparameters, '${key}')`, uses: ['requestparameters'] };
  const identity = (field: string, alias: ResultColumn): Select => ({ expr: `useridentity.${field}`, alias, uses: [`useridentity.${field}`] });
  const list: Select[] = [
    identity('type', 'identity_type'),
    identity('arn', 'identity_arn'),
    identity('principalid', 'identity_principal_id'),
    identity('accountid', 'identity_account_id'),
    identity('invokedby', 'identity_invoked_by'),
    // An IAM user's record may carry no ARN: the parser then names the caller by userName (cloudtrail-event.ts).
    identity('username', 'identity_user_name'),
  ];
  // The Athena table of the documentation has no identityprovider field (web-identity and SAML callers are then
  // named by their principalid); Lake's schema has it.
  if (!athena) list.push(identity('identityprovider', 'identity_provider'));
  list.push(
    { expr: 'eventsource', alias: 'event_source', uses: ['eventsource'] },
    { expr: 'eventname', alias: 'event_name', uses: ['eventname'] },
    { expr: 'errorcode', alias: 'error_code', uses: ['errorcode'] },
    { expr: 'errormessage', alias: 'error_message', uses: ['errormessage'] },
    { expr: 'awsregion', alias: 'aws_region', uses: ['awsregion'] },
    { expr: 'sourceipaddress', alias: 'source_ip_address', uses: ['sourceipaddress'] },
    { expr: 'useragent', alias: 'user_agent', uses: ['useragent'] },
    { ...request('bucketName'), alias: 'request_bucket_name' },
    { ...request('key'), alias: 'request_key' },
    { ...request('roleArn'), alias: 'request_role_arn' },
    {
      // The resource a record names: its first object (S3 lists the object before its bucket), else its first ARN.
      expr:
        "coalesce(element_at(filter(resources, r -> lower(r.type) LIKE '%object' AND r.arn LIKE 'arn:%'), 1).arn,\n" +
        "           element_at(filter(resources, r -> r.arn LIKE 'arn:%'), 1).arn)",
      alias: 'resource_arn',
      uses: ['resources', 'resources.type', 'resources.arn'],
    },
  );
  return list;
}

/** The columns the query names, for the schema tests. */
export function columnsUsed(dialect: Dialect): string[] {
  return [...new Set([...selects(dialect).flatMap((s) => s.uses), 'eventtime', 'errorcode'])].sort();
}

export interface SqlOptions {
  dialect: Dialect;
  /** Athena: the table (`cloudtrail_logs`, `db.cloudtrail_logs`); Lake: the event data store ID. */
  table: string;
  window: Window;
  /** For the partition example when the window is open (default: now). */
  now?: number;
}

/** The query (for stdout: nothing but SQL, so it can go to a file or straight to the CLI) and how to use it. */
export interface Query {
  sql: string;
  notes: string[];
}

export function buildQuery(options: SqlOptions): Query {
  const { dialect, window } = options;
  const athena = dialect === 'athena';
  const table = athena ? options.table.split('.').map((part) => `"${part}"`).join('.') : options.table;
  const list = selects(dialect);
  const codes = filterCodes().map(literal);
  const codeLines: string[] = [];
  for (let i = 0; i < codes.length; i += 6) codeLines.push('      ' + codes.slice(i, i + 6).join(', '));
  const where = [
    `(errorcode IN (\n${codeLines.join(',\n')})\n    OR ${FILTER_PATTERNS.map((p) => `errorcode LIKE ${literal(p)}`).join(' OR ')})`,
  ];
  if (window.since !== null) where.push(`eventtime >= ${literal(iso(window.since, dialect))}`);
  if (window.until !== null) where.push(`eventtime < ${literal(iso(window.until, dialect))}`);
  const lines = [
    'SELECT',
    ...list.map((s) => `  ${s.expr} AS ${s.alias},`),
    '  count(*) AS events,',
    '  min(eventtime) AS first_seen,',
    '  max(eventtime) AS last_seen',
    `FROM ${table}`,
    `WHERE ${where.join('\n  AND ')}`,
    `GROUP BY ${list.map((_, i) => i + 1).join(', ')}`,
    'ORDER BY events DESC',
  ];
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const first = window.since ?? window.until ?? options.now ?? Date.now();
  const last = window.until !== null ? window.until - 1 : (options.now ?? Date.now());
  const notes = athena
    ? [
        `The query is for the CloudTrail table of the Athena User Guide (${options.table}). Run it in Athena, download the`,
        'result as CSV ("Download results", or the QueryID.csv in the query result location) and read it with:',
        '  why-denied scan <result>.csv',
        'On a partitioned table, add the partition filter for the same days so Athena reads less, e.g.',
        `  partition projection:  AND "timestamp" BETWEEN '${day(first).replace(/-/g, '/')}' AND '${day(last).replace(/-/g, '/')}'`,
        `  manual partitions:     AND year = '${day(first).slice(0, 4)}' AND month = '${day(first).slice(5, 7)}'  (one month)`,
      ]
    : [
        `Run it on event data store ${options.table}:`,
        '  aws cloudtrail start-query --query-statement file://denials.sql',
        'then save every page of the result and read them all:',
        '  aws cloudtrail get-query-results --query-id <QueryId> [--next-token <NextToken>] > page-1.json',
        '  why-denied scan page-*.json',
      ];
  notes.push('Fewer rows: drop source_ip_address and user_agent from SELECT and GROUP BY (the summary then lacks them).');
  return { sql: lines.join('\n') + '\n', notes };
}

/** The query alone. */
export function buildSql(options: SqlOptions): string {
  return buildQuery(options).sql;
}
