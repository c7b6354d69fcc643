// Media and data-transfer services' own wordings of a refusal: MediaLive listing the permissions a call needs, the
// Kinesis Video producer SDK's status, DataSync's location access test, Storage Gateway's health log records.
import { each } from './find';
import { coreEach } from './match-pieces';
import { indexWithin, lastIndexWithin } from './text';
import { P, makeCore, setField, type Scan } from './types';

export function scanMediaTransferWordings(scan: Scan): void {
  const { text } = scan;
  if (text.indexOf('needed') >= 0) coreEach(scan, PERMISSIONS_NEEDED, 'action', P.prefix);
  if (text.indexOf('NOT_AUTHORIZED_ERROR') >= 0) coreEach(scan, PRODUCER_STATUS, 'errorCode', P.prefix, true);
  if (text.indexOf('location') >= 0 && text.indexOf('perform') >= 0) coreEach(scan, LOCATION_TEST, ['action', 'resource'], P.prefix, true);
  if (text.indexOf('AccessDenied"') >= 0 && text.indexOf('"type"') >= 0) scanHealthRecords(scan);
}

// MediaLive (UnprocessableEntityException): "Please check your IAM User permissions the following permissions are
// needed for this call "medialive:CreateChannel","iam:PassRole"" — the first is the call's own.
const PERMISSIONS_NEEDED = /\bpermissions\s{1,8}are\s{1,8}needed\s{1,8}for\s{1,8}this\s{1,8}call\s{0,5}["'`]?([a-z0-9-]{2,40}:[A-Za-z][A-Za-z0-9*]{1,127})/g;

// The Kinesis Video Streams producer SDK's status for a call the service refused (its logs print the constant).
const PRODUCER_STATUS = /\b(STATUS_SERVICE_CALL_NOT_AUTHORIZED_ERROR)\b/g;

// DataSync testing a location with its bucket access role: "DataSync location access test failed: could not perform
// s3:GetObject in bucket my-bucket. Access denied." (also "… s3:ListObjectsV2 on bucket.").
const LOCATION_TEST =
  /\blocation\s{1,8}access\s{1,8}test\s{1,8}failed:\s{0,3}could\s{1,8}not\s{1,8}perform\s{1,8}([a-z0-9-]{2,40}:[A-Za-z][A-Za-z0-9]{1,100})(?:\s{1,8}(?:in|on)\s{1,8}bucket\s{1,8}([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?=\.?(?:\s|$)))?/g;

// Storage Gateway's health log in CloudWatch: `{ "severity": "ERROR", "bucket": "b", "roleArn": "arn:…:role/…",
// "type": "S3AccessDenied", "operation": "s3:ListObjects", … }` — the record names who, what and where.
const HEALTH_TYPE = /"type"\s{0,3}:\s{0,3}"([A-Za-z0-9]{0,30}AccessDenied)"/g;
const RECORD_KEY = /"(roleArn|bucket|operation)"\s{0,3}:\s{0,3}"([^"\n]{1,2048})"/g;
const KEY_FIELD = { roleArn: 'principal', bucket: 'resource', operation: 'action' } as const;

function scanHealthRecords(scan: Scan): void {
  const { text } = scan;
  each(HEALTH_TYPE, text, (m) => {
    // (Bounded looks either way: a long run of such keys without braces costs no scan of the whole text each.)
    const open = lastIndexWithin(text, '{', m.index, 2000);
    const close = indexWithin(text, '}', m.index, 1999);
    if (open < 0 || close < 0) return;
    const record = text.slice(open, close + 1);
    if (record.indexOf('"severity"') < 0) return;
    const core = makeCore(open, close + 1, 'access-denied', true);
    setField(core, 'errorCode', m[1], P.structured);
    each(RECORD_KEY, record, (k) => {
      const field = KEY_FIELD[k[1] as keyof typeof KEY_FIELD];
      if (field !== 'action' || /^[a-z0-9-]{2,40}:[A-Za-z][A-Za-z0-9*]{1,127}$/.test(k[2]!)) setField(core, field, k[2], P.structured);
    });
    scan.pieces.push(core);
  });
}
