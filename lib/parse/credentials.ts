// Credentials failures: the request never reached an authorization decision because who sent it could not be
// established (expired or invalid token, unknown key, bad signature, no credentials at all, kubectl/docker
// logins that failed, a missing OIDC provider for web identity).
import { each } from './find';
import { lastIndexWithin } from './text';
import { gatedAlternation, type Alternative } from './gated';
import { mentions, mentionsAny } from './gate';
import { credentialsEach, wrapEach } from './match-pieces';
import { notAwsCode, registryNotEcr } from './not-aws';
import { P, makeCore, makeWrapper, setField, type Scan } from './types';

/** Every phrase below contains one of these words. */
const PHRASE_GATES = [
  'credential',
  'token',
  'signature',
  'logged',
  'key',
  'authentication',
  'expired',
  'large',
  'validate',
  'signed',
  'profile',
  'unauthenticated',
  'kubernetes objects',
  'login provider',
  'openidconnect',
  'valid login',
  'authenticate using iam',
  'mechanism',
  'header is missing',
  'not yet valid',
  'authorization header',
  'hadoop',
  'keyring',
  'empty',
];

// Statements of the failure itself.
const STRONG = [
  'Unable to locate credentials',
  // DuckDB's httpfs after S3 refused an unsigned request.
  'No credentials are provided',
  // The sign-in page of a suspended account.
  'Authentication failed because your account has been suspended',
  // Amazon Q Developer and Kiro sign with a bearer token (an AccessDeniedException carries it).
  '(?:security|bearer) token included in the request is (?:invalid|expired)',
  'provided token has expired',
  '\\bToken expired\\b',
  '\\btoken has expired\\b',
  'Request has expired',
  // S3 to a presigned URL dated in the future (a signer's clock ahead, milliseconds where seconds go): AccessDenied.
  'Request is not yet valid',
  'request signature we calculated does not match',
  // (The Kotlin SDK's S3 model prints it without "AWS".)
  '(?:AWS )?Access Key Id you provided does not exist',
  'not able to validate the provided access credentials',
  'You must be logged in to the server',
  'the server has asked for the client to provide credentials',
  'no basic auth credentials',
  'authorization token has expired',
  'AWS authentication requires a valid Date',
  'No OpenIDConnect provider found',
  'Incorrect token audience',
  'NoCredentialProviders: no valid providers',
  'SSO session associated with this profile (?:has expired|is invalid)',
  '(?:the )?SSO session has expired or is invalid',
  'Error loading SSO Token',
  'Token has expired and refresh failed',
  'Session token not found or invalid',
  'Missing Authentication Token',
  'unauthorized: authentication required',
  'The difference between the request time and the current time is too large',
  'Signature expired',
  'Credential should be scoped to a valid region',
  'unable to sign request without credentials',
  'missing credentials(?! in config)',
  'Partial credentials found',
  'provider credentials not found',
  'no valid credential sources',
  'The config profile \\([^)\\n]{1,100}\\) could not be found',
  'headers present in the request which were not signed',
  'Query-string authentication',
  // S3 to an unsigned request from a client that found no credentials (s3fs, DVC): "AccessDenied … No AWSAccessKey
  // was presented."
  'No AWSAccessKey was presented',
  // API Gateway-fronted services (WorkDocs) to a request their SigV4 check refused.
  'Invalid SigV4 credentials',
  // IAM Roles Anywhere refusing a CreateSession whose X.509 signature does not verify.
  'AccessDenied(?:Exception)?:\\s{0,3}Invalid signature',
  // An identity token that cannot be read at all (EKS Pod Identity agent, a web identity file).
  'token is malformed',
  // Granted's credential_process when the SSO session it needs is gone ("please login using 'granted sso login …'").
  'error when retrieving credentials from custom process',
  // The CDK CLI without credentials for the account a stack targets: "Need to perform AWS calls for account xxx, but
  // no credentials have been configured".
  'but no credentials have been configured',
  // The AWS CRT (Mountpoint for S3) finding no credentials to sign with.
  'No signing credentials available',
  // S3 to a request signed with Signature Version 2 where only SigV4 is accepted (InvalidRequest): "The authorization
  // mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256."
  'The authorization mechanism you have provided is not supported',
  // Rust's reqsign (OpenDAL: Databend, Vector) with no credentials to sign with, or none to assume a role from.
  'no valid credential found, please check',
  'source credential is required for AssumeRole, but not found',
  // The Java SDK v2's system-property provider, last in its chain.
  'Unable to load credentials from system settings',
  // A service answering a request whose Authorization header is not SigV4 (an empty Basic header: fluentd to an
  // OpenSearch domain) with IncompleteSignature's message.
  // (Or a header missing its other parts: "Authorization header requires 'Signature' parameter", amazonka's SES.)
  "Authorization header requires '(?:Credential|Signature|SignedHeaders)' parameter",
  // A key id with a space or a line break in it splits the Credential scope: "'/20150620/us-east-1/…/aws4_request' not a
  // valid key=value pair (missing equal-sign) in Authorization header" (IncompleteSignature).
  'not a valid key=value pair \\(missing equal-sign\\) in Authorization header',
  // A signer's clock ahead of AWS's: "Signature not yet current: 20170731T092200Z is still later than …".
  'Signature not yet current',
  // Bedrock's API keys (bearer tokens) that are not valid where they were sent, and a request that carried none.
  'Authentication failed: Please make sure your API Key is valid',
  'Authorization header is missing',
  // AppSync to a request without the header its authorization mode needs (UnauthorizedException), a service to an
  // empty one (IncompleteSignatureException).
  'Valid authorization header not provided',
  'Authorization header cannot be empty',
  // Crossplane's AWS provider with IRSA but no token mounted (a service account without the role annotation).
  'unable to read web identity token file',
  // Fluent Bit's AWS outputs signing with nothing ("[signv4] Provider returned no credentials, service=s3").
  'Provider returned no credentials',
  // restic's S3 backend without credentials (it suggests anonymous access instead).
  'no credentials found\\. Use',
  // Bedrock's API keys: a bearer token that is not one ("AccessDeniedException: Invalid API Key format: Must start with
  // pre-defined prefix").
  'Invalid API Key format',
  // Cognito identity pools refusing the login token they were given (NotAuthorizedException).
  'Invalid login token',
  // The PHP SDK's ini provider: "Cannot read credentials from /home/app/.aws/credentials" (CredentialsException).
  'Cannot read credentials from',
  // The JS SDK v3's chain error cut after its verb (a health check's body: "CredentialsProviderError: Could not load
  // credentials"); whole, it names where it looked and is a consequence below.
  'CredentialsProviderError: Could not load credentials(?! from)',
  // AppSync to a request whose Authorization header holds no JWT it can read (UnauthorizedException).
  'Unable to parse JWT token',
  // A Cognito identity pool given a login token from a provider it is not set up for (NotAuthorizedException).
  'Token is not from a supported provider of this identity pool',
  // fog (GitLab's backups, CarrierWave) with no keys and no instance profile it could read.
  'Missing required arguments: aws_access_key_id',
  // CircleCI's AWS orb without an OIDC token to exchange.
  'OIDC Token cannot be found',
  // A CI action finding no credentials: "could not establish AWS credentials; please run 'aws configure'".
  'could not establish AWS credentials',
  // S3A's simple provider (Spark's fs.s3a.access.key unset): "NoAwsCredentialsException: SimpleAWSCredentialsProvider:
  // No AWS credentials in the Hadoop configuration".
  'No AWS credentials in the Hadoop configuration',
  // Hadoop's s3/s3n connectors with no keys configured (and no role they could read).
  'Access Key ID and Secret Access Key must be specified',
  // botocore's refresh that brought back credentials already expired (a clock skew, a stale credential_process).
  'refreshed credentials are still expired',
  // The PHP SDK when the instance's metadata service gave it none (or could not be reached in time).
  'Error retrieving credentials from the instance profile metadata',
  // The .NET SDK and AWS Tools for PowerShell with no credentials in their chain, or none from the instance's role.
  'No credentials specified or obtained from persisted',
  'Unable to find credentials',
  'Unable to get IAM security credentials from EC2 Instance Metadata Service',
  // PostgreSQL (RDS, Aurora) refusing an IAM authentication token: "FATAL: PAM authentication failed for user".
  'PAM authentication failed',
  // The EKS console for a principal the cluster has no access entry (or aws-auth mapping) for: kubectl's Unauthorized.
  'Your current (?:IAM principal|user or role) does(?: not|n.t) have access to Kubernetes objects',
  // CloudFront restricting viewer access, to a request with no signed URL or cookie (`<Code>MissingKey</Code>`).
  'Missing Key-Pair-Id query parameter or cookie value',
  // A Cognito identity pool without guest access, asked for an identity with no login token (NotAuthorizedException).
  'Unauthenticated access is not supported for this identity pool',
  // Amplify JS without an identity pool to sign a guest's request with ("No Cognito Identity pool provided for
  // unauthenticated access", then "Error: No credentials").
  'No Cognito Identity pool provided for unauthenticated access',
  // An identity pool given a login token from a provider it does not trust (NotAuthorizedException).
  'does not have a provider configured for login provider',
  // An identity pool given logins that are not the identity's (another user signed in): NotAuthorizedException.
  "Logins don[’']t match\\. Please include at least one valid login",
  // RDS Proxy refusing a client's IAM authentication token (empty, expired, or from another signer).
  "The proxy couldn[’']t authenticate using IAM",
  // S3 to a request signed with an empty access key (AuthorizationHeaderMalformed): the credentials were never loaded.
  'a non-empty Access Key \\(AKID\\) must be provided',
  // botocore's credential providers (a certificate, a container role): "Error when retrieving credentials from cert".
  'Error when retrieving credentials from',
  // aws-vault without the keys it stored for a profile (the OS keyring has none): "Failed to get credentials for dev:
  // operation error STS: GetSessionToken, … The specified item could not be found in the keyring".
  'The specified item could not be found in the keyring',
  // The EKS Pod Identity agent to a request without the service account's token (an SDK that read an empty file).
  'Service account token cannot be empty',
  // The Go SDK v1 (Terraform's AWS provider) without the profile it was told to use.
  'failed to get shared config profile',
  // SSM's StartSession when the request's signature or credentials did not authenticate (a proxy that rewrote it):
  // "Server authentication failed: <UnauthorizedRequest><message>Forbidden.</message></UnauthorizedRequest>".
  'Server authentication failed: <UnauthorizedRequest>',
  // S3 to a presigned URL whose credential scope names another region (AuthorizationQueryParametersError; a
  // Multi-Region Access Point signed with SigV4 instead of SigV4a).
  'Error parsing the X-Amz-Credential parameter',
  // The AWS access portal's sign-in page once an IAM Identity Center console session ended.
  'Your session has expired\\. To start a new session',
  // Old Kubernetes cloud providers and the Rust SDK's early releases with nothing to sign with ("no credentials in the
  // property bag"), and Rusoto's ChainProvider: "Couldn't find AWS credentials in environment, credentials file, or IAM
  // role."
  'No credentials in the provider chain',
  'no credentials in the property bag',
  "Couldn[’']t find AWS credentials in",
  // The Rust SDK's profile provider on a profile it cannot use (an SSO profile without sso_region, a source profile
  // that is not defined), in its words or its early releases' Debug print.
  'the credentials provider was not properly configured',
  'ProfileFile provider could not be built',
  'CredentialsLoadingError\\(',
  // The Go SDK v2's static provider given empty keys (an .env file with blank values).
  'static credentials are empty',
  // The AWS CRT's providers (the Swift SDK, Mountpoint): "Valid credentials could not be sourced by the IMDS provider";
  // Soto's chain: "No credential provider found".
  'Valid credentials could not be sourced',
  'No credential provider found',
  // A SigV4 Credential scope that is no key id/date/region/service/aws4_request (a key pasted with quotes): AuthFailure.
  'Credential must have exactly 5 slash-delimited elements',
];

// What a client says when getting credentials failed for a reason printed next to it ("failed to retrieve
// credentials\ncaused by: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity"): alone it
// is a credentials failure, next to a denial it is that denial's consequence (assemble.ts merges them).
const CONSEQUENCES = [
  'failed to (?:retrieve|refresh cached) credentials',
  'getting credentials: exec',
  'Could not load credentials from any providers',
  'Unable to load (?:AWS )?credentials from any (?:of the )?providers? in the chain',
  'could not get token',
  // JS SDK v2's provider chain: the error it wraps (`originalError`) says why.
  'Missing credentials in config',
  'Could not load credentials from [A-Za-z]{1,60}',
  // The Rust SDK's dispatch failure: "dispatch failure: could not load credentials".
  'dispatch failure: could not load credentials',
  // S3A's provider chain with nothing to sign with (Spark, StarRocks, Trino over Hadoop): "NoAuthWithAWSException: No
  // AWS Credentials provided by …Provider : …", whose cause (a refused AssumeRoleWithWebIdentity) may follow.
  'No AWS Credentials provided by',
  // MSK's IAM auth library (Kafka clients' SASL): "SaslException: Failed to find AWS IAM Credentials [Caused by …]".
  'Failed to find AWS IAM Credentials',
  // The Rust SDK's chain (cargo-lambda's report) above the provider's own reason.
  'failed to load credentials from the credentials provider',
  // Pulumi's and SST's AWS provider before its details ("… has a problem: unable to validate AWS credentials.").
  'unable to validate AWS credentials',
];

// What a fetch of credentials failed on when the network, not the credentials, failed (up to the next blank line).
const NETWORK_CAUSE = /^(?:(?!\n[ \t]*\n)[\s\S]){0,600}?(?:\bi\/o timeout\b|\bno such host\b|\bconnection refused\b|\bnetwork is unreachable\b|\bStatusCode: 0\b|\bdial tcp\b[^\n]{0,200}\btimeout\b)/;

// Any whitespace between words: a line break (an author's, or a terminal's at a space) may fall between any two.
const flexible = (phrase: string): string => phrase.replace(/ /g, '\\s{1,5}');

interface Phrase extends Alternative {
  strong: boolean;
}

/** The gate words a phrase always contains (outside its optional and alternative parts). */
const needsOf = (phrase: string): string[] => {
  const fixed = phrase.replace(/\(\?:[^)]*\)\??/g, ' ').toLowerCase();
  return PHRASE_GATES.filter((w) => fixed.includes(w));
};

// Group 1 holds the statements; a phrase alone in no group is a consequence.
const PHRASES = gatedAlternation<Phrase>(
  [
    ...STRONG.map((p) => ({ source: flexible(p), needs: needsOf(p), strong: true })),
    ...CONSEQUENCES.map((p) => ({ source: flexible(p), needs: needsOf(p), strong: false })),
  ],
  (kept) => {
    const strong = kept.filter((p) => p.strong).map((p) => p.source);
    const consequences = kept.filter((p) => !p.strong).map((p) => p.source);
    const source = `(${strong.length > 0 ? strong.join('|') : '(?!)'})` + (consequences.length > 0 ? `|(?:${consequences.join('|')})` : '');
    return new RegExp(source, 'gi');
  },
);

// kubectl: "…: Unauthorized" at the end of a line, "(Unauthorized)" after "logged in to the server".
// The line may go on with the quotes of a log field around it (`msg="…: Unauthorized"`).
const KUBECTL_TAIL = /:\s{1,3}(Unauthorized)["'`]{0,3}[ \t]*$/gm;
const PAREN_UNAUTHORIZED = /\((Unauthorized)\)/g;
const CLIENT_GO_LIST = /\breflector\.go:\d+\]/;

// Codes printed before a credentials sentence that are no AWS API's: Go v1's web identity provider when the
// token file cannot be read or STS's answer could not be read (with a denial or a network error after "caused by:",
// that decides instead), and a
// container registry's `DENIED:` before ECR's expired login; and Go v1's environment provider finding no keys
// (`EnvAccessKeyNotFound: failed to find credentials in the environment`).
const CODED = /\b(WebIdentityErr):\s{1,5}(?:unable\b|failed\s{1,5}fetching\s{1,5}WebIdentity|failed\s{1,5}to\s{1,5}retrieve\s{1,5}credentials\b(?![^]{0,400}?(?:AccessDenied|[Nn]ot\s{1,3}authori[sz]ed|InvalidIdentityToken|ExpiredToken|RequestError|dial\s{1,3}tcp|i\/o\s{1,3}timeout|no\s{1,3}such\s{1,3}host)))|\b(DENIED):\s{1,5}Your\s{1,5}authorization\s{1,5}token\s{1,5}has\s{1,5}expired|\b(EnvAccessKeyNotFound):/g;

function scanCodedCredentials(scan: Scan): void {
  const { text } = scan;
  if (text.indexOf('WebIdentityErr') < 0 && text.indexOf('DENIED:') < 0 && text.indexOf('EnvAccessKeyNotFound') < 0) return;
  each(CODED, text, (m) => {
    const core = makeCore(m.index, m.index + m[0].length, 'credentials', true);
    setField(core, 'errorCode', m[1] ?? m[2] ?? m[3], P.prefix);
    scan.pieces.push(core);
  });
}

// npm (or pip, gradle) against a CodeArtifact repository whose token is missing or expired: "npm ERR! code E401",
// "Unable to authenticate, need: Bearer realm=…" — the login (aws codeartifact login) is what failed.
const NPM_E401 = /\bcode\s{1,3}(E401)\b|\bUnable\s{1,3}to\s{1,3}authenticate,\s{1,3}need:\s{1,3}Bearer\b/g;

function scanCodeArtifactLogins(scan: Scan): void {
  // npm's log prints the reason before its code: the code's line is the failure when there is one.
  const coded = /\bcode\s{1,3}E401\b/.test(scan.text);
  each(NPM_E401, scan.text, (m) => {
    if (coded && m[1] === undefined) return;
    const core = makeCore(m.index, m.index + m[0].length, 'credentials', m[1] !== undefined);
    setField(core, 'errorCode', m[1], P.prefix);
    scan.pieces.push(core);
  });
}

// ECR Public to docker whose login token it does not take (stale, from a CLI without ecr-public, or private ECR's):
// the registry's "denied: Not Authorized" to the client's first request (`Get "https://public.ecr.aws/v2/": denied:
// …`), or a 403 to the login itself ("login attempt to https://public.ecr.aws/v2/ failed with status: 403 Forbidden").
const ECR_PUBLIC_LOGIN =
  /\bpublic\.ecr\.aws\/v2\/"?:\s{1,3}denied:\s{1,3}Not\s{1,3}Authorized\b|\blogin\s{1,3}attempt\s{1,3}to\s{1,3}https:\/\/public\.ecr\.aws\/v2\/\s{1,3}failed\s{1,3}with\s{1,3}status:\s{0,3}403\b/g;

// kubectl's "You must be logged in to the server (Unauthorized)" as AWS's Japanese, Chinese (both scripts) and Korean
// pages translate it; STS's "The security token included in the request is expired / invalid" as AWS's own Japanese,
// Korean and Chinese pages render it.
const TRANSLATED =
  /サーバーへのログインが必要です|您必須登入伺服器|您必须登录(?:到)?服务器|서버에\s?로그인해야\s?합니다|リクエストに含まれ(?:る|ている)\s?セキュリティ\s?トークン(?:は|が)(?:無効|期限切れ|失効|有効期限)|요청에\s포함된\s보안\s토큰이\s(?:만료|유효하지)|请求中包含的安全令牌(?:已过期|无效)/g;

// The JS SDK v2 names its chain's failure by code before the message ("CredentialsError: Missing credentials in config"):
// that code, on the message it prefixes only (inside an error object's dump, `code: 'CredentialsError'` may wrap a
// network failure or a denial, which decide instead).
const JS_CREDENTIALS_CODE = /\b(CredentialsError):[ \t]{1,3}(?=Missing\s{1,5}credentials\s{1,5}in\s{1,5}config\b)/g;

// docker (buildx) refused by a private ECR registry whose login it lacks or let expire: "failed to push
// 111122223333.dkr.ecr.eu-north-1.amazonaws.com/app:latest: 401 Unauthorized".
const ECR_401 = /\.dkr\.ecr\.[a-z0-9-]{1,30}\.amazonaws\.com(?:\.cn)?\/[^\s:]{1,300}(?::[\w.-]{1,128})?:\s{1,3}(401)\s{1,3}Unauthorized\b/g;

const COGNITO_IDENTITY = /\bAccess\s{1,3}to\s{1,3}Identity\s{1,3}'[^'\n]{1,120}'\s{1,3}is\s{1,3}forbidden/g;

// The .NET SDK's assume-role credentials that could not be had ("AmazonClientException: Error calling AssumeRole for
// role arn:…"): alone a credentials failure, above the inner exception's denial that denial's consequence.
const DOTNET_ASSUME = /\bError\s{1,3}calling\s{1,3}AssumeRole(?:WithWebIdentity)?\s{1,3}for\s{1,3}role\b/g;

// The AWS CRT names its credentials providers' failures (`AWS_AUTH_CREDENTIALS_PROVIDER_IMDS_SOURCE_FAILURE: …`).
const CRT_PROVIDER_CODE = /\b(AWS_AUTH_CREDENTIALS_PROVIDER_[A-Z0-9_]{2,80}):/g;

export function scanCredentials(scan: Scan): void {
  const { text } = scan;
  scanCodedCredentials(scan);
  if (text.indexOf('.codeartifact.') >= 0) scanCodeArtifactLogins(scan);
  if (text.indexOf('public.ecr.aws/v2/') >= 0) credentialsEach(scan, ECR_PUBLIC_LOGIN, true);
  if (/ログインが必要|トークン|토큰|令牌|伺服器|服务器|로그인해야/.test(text)) credentialsEach(scan, TRANSLATED, true);
  // A Cognito identity pool refusing GetId / GetCredentialsForIdentity for an identity the logins do not prove
  // (NotAuthorizedException: "Access to Identity 'us-east-1:…' is forbidden").
  if (text.indexOf('Access to Identity') >= 0) credentialsEach(scan, COGNITO_IDENTITY, true);
  if (text.indexOf('.dkr.ecr.') >= 0 && text.indexOf('401 Unauthorized') >= 0) credentialsEach(scan, ECR_401, true, true);
  if (text.indexOf('CredentialsError:') >= 0) wrapEach(scan, JS_CREDENTIALS_CODE, 'forward', 3, 'errorCode', P.prefix);
  if (text.indexOf('Error calling AssumeRole') >= 0) credentialsEach(scan, DOTNET_ASSUME, false);
  if (text.indexOf('AWS_AUTH_CREDENTIALS_PROVIDER_') >= 0) credentialsEach(scan, CRT_PROVIDER_CODE, true, true);
  let m: RegExpExecArray | null;
  const phrases = mentionsAny(scan, PHRASE_GATES) ? PHRASES(scan) : null;
  if (phrases) {
    phrases.lastIndex = 0;
    while ((m = phrases.exec(text))) {
      // Another cloud's S3-compatible storage answers with S3's own sentences (Alibaba OSS's SignatureDoesNotMatch).
      if (notAwsCode(text, m.index, m.index + m[0].length)) continue;
      if (/^unauthorized:/i.test(m[0]) && registryNotEcr(text)) continue;
      const strong = m[1] !== undefined;
      // Credentials that could not be fetched because the network failed (STS unreachable: "… i/o timeout", "no such
      // host") are no credentials problem: nothing refused them.
      if (!strong && NETWORK_CAUSE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 600))) continue;
      scan.pieces.push(makeCore(m.index, m.index + m[0].length, 'credentials', strong));
    }
  }
  // Both regexes below need the capitalized word.
  if (!mentions(scan, 'unauthorized') || text.indexOf('Unauthorized') < 0) return;
  KUBECTL_TAIL.lastIndex = 0;
  while ((m = KUBECTL_TAIL.exec(text))) {
    // A controller's own informer refused by its cluster's API server (klog's "reflector.go:535] …: failed to list
    // *v1alpha1.Domain: Unauthorized"): a service account's token, no AWS identity. (A client outside the cluster that
    // watches it, Prometheus' discovery on ECS, signs in with AWS: that one's refusal stays.)
    if (CLIENT_GO_LIST.test(text.slice(lastIndexWithin(text, '\n', m.index, 400) + 1, m.index))) continue;
    const core = makeCore(m.index + 1, m.index + m[0].length, 'credentials', true);
    setField(core, 'errorCode', m[1], P.prefix);
    scan.pieces.push(core);
  }
  PAREN_UNAUTHORIZED.lastIndex = 0;
  while ((m = PAREN_UNAUTHORIZED.exec(text))) {
    const wrapper = makeWrapper(m.index, m.index + m[0].length, 'backward', 100, 'credentials');
    setField(wrapper, 'errorCode', m[1], P.prefix);
    scan.pieces.push(wrapper);
  }
}
