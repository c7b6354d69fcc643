// R's cloudyr clients (aws.s3 over aws.signature and httr) print no AWS code, only the status of S3's answer:
// "Error in parse_aws_s3_response(r, Sig, verbose = verbose) : Forbidden (HTTP 403)." is S3's refusal. With
// `verbose = TRUE` the trace tells when no credentials were found ("Executing request without AWS credentials") and
// the 403 that follows ("Client error: (403) Forbidden") is the unsigned request's.
import { coreEach, credentialsEach } from './match-pieces';
import type { Scan } from './types';

const REFUSED = /\bparse_aws_s3_response\([^()\n]{0,120}\)\s{0,5}:\s{0,5}(?:#{1,3}[ \t]{0,3})?Forbidden\s{1,3}\(HTTP\s{1,3}403\)/g;
// …and httr's own line for a 403 whose response (printed as R attributes) came from S3 (`attr(,"server")` ⏎ `[1]
// "AmazonS3"`).
const CLIENT_403 = /\bClient\s{1,3}error:\s{0,3}\(403\)\s{0,3}Forbidden\b(?=[^]{0,1500}?"AmazonS3")/g;
// …or to a request the verbose trace shows going to S3 signed ("S3 Request URL: https://s3-us-west-2.amazonaws.com/" …
// "Executing request with AWS credentials" ⏎ "Parsing AWS API response" ⏎ "Client error: (403) Forbidden").
const TRACED_403 = /(?<=\bParsing\s{1,3}AWS\s{1,3}API\s{1,3}response\s{1,3})Client\s{1,3}error:\s{0,3}\(403\)\s{0,3}Forbidden\b/g;
const UNSIGNED = /\bExecuting\s{1,3}request\s{1,3}without\s{1,3}AWS\s{1,3}credentials\b(?=(?:[^\n]{0,300}\n){0,6}?[^\n]{0,300}?\(403\)\s{0,3}Forbidden\b)/g;

// …and the same status in another R wrapper's words (redshiftTools' parallel upload: `task 1 failed - "Forbidden (HTTP
// 403)."`), where the text speaks of S3.
const FORBIDDEN_403 = /\bForbidden\s{1,3}\(HTTP\s{1,3}403\)/g;

export function scanRAwsS3(scan: Scan): void {
  const { text } = scan;
  if (text.indexOf('Forbidden (HTTP 403)') >= 0 && /\bs3:\/\/|\baws\.s3\b/.test(text)) coreEach(scan, FORBIDDEN_403, null);
  if (text.indexOf('parse_aws_s3_response') >= 0) coreEach(scan, REFUSED, null);
  if (text.indexOf('(403) Forbidden') >= 0 && text.indexOf('AmazonS3') >= 0) coreEach(scan, CLIENT_403, null);
  if (text.indexOf('without AWS credentials') >= 0) credentialsEach(scan, UNSIGNED, true);
  else if (text.indexOf('Parsing AWS API response') >= 0 && text.indexOf('AmazonS3') < 0) coreEach(scan, TRACED_403, null);
}
