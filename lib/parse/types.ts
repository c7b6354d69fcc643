// The pieces every message family emits and the index assembles into findings.
//
// A *core* is the statement of a denial (the API sentence, a console alert, "Access Denied", a credentials
// phrase…). A *wrapper* is what surrounds it (the CLI envelope, an SDK's error code, a stack event's handler
// code…): it adds fields to the core it wraps, and becomes a core itself only when it wraps nothing readable
// (`An error occurred (AccessDenied) when calling the PutRecords operation: User: ...`).
import type { Loose } from './loose-json';
import type { AccountSetting, Category, DenyKind, MatchedStatement, PolicyType, PrincipalType } from '../model';

export interface FieldValues {
  principal: string;
  action: string;
  resource: string;
  policyType: PolicyType;
  denyKind: DenyKind;
  policyArn: string;
  errorCode: string;
  operation: string;
  encoded: boolean;
  /** Structured sources (CloudTrail's userIdentity) say what the principal is; others leave it to the ARN. */
  principalType: PrincipalType;
  accountId: string;
  authorizationId: string;
  authorizationUrl: string;
  matchedStatements: MatchedStatement[];
  accountSetting: AccountSetting;
}

export type FieldName = keyof FieldValues;

/** A value with the confidence of the place it came from; the highest priority wins when pieces merge. */
export interface Prioritized<T> {
  v: T;
  p: number;
}

export type Fields = { [K in FieldName]?: Prioritized<FieldValues[K]> };

export interface Piece {
  kind: 'core' | 'wrapper';
  /** Span in the normalized text. */
  start: number;
  end: number;
  /** Cores: what the statement is. Wrappers: what they become when they wrap no core (null: nothing). */
  category: Category | null;
  /** Cores: false for generic phrases ("Access Denied") that a non-auth error code may veto. */
  strong: boolean;
  /** Wrappers: where the wrapped message lies relative to the wrapper. */
  dir: 'forward' | 'backward' | 'around';
  /** Wrappers: how many characters may separate the wrapper from the core it wraps. */
  reach: number;
  fields: Fields;
  /** The family that reported the piece (set only by parseWithFamilies, for the eval's report). */
  family?: string;
  /** Cores: a warning the tool went on from ("… Proceeding anyway"): no finding when the text holds another. */
  recovered?: boolean;
  /** Wrappers: a log line of its own near the message (a debug event's name): lends its fields, not its text. */
  aside?: boolean;
}

/**
 * Fields with every name present (undefined until set): all field sets share one shape, so reading and merging
 * them stays fast whatever order the families set them in.
 */
export function emptyFields(): Fields {
  return {
    principal: undefined,
    action: undefined,
    resource: undefined,
    policyType: undefined,
    denyKind: undefined,
    policyArn: undefined,
    errorCode: undefined,
    operation: undefined,
    encoded: undefined,
    principalType: undefined,
    accountId: undefined,
    authorizationId: undefined,
    authorizationUrl: undefined,
    matchedStatements: undefined,
    accountSetting: undefined,
  };
}

/** Whether some family read a statement (a core) in the text: codes and last-resort readers wait for that answer. */
export function hasStatement(scan: Scan): boolean {
  return scan.pieces.some((p) => p.kind === 'core');
}

export function makeCore(start: number, end: number, category: Category, strong: boolean): Piece {
  return { kind: 'core', start, end, category, strong, dir: 'around', reach: 0, fields: emptyFields() };
}

export function makeWrapper(
  start: number,
  end: number,
  dir: Piece['dir'],
  reach: number,
  category: Category | null = null,
): Piece {
  return { kind: 'wrapper', start, end, category, strong: false, dir, reach, fields: emptyFields() };
}

/** Sets a field unless the fields already hold a value of equal or higher priority. */
export function putField<K extends FieldName>(fields: Fields, name: K, value: FieldValues[K] | null | undefined, p: number): void {
  // A blank value (a quoted space in a hostile or truncated message) is no value: it must not win over a real one.
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return;
  const current = fields[name];
  // At the same priority, a layer or deny kind that says something wins over `unknown` (a legacy "with an explicit
  // deny" merged with the phrase that names its policy).
  const vague = current !== undefined && current.p === p && current.v === 'unknown' && value !== 'unknown' && (name === 'policyType' || name === 'denyKind');
  if (current && current.p >= p && !vague) return;
  (fields as Record<FieldName, Prioritized<unknown>>)[name] = { v: value, p };
}

export function setField<K extends FieldName>(piece: Piece, name: K, value: FieldValues[K] | null | undefined, p: number): void {
  putField(piece.fields, name, value, p);
}

/** What a family extractor sees: the normalized text, its lower-case copy, and what was looked up in them. */
export interface Scan {
  text: string;
  /** `text.toLowerCase()`, for gating only: never use its positions. */
  lower: string;
  /** Per GATE_WORDS index: 1 when the lower-case text contains the word. */
  gates: Uint8Array;
  pieces: Piece[];
  /** The JSON-ish values of the text (structured.ts), read once on demand and shared by the families. */
  structured?: Loose[];
}

// The gate words and the lookups on them live in gate.ts; GATE_WORDS is re-exported for the test that checks
// every family's gate word is one of them.
export { GATE_WORDS } from './gate';

/** Field priorities, highest first: where a value comes from decides which one wins on a merge. */
export const P = {
  /** The denial statement itself (API sentence, decoded message). */
  statement: 100,
  /**
   * The CLI's `An error occurred (X)`: the code the caller's own call returned. A Java trailer inside its message
   * (`… (Service: AWSKMS; …; Error Code: AccessDeniedException)`) is from a service that call reached.
   */
  cliCode: 96,
  /** Java `Error Code:` — the SDK's own reading of the response. */
  sdkCode: 95,
  /** Console alert labels. */
  console: 90,
  /** CLI `An error occurred (X) when calling the Y operation`, Go `api error X:`. */
  envelope: 90,
  cloudtrail: 85,
  /** XML `<Code>`, PHP `AWS Error Code:`, `(code=X)`. */
  structured: 80,
  /** JSON / JS object keys (`"__type"`, `code:`), Ruby error classes. */
  keyed: 70,
  /** `AccessDeniedException: <message>`. */
  prefix: 60,
  /** `because no … policy allows the <action> action`. */
  phrase: 50,
  /** A known code standing in the text without structure. */
  bare: 40,
  /** CloudFormation `API: <action>`, `<Operation> failed`. */
  hint: 40,
  /** CloudFormation `HandlerErrorCode:` — the resource handler's classification, not the service's. */
  handler: 30,
} as const;

/** Codes at or above this priority come from the service's response; lower ones may not veto a core. */
export const DIRECT_CODE = P.prefix;

/** Index of the last item whose start is <= pos (items sorted by start), or -1. */
export function lastStartingAtOrBefore(items: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
