// A service's code printed right before the API sentence it carries (`…: KmsInvalidStateException:` ⏎ `User: arn:… is
// not authorized to perform: kms:CreateGrant …`, a Terraform provider relaying KMS): the code of that message, even one
// no list of known codes names. Only an ordinary service error's name (codes.ts: Invalid…, …NotFound…): the known
// authorization and credentials codes have their readers (sdk-envelopes.ts), and an SDK's generic class
// (`S3Exception`, `DynamoDbException`) or a client library's (Kafka's `AuthorizationException`) names no code.
import { codeKind } from './codes';
import { each } from './find';
import { codeWrapper } from './sdk-envelopes';
import { P, type Scan } from './types';

const CODE_THEN_USER = /(?<![\w.])([A-Z][A-Za-z0-9]{2,80}(?:Exception|Error|Fault)):[ \t]{0,3}(?:\r?\n[ \t]{0,8})?(?=User:\s)/g;

export function scanCodesBeforeSentences(scan: Scan): void {
  if (scan.text.indexOf('User:') < 0) return;
  each(CODE_THEN_USER, scan.text, (m) => {
    if (codeKind(m[1]!) !== 'other') return;
    codeWrapper(scan, m.index, m.index + m[0].length, m[1]!, P.prefix, 'forward', 100, true);
  });
}
