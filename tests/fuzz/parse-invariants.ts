// What must hold for every input, whatever it is. Used by the property tests (normal suite) and the fuzzer.
//
// "Never invent a value": (1) normalization only deletes characters or undoes escapes — the normalized text,
// without whitespace, is a subsequence of the input with its escapes undone (computed here independently); and
// (2) every value a finding carries, without whitespace, is a substring of the normalized text without
// whitespace (whitespace removal is what undoing a line wrap does). Together: every value is in the input.
// Two values are composed from parts that are in the input, by rules checked here: an action from a service
// prefix and a name that the text holds (a CloudTrail record's eventSource + eventName, a decoded message's
// unprefixed action + its resource ARN's service), possibly through the operation→action table; and an S3
// object ARN from a record's bucketName and key.
import type { Finding } from '../../lib/model';
import { normalize } from '../../lib/parse/normalize';
import { actionOfLoggedOperation } from '../../lib/parse/s3-access-log';
import { actionsForOperation, operationFromEventName, serviceOfOperation } from '../../lib/iam/operations';

const ESCAPE = /\\(?:u([0-9a-fA-F]{4})|(["\\/nrt]))/g;
const ESC: Record<string, string> = { n: '\n', r: '', t: '\t', '"': '"', '\\': '\\', '/': '/' };
const ENTITY: Record<string, string> = {
  '&quot;': '"',
  '&apos;': "'",
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&nbsp;': ' ',
  '&#39;': "'",
  '&#x27;': "'",
  '&#34;': '"',
  '&#x22;': '"',
};

/** The input with JSON-style escapes (up to three levels), the usual HTML entities and typographic quotes undone. */
export function decoded(input: string): string {
  let text = input;
  for (let pass = 0; pass < 3 && /\\(?:["\\/nrt]|u[0-9a-fA-F]{4})/.test(text); pass++) {
    text = text.replace(ESCAPE, (_m, hex: string | undefined, ch: string | undefined) =>
      hex ? String.fromCharCode(parseInt(hex, 16)) : (ESC[ch ?? ''] ?? ''),
    );
  }
  // Typographic quotes an editor or a chat put for straight ones are those quotes.
  return text
    .replace(/&(?:quot|apos|amp|lt|gt|nbsp|#39|#x27|#34|#x22);/g, (e) => ENTITY[e] ?? e)
    .replace(/[\u201c-\u201f]/g, '"')
    .replace(/[\u2018\u2019]/g, "'");
}

export function stripSpace(text: string): string {
  return text.replace(/\s+/g, '');
}

export function isSubsequence(small: string, big: string): boolean {
  let j = 0;
  for (let i = 0; i < small.length; i++) {
    const c = small.charCodeAt(i);
    while (j < big.length && big.charCodeAt(j) !== c) j++;
    if (j === big.length) return false;
    j++;
  }
  return true;
}

const VALUE_FIELDS = ['principal', 'accountId', 'action', 'resource', 'policyArn', 'errorCode', 'operation'] as const;

/** Returns the broken invariants (empty when all hold). */
export function checkFindings(input: string, findings: Finding[]): string[] {
  const problems: string[] = [];
  const normalized = normalize(input);
  const flat = stripSpace(normalized);
  if (!isSubsequence(flat, stripSpace(decoded(input)))) problems.push('normalize added characters');
  findings.forEach((f, i) => {
    if (f.category !== 'access-denied' && f.category !== 'credentials') problems.push(`#${i} category ${String(f.category)}`);
    if (f.principal !== null && f.principalType === null) problems.push(`#${i} principal without principalType`);
    // Only a record says what kind of caller it was without naming it (`"userIdentity": {"type": "AssumedRole"}`).
    if (f.principal === null && f.principalType !== null && !/identity/i.test(normalized)) problems.push(`#${i} principalType without principal`);
    // An account without a principal only where the text names the caller's account on its own ("User with
    // accountId: N", an authorization context's `aws:PrincipalAccount`).
    if (f.principal === null && f.accountId !== null && !/account/i.test(normalized)) problems.push(`#${i} accountId without principal`);
    if ((f.category === 'credentials') !== (f.policyType === null) || (f.policyType === null) !== (f.denyKind === null)) {
      problems.push(`#${i} policyType/denyKind vs category`);
    }
    if (typeof f.encoded !== 'boolean') problems.push(`#${i} encoded not boolean`);
    if (typeof f.message !== 'string' || f.message.length > 2000) problems.push(`#${i} message`);
    for (const field of VALUE_FIELDS) {
      const value = f[field];
      if (value === null) continue;
      if (typeof value !== 'string' || value.trim() === '') problems.push(`#${i} ${field} empty`);
      else if (!flat.includes(stripSpace(value)) && !composed(field, value, flat, normalized)) {
        problems.push(`#${i} ${field} "${value.slice(0, 80)}" is not in the input`);
      }
    }
  });
  return problems;
}

/** Whether a value missing from the text is composed, by the parser's documented rules, of parts that are in it. */
function composed(field: string, value: string, flat: string, normalized: string): boolean {
  if (field === 'action') {
    const colon = value.indexOf(':');
    if (colon <= 0) return false;
    const service = value.slice(0, colon);
    const name = value.slice(colon + 1);
    const named = flat.toLowerCase().includes(service.toLowerCase());
    if (named && flat.includes(name)) return true;
    // An S3 server access log's operation (`REST.HEAD.BUCKET` is s3:ListBucket; s3-access-log.ts).
    for (const logged of normalized.matchAll(/\b(?:REST|WEBSITE)\.[A-Z]+\.[A-Z_]+\b/g)) {
      if (actionOfLoggedOperation(logged[0], null) === value || actionOfLoggedOperation(logged[0], 'key') === value) return true;
    }
    // An operation name in the text (a record's eventName) that the operation table maps to this action, in the
    // service the text names or the one the operation itself (or EC2's own error code in the text) says.
    const code = /UnauthorizedOperation/.test(flat) ? 'UnauthorizedOperation' : null;
    // One-letter names too: the parser takes any `[A-Za-z][A-Za-z0-9]{0,127}` eventName (actionForServiceEvent).
    // Words as the text separates them (`"eventName":on resource` names `on`) and as a wrap joined them.
    const words = new Set([...normalized.matchAll(/[A-Za-z][A-Za-z0-9]{0,127}/g), ...flat.matchAll(/[A-Za-z][A-Za-z0-9]{0,127}/g)].map((m) => m[0]));
    for (const word of words) {
      const operation = operationFromEventName(word);
      if (!named && serviceOfOperation(operation, code) !== service) continue;
      if (actionsForOperation(operation, service)?.actions.includes(value)) return true;
    }
    return false;
  }
  // S3's "Anonymous users cannot invoke this API" names the anonymous principal, in AWS's spelling.
  if (field === 'principal') return value === 'anonymous' && /anonymous/i.test(flat);
  if (field === 'resource') {
    const m = /^arn:[\w-]+:s3:::([^/]+)(?:\/([\s\S]*))?$/.exec(value);
    return !!m && flat.includes(m[1] ?? '\u0000') && (m[2] === undefined || flat.includes(stripSpace(m[2])));
  }
  return false;
}
