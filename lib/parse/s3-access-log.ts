// S3 server access logs: one space-separated line per request, the bucket's own record of who was refused (a writer's
// `[redacted]` may stand in the bucket's name) —
//   79a5…f2be reports [06/Feb/2019:00:00:38 +0000] 192.0.2.3 arn:aws:iam::111122223333:user/ci 3E57427F3EXAMPLE
//   REST.GET.OBJECT 2026/q1.csv "GET /reports/2026/q1.csv HTTP/1.1" 403 AccessDenied 243 - 9 - "-" "aws-cli/2" - …
// and the same fields as a log pipeline or Athena table names them (`"operation": "REST.GET.OBJECT"`, `"httpstatus":
// 403`, `"errorcode": "AccessDenied"`). A refused request (a 403 with its error code) is a finding: the requester, the
// S3 action of the logged operation (REST.HEAD.BUCKET is s3:ListBucket), the bucket and key, the code. The operation
// is kept as the log prints it.
import { actionForServiceEvent } from '../iam/operations';
import { categoryOfCode } from './codes';
import { get, str, type LooseObject } from './loose-json';
import { eachObject, structuredValues } from './structured';
import { P, makeCore, setField, type Scan } from './types';

const LINE =
  /(?<![\w-])[0-9a-f]{16,64}\s+([A-Za-z0-9<[][A-Za-z0-9.<>[\]_-]{1,254})\s+\[[^\]\n]{10,40}\]\s+(\S{1,64})\s+(\S{1,2048})\s+([A-Z0-9]{8,64})\s+((?:REST|BATCH|S3|WEBSITE)\.[A-Z_]{2,20}\.[A-Z_]{2,40})\s+(\S{1,2048})\s+"[^"\n]{0,4096}"\s+(\d{3})\s+([A-Za-z][A-Za-z0-9.]{1,100})\b/g;

// The API call a logged operation stands for, where the name is not the verb and noun run together.
const CALLS: Record<string, string> = {
  'GET.BUCKET': 'ListObjects',
  'HEAD.BUCKET': 'HeadBucket',
  'PUT.BUCKET': 'CreateBucket',
  'GET.UPLOADS': 'ListMultipartUploads',
  'POST.UPLOADS': 'CreateMultipartUpload',
  'PUT.PART': 'UploadPart',
  'POST.UPLOAD': 'CompleteMultipartUpload',
  'DELETE.UPLOAD': 'AbortMultipartUpload',
  'GET.UPLOAD': 'ListParts',
  'POST.OBJECT': 'PutObject',
  'COPY.OBJECT': 'CopyObject',
  'COPY.OBJECT_GET': 'GetObject',
  'GET.BUCKETVERSIONS': 'ListObjectVersions',
  'GET.BUCKETPOLICY': 'GetBucketPolicy',
  'PUT.BUCKETPOLICY': 'PutBucketPolicy',
  'DELETE.BUCKETPOLICY': 'DeleteBucketPolicy',
  'POST.MULTI_OBJECT_DELETE': 'DeleteObjects',
};

/** The S3 action of a logged operation (`REST.GET.OBJECT` → s3:GetObject), null when it names none we know. */
export function actionOfLoggedOperation(operation: string, key: string | null): string | null {
  const m = /^(?:REST|WEBSITE)\.([A-Z]+)\.([A-Z_]+)$/.exec(operation);
  if (!m) return null;
  const [verb, noun] = [m[1]!, m[2]!];
  const known = CALLS[`${verb}.${noun}`];
  const camel = (s: string) => s.toLowerCase().replace(/(?:^|_)([a-z])/g, (_x, c: string) => c.toUpperCase());
  const onObject = key !== null && noun !== 'BUCKET';
  const call =
    known ??
    (['GET', 'PUT', 'DELETE', 'HEAD'].includes(verb)
      ? `${camel(verb)}${noun === 'OBJECT' ? 'Object' : noun.startsWith('OBJECT_') ? camel(noun) : onObject ? `Object${camel(noun)}` : `Bucket${camel(noun)}`}`
      : null);
  return call ? actionForServiceEvent('s3', call) : null;
}

function isRefused(status: string | null, code: string | null): boolean {
  if (!code || code === '-') return false;
  return status === '403' || status === '401' || categoryOfCode(code) !== null;
}

function push(scan: Scan, start: number, end: number, f: { bucket: string | null; requester: string | null; operation: string; key: string | null; code: string }): void {
  const category = categoryOfCode(f.code) ?? 'access-denied';
  const core = makeCore(start, end, category, true);
  const key = f.key && f.key !== '-' ? f.key : null;
  if (f.requester && f.requester !== '-') setField(core, 'principal', f.requester, P.structured);
  setField(core, 'action', actionOfLoggedOperation(f.operation, key), P.structured);
  if (f.bucket) setField(core, 'resource', `arn:aws:s3:::${f.bucket}${key ? `/${decodeKey(key)}` : ''}`, P.structured);
  setField(core, 'errorCode', f.code, P.structured);
  setField(core, 'operation', f.operation, P.structured);
  scan.pieces.push(core);
}

/** Keys are logged URL-encoded (`a%20b.txt`); a malformed escape is kept as printed. */
function decodeKey(key: string): string {
  try {
    return decodeURIComponent(key);
  } catch {
    return key;
  }
}

export function scanS3AccessLogs(scan: Scan): void {
  const { text } = scan;
  if (text.indexOf('REST.') < 0 && text.indexOf('BATCH.') < 0) return;
  LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let covered = -1;
  while ((m = LINE.exec(text))) {
    covered = m.index + m[0].length;
    if (!isRefused(m[7]!, m[8]!)) continue;
    push(scan, m.index, m.index + m[0].length, { bucket: m[1]!, requester: m[3]!, operation: m[5]!, key: m[6]!, code: m[8]! });
  }
  readElided(scan, covered);
  eachObject(structuredValues(scan), (node) => readParsed(scan, node));
}

// A line its writer shortened (`[..] attackerbucket […] 8.8.8.8 – […] REST.GET.OBJECT key "GET /key HTTP/1.1" 403
// AccessDenied …`): the operation, key, request line, status and code still stand together; the bucket is the line's
// first name, and a caller is read only where an ARN is printed.
const ELIDED_TAIL = /((?:REST|WEBSITE)\.[A-Z_]{2,20}\.[A-Z_]{2,40})\s+(\S{1,2048})\s+"[^"\n]{0,4096}"\s+(\d{3})\s+([A-Za-z][A-Za-z0-9.]{1,100})\b/g;
const ELIDED_HEAD = /^[ \t]*(?:\[(?:\.\.\.?|…)\]|[0-9a-f]{16,64})\s+([a-z0-9][a-z0-9.-]{1,62})\s/;

function readElided(scan: Scan, covered: number): void {
  const { text } = scan;
  ELIDED_TAIL.lastIndex = covered + 1;
  let m: RegExpExecArray | null;
  while ((m = ELIDED_TAIL.exec(text))) {
    if (!isRefused(m[3]!, m[4]!)) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const head = ELIDED_HEAD.exec(text.slice(lineStart, m.index));
    if (!head) continue;
    const requester = /\barn:aws[\w-]{0,20}:(?:iam|sts)::\S{1,1024}/.exec(text.slice(lineStart, m.index))?.[0] ?? null;
    push(scan, lineStart, m.index + m[0].length, { bucket: head[1]!, requester, operation: m[1]!, key: m[2]!, code: m[4]! });
  }
}

/** A log pipeline's or Athena's rendering of one access log record. */
function readParsed(scan: Scan, node: LooseObject): void {
  const operation = str(get(node, 'operation'));
  if (!operation || !/^(?:REST|BATCH|S3|WEBSITE)\.[A-Z_]+\.[A-Z_]+$/.test(operation)) return;
  const code = str(get(node, 'errorcode')) ?? str(get(node, 'error_code'));
  const status = str(get(node, 'httpstatus')) ?? str(get(node, 'http_status'));
  if (!code || !isRefused(status, code)) return;
  const bucket = str(get(node, 'bucket')) ?? str(get(node, 'bucket_name')) ?? str(get(node, 'bucketname'));
  push(scan, node.start, node.end, { bucket, requester: str(get(node, 'requester')), operation, key: str(get(node, 'key')), code });
}
