// Rows of an Athena or CloudTrail Lake query result, back into CloudTrail records that DenialGroups reads like
// events from a file. Two kinds of rows:
//   - the query of sql.ts: one row per distinct denial (its aliases: identity_arn, error_code, …, events,
//     first_seen, last_seen) standing for `events` events;
//   - a query of one's own over the table's columns (eventtime, errorcode, useridentity…), one row per event.
// Athena prints a struct as `{type=AssumedRole, arn=arn:…}` in CSV; Lake names an unaliased `userIdentity.arn` as
// `arn`. Both are read. Values are strings; empty means null (Athena writes NULL as an empty field).
import { eventTimeMs, type AddOptions } from './group';

export type Row = Map<string, string | null>;

/** Lower-cased column names with their position; null when the header holds nothing a denial is made of. */
export function resultHeader(names: readonly string[]): string[] | null {
  const lower = names.map((n) => n.trim().toLowerCase().replace(/^"|"$/g, ''));
  const has = (n: string) => lower.includes(n);
  const code = has('error_code') || has('errorcode');
  const what = has('event_name') || has('eventname') || has('error_message') || has('errormessage');
  return code && what ? lower : null;
}

function value(row: Row, ...names: string[]): string | null {
  for (const name of names) {
    const v = row.get(name);
    if (v !== undefined && v !== null && v !== '' && v !== 'null' && v !== 'NULL') return v;
  }
  return null;
}

/** A field of Athena's struct rendering `{type=AssumedRole, principalid=AROA…:ana, arn=arn:aws:sts::…}`. */
function structField(text: string | null, field: string): string | null {
  if (!text) return null;
  const trimmed = text.trim();
  if (trimmed.startsWith('{"') || trimmed.startsWith('{ "')) {
    try {
      const obj = JSON.parse(trimmed) as Record<string, unknown>;
      for (const k of Object.keys(obj)) if (k.toLowerCase() === field) return typeof obj[k] === 'string' ? (obj[k] as string) : null;
    } catch {
      // not JSON after all: read it as Athena's rendering below
    }
  }
  // Fields are `name=value` separated by `, `; values are ARNs, IDs and names (no `, ` inside them).
  const m = new RegExp(`(?:^\\{|, )${field}=([^,{}]*?)(?=, [a-z][a-z0-9_]*=|\\}$|\\}, |$)`, 'i').exec(trimmed);
  const v = m?.[1]?.trim();
  return v && v !== 'null' ? v : null;
}

/** requestparameters: JSON text (Athena), `{bucketName=…, key=…}` (a Lake map printed), or absent. */
function requestField(text: string | null, key: string): string | null {
  if (!text) return null;
  const trimmed = text.trim();
  if (trimmed.startsWith('{"')) {
    try {
      const v = (JSON.parse(trimmed) as Record<string, unknown>)[key];
      return typeof v === 'string' ? v : null;
    } catch {
      return null;
    }
  }
  return structField(trimmed, key.toLowerCase());
}

/** The first object ARN, else the first ARN, of a printed resources array. */
function resourceFrom(text: string | null): string | null {
  if (!text) return null;
  const arns = [...text.matchAll(/(?:"?arn"?\s*[=:]\s*"?)(arn:[^",}\s]+)/gi)].map((m) => m[1]!);
  return arns[0] ?? null;
}

export interface RowRecord {
  record: Record<string, unknown>;
  options: AddOptions;
}

export function rowToRecord(row: Row): RowRecord {
  const identityText = value(row, 'useridentity');
  const identity: Record<string, string> = {};
  const put = (target: Record<string, unknown>, key: string, v: string | null) => {
    if (v !== null) target[key] = v;
  };
  put(identity, 'type', value(row, 'identity_type', 'type') ?? structField(identityText, 'type'));
  put(identity, 'arn', value(row, 'identity_arn', 'arn') ?? structField(identityText, 'arn'));
  put(identity, 'principalId', value(row, 'identity_principal_id', 'principalid') ?? structField(identityText, 'principalid'));
  put(identity, 'accountId', value(row, 'identity_account_id', 'accountid') ?? structField(identityText, 'accountid'));
  put(identity, 'invokedBy', value(row, 'identity_invoked_by', 'invokedby') ?? structField(identityText, 'invokedby'));
  put(identity, 'userName', value(row, 'identity_user_name', 'username') ?? structField(identityText, 'username'));
  put(identity, 'identityProvider', value(row, 'identity_provider', 'identityprovider') ?? structField(identityText, 'identityprovider'));

  const requestText = value(row, 'requestparameters');
  const request: Record<string, string> = {};
  put(request, 'bucketName', value(row, 'request_bucket_name') ?? requestField(requestText, 'bucketName'));
  put(request, 'key', value(row, 'request_key') ?? requestField(requestText, 'key'));
  put(request, 'roleArn', value(row, 'request_role_arn') ?? requestField(requestText, 'roleArn'));

  const record: Record<string, unknown> = {};
  if (Object.keys(identity).length > 0) record.userIdentity = identity;
  put(record, 'eventTime', value(row, 'eventtime'));
  put(record, 'eventSource', value(row, 'event_source', 'eventsource'));
  put(record, 'eventName', value(row, 'event_name', 'eventname'));
  put(record, 'awsRegion', value(row, 'aws_region', 'awsregion'));
  put(record, 'sourceIPAddress', value(row, 'source_ip_address', 'sourceipaddress'));
  put(record, 'userAgent', value(row, 'user_agent', 'useragent'));
  put(record, 'errorCode', value(row, 'error_code', 'errorcode'));
  put(record, 'errorMessage', value(row, 'error_message', 'errormessage'));
  put(record, 'eventID', value(row, 'eventid'));
  if (Object.keys(request).length > 0) record.requestParameters = request;
  const resource = value(row, 'resource_arn') ?? resourceFrom(value(row, 'resources'));
  if (resource) record.resources = [{ ARN: resource }];

  const options: AddOptions = {};
  const events = value(row, 'events');
  if (events !== null) {
    const n = Number(events);
    if (Number.isSafeInteger(n) && n > 0) options.count = n;
  }
  const first = eventTimeMs(value(row, 'first_seen'));
  const last = eventTimeMs(value(row, 'last_seen'));
  if (options.count !== undefined) {
    if (!Number.isNaN(first)) options.first = first;
    if (!Number.isNaN(last)) options.last = last;
  }
  return { record, options };
}

/** A Lake `get-query-results` row: `[{"col": "value"}, {"col2": "value"}…]`. */
export function lakeRow(cells: unknown): Row | null {
  if (!Array.isArray(cells)) return null;
  const row: Row = new Map();
  for (const cell of cells) {
    if (typeof cell !== 'object' || cell === null) continue;
    for (const [k, v] of Object.entries(cell as Record<string, unknown>)) {
      row.set(k.toLowerCase(), v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v));
    }
  }
  return row;
}
