// Shapes read back from outside the code's control — an imported file, or a database written by a newer version —
// are checked field by field and rebuilt from known fields only, so nothing unexpected (extra keys, __proto__,
// wrong types, script URLs) reaches the store or the UI.
import type { AccountSetting, Finding, HistoryRecord, MatchedStatement, TrailSpan, TrailSummary, TrailValue } from '../model';

/** Longest value kept for one finding field; the message gets more room. Stored findings are clamped to these. */
export const MAX_FIELD = 4096;
export const MAX_MESSAGE = 16384;
export const MAX_ID = 200;

const CATEGORIES = ['access-denied', 'credentials'] as const;
const PRINCIPAL_TYPES = ['user', 'assumed-role', 'role', 'root', 'federated-user', 'service', 'web-identity', 'unknown'] as const;
const POLICY_TYPES = ['identity', 'scp', 'rcp', 'boundary', 'session', 'resource', 'vpce', 'trust', 'unknown'] as const;
const DENY_KINDS = ['explicit', 'implicit', 'unknown'] as const;
const SOURCES = ['console', 'paste', 'scan'] as const;
const EFFECTS = ['Allow', 'Deny'] as const;
const ACCOUNT_SETTINGS = ['billing-iam-access', 'sts-region', 'cluster-rbac'] as const;
/** Matched statements kept per finding (an authorization-details answer lists a handful). */
export const MAX_MATCHED = 50;
/** Values kept per summary of a CloudTrail scan (principals, source IPs, user agents). */
export const MAX_TRAIL_VALUES = 10;
/** Time spans kept per record's scans (older neighbours are joined beyond this). */
export const MAX_TRAIL_SPANS = 50;

export class InvalidRecord extends Error {
  constructor(readonly field: string) {
    super(`invalid field: ${field}`);
    this.name = 'InvalidRecord';
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(obj: Record<string, unknown>, key: string, max: number, path: string): string {
  const value = obj[key];
  if (typeof value !== 'string' || value.length > max) throw new InvalidRecord(path + key);
  return value;
}

function strOrNull(obj: Record<string, unknown>, key: string, max: number, path: string): string | null {
  const value = obj[key];
  if (value === null || value === undefined) return null;
  return str(obj, key, max, path);
}

function oneOf<T extends string>(obj: Record<string, unknown>, key: string, values: readonly T[], path: string): T {
  const value = obj[key];
  if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) throw new InvalidRecord(path + key);
  return value as T;
}

function oneOfOrNull<T extends string>(obj: Record<string, unknown>, key: string, values: readonly T[], path: string): T | null {
  const value = obj[key];
  if (value === null || value === undefined) return null;
  return oneOf(obj, key, values, path);
}

function time(obj: Record<string, unknown>, key: string): number {
  const value = obj[key];
  // Epoch ms between 2000 and 2200: anything else is a corrupted or forged file.
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 946684800000 || value > 7258118400000) {
    throw new InvalidRecord(key);
  }
  return value;
}

export function toFinding(value: unknown, path = 'finding.'): Finding {
  if (!isObject(value)) throw new InvalidRecord(path.slice(0, -1));
  if (typeof value.encoded !== 'boolean') throw new InvalidRecord(path + 'encoded');
  return {
    category: oneOf(value, 'category', CATEGORIES, path),
    principal: strOrNull(value, 'principal', MAX_FIELD, path),
    principalType: oneOfOrNull(value, 'principalType', PRINCIPAL_TYPES, path),
    accountId: strOrNull(value, 'accountId', MAX_FIELD, path),
    action: strOrNull(value, 'action', MAX_FIELD, path),
    resource: strOrNull(value, 'resource', MAX_FIELD, path),
    policyType: oneOfOrNull(value, 'policyType', POLICY_TYPES, path),
    denyKind: oneOfOrNull(value, 'denyKind', DENY_KINDS, path),
    policyArn: strOrNull(value, 'policyArn', MAX_FIELD, path),
    errorCode: strOrNull(value, 'errorCode', MAX_FIELD, path),
    operation: strOrNull(value, 'operation', MAX_FIELD, path),
    encoded: value.encoded,
    ...laterFields(value, path),
    message: str(value, 'message', MAX_MESSAGE, path),
  };
}

/**
 * Fields added to Finding after the first schema (issues 12 and 13). Kept when present, null included, and left out
 * when absent, so a finding reads back exactly as it was written — a record from before them, or the parser's.
 */
function laterFields(value: Record<string, unknown>, path: string): Partial<Finding> {
  const out: Partial<Finding> = {};
  const has = (key: string) => Object.prototype.hasOwnProperty.call(value, key);
  if (has('authorizationId')) out.authorizationId = strOrNull(value, 'authorizationId', MAX_ID, path);
  if (has('authorizationUrl')) out.authorizationUrl = strOrNull(value, 'authorizationUrl', MAX_FIELD, path);
  if (has('matchedStatements')) out.matchedStatements = matchedStatements(value.matchedStatements, path + 'matchedStatements');
  if (has('accountSetting')) out.accountSetting = oneOfOrNull(value, 'accountSetting', ACCOUNT_SETTINGS, path) as AccountSetting | null;
  return out;
}

function matchedStatements(value: unknown, field: string): MatchedStatement[] | null {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value) || value.length > MAX_MATCHED) throw new InvalidRecord(field);
  return value.map((entry, i) => {
    const path = `${field}.${i}.`;
    if (!isObject(entry)) throw new InvalidRecord(path.slice(0, -1));
    const statement: MatchedStatement = {
      sid: strOrNull(entry, 'sid', MAX_FIELD, path),
      effect: oneOfOrNull(entry, 'effect', EFFECTS, path),
      policyUri: strOrNull(entry, 'policyUri', MAX_FIELD, path),
      policyType: oneOfOrNull(entry, 'policyType', POLICY_TYPES, path),
    };
    if (Object.prototype.hasOwnProperty.call(entry, 'statement')) statement.statement = plainJson(entry.statement, path + 'statement');
    return statement;
  });
}

/** A policy statement as plain JSON data (no prototypes, no functions), at most MAX_MESSAGE characters of it. */
function plainJson(value: unknown, field: string): Record<string, unknown> | null {
  if (value === null || value === undefined) return null;
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    throw new InvalidRecord(field);
  }
  if (text === undefined || text.length > MAX_MESSAGE) throw new InvalidRecord(field);
  const copy: unknown = JSON.parse(text);
  if (!isObject(copy)) throw new InvalidRecord(field);
  return copy;
}

/** The page a denial was seen on is shown and exported; only web pages are accepted (never javascript:, data: …). */
export function isPageUrl(value: string): boolean {
  if (value.length > MAX_FIELD) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function count(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) throw new InvalidRecord(field);
  return value;
}

function trailValues(value: unknown, field: string): TrailValue[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > MAX_TRAIL_VALUES) throw new InvalidRecord(field);
  return value.map((entry, i) => {
    if (!isObject(entry)) throw new InvalidRecord(`${field}.${i}`);
    return { value: str(entry, 'value', MAX_FIELD, `${field}.${i}.`), count: count(entry.count, `${field}.${i}.count`) };
  });
}

function trailSpans(value: unknown): TrailSpan[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_TRAIL_SPANS) throw new InvalidRecord('trail.spans');
  return value.map((span, i) => {
    if (!isObject(span)) throw new InvalidRecord(`trail.spans.${i}`);
    const firstSeenAt = time(span, 'firstSeenAt');
    const lastSeenAt = time(span, 'lastSeenAt');
    if (lastSeenAt < firstSeenAt) throw new InvalidRecord(`trail.spans.${i}.lastSeenAt`);
    return { firstSeenAt, lastSeenAt, count: count(span.count, `trail.spans.${i}.count`) };
  });
}

/** A CloudTrail scan's summary of a record (schema v3), rebuilt from known fields. */
export function toTrail(value: unknown): TrailSummary {
  if (!isObject(value)) throw new InvalidRecord('trail');
  const firstSeenAt = time(value, 'firstSeenAt');
  const lastSeenAt = time(value, 'lastSeenAt');
  if (lastSeenAt < firstSeenAt) throw new InvalidRecord('trail.lastSeenAt');
  const spans = trailSpans(value.spans);
  const total = count(value.count, 'trail.count');
  if (spans.reduce((n, s) => n + s.count, 0) !== total) throw new InvalidRecord('trail.count');
  return {
    count: total,
    firstSeenAt,
    lastSeenAt,
    spans,
    principals: trailValues(value.principals, 'trail.principals'),
    sourceIps: trailValues(value.sourceIps, 'trail.sourceIps'),
    userAgents: trailValues(value.userAgents, 'trail.userAgents'),
    importedAt: time(value, 'importedAt'),
  };
}

export function toRecord(value: unknown): HistoryRecord {
  if (!isObject(value)) throw new InvalidRecord('record');
  const pageUrl = strOrNull(value, 'pageUrl', MAX_FIELD, '');
  if (pageUrl !== null && !isPageUrl(pageUrl)) throw new InvalidRecord('pageUrl');
  const count = value.count;
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1) throw new InvalidRecord('count');
  const firstSeenAt = time(value, 'firstSeenAt');
  const lastSeenAt = time(value, 'lastSeenAt');
  if (lastSeenAt < firstSeenAt) throw new InvalidRecord('lastSeenAt');
  const id = str(value, 'id', MAX_ID, '');
  if (id.length === 0) throw new InvalidRecord('id');
  const record: HistoryRecord = {
    id,
    fingerprint: str(value, 'fingerprint', MAX_ID, ''),
    finding: toFinding(value.finding),
    firstSeenAt,
    lastSeenAt,
    count,
    pageUrl,
    source: oneOf(value, 'source', SOURCES, ''),
  };
  if (typeof value.authorizationSeenAt === 'number' && Number.isFinite(value.authorizationSeenAt) && value.authorizationSeenAt >= 0) {
    record.authorizationSeenAt = value.authorizationSeenAt;
  }
  if (value.trail !== undefined && value.trail !== null) {
    record.trail = toTrail(value.trail);
    // The scan's events are part of the count.
    if (record.trail.count > count) throw new InvalidRecord('trail.count');
  }
  return record;
}

function clamp(value: unknown, max: number): unknown {
  if (typeof value !== 'string' || value.length <= max) return value;
  return value.slice(0, max - 1) + '…';
}

/**
 * A finding as it is stored: over-long values cut (so one hostile page cannot fill the database with one record),
 * then checked and rebuilt from known fields. Null when the value is not a finding at all.
 */
export function sanitizeFinding(value: unknown): Finding | null {
  if (!isObject(value)) return null;
  const clamped: Record<string, unknown> = { ...value };
  for (const key of ['principal', 'accountId', 'action', 'resource', 'policyArn', 'errorCode', 'operation']) {
    clamped[key] = clamp(value[key], MAX_FIELD);
  }
  clamped.message = clamp(value.message, MAX_MESSAGE);
  try {
    return toFinding(clamped);
  } catch {
    return null;
  }
}
