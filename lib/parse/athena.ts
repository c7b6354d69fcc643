// Athena's own words for a refused S3 location (its engine reads and writes S3 with the caller's credentials):
//   Permission denied on S3 path: s3://bucket/prefix/part-0000.parquet      (reading a table's data)
//   Access denied when writing output to url: s3://results/Unsaved/….csv . Please ensure you are allowed …
//   Access denied when writing to location: s3://results/….csv                (QuickSight's Athena data set)
// The location is the denied resource, as printed (the explainer reads it as the S3 ARN a policy names); the action is
// left to the explainer since the message does not say it.
import { mentions } from './gate';
import { P, makeCore, setField, type Scan } from './types';

const LOCATION =
  /(?:Permission\s{1,3}denied\s{1,3}on\s{1,3}S3\s{1,3}path|Access\s{1,3}denied\s{1,3}when\s{1,3}writing\s{1,3}(?:output\s{1,3}to\s{1,3}url|to\s{1,3}location))\s{0,3}:\s{0,40}(s3a?:\/\/(?:[^\s"'`,;()<>]|<[^\s<>]{1,100}>){1,1024})/gi;


export function scanAthena(scan: Scan): void {
  if (!mentions(scan, 'denied')) return;
  const { text } = scan;
  if (text.indexOf('s3://') < 0 && text.indexOf('s3a://') < 0) return;
  LOCATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LOCATION.exec(text))) {
    const core = makeCore(m.index, m.index + m[0].length, 'access-denied', true);
    // The URL's trailing sentence dot is not part of it; `s3://` or `s3:///prefix` names no bucket: no resource.
    const url = m[1]!.replace(/\.$/, '');
    if (!/^s3a?:\/\/(?:$|\/)/i.test(url)) setField(core, 'resource', url, P.statement);
    scan.pieces.push(core);
  }
}
