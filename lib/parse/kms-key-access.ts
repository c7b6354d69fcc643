// KMS keys a service could not use for the caller, in the one sentence that cannot tell the three causes apart:
//   KMSKeyNotAccessibleFault: The specified KMS key [alias/aws/rds] does not exist, is not enabled or you do not
//   have permissions to access it.
// (RDS creating or restoring with a key, sharing an encrypted snapshot), and EC2's "Given key ID is not accessible". The key in brackets is the resource; the
// sentence stands on its own, so the code before it (an ordinary-looking `…Fault`) does not overrule it. Comprehend's
// "Access denied to KMS Key: <arn>" names the key too.
import { coreEach } from './match-pieces';
import { P, type Scan } from './types';

const KEY_NOT_ACCESSIBLE =
  /(?:\b(KMSKeyNotAccessibleFault):\s{0,3})?(?:\b[Tt]he\s{1,8})?\b(?:[Ss]pecified|[Ss]ource\s{1,8}snapshot|[Tt]arget\s{1,8}snapshot)\s{1,8}KMS\s{1,8}key\s{1,8}\[\s{0,3}([^\s\]]{1,2048}?(?:\n[ \t]{0,8}[^\s\]]{1,2048}?)?)\s{0,3}\]\s{1,8}does\s{1,8}not\s{1,8}exist,?\s{1,8}is\s{1,8}not\s{1,8}enabled,?\s{1,8}or\s{1,8}you\s{1,8}do\s{1,8}not\s{1,8}have\s{1,8}permissions?\s{1,8}to\s{1,8}access\s{1,8}it/g;

// EC2's copy of an encrypted snapshot (AWS Backup's copy jobs relay it): "Given key ID is not accessible. You must have
// DescribeKey permissions on the default CMK".
const KEY_ID_NOT_ACCESSIBLE = /\bGiven\s{1,8}key\s{1,8}ID\s{1,8}is\s{1,8}not\s{1,8}accessible\b/g;

// Comprehend (and its kin) reporting a job or model it could not build with the customer's key: "NO_ACCESS_TO_KMS_KEY:
// Access denied to KMS Key: arn:aws:kms:…:key/…".
const ACCESS_DENIED_TO_KEY = /(?:\b([A-Z][A-Z_]{2,60}):\s{0,3})?\bAccess\s{1,3}denied\s{1,3}to\s{1,3}KMS\s{1,3}[Kk]ey:\s{0,3}(arn:[^\s"'`,]{1,2048})/g;

// Secrets Manager when the caller may not use the secret's key for it (kms:Decrypt, kms:GenerateDataKey): "Access to
// KMS is not allowed".
const KMS_NOT_ALLOWED = /\bAccess\s{1,3}to\s{1,3}KMS\s{1,3}is\s{1,3}not\s{1,3}allowed\b/g;

// A key ARN a terminal wrapped inside its brackets reads as one.
const joinWrapped = (v: string): string => v.replace(/\n[ \t]*/g, '');

export function scanKmsKeyAccess(scan: Scan): void {
  const { text } = scan;
  if (text.indexOf('KMS') >= 0 && text.indexOf('not enabled') >= 0) coreEach(scan, KEY_NOT_ACCESSIBLE, ['errorCode', 'resource'], P.prefix, true, joinWrapped);
  if (text.indexOf('not accessible') >= 0) coreEach(scan, KEY_ID_NOT_ACCESSIBLE, null, P.prefix, true);
  if (text.indexOf('to KMS') >= 0) {
    coreEach(scan, ACCESS_DENIED_TO_KEY, ['errorCode', 'resource'], P.prefix, true, (v) => v.replace(/\.$/, ''));
    coreEach(scan, KMS_NOT_ALLOWED, null, P.prefix, true);
  }
}
