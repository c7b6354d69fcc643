// A client's own report of the HTTP status an AWS endpoint refused it with, where no service code is printed:
//   pgBackRest      ERROR: [039]: S3 request failed with 403: Forbidden
//   apt over S3     E: Failed to fetch http://s3.eu-central-1.amazonaws.com/bucket/dists/…/Packages  403  Forbidden
//   a client's log  Call to WES endpoint 'https://….execute-api.us-east-1.amazonaws.com/prod/…' failed: 403 Forbidden
//   Symfony's SES  Unable to send an email: The security token included in the request is invalid. (code 403)
//   ECS's agent     CannotPullContainerError: … failed to resolve ref "…": unexpected status code […]: 403 Forbidden
//   Go's elastic    elastic: Error 403 (Forbidden)   (an AWS Elasticsearch/OpenSearch domain)
// The status is the finding's code; the endpoint or the tool's words say it was AWS that answered.
import { each } from './find';
import { mentions } from './gate';
import { codedCoreEach, coreEach, wrapEach } from './match-pieces';
import { P, makeCore, type Scan } from './types';

// A client's own report of S3's status: "ERROR: [039]: S3 request failed with 403: Forbidden" (pgBackRest).
// Newer pgBackRest says "HTTP request failed with 403 (Forbidden)" for any repository: S3's when its headers say so.
const REQUEST_FAILED_403 =
  /(?:\b(?:S3|AWS)\s{1,3}request\s{1,3}failed\s{1,3}with\s{1,3}(?:status\s{1,3}(?:code\s{1,3})?)?|\[039\]:\s{1,3}HTTP\s{1,3}request\s{1,3}failed\s{1,3}with\s{1,3}(?=403\b[^]{0,3000}?(?:amazonaws\.com|AmazonS3)|(?<=type=s3\b[^]{0,3000}?)403\b))(403)\b/g;
// A client's call to an AWS endpoint it names, refused ("Call to WES endpoint 'https://….execute-api.us-east-1.amazonaws.com/
// prod/…' failed: 403 Forbidden": an IAM-authorized API Gateway stage).
const AWS_URL_FAILED_403 = /\bhttps?:\/\/[\w.-]{1,200}\.amazonaws\.com(?:\.cn)?(?:\/[^\s'"`]{0,500})?['"`]?\s{1,3}failed:\s{1,3}(403)\s{1,3}Forbidden\b/g;

// apt fetching a repository's index from an S3 bucket (apt-boto-s3, s3 transports): "E: Failed to fetch
// http://s3.eu-central-1.amazonaws.com/bucket/dists/…/Packages  403  Forbidden".
const APT_FETCH_403 = /\bFailed\s{1,3}to\s{1,3}fetch\s{1,3}(?:s3|https?):\/\/[a-z0-9.-]{0,200}amazonaws\.com(?:\.cn)?\/\S{0,1000}\s{1,5}(403)\s{1,3}Forbidden\b/g;

// ECS's agent refused the image by its registry (`CannotPullContainerError: … failed to resolve ref "…": unexpected status
// code [manifests …]: 403 Forbidden`): the task's execution role, or the repository's policy — unless another
// registry said it.
// (The agent's message is long: a terminal or the console may wrap it, but no blank line falls inside.)
const ECS_PULL_403 = /\bCannotPullContainerError:(?:[^\n]|\n(?![ \t]*\n)){0,1000}?:\s{1,3}403\s{1,3}Forbidden\b/g;
const OTHER_REGISTRY = /\b(?:docker\.io|ghcr\.io|quay\.io|gcr\.io|azurecr\.io)\b/;

// The Go Elasticsearch client refused by an AWS domain's access policy ("elastic: Error 403 (Forbidden)", a snapshot
// repository on S3): only where the text says the domain is AWS's.
const ELASTIC_403 = /\belastic:[ \t]{1,3}Error[ \t]{1,3}403[ \t]{1,3}\(Forbidden\)/g;

// A client's exception that adds the status to the service's message: "Unable to send an email: The security token
// included in the request is invalid. (code 403)" (Symfony's mailer over SES).
const CODE_STATUS_AFTER = /(?<=[.!][ \t]{0,3})\(code[ \t]{1,3}(40[13])\)/g;

export function scanRequestStatus(scan: Scan): void {
  if (scan.text.indexOf('(code 40') >= 0) wrapEach(scan, CODE_STATUS_AFTER, 'around', 40, 'errorCode', P.hint);
  if (scan.text.indexOf('elastic: Error 403') >= 0 && /\bAWS\b|amazonaws\.com/.test(scan.text)) {
    coreEach(scan, ELASTIC_403, null);
  }
  if (scan.text.indexOf('CannotPullContainerError') >= 0) {
    each(ECS_PULL_403, scan.text, (m) => {
      if (!OTHER_REGISTRY.test(m[0])) scan.pieces.push(makeCore(m.index, m.index + m[0].length, 'access-denied', false));
    });
  }
  if (!mentions(scan, 'failed') || scan.text.indexOf('403') < 0) return;
  codedCoreEach(scan, REQUEST_FAILED_403);
  if (scan.text.indexOf('amazonaws.com') >= 0) codedCoreEach(scan, AWS_URL_FAILED_403);
  if (scan.text.indexOf('Failed to fetch') >= 0) codedCoreEach(scan, APT_FETCH_403);
}
