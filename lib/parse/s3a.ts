// Hadoop's S3A connector (Spark, Hive, Trino, Flink) turns S3's 403 into Java's own exception class:
//   java.nio.file.AccessDeniedException: s3a://bucket/key: getFileStatus on s3a://bucket/key:
//   com.amazonaws.services.s3.model.AmazonS3Exception: Forbidden (Service: Amazon S3; Status Code: 403; …)
// The SDK's exception after it says the rest when S3 sent a message; when it sent none (`AmazonS3Exception: ` and a
// stack trace), the class with an s3a:// path is what says the request was refused. java.nio's class elsewhere is
// a local file's permission (not-aws.ts), and its name is no AWS error code: the finding has none.
import { codeKind } from './codes';
import { mentions } from './gate';
import { makeCore, type Scan } from './types';

// Databricks and EMR name the same connector's paths `s3://` (older Hadoop `s3n://`).
const S3A_DENIAL = /java\.nio\.file\.AccessDeniedException:?\s{1,3}s3[an]?:\/\/[^\s:]{1,1024}/g;

// The SDK's trailer after the class: S3 refused the credentials (InvalidAccessKeyId, SignatureDoesNotMatch…), which
// the credentials family reports — the class is then no refusal of its own.
const TRAILER_CODE = /\bError\s{1,3}Code:\s{0,3}([A-Za-z][A-Za-z0-9.]{1,80})/;

function credentialsAfter(text: string, from: number): boolean {
  // Up to the stack trace or a blank line: a wrapped trailer runs over several lines.
  const window = text.slice(from, Math.min(text.length, from + 3000));
  const stop = /\n[ \t]*(?:at\s|\n)/.exec(window);
  const code = TRAILER_CODE.exec(stop ? window.slice(0, stop.index) : window)?.[1];
  // …and S3A's own account of having none to sign with (`NoAuthWithAWSException: No AWS Credentials provided by …`),
  // on the same line or the next.
  if (/^[^\n]{0,300}?(?:\n[^\n]{0,300}?)?\bNoAuthWithAWSException\b/.test(window)) return true;
  return code !== undefined && codeKind(code) === 'credentials';
}

export function scanS3a(scan: Scan): void {
  if (!mentions(scan, 'denied') || scan.text.indexOf('java.nio.file.AccessDenied') < 0) return;
  S3A_DENIAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = S3A_DENIAL.exec(scan.text))) {
    if (credentialsAfter(scan.text, m.index + m[0].length)) continue;
    scan.pieces.push(makeCore(m.index, m.index + m[0].length, 'access-denied', true));
  }
}
