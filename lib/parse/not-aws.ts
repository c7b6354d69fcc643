// Errors that share AWS's code names but come from elsewhere: Java's own and frameworks' exception classes
// (`java.nio.file.AccessDeniedException: /tmp/x`, `org.springframework.security.access.AccessDeniedException:
// Access is denied`) and other clouds' tools (gsutil's `AccessDeniedException: 403 … does not have
// storage.objects.list access to the Google Cloud Storage bucket`, Google Cloud Storage's S3-shaped XML
// `<Error><Code>AccessDenied</Code>…<Details>…storage.objects.get…</Details></Error>`). A code or phrase read at
// `at` is not AWS's when its class is qualified by a package that is not AWS's, or when the rest of its line or the
// XML error element around it names another cloud and no AWS.

// The dotted package right before the class name (`org.springframework.security.access.`).
import { indexWithin, lastIndexWithin } from './text';

const PACKAGE_BEFORE = /(?:[A-Za-z_$][\w$]{0,60}\.){1,15}$/;
const PHP_NAMESPACE_BEFORE = /\\?(?:[A-Za-z_][\w]{0,60}\\){1,10}$/;
// An S3 client's own package (`akka.stream.alpakka.s3.`, `org.apache.hadoop.fs.s3a.`) speaks for S3 too.
const AWS_PACKAGE = /amazon|aws|\.s3a?\.$/i;
// Another cloud's words: its product names, its tools, its dotted permissions ("does not have x.y.z access").
// Azure Storage's error message ends in its own request id and time lines ("RequestId:c4d5a070-…⏎Time:2022-…").
// Alibaba Cloud's OSS and Tencent Cloud's COS speak S3's XML: their hosts, their key ids (`<OSSAccessKeyId>`), their
// names in Chinese (its Java SDK's `TencentCloudSDKException`, its CAM's `AuthFailure.UnauthorizedOperation`); so does Google Cloud Storage's XML API (its GOOG4 signing, "Check your Google secret key"), and
// BigQuery says "Access Denied" too; Oracle Cloud's S3-compatible Object Storage answers S3's 403s.
// Alibaba Cloud's resource names (`acs:fnf:cn-hangzhou:…`); Volcengine's tools (its `trn:` names); the OSS Go SDK's own
// envelope (`oss: service returned error: StatusCode=403, ErrorCode=…`). Red Hat OpenShift's `oc` prints kubectl's
// "You must be logged in to the server (Unauthorized)" for its own logins, as do the clusters of k3s, MicroK8s, minikube,
// GKE and AKS. Huawei Cloud's OBS answers with S3's codes; Google Cloud Storage (GCS) with S3's XML; Google's registries
// (gcr.io, pkg.dev) with docker's DENIED. Backblaze B2's own API words ECR's "Authorization token has expired" (its
// code `expired_auth_token` after it). Other clouds' S3-compatible stores answer with S3's codes and XML too: Nebius,
// Linode (Akamai), Wasabi, Yandex Cloud. (Not a self-hosted MinIO, nor R2's, IBM's or Scaleway's: the collected data
// labels their refusals as the S3 API's denials.) Microsoft's SharePoint and Teams word their refusals as the console
// does ("You don't have permissions to view files … Contact your Microsoft Teams owner or SharePoint administrator"), and
// so does Deno Deploy ("You don't have permission to access the project", its responses' `x-deno-ray` header below).
// Hugging Face's Hub answers 403s of its own, some from its `s3proxy` (`HfHubHTTPError: 403 Forbidden`). Tencent's COS
// documents S3's XML for its own API, SDKs and buckets.
// (Four smaller alternations: V8 runs each faster than the one they make together, at every position of a line.)
const OTHER_CLOUD = [
  /\bOpenShift\b|(?<![\w/.-])(?:k3s|[Mm]icro[Kk]8s|minikube|GKE|AKS|GCS)(?![\w/.-])|\bOBS\b|\baliyuncs\.com\b|\baliyun\.com\b|\boss: service returned error\b|<OSSAccessKeyId>|\bOSS Access Key|\bOssService\b|\boss-android\b|You have no right to access this object|\bAlibaba\b|\b[Aa]liyun\b|\bALIYUN_|阿里云|\bmyqcloud\.com\b|\bTencent ?Cloud(?:SDKException)?\b|\bCOS\s{0,3}(?:API|SDK|bucket|存储桶)/,
  /腾讯云|\bmyhuaweicloud\.com\b|\bHuawei Cloud\b|华为云|RequestId:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\s{0,3}Time:\d{4}-|Google Cloud|\bcloud\.google\.com\b|\b(?:gcr\.io|pkg\.dev)\b|\bdoes not have permission '[a-z]{2,40}(?:\.[A-Za-z]{2,40}){2}'|\bBigQuery\b|\boraclecloud\.com\b|\bOracle Cloud\b|\bBackblaze\b|\b(?:expired|bad)_auth_token\b|\bGOOG4-(?:RSA|HMAC)-SHA256\b|\bGoogle secret key\b|\bgs:\/\//,
  /\bgsutil\b|\bgcloud\b|\bdoes not have [a-z]{2,40}(?:\.[A-Za-z]{2,40}){2} (?:access|permission)|\bPermission '[a-z]{2,40}(?:\.[A-Za-z]{2,40}){2}' denied|\bAzure\b|\bMicrosoft\.[A-Z]|\bAADSTS\d{5,7}\b|\.(?:windows|microsoftonline)\.(?:net|com)\b|\bVolcengine\b|\bvolces\.com\b|火山引擎|\btrn:iam::|\bacs:[a-z][a-z0-9-]{1,40}:/,
  /\b[Nn]ebius\b|\blinodeobjects\.com\b|\bwasabisys\.com\b|\bstorage\.yandexcloud\.net\b|\bYandex Cloud\b|\bSharePoint\b|\bMicrosoft Teams\b|\bx-deno-ray\b|\bDeno Deploy\b|\bHfHubHTTPError\b|\bhf\.co\/|\bhuggingface\.co\b/,
];
const AWS_WORDS = /arn:aws|amazonaws|\bAWS\b|\bAmazon\b|\bS3\b/;

/** Whether the code at `at`…`end` of `text` belongs to something other than AWS. */
export function notAwsCode(text: string, at: number, end: number): boolean {
  if (at > 0 && text.charCodeAt(at - 1) === 46 /* . */) {
    const pkg = PACKAGE_BEFORE.exec(text.slice(Math.max(0, at - 400), at));
    // A service's own namespace (`KMS.AccessDeniedException`, `Client.UnauthorizedOperation`) is one capitalised word.
    const namespace = pkg !== null && /^[A-Z][A-Za-z0-9]*\.$/.test(pkg[0]);
    if (pkg && !namespace && !AWS_PACKAGE.test(pkg[0])) return true;
  }
  // A PHP namespace (`Sabre\DAV\Exception\Forbidden`, a WebDAV server's) is AWS's only as the PHP SDK's (`Aws\…`).
  if (at > 0 && text.charCodeAt(at - 1) === 92 /* backslash */) {
    const ns = PHP_NAMESPACE_BEFORE.exec(text.slice(Math.max(0, at - 300), at));
    if (ns && !/^\\?Aws\\/.test(ns[0])) return true;
  }
  const nl = indexWithin(text, '\n', end, 600);
  const line = text.slice(end, nl < 0 ? Math.min(text.length, end + 600) : Math.min(nl, end + 600));
  return namesOtherCloud(line) || namesOtherCloud(xmlErrorAround(text, at)) || foreignRequestLine(text, at, end) || foreignProductBefore(text, at);
}

/** The XML error element (`<Error>…</Error>`, as S3 and Google Cloud Storage answer) around `at`, else ''. */
function xmlErrorAround(text: string, at: number): string {
  // (Every look is bounded: a text with many codes and no XML costs no scan of the whole text per code.)
  const open = lastIndexWithin(text, '<Error>', at + 7, 607);
  if (open >= 0) {
    const close = indexWithin(text, '</Error>', at, 1500);
    return close >= 0 && close - at < 1500 ? text.slice(open, close) : '';
  }
  // A translated page renames the root (`<エラー>`): the element from its `<Code>` to the next blank line.
  const code = lastIndexWithin(text, '<Code>', at + 6, 606);
  if (code < 0) return '';
  const blank = indexWithin(text, '\n\n', at, 1500);
  return text.slice(code, blank < 0 ? Math.min(text.length, at + 1500) : Math.min(blank, at + 1500));
}

/**
 * Whether a whole text is about another cloud: it names one and says nothing of AWS anywhere (Alibaba OSS's table of
 * the S3 codes it copies, a Google Cloud page). Whatever reads like AWS's codes in it is that cloud's.
 */
export function onlyAnotherCloud(text: string): boolean {
  // botocore's envelope is AWS's own words, whatever else the text names ("Deployed the app to Azure.⏎An error occurred
  // (AccessDenied) when calling the GetObject operation").
  // (The PHP SDK's own words, "AWS HTTP error", name the client that spoke to Wasabi or MinIO, not the server.)
  return namesOtherCloud(text.indexOf('AWS HTTP error') >= 0 ? text.replace(/\bAWS HTTP error\b/g, '') : text) && !AWS_ENVELOPE.test(text);
}

// (Go v2's names its service and call, "operation error S3: GetObject,"; Alibaba's OSS SDK copies the words with the
// call alone: "operation error OpenMetaQuery: Error returned by Service.")
const AWS_ENVELOPE = /when\s{1,5}calling\s{1,5}the\s{1,5}[A-Za-z0-9]{1,100}\s{1,5}operation|\boperation\s{1,5}error\s{1,5}[A-Z][A-Za-z0-9 ]{0,40}:\s{1,5}[A-Z][A-Za-z0-9]{1,100},/;

/** Whether `s` names another cloud and nothing of AWS (an error body that only looks like AWS's). */
function namesOtherCloud(s: string): boolean {
  // (The short test first: most lines a code or phrase sits on speak of AWS.)
  return !AWS_WORDS.test(s) && OTHER_CLOUD.some((re) => re.test(s));
}

// Other products whose own errors use AWS's words ("TF400813: The user '…' is not authorized to access this
// resource" — Azure DevOps; "ServiceNow returned 403 Forbidden … does not have permission to perform the API operation").
// DigitalOcean's S3-compatible Spaces answer "Forbidden: Forbidden" to a bucket policy as S3 would. Windows' COM and
// Win32 errors name their HRESULTs AccessDenied too (`COMException { ErrorCode: AccessDenied }`). Other registries (Docker
// Hub, GHCR, Quay, npm) answer "denied: requested access to the resource is denied" and 403s of their own.
const OTHER_PRODUCT = /\b[Oo]ne[Dd]rive\b|\b[Ss]hare[Pp]oint\b|\bDropbox\b|\bTF\d{6}:|\bServiceNow\b|\bSalesforce\b|\bAzure DevOps\b|\bAtlassian\b|\bJira\b|\bDigitalOcean\b|\bSpaces bucket\b|\bCOMException\b|\bWin32Exception\b|\bHRESULT\b|\b(?:docker|ghcr|quay)\.io\b|\bregistry\.npmjs\.org\b|\bnpm ERR!/;

/**
 * Whether a container registry's own words ("denied: requested access to the resource is denied", "unauthorized:
 * authentication required") are some other registry's: the text names neither ECR nor AWS anywhere.
 */
export function registryNotEcr(text: string): boolean {
  return !/\becr\b|amazonaws|\baws\b|\bAmazon\b/i.test(text);
}

/**
 * Whether another product is named before `start` and nothing of AWS: a product in the 300 characters before, another
 * cloud on the same line (a cloud named further up is often another step of the same pipeline).
 */
export function foreignProductBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 300), start);
  if (AWS_WORDS.test(before)) return false;
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return OTHER_PRODUCT.test(before) || OTHER_CLOUD.some((re) => re.test(line));
}

// An HTTP client's line about a request to another site ("GET https://www.youtube.com/… resulted in a `403 Forbidden`
// response: Access denied"): the words are that site's, unless the line says anything of AWS.
const REQUEST_URL = /\bhttps?:\/\/([a-z0-9.-]{1,253})/gi;
// (The instance metadata service and ECS's and EKS Pod Identity's credential endpoints are AWS's at link-local addresses.)
const AWS_HOST = /(?:^|\.)(?:amazonaws\.com(?:\.cn)?|aws|amazon\.com|amazoncognito\.com|on\.aws)$|^169\.254\.(?:169\.254|170\.23?)$/i;

/** Whether the line before `start` is an HTTP client's request to a site that is not AWS's. */
export function foreignRequestBefore(text: string, start: number): boolean {
  const lineStart = lastIndexWithin(text, '\n', start, 600) + 1;
  return onlyForeignHosts(text.slice(Math.max(lineStart, start - 600), start), REQUEST_URL);
}

// A client's request line (`npm ERR! 403 403 Forbidden - PUT https://registry.npmjs.org/x - Forbidden`): a method
// and the address it went to.
const REQUEST_LINE = /\b(?:GET|PUT|POST|HEAD|DELETE|PATCH)\s{1,3}`?https?:\/\/([a-z0-9.-]{1,253})/g;

/** Whether the line of `at`…`end` states a request to a site that is not AWS's, and nothing else of AWS. */
function foreignRequestLine(text: string, at: number, end: number): boolean {
  // A Japanese line may hold several sentences: the request must be in the code's (up to 。).
  const lineStart = Math.max(lastIndexWithin(text, '\n', at, 600), lastIndexWithin(text, '。', at, 600)) + 1;
  const nl = firstOf(indexWithin(text, '\n', end, 600), indexWithin(text, '。', end, 600));
  const line = text.slice(Math.max(lineStart, at - 600), nl < 0 ? Math.min(text.length, end + 600) : Math.min(nl, end + 600));
  return line.indexOf('://') >= 0 && onlyForeignHosts(line, REQUEST_LINE);
}

/** The nearer of two found positions (-1: not found). */
const firstOf = (a: number, b: number): number => (a < 0 ? b : b < 0 ? a : Math.min(a, b));

/** Whether `line` says nothing of AWS and every host `re` (group 1) finds in it is another site's (at least one). */
function onlyForeignHosts(line: string, re: RegExp): boolean {
  // (restic names its S3 backend before the endpoint, `s3:http://10.0.0.5:9000/bucket`: S3's protocol, whoever serves it.)
  if (AWS_WORDS.test(line) || line.indexOf('s3:http') >= 0) return false;
  const hosts = [...line.matchAll(re)].map((m) => m[1]!);
  return hosts.length > 0 && hosts.every((host) => !AWS_HOST.test(host) && !MASKED_HOST.test(host));
}

// A writer's mask for the host (`http://xxx.xxx.xxx.xxx/latest/meta-data/…`) says nothing of whose it is.
const MASKED_HOST = /^[xX*.]{3,}$/;
