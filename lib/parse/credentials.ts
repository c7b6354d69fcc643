// Credentials failures: the request never reached an authorization decision because who sent it could not be
// established (expired or invalid token, unknown key, bad signature, no credentials at all, kubectl/docker
// logins that failed, a missing OIDC provider for web identity).
import { P, makeCore, makeWrapper, mentions, setField, type Scan } from './types';

// Statements of the failure itself.
const STRONG = [
  'Unable to locate credentials',
  'security token included in the request is (?:invalid|expired)',
  'provided token has expired',
  '\\bToken expired\\b',
  '\\btoken has expired\\b',
  'Request has expired',
  'request signature we calculated does not match',
  'AWS Access Key Id you provided does not exist',
  'not able to validate the provided access credentials',
  'You must be logged in to the server',
  'the server has asked for the client to provide credentials',
  'no basic auth credentials',
  'authorization token has expired',
  'AWS authentication requires a valid Date',
  'No OpenIDConnect provider found',
  'Incorrect token audience',
  'Missing credentials in config',
  'NoCredentialProviders: no valid providers',
  'SSO session associated with this profile (?:has expired|is invalid)',
  'Error loading SSO Token',
  'Token has expired and refresh failed',
  'Session token not found or invalid',
  'Missing Authentication Token',
  'unauthorized: authentication required',
  'The difference between the request time and the current time is too large',
  'Signature expired',
  'Credential should be scoped to a valid region',
  'unable to sign request without credentials',
  'missing credentials',
  'Partial credentials found',
  'provider credentials not found',
  'no valid credential sources',
  'The config profile \\([^)\\n]{1,100}\\) could not be found',
  'headers present in the request which were not signed',
  'Query-string authentication',
];

// What a client says when getting credentials failed for a reason printed next to it ("failed to retrieve
// credentials\ncaused by: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity"): alone it
// is a credentials failure, next to a denial it is that denial's consequence (assemble.ts merges them).
const CONSEQUENCES = [
  'failed to (?:retrieve|refresh cached) credentials',
  'getting credentials: exec',
  'Could not load credentials from any providers',
  'Unable to load (?:AWS )?credentials from any (?:of the )?providers? in the chain',
  'could not get token',
];

// Any whitespace between words: a line break (an author's, or a terminal's at a space) may fall between any two.
const flexible = (phrases: string[]): string => phrases.map((p) => p.replace(/ /g, '\\s{1,5}')).join('|');
const PHRASES = new RegExp(`(${flexible(STRONG)})|(?:${flexible(CONSEQUENCES)})`, 'gi');

// kubectl: "…: Unauthorized" at the end of a line, "(Unauthorized)" after "logged in to the server".
const KUBECTL_TAIL = /:\s{1,3}(Unauthorized)[ \t]*$/gm;
const PAREN_UNAUTHORIZED = /\((Unauthorized)\)/g;

const PHRASE_GATES = [
  'credential',
  'token',
  'signature',
  'logged',
  'key',
  'authentication',
  'expired',
  'large',
  'validate',
  'signed',
  'profile',
];
// (Every phrase above contains one of these words.)

export function scanCredentials(scan: Scan): void {
  const { text } = scan;
  let m: RegExpExecArray | null;
  if (mentions(scan, ...PHRASE_GATES)) {
    PHRASES.lastIndex = 0;
    while ((m = PHRASES.exec(text))) {
      scan.pieces.push(makeCore(m.index, m.index + m[0].length, 'credentials', m[1] !== undefined));
    }
  }
  if (!mentions(scan, 'unauthorized')) return;
  KUBECTL_TAIL.lastIndex = 0;
  while ((m = KUBECTL_TAIL.exec(text))) {
    const core = makeCore(m.index + 1, m.index + m[0].length, 'credentials', true);
    setField(core, 'errorCode', m[1], P.prefix);
    scan.pieces.push(core);
  }
  PAREN_UNAUTHORIZED.lastIndex = 0;
  while ((m = PAREN_UNAUTHORIZED.exec(text))) {
    const wrapper = makeWrapper(m.index, m.index + m[0].length, 'backward', 100, 'credentials');
    setField(wrapper, 'errorCode', m[1], P.prefix);
    scan.pieces.push(wrapper);
  }
}
