// Hadoop's S3A connector (Spark, Hive, Trino, Flink) turns S3's 403 into Java's own exception class:
//   java.nio.file.AccessDeniedException: s3a://bucket/key: getFileStatus on s3a://bucket/key:
//   com.amazonaws.services.s3.model.AmazonS3Exception: Forbidden (Service: Amazon S3; Status Code: 403; …)
// The SDK's exception after it says the rest when S3 sent a message; when it sent none (`AmazonS3Exception: ` and a
// stack trace), the class with an s3a:// path is what says the request was refused. java.nio's class elsewhere is
// a local file's permission (not-aws.ts), and its name is no AWS error code: the finding has none.
import { mentions } from './gate';
import { makeCore, type Scan } from './types';

const S3A_DENIAL = /java\.nio\.file\.AccessDeniedException:?\s{1,3}s3a:\/\/[^\s:]{1,1024}/g;

export function scanS3a(scan: Scan): void {
  if (!mentions(scan, 'denied') || scan.text.indexOf('s3a://') < 0) return;
  S3A_DENIAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = S3A_DENIAL.exec(scan.text))) scan.pieces.push(makeCore(m.index, m.index + m[0].length, 'access-denied', true));
}
