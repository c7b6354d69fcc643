// Credentials a client could not find or load, told in its own words ("failed to load credentials from the credentials
// provider", "Couldn't find AWS credentials in environment …", "no credentials in the provider chain", "AWS credentials
// not found"). Every SDK and tool words it differently, so this reads the shape — a verb of getting, then credentials —
// rather than a list of sentences, and only as a last resort: in a text where no other family found a statement (a
// weak credentials finding). The words are common to any client with secrets (git, docker, a database), so the text
// must speak of AWS.
import { each } from './find';
import { mentions } from './gate';
import { notAwsCode } from './not-aws';
import { hasStatement, makeCore, type Scan } from './types';

const GETTING = String.raw`(?:load|find|locate|get|retrieve|resolve|obtain|fetch|read|source)`;
const GETTING_ING = String.raw`(?:loading|finding|getting|retrieving|resolving|obtaining|fetching|reading|sourcing)`;
const FAILED = String.raw`(?:unable|failed|fail(?:s|ing)?|could\s{0,3}not|couldn[’']t|cannot|can[’']t)`;
const MISSING = new RegExp(
  [
    String.raw`\b${FAILED}\s{1,3}(?:to\s{1,3})?${GETTING}\s{1,3}(?:any\s{1,3}|the\s{1,3}|valid\s{1,3})?(?:AWS\s{1,3}|SSO\s{1,3})?credentials\b`,
    String.raw`\berror\s{1,3}(?:while\s{1,3})?${GETTING_ING}\s{1,3}(?:AWS\s{1,3})?credentials\b`,
    String.raw`\bno\s{1,3}(?:valid\s{1,3})?(?:AWS\s{1,3})?credentials\s{1,3}(?:found|available|configured|provided|in\s{1,3}the\b)`,
    String.raw`\b(?:AWS\s{1,3})?credentials\s{1,3}(?:(?:were\s{1,3}|was\s{1,3})?not\s{1,3}(?:found|configured)|are\s{1,3}(?:missing|empty))\b`,
  ].join('|'),
  'gi',
);

// What a client failed on when the network, not the credentials, failed (a timeout, a cancelled call, no endpoint), or
// when a call was refused for its parameters (a ValidationError on a session's duration): looked for within 1,500
// characters after the words, past blank lines, as a writer tells the failure above the log that shows its cause.
const NOT_CREDENTIALS = /\bi\/o timeout\b|\bno such host\b|\bconnection refused\b|\bnetwork is unreachable\b|\bdial tcp\b|\bconnect timeout\b|\btimed out\b|\bTimeoutError\b|\bStatusCode: 0\b|\bcontext canceled\b|\bValidationError\b|\bregion is required\b|\bMissing ?Region\b/gi;
const AWS_WORDS = /\b(?:AWS|aws|Aws)\b|\bAmazon\b|amazonaws|arn:aws|\b(?:S3|IAM|STS|SSO|EC2|ECS|EKS|ECR|IMDS)\b|\bsts\./;

/** Runs after every other family: a text that holds any other statement is read by that (a plugin's "No credentials
 * provided for build" above the denial its fallback role met, a helper's "credentials are missing or invalid,
 * obtaining new credentials" above the InvalidClientTokenId it then got). */
export function scanMissingCredentials(scan: Scan): void {
  const { text } = scan;
  if (!mentions(scan, 'credential') || hasStatement(scan) || !AWS_WORDS.test(text)) return;
  // (The causes are found in one pass, so that many statements in a long text cost no search each.)
  const causes: number[] = [];
  each(NOT_CREDENTIALS, text, (c) => causes.push(c.index));
  let next = 0;
  each(MISSING, text, (m) => {
    const end = m.index + m[0].length;
    while (next < causes.length && causes[next]! < end) next++;
    if (next < causes.length && causes[next]! - end <= 1500) return;
    if (notAwsCode(text, m.index, end)) return;
    scan.pieces.push(makeCore(m.index, end, 'credentials', false));
  });
}
