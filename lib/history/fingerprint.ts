// What makes two sightings "the same denial" for the history. The message text is left out on purpose: it carries
// request ids, timestamps and encoded blobs that change on every retry, and the same denial reaches the user through
// different channels (console banner, CLI paste) with different wording. What stays the same is who was denied, doing
// what, on what, and which layer the message blames.
import type { Finding } from '../model';

/** Bump when the identity below changes; old records are re-fingerprinted by a migration. */
export const FINGERPRINT_VERSION = 1;

function norm(value: string | null): string {
  return value === null ? '' : value.trim();
}

/** IAM action names are case-insensitive (`s3:ListBucket` = `s3:listbucket`); ARNs and names are not. */
function lower(value: string | null): string {
  return norm(value).toLowerCase();
}

/** The fields that identify a denial, in a fixed order. */
export function identityOf(finding: Finding): string[] {
  const action = lower(finding.action);
  // The operation only identifies the request when the text did not name the action.
  const operation = action === '' ? lower(finding.operation) : '';
  const principal = norm(finding.principal);
  // A bare account id distinguishes "Access Denied" on two accounts when no principal is known.
  const account = principal === '' ? norm(finding.accountId) : '';
  // For credentials failures the code is the whole story (ExpiredToken vs InvalidClientTokenId). For access denials
  // the same request yields AccessDenied from one SDK and AccessDeniedException from another: not a different denial,
  // unless the code is all the text told us.
  const bare = action === '' && operation === '' && principal === '' && norm(finding.resource) === '';
  const errorCode = finding.category === 'credentials' || bare ? norm(finding.errorCode) : '';
  return [
    finding.category,
    principal,
    account,
    action,
    operation,
    norm(finding.resource),
    finding.policyType ?? '',
    finding.denyKind ?? '',
    norm(finding.policyArn),
    errorCode,
  ];
}

// Two independent 32-bit FNV-1a variants give a 64-bit hash: collisions are negligible at the history's size
// (thousands of records), and the function is synchronous so it can run inside an IndexedDB transaction.
function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Final avalanche so similar inputs do not share long prefixes.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}

export function fingerprint(finding: Finding): string {
  // JSON keeps field boundaries unambiguous ("a|b" + "c" ≠ "a" + "b|c").
  const key = JSON.stringify(identityOf(finding));
  return `f${FINGERPRINT_VERSION}-${hex8(fnv1a(key, 0x811c9dc5))}${hex8(fnv1a(key, 0x9e3779b9))}`;
}
