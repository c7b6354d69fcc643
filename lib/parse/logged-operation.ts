// Operations a client's own log names around the failure, in shapes no envelope has: the Rust SDK's chain under a
// service and call (`ses SendEmail: unhandled error (AccessDeniedException)`), Soto's request dump (`Request:` ⏎
// `  ListFunctions` ⏎ `  GET https://lambda.eu-west-3.amazonaws.com/…`), Ruby v1's and JS v2's request logs, sling's
// "Error with X for:", CloudQuery's diagnostic summary ("Summary: Organizations: ListAccounts - You don't have permissions …"),
// PowerShell's verbose confirmation, Terraform's debug log fields.
import { wrapEach } from './match-pieces';
import { BARE_CODE_SOURCE, categoryOfCode } from './codes';
import { each } from './find';
import { OPERATION_VERBS } from './operation-verbs';
import { P, makeWrapper, setField, type Scan } from './types';

// …and its tracing spans around every attempt: "invoke{service=s3 operation=GetObject}:try_op:try_attempt: …".
const RUST_SPAN = /\binvoke\{service=[a-z0-9-]{1,40}[ \t]operation=([A-Z][A-Za-z0-9]{1,100})\}/g;
const RUST_CHAIN = /\b[a-z][a-z0-9-]{1,30}[ \t]([A-Z][A-Za-z0-9]{2,100}):\s{1,5}unhandled\s{1,3}error\s{1,3}\(/g;
const SOTO_REQUEST = /\bRequest:[ \t]*\n[ \t]{1,8}([A-Z][A-Za-z0-9]{2,100})[ \t]*\n[ \t]{1,8}(?:GET|POST|PUT|DELETE|HEAD|PATCH)[ \t]+https:\/\/[a-z0-9.-]{1,200}\.amazonaws\.com/g;

// The Ruby SDK v1's request log: "[AWS S3 403 0.2 0 retries] put_object(:bucket_name=>…)" — the call as the SDK
// names its method; the JS SDK v2's logger prints seconds and a camelCase method: "[AWS cloudsearch 401 0.437s 0 retries]
// describeDomains({})".
const SDK_REQUEST_LOG = /\[AWS\s[A-Za-z0-9]{1,40}\s\d{3}\s[\d.]{1,12}s?\s\d{1,3}\sretries\]\s([a-z][A-Za-z0-9_]{1,100})\(/g;
// sling's replication log names the S3 call it was making: "~ Error with ListObjectsV2 for: {".
const ERROR_WITH = /\bError\swith\s([A-Z][A-Za-z0-9]{2,100})\sfor:/g;
// (The service before the call is a capitalised word, the call a verb's, not a code's; what follows the dash is the
// message, read by its own family.)
const SERVICE_CALL_DASH = new RegExp(`(?<=\\b[A-Z][A-Za-z0-9]{1,40}):[ \\t]((?:${OPERATION_VERBS})[A-Z][A-Za-z0-9]{1,80})[ \\t]-[ \\t](?=\\S)`, 'g');

// AWS Tools for PowerShell's confirmation line under -Verbose names the API call of the cmdlet: `VERBOSE: Performing the
// operation "Write-S3Object (PutObject)" on target "bucket".`
const POWERSHELL_VERBOSE = /\bPerforming\sthe\soperation\s"[A-Z][a-z]{1,20}-[A-Z][A-Za-z0-9]{1,80}\s\(([A-Z][A-Za-z0-9]{2,100})\)"/g;

// A writer's table or log naming the service and call before the code: "STS AssumeRole: AccessDenied".
const SERVICE_CALL_CODE = new RegExp(
  `\\b(?:STS|S3|EC2|IAM|KMS|SQS|SNS|ECR|ECS|EKS|SSM|SES|Lambda|DynamoDB)[ \\t]((?:${OPERATION_VERBS})[A-Z][A-Za-z0-9]{1,80}):[ \\t]{1,3}(${BARE_CODE_SOURCE})\\b`,
  'g',
);

// Go v2's envelope with its head cut by a writer ("STS: AssumeRoleWithWebIdentity, StatusCode: 403," ⏎ "AccessDenied: …"):
// the service and the call before the status.
const GO_V2_TAIL = /(?<![\w:-][ \t]?)\b(?:STS|S3|EC2|IAM|KMS|SQS|SNS|ECR|ECS|EKS|SSM|Lambda|DynamoDB):[ \t]([A-Z][A-Za-z0-9]{2,100}),[ \t]{1,3}(?:https[ \t]response[ \t]error[ \t])?StatusCode:[ \t]?4\d\d\b/g;

// Terraform's AWS backends and providers log each answer with its call as a field, the body after it (TF_LOG=DEBUG):
// "[DEBUG] backend-s3.aws-base: HTTP Response Received: aws.operation=GetUser aws.region=… http.response.body=…".
const TF_LOG_FIELD = /\baws\.operation=([A-Z][A-Za-z0-9]{1,100})\b/g;

export function scanLoggedOperations(scan: Scan): void {
  const { text } = scan;
  if (text.indexOf('unhandled error') >= 0) wrapEach(scan, RUST_CHAIN, 'forward', 300, 'operation', P.hint, true);
  if (text.indexOf('invoke{service=') >= 0) wrapEach(scan, RUST_SPAN, 'forward', 3000, 'operation', P.hint, true);
  if (text.indexOf('Request:') >= 0) wrapEach(scan, SOTO_REQUEST, 'forward', 1500, 'operation', P.hint, true);
  if (text.indexOf('retries]') >= 0) wrapEach(scan, SDK_REQUEST_LOG, 'forward', 2000, 'operation', P.hint, true);
  if (text.indexOf(' - ') >= 0) wrapEach(scan, SERVICE_CALL_DASH, 'forward', 20, 'operation', P.hint, true);
  if (text.indexOf('Error with') >= 0) wrapEach(scan, ERROR_WITH, 'forward', 400, 'operation', P.hint, true);
  if (text.indexOf(': ') >= 0) {
    // The code reported so is the failure (a table cell holds nothing more).
    each(SERVICE_CALL_CODE, text, (m) => {
      const w = makeWrapper(m.index, m.index + m[0].length, 'forward', 60, categoryOfCode(m[2]!));
      setField(w, 'operation', m[1], P.hint);
      setField(w, 'errorCode', m[2], P.prefix);
      scan.pieces.push(w);
    });
  }
  if (text.indexOf('StatusCode:') >= 0) wrapEach(scan, GO_V2_TAIL, 'forward', 300, 'operation', P.hint, true);
  if (text.indexOf('aws.operation=') >= 0) wrapEach(scan, TF_LOG_FIELD, 'forward', 1500, 'operation', P.hint, true);
  if (text.indexOf('Performing the operation') >= 0) wrapEach(scan, POWERSHELL_VERBOSE, 'forward', 600, 'operation', P.hint, true);
}
