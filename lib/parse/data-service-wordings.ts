// Data and analytics services' own wordings of a refusal, and their clients': Lake Formation (the object it names, or
// just the refusal), DMS's service role, OpenSearch Serverless's data access and network policies, minio-go's call,
// awswrangler's words, a client's 403 on an s3:// URL, the Java S3 exception's and s3fs's bare "Forbidden", Rust's
// object_store (Lance, delta-rs, Iceberg), and the bodyless 403s clients print in their own words (Rust's and the C++
// SDK's debug output, ClickHouse, DuckDB, a browser console, Go v1's request struct, Amplify JS).
import { categoryOfCode } from './codes';
import { each } from './find';
import { mentions } from './gate';
import { coreEach, credentialsEach, wrapEach } from './match-pieces';
import { P, makeCore, makeWrapper, setField, type Scan } from './types';
import { S3_PATH } from './text';

export function scanDataServiceWordings(scan: Scan): void {
  const { text } = scan;
  if (mentions(scan, 'permission') && text.indexOf('Lake Formation') >= 0) {
    wrapEach(scan, LAKE_FORMATION_ON, 'around', 400, 'resource', P.prefix);
    scanLakeFormationRefused(scan);
  }
  if (text.indexOf('configured properly') >= 0) coreEach(scan, ROLE_NOT_CONFIGURED, 'resource', P.prefix);
  if (text.indexOf('error from') >= 0) wrapEach(scan, ERROR_FROM, 'around', 100, 'operation', P.prefix);
  if (mentions(scan, 'denied') && text.indexOf('specified s3 resource') >= 0) coreEach(scan, WRANGLER_DENIED, null);
  if (text.indexOf('s3://') >= 0 && text.indexOf('Forbidden') >= 0) coreEach(scan, S3_URL_403, null);
  if (mentions(scan, 'permission') && /OpenSearch|aoss/i.test(text)) coreEach(scan, OPENSEARCH_NO_PERMISSION, null);
  if (text.indexOf('[security_exception]') >= 0 && /OpenSearch|aoss|Bedrock|amazonaws/i.test(text)) coreEach(scan, OPENSEARCH_SECURITY_403, null);
  if (text.indexOf('network-policy-deny') >= 0) coreEach(scan, AOSS_NETWORK_DENY, null);
  if (text.indexOf('privileges') >= 0) coreEach(scan, OBJECT_STORE_DENIED, null);
  if (text.indexOf('Forbidden)') >= 0) coreEach(scan, OBJECT_STORE_403, null);
  if (text.indexOf('403') >= 0) scanBare403s(scan);
  if (text.indexOf('401') >= 0 && text.indexOf('unexpected status') >= 0) credentialsEach(scan, ECR_REQUEST_401, true, true);
  if (text.indexOf('response code: 401') >= 0) credentialsEach(scan, JAVA_URL_401, true, true);
  if (text.indexOf('bootstrap action') >= 0) coreEach(scan, EMR_BOOTSTRAP_DENIED, 'resource', P.statement, true);
  if (text.indexOf('S3 exception:') >= 0) scanClickHouseCodes(scan);
  if (text.indexOf('Forbidden for url') >= 0 || text.indexOf("error '403 Forbidden'") >= 0) scanRequests403(scan);
  if (text.indexOf('status code 403') >= 0) coreEach(scan, GRADLE_403, null);
  if (text.indexOf('returning EPERM') >= 0) coreEach(scan, S3FS_403, null);
  if (text.indexOf('failed for bucket') >= 0) coreEach(scan, MOUNTPOINT_DENIED, 'operation');
  if (text.indexOf('S3Exception: Forbidden') >= 0) coreEach(scan, S3_EXCEPTION_FORBIDDEN, null);
  if (text.indexOf('PermissionError') >= 0 && S3_WORDS.test(text)) coreEach(scan, S3FS_FORBIDDEN, null);
  if (text.indexOf('goofys') >= 0) coreEach(scan, GOOFYS_DENIED, 'resource');
}

// goofys (a FUSE mount of a bucket) prints S3's 403 in a file system's words: "main.ERROR Unable to access 'bucket':
// permission denied".
const GOOFYS_DENIED = /\bUnable\s{1,3}to\s{1,3}access\s{1,3}'([^'\s]{1,255})':\s{1,3}permission\s{1,3}denied\b/g;

// The Java SDK's S3 exception cut to its status (a writer's shortening, S3A's wrap of a bodyless HEAD): "AmazonS3Exception:
// Forbidden (403)", "AmazonS3Exception: Forbidden" ⏎ "Status Code: 403". The class is S3's own.
const S3_EXCEPTION_FORBIDDEN = /\bAmazonS3Exception:[ \t]{0,3}Forbidden\b/g;

// s3fs (pandas, Dask, fsspec) turns S3's 403 into Python's PermissionError with the status's words: "PermissionError:
// Forbidden". The same class is any program's local refusal ("PermissionError: Access denied" from the OS), so only its
// "Forbidden", and only where the text speaks of S3.
const S3FS_FORBIDDEN = /\bPermissionError(?::[ \t]{0,3}|\(['"])Forbidden\b/g;
const S3_WORDS = /\bs3:\/\/|\bS3\b|\bs3fs\b/;

// Mountpoint for Amazon S3's error chain, one cause per numbered line: "0: HeadBucket failed for bucket s3://b/ in region
// eu-west-1" ⏎ "1: Service error" ⏎ "2: Permission denied" — S3 refused the call it names.
const MOUNTPOINT_DENIED =
  /\b([A-Z][A-Za-z0-9]{2,60})\s{1,3}failed\s{1,3}for\s{1,3}bucket\b[^\n]{0,400}(?:\n[ \t]{0,40}\d{1,2}:[^\n]{0,300}){0,4}?\n[ \t]{0,40}\d{1,2}:[ \t]{0,3}(?:Permission\s{1,3}denied|Forbidden|Access\s{1,3}Denied)\b/g;

// Lake Formation names what it refused: "Insufficient Lake Formation permission(s) on sales_db (Database name:
// sales_db)", "…: Required Create Table on sqe_lf_quickstart"; "…: Required Create Database on Catalog" and "…:
// Required Describe on table …" name a kind of object, no resource. A table's `|` ends the value (a docs table's cell).
const LAKE_FORMATION_ON =
  /Insufficient\s{1,5}Lake\s{1,5}Formation\s{1,5}permission\(s\)(?::\s{0,5}Required(?:\s{1,5}[A-Z][a-z]{1,20}){1,3})?\s{1,5}on\s{1,5}(?![Cc]atalog\b|[Tt]able\b|[Dd]atabase\b|[Cc]olumns?\b|[Dd]ata\s|[Rr]esource\b)(s3a?:\/\/[^\s"'`()|]{1,1024}|[^\s():,;"'`|]{1,300})/g;

// Its refusal, whatever it names after it ("Insufficient Lake Formation permission(s): Required Describe on table …").
const LAKE_FORMATION_REFUSED = /\bInsufficient\s{1,5}Lake\s{1,5}Formation\s{1,5}permission(?:\(s\)|s)?\b/g;

function scanLakeFormationRefused(scan: Scan): void {
  const found: Array<{ start: number; end: number; heading: boolean }> = [];
  each(LAKE_FORMATION_REFUSED, scan.text, (m) => {
    // (A bounded look back: a line longer than that is no heading.)
    const before = scan.text.slice(Math.max(0, m.index - 200), m.index);
    const nl = before.lastIndexOf('\n');
    const head = nl >= 0 ? before.slice(nl + 1) : m.index <= 200 ? before : '';
    found.push({ start: m.index, end: m.index + m[0].length, heading: /^[ \t]{0,3}#/.test(head) });
  });
  // A document's heading names the case its section quotes ("### Error 1: Insufficient Lake Formation …"); a heading
  // that quotes nothing below it is the example itself.
  const lastQuoted = found.findLastIndex((f) => !f.heading);
  for (const [i, f] of found.entries()) {
    if (f.heading && i < lastQuoted) continue;
    // Strong: Glue reports Lake Formation's refusal under its own InvalidInputException, still a refusal.
    scan.pieces.push(makeCore(f.start, f.end, 'access-denied', true));
  }
}

// DMS when its service role is missing or does not trust it: "The IAM Role arn:aws:iam::…:role/dms-vpc-role is not
// configured properly." (AccessDeniedFault; a note quoting the sentence without its code says the same).
const ROLE_NOT_CONFIGURED = /\bThe\s{1,3}IAM\s{1,3}Role\s{1,3}(arn:[^\s"'`,;]{3,2048}?)\s{1,3}is\s{1,3}not\s{1,3}configured\s{1,3}properly\b/g;

// A client naming the call it got the refusal from (minio-go under Tempo, Loki, Thanos): "unexpected error from
// ListObjects on MY_BUCKET: Access Denied".
const ERROR_FROM = /\berror\s{1,3}from\s{1,3}([A-Z][A-Za-z0-9]{2,60})\s{1,3}on\s{1,3}\S{1,300}?:\s{0,3}Access\s{1,3}Denied\b/g;

// AWS SDK for pandas (awswrangler): "Access to the specified s3 resource is denied, please check your iam/s3 bucket
// policies …".
const WRANGLER_DENIED = /\bAccess\s{1,3}to\s{1,3}the\s{1,3}specified\s{1,3}s3\s{1,3}resource\s{1,3}is\s{1,3}denied\b/gi;

// A client's 403 on an S3 URL (DuckDB's httpfs under dbt): "Unable to connect to URL "s3://b/k.parquet": 403
// (Forbidden)" — S3 refused; the status is no code.
const S3_URL_403 = /(?<![\w/.-])s3:\/\/[^\s"'`]{1,1024}["'`]?:?[ \t]{1,3}\(?403\)?[ \t]{0,3}\(?Forbidden\b/g;

// OpenSearch's refusal where the text is about AWS's service (a domain's fine-grained access control, a Serverless
// collection's data access policy): "User does not have permissions for the requested resource".
const OPENSEARCH_NO_PERMISSION = /\bUser\s{1,3}does\s{1,3}not\s{1,3}have\s{1,3}permissions\s{1,3}for\s{1,3}the\s{1,3}requested\s{1,3}resource\b/g;

// …and its security plugin's 403 as a service relays it (a Bedrock knowledge base whose role the collection's data
// access policy does not name yet: "Request failed: [security_exception] 403 Forbidden").
const OPENSEARCH_SECURITY_403 = /\[security_exception\]\s{0,3}403\s{1,3}Forbidden\b/g;

// OpenSearch Serverless's answer when a network policy refuses the caller's network: a bodyless 401 or 403 with
// `x-aoss-response-hint: X01:network-policy-deny`.
const AOSS_NETWORK_DENY = /\bx-aoss-response-hint['"]?\s{0,3}[:=]\s{0,3}['"]?[A-Z]\d{2}:network-policy-deny\b/gi;

// An address on an AWS endpoint, as clients print the URL they got a bare 403 from (the three readers below).
const AWS_URL = String.raw`https?:\/\/[a-z0-9.-]{0,200}\.amazonaws\.com(?:\.cn)?`;

// Rust's object_store (under Lance, delta-rs, Iceberg readers) when the store refused the request: its PermissionDenied
// ("The operation lacked the necessary privileges to complete for path data.lance/…: Client error with status 403")
// and its generic S3 error for a bodyless 403 from an AWS endpoint ("HTTP status client error (403 Forbidden) for url
// (https://s3.us-east-1.amazonaws.com/…)").
const OBJECT_STORE_DENIED = /\bThe\s{1,8}operation\s{1,8}lacked\s{1,8}the\s{1,8}necessary\s{1,8}privileges\b/g;
const OBJECT_STORE_403 = new RegExp(String.raw`\bHTTP\s{1,8}status\s{1,8}client\s{1,8}error\s{1,8}\(403\s{1,8}Forbidden\)\s{1,8}for\s{1,8}url\s{1,8}\(${AWS_URL}[/)]`, 'g');

// Rust's Debug print of the raw response S3 answered a HEAD with (no body, no code: aws-sdk-rust's `ServiceError { …
// raw: Response { status: 403, … "server": "AmazonS3" }`, OpenDAL's `Parts { status: 403, … }`): S3's bare refusal.
// (The iOS SDK prints Foundation's response: "{ status code: 403, headers { … Server = AmazonS3; …".)
const DEBUG_RESPONSE_403 = /\bstatus(?:\s{1,3}code)?:\s{0,3}403\b(?=[^]{0,1200}?["']?[Ss]erver["']?\s{0,3}(?::|=>|=)\s{0,3}["']?AmazonS3\b)/g;

// A browser console's failed request to an AWS endpoint (`PUT https://b.s3.eu-central-1.amazonaws.com/k 403
// (Forbidden)`, a presigned upload refused): S3's bare refusal, the status no code.
const CONSOLE_403 = new RegExp(String.raw`\b(?:PUT|GET|POST|HEAD|DELETE)\s{1,3}https?:\/\/[A-Za-z0-9.-]{0,200}\.amazonaws\.com(?:\.cn)?[^\s]{0,2000}\s{1,3}403\s{1,3}\(Forbidden\)`, 'g');
// The AWS C++ SDK's log of an answer without a body (ClickHouse, StarRocks): "AWSXmlClient: HTTP response code: 403",
// "HTTP response code: 403: while reading … (S3_ERROR)", "BE access S3 file failed, SdkResponseCode=403".
const SDK_CPP_403 = /\bAWSXmlClient:\s{1,3}HTTP\s{1,3}response\s{1,3}code:\s{0,3}403\b|\bHTTP\s{1,3}response\s{1,3}code:\s{0,3}403\b(?=[^\n]{0,600}\(S3_ERROR\))|\bS3\s{1,3}file\s{1,3}failed,\s{1,3}SdkResponseCode=403\b/g;
// ClickHouse's S3 errors name S3's code in backticks: "S3 exception: `AccessDenied`, message: ''".
const CLICKHOUSE_S3_CODE = /\bS3\s{1,3}exception:\s{0,3}`([A-Za-z][A-Za-z0-9.]{1,60})`,\s{0,3}message:/g;
// DuckDB's HTTP client naming the status in its own enum: "Request to 'glue.us-east-1.amazonaws.com/iceberg/…' returned
// a non-200 status code (Forbidden_403)".
const DUCKDB_ENUM_403 =
  /\bamazonaws\.com[^'"\s]{0,600}['"]?\s{1,3}returned\s{1,3}a\s{1,3}non-200\s{1,3}status\s{1,3}code\s{1,3}\(Forbidden_403\)/g;
// Older DuckDB's httpfs: "HTTP Error: HTTP GET error on 'https://bucket.s3.amazonaws.com/key' (HTTP 403)" (newer ones
// go on with "Authentication Failure - … invalid or missing credentials" when they signed with none: that one's).
// S3's when the URL is S3's or an S3-compatible store's (`bucket.s3.fr-par.scw.cloud`), or when the paste read an
// `s3://` path (a writer who cut the URL's head off, quote and all); a 403 from any other web server is not.
const DUCKDB_HTTP_403 =
  /(?:\bHTTP\s{1,3}[A-Z]{3,6}\s{1,3}error\s{1,3}on\s{1,3})?(?<![^\s'])'?([^'\s]{1,1500})'\s{1,3}\(HTTP\s{1,3}403\)(?![^]{0,300}?Authentication\s{1,3}Failure)/g;
const S3_URL = /\.amazonaws\.com(?:\.cn)?(?:[/:]|$)|^(?:https?:\/\/)?(?:[^/]{1,200}\.)?s3[.-][^/]{1,200}\.[a-z]{2,12}(?:[/:]|$)/;

function scanDuckDb403s(scan: Scan): void {
  const { text } = scan;
  if (text.indexOf('Forbidden_403') >= 0) coreEach(scan, DUCKDB_ENUM_403, null);
  if (text.indexOf('(HTTP 403)') < 0) return;
  const readsS3 = text.indexOf('s3://') >= 0;
  each(DUCKDB_HTTP_403, text, (m) => {
    if (readsS3 || S3_URL.test(m[1]!)) scan.pieces.push(makeCore(m.index, m.index + m[0].length, 'access-denied', false));
  });
}

// GDAL's curl reader of /vsis3/ paths (rasterio, terra, OptimizeRasters): "HTTP response code: 403 (GDAL error 11)",
// or naming the URL it probed: "Warning 1: HTTP response code on https://b.s3.amazonaws.com/k.xml: 403".
const GDAL_403 = /\bHTTP\s{1,3}response\s{1,3}code(?::|\s{1,3}on\s{1,3}https?:\/\/[^\s:]{1,1500}:)\s{0,3}403\b/g;

// The Go SDK v1's request error printed as a struct (`&awserr.requestError{awsError:(*awserr.baseError)(0xc4…),
// statusCode:403, requestID:"…"}`): the service's refusal, its message not printed.
const GO_V1_REQUEST_403 = /\bawserr\.requestError\{[^}\n]{0,300}?\bstatusCode:\s{0,3}403\b/g;

// Amplify JS's storage provider logging the 403 its upload got: "AWSS3Provider - error uploading, [Error: Request failed
// with status code 403]".
const AMPLIFY_S3_403 = /\bAWSS3Provider\s{1,3}-\s{1,3}error\s{1,3}\w{2,20},\s{1,3}\[Error:\s{1,3}Request\s{1,3}failed\s{1,3}with\s{1,3}status\s{1,3}code\s{1,3}403\]/g;

const AWS_HOST = /\bamazonaws\.com(?:\.cn)?\b/;

/** A refusal for each match of `re` that follows a request to an AWS host (`host`, within `reach` characters before it). */
function awsHostBefore(scan: Scan, re: RegExp, host = AWS_HOST, reach = 800): void {
  const { text } = scan;
  each(re, text, (m) => {
    if (host.test(text.slice(Math.max(0, m.index - reach), m.index))) scan.pieces.push(makeCore(m.index, m.index + m[0].length, 'access-denied', false));
  });
}

// Old s3fs's debug output: "RequestPerform(1572): connecting to URL http://b.s3.amazonaws.com/" … "RequestPerform(1710):
// HTTP response code =403" — S3 refused; the status is no code.
const S3FS_DEBUG_403 = /\bHTTP\s{1,3}response\s{1,3}code\s{0,3}=\s{0,3}403\b/g;
// wget fetching an S3 URL: "Connecting to b.s3.amazonaws.com … HTTP request sent, awaiting response... 403 Forbidden".
const WGET_403 = /\bHTTP\s{1,3}request\s{1,3}sent,\s{1,3}awaiting\s{1,3}response\.{3}\s{0,3}403\s{1,3}Forbidden\b/g;

// goofys' debug log of each S3 request: "s3.DEBUG HEAD https://s3.amazonaws.com/bucket = 403 [us-east-1]" (a writer's
// placeholder may stand in the path: `/[BUCKET NAME]`).
const GOOFYS_403 = /\bs3\.DEBUG\s{1,3}(?:HEAD|GET|PUT|POST|DELETE)\s{1,3}https?:\/\/[^\s]{0,300}?\.amazonaws\.com(?:\.cn)?(?:\/(?:\[[^\]]{1,60}\]|[^\s[]){0,1000})?\s{1,3}=\s{1,3}403\b/g;

// cfn-init fetching a file from S3 for an instance whose role may not read it: "Failed to retrieve
// https://b.s3.us-east-2.amazonaws.com/scripts/install.sh: HTTP Error 403 : <?xml …".
const CFN_INIT_403 = /\bFailed\s{1,3}to\s{1,3}retrieve\s{1,3}https?:\/\/[^\s]{0,300}?\.amazonaws\.com(?:\.cn)?\/[^\s]{0,1000}?:\s{1,3}HTTP\s{1,3}Error\s{1,3}403\b/g;
// EMR's state change reason for a bootstrap script its roles may not read: "Access denied trying to read bootstrap
// action file 's3://b/download.sh'" (the console glues it to the state: "Terminated with errorsAccess denied …").
const EMR_BOOTSTRAP_DENIED = /Access\s{1,3}denied\s{1,3}trying\s{1,3}to\s{1,3}read\s{1,3}bootstrap\s{1,3}action\s{1,3}file\s{1,3}'(s3:\/\/[^'\s]{1,1024})'/g;

// helm's and containerd's OCI client refused by an ECR registry: "unexpected status from HEAD request to
// https://public.ecr.aws/v2/kro/kro/manifests/0.1.0: 403 Forbidden" (the status is no code).
// (A CI log masks the account and the region: `https://***.dkr.ecr.***.amazonaws.com/…`.)
const ECR_REQUEST = String.raw`\bunexpected\s{1,3}status\s{1,3}(?:code\s{1,3})?from\s{1,3}(?:HEAD|GET)\s{1,3}request\s{1,3}to\s{1,3}https?:\/\/(?:public\.ecr\.aws|(?:\d{12}|\*{3})\.dkr\.ecr\.(?:[a-z0-9-]{1,30}|\*{3})\.amazonaws\.com(?:\.cn)?)\/[^\s]{0,1000}?(?:\n[^\s]{1,1000}?)?:\s{1,3}`;
const ECR_REQUEST_403 = new RegExp(String.raw`${ECR_REQUEST}403\s{1,3}Forbidden\b`, 'g');
// …and its 401 when the client had no login for the registry: the credentials.
const ECR_REQUEST_401 = new RegExp(String.raw`${ECR_REQUEST}(401)\s{1,3}Unauthorized\b`, 'g');

// …and containerd's pull of an ECR image it was refused ("failed to pull and unpack image
// \"1111.dkr.ecr.us-east-1.amazonaws.com/app:latest\": failed to resolve reference: unexpected status code 403 Forbidden").
const STATUS_CODE_403 = /\bunexpected\s{1,3}status\s{1,3}code\s{1,3}403\s{1,3}Forbidden\b/g;
const ECR_HOST = /\.dkr\.ecr\.[a-z0-9-]{1,30}\.amazonaws\.com|\bpublic\.ecr\.aws\//;

// Java's own HTTP client calling an AWS endpoint unsigned or with bad keys: "Server returned HTTP response code: 401 for
// URL: https://ec2.us-east-1.amazonaws.com/?Action=DescribeInstances".
const JAVA_URL_401 = /\bServer\s{1,3}returned\s{1,3}HTTP\s{1,3}response\s{1,3}code:\s{1,3}(401)\s{1,3}for\s{1,3}URL:\s{0,3}https?:\/\/[a-z0-9.-]{1,100}\.amazonaws\.com(?:\.cn)?\b/g;

function scanBare403s(scan: Scan): void {
  const { text } = scan;
  if (text.indexOf('unexpected status') >= 0) {
    coreEach(scan, ECR_REQUEST_403, null);
    awsHostBefore(scan, STATUS_CODE_403, ECR_HOST, 400);
  }
  if (text.indexOf('awaiting response') >= 0) awsHostBefore(scan, WGET_403);
  if (text.indexOf('s3.DEBUG') >= 0) coreEach(scan, GOOFYS_403, null);
  if (text.indexOf('Failed to retrieve') >= 0) coreEach(scan, CFN_INIT_403, null);
  if (text.indexOf('response code =') >= 0) awsHostBefore(scan, S3FS_DEBUG_403);
  if (text.indexOf('AmazonS3') >= 0) coreEach(scan, DEBUG_RESPONSE_403, null);
  if ((text.indexOf('response code: 403') >= 0 || text.indexOf('response code on') >= 0) && S3_PATH.test(text)) coreEach(scan, GDAL_403, null);
  if (text.indexOf('AWSS3Provider') >= 0) coreEach(scan, AMPLIFY_S3_403, null);
  if (text.indexOf('awserr.requestError') >= 0) coreEach(scan, GO_V1_REQUEST_403, null);
  if (text.indexOf('(Forbidden)') >= 0) coreEach(scan, CONSOLE_403, null);
  if (text.indexOf('response code') >= 0 || text.indexOf('SdkResponseCode') >= 0) coreEach(scan, SDK_CPP_403, null);
  scanDuckDb403s(scan);
}

function scanClickHouseCodes(scan: Scan): void {
  each(CLICKHOUSE_S3_CODE, scan.text, (m) => {
    const category = categoryOfCode(m[1]!);
    if (!category) return;
    const core = makeCore(m.index, m.index + m[0].length, category, true);
    setField(core, 'errorCode', m[1], P.prefix);
    scan.pieces.push(core);
  });
}

// Python requests' HTTPError for a query-API call an AWS endpoint refused: "403 Client Error: Forbidden for url:
// https://monitoring.ap-southeast-2.amazonaws.com/?Action=PutMetricData&…" — the call is the URL's Action; httpx's
// "Client error '403 Forbidden' for url 'https://bedrock-agentcore.us-east-1.amazonaws.com/…'" likewise (LiteLLM prints
// the URL on the next line without "for url").
const REQUESTS_403 = new RegExp(
  String.raw`(?:\b403\s{1,3}Client\s{1,3}Error:\s{1,3}Forbidden\s{1,3}for\s{1,3}url:|\bClient\s{1,3}error\s{1,3}'403\s{1,3}Forbidden'(?:\s{1,3}for\s{1,3}url)?)\s{1,3}'?${AWS_URL}\/[^\s"'\x60]{0,2000}`,
  'g',
);

function scanRequests403(scan: Scan): void {
  each(REQUESTS_403, scan.text, (m) => {
    // The body a client prints below the status says why ("The request signature we calculated does not match…"):
    // the status is that message's when one follows, the refusal itself when none does.
    const wrapper = makeWrapper(m.index, m.index + m[0].length, 'forward', 400, 'access-denied');
    const action = /[?&]Action=([A-Z][A-Za-z0-9]{1,100})\b/.exec(m[0]);
    if (action) setField(wrapper, 'operation', action[1], P.prefix);
    scan.pieces.push(wrapper);
  });
}

// Gradle resolving from a repository on S3 over HTTPS: "Could not GET 'https://s3.amazonaws.com/repo/…pom'. Received
// status code 403 from server: Forbidden" — S3 refused; the status is no code.
const GRADLE_403 = new RegExp(
  String.raw`\bCould\s{1,3}not\s{1,3}(?:GET|HEAD|PUT)\s{1,3}'${AWS_URL}\/[^'\s]{0,2000}'\.?\s{1,3}Received\s{1,3}status\s{1,3}code\s{1,3}403\b`,
  'g',
);

// s3fs's log when S3 refused a request: "curl.cpp:RequestPerform(2371): HTTP response code 403, returning EPERM".
const S3FS_403 = /\bHTTP\s{1,3}response\s{1,3}code\s{1,3}403,\s{1,3}returning\s{1,3}EPERM\b/g;
