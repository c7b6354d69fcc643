// A data tool's own exception class for S3's refusal, printed with the path it could not read or write:
//   MetaflowS3AccessDenied: s3://my-bucket/data/artifact
// The class says refused and the path says S3; the class is the tool's, no AWS error code (the finding has none), and
// the path no resource in the labels' sense (as s3a.ts's Hadoop paths). AWS's own codes there are read by their
// families; java.nio's class is s3a.ts's.
import { codeKind } from './codes';
import { each } from './find';
import { mentions } from './gate';
import { makeCore, type Scan } from './types';

const TOOL_CLASS_BEFORE_S3_PATH = /\b([A-Z][A-Za-z0-9]{1,40}AccessDenied(?:Error|Exception)?):[ \t]{0,3}["'`]?s3[an]?:\/\/[^\s'"`]{1,1024}/g;

export function scanToolS3Denials(scan: Scan): void {
  if (!mentions(scan, 'denied') || scan.text.indexOf('s3') < 0) return;
  each(TOOL_CLASS_BEFORE_S3_PATH, scan.text, (m) => {
    if (codeKind(m[1]!) !== 'unknown') return;
    scan.pieces.push(makeCore(m.index, m.index + m[0].length, 'access-denied', true));
  });
}
