// A record that names the call in a field of its own beside the code (a Go struct literal `Operation: "ListApps",
// ErrorCode: "AccessDeniedException"`, a JSON log's `"operation": "PutObject"`): the operation of the failure it
// records, below any the message itself prints.
import { mentions } from './gate';
import { wrapEach } from './match-pieces';
import { P, type Scan } from './types';

// (Sentry's dump of a frame's locals puts the name and the value side by side: `operation_name 'GetSendQuota'`.)
const OPERATION_FIELD = /(?<![\w.])(?:["']?(?:[Oo]peration(?:[Nn]ame)?|operation_name)["']?\s{0,3}[:=]\s{0,3}|operation_name[ \t]{1,8}(?='))["']([A-Z][A-Za-z0-9]{2,100})["']/g;

// Clojure's aws-api names the call as a keyword of the request map it invokes, the error map after it: `(aws/invoke
// client {:op :DescribeStream …})` ⏎ `;; => {"__type" "…#InvalidSignatureException", …}`.
const CLOJURE_OP = /\{\s{0,3}:op\s{1,3}:([A-Z][A-Za-z0-9]{2,100})\b/g;

// The Rust SDK's tracing spans name the call a DEBUG line sits in: "in aws_smithy_runtime::client::orchestrator::invoke
// with service: s3, operation: CreateBucket"; the Kotlin SDK's trace lines too: "sdkRequestId: …; service: EC2;
// operation: DescribeLaunchTemplates; - request serialized …".
const KOTLIN_TRACE_OP = /\bservice:\s{0,3}[\w-]{1,60};\s{0,3}operation:\s{0,3}([A-Z][A-Za-z0-9]{2,100});/g;
const RUST_SPAN_OP = /\borchestrator::invoke\s{1,3}with\s{1,3}service:\s{0,3}[\w-]{1,60},\s{0,3}operation:\s{0,3}([A-Z][A-Za-z0-9]{2,100})\b/g;

// A log naming the call before the service's answer it printed (SaltStack's `AssumeRole response: {"Error":{"Code":…`).
const RESPONSE_OF = /\b([A-Z][a-z]{1,20}[A-Z][A-Za-z0-9]{1,80})\s{1,3}response:\s{0,3}(?=\{\s{0,3}"Error"\s{0,3}:)/g;

// CodePipeline's rule it could not create: "Failed on the following Amazon CloudWatch Events operation: PutRule. The
// following message contains details on the exception: User: … is not authorized …".
const FOLLOWING_OPERATION = /\bFailed\s{1,3}on\s{1,3}the\s{1,3}following\s{1,3}[A-Za-z0-9 ]{1,60}?\s{1,3}operation:\s{0,3}([A-Z][A-Za-z0-9]{2,100})\b/g;

export function scanKeyedOperations(scan: Scan): void {
  if (scan.text.indexOf('on the following') >= 0) wrapEach(scan, FOLLOWING_OPERATION, 'forward', 600, 'operation', P.hint, true);
  if (scan.text.indexOf(' response: {"Error"') >= 0) wrapEach(scan, RESPONSE_OF, 'forward', 400, 'operation', P.hint, true);
  if (scan.text.indexOf('; operation: ') >= 0) wrapEach(scan, KOTLIN_TRACE_OP, 'forward', 1200, 'operation', P.hint, true);
  if (scan.text.indexOf('orchestrator::invoke') >= 0) wrapEach(scan, RUST_SPAN_OP, 'around', 3000, 'operation', P.hint, true);
  if (scan.text.indexOf(':op :') >= 0) wrapEach(scan, CLOJURE_OP, 'forward', 600, 'operation', P.hint, true);
  if (!mentions(scan, 'operation') || !mentions(scan, 'code')) return;
  wrapEach(scan, OPERATION_FIELD, 'around', 300, 'operation', P.hint, true);
}
