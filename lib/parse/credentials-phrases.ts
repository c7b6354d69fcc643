// The sentences of a credentials failure, as credentials.ts reads them: statements of the failure itself (STRONG) and
// what a client says when getting credentials failed for a reason printed next to it (CONSEQUENCES). Every phrase
// contains one of the gate words (PHRASE_GATES), so a text without them skips the whole alternation.

/** Every phrase below contains one of these words; gate.ts makes each a gate word. */
export const PHRASE_GATES = [
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
  // Rarer words of the phrases added since (the chains of the Rust SDK and Rusoto, the providers of the CRT, the SSO
  // token providers): a text without them runs none of those alternatives.
  'chain',
  'bag',
  'couldn',
  'properly',
  'sourced',
  'sso',
  // The AuthorizationHeaderMalformed of S3 for a request signed for another region (one word, as below).
  'malformed',
  // The signer of boto 2 finding no keys to sign with (one word: a wrap may fall between the words of the phrase).
  'authenticate',
  // The clock-skew sentence quoted without its head ("20150307T194740Z is now earlier than 20150309T203545Z (… - 5 min.)").
  'earlier',
  // Of the Terraform AWS provider finding no account ID by any method (below).
  'retrieving',
  // Of the CDK CLI: Need to perform AWS calls for account (credentials-phrases below).
  'calls',
  // Of the Rust SDK without credentials and QuickSight embedding (below).
  'scheme',
  'embedding',
  'configured',
];

// Statements of the failure itself.
export const STRONG = [
  // A tool's own check before any call: cert-manager's Route 53 solver ("empty credentials; perhaps you meant to enable
  // ambient credentials?"), NooBaa's and the Go SDK's unreadable web identity token ("could not read WebIdentityToken
  // from path", "unable to read file at /var/run/secrets/eks.amazonaws.com/serviceaccount/token"), the CRT's profile
  // ("invalid credential_source property"), Travis's dpl ("missing access_key_id"), the Rust SDK without credentials
  // ("no matching auth scheme") and QuickSight's embedding URL that expired ("Embedding failed because of invalid URL or
  // authorization code").
  'perhaps you meant to enable ambient credentials',
  'could not read WebIdentityToken',
  'unable to read file at \\S{0,200}serviceaccount/token',
  'invalid credential_source property',
  'missing access_key_id',
  'no matching auth scheme',
  'Embedding failed because of invalid URL or authorization code',
  // The JS SDK v3's signer in a browser without credentials ("Error: Credential is missing"), and a Cognito identity pool
  // asked for an identity it has no provider for ("Identity pool - … does not have identity providers configured").
  'Credential is missing',
  'does not have identity providers configured',
  'Unable to locate credentials',
  // DuckDB's httpfs after S3 refused an unsigned request.
  'No credentials are provided',
  // The sign-in page of a suspended account.
  'Authentication failed because your account has been suspended',
  // Amazon Q Developer and Kiro sign with a bearer token (an AccessDeniedException carries it).
  '(?:security|bearer) token included in the request is (?:invalid|expired)',
  'provided token has expired',
  // Packer's Amazon builders without any keys: "Build 'amazon-ebs' errored: No valid AWS authentication found".
  'No valid AWS authentication found',
  // The Java SDK v2's container and instance-profile providers: "Unable to load credentials from service endpoint".
  'Unable to load credentials from service endpoint',
  // S3's answer to a request signed with empty keys (its code InvalidArgument): "Authorization header is invalid -- one
  // and only one ' ' (space) required".
  "Authorization header is invalid -- one and only one ' ' \\(space\\) required",
  // SigV4's check of a signature dated apart from its request: "Date in Credential scope does not match YYYYMMDD from
  // ISO-8601 version of date from HTTP".
  'Date in Credential scope does not match',
  // R's paws after its provider chain found nothing: "Error: No compatible credentials provided."
  'No compatible credentials provided',
  // IAM Identity Center sessions past their end: SSO OIDC refusing the refresh token ("invalid_grant: Invalid refresh
  // token provided"). (The clients' words for it are consequences, below.)
  'Invalid refresh token provided',
  // Go v1's instance-profile provider on a host without one ("EC2RoleRequestError: no EC2 instance role found").
  'no EC2 instance role found',
  // boto 2 (Ansible's older modules): "No handler was ready to authenticate. 1 handlers were checked. ['HmacAuthV4Handler']".
  'No handler was ready to authenticate',
  // Fluent Bit's provider for a role_arn, whatever STS answered (its log prints no more).
  '\\[aws_credentials\\] STS assume role request failed',
  // STS's InvalidIdentityToken for an identity provider whose keys it could not fetch.
  "[Cc]ouldn[’']t retrieve verification key from your identity provider",
  // The .NET SDK's refreshing credentials past their expiry ("The retrieved credentials have already expired: Now = …").
  'retrieved credentials have already expired',
  '\\bToken expired\\b',
  // (Not Pulumi Cloud's own "[403] The provided update token has expired": its service's token, no AWS credential.)
  '(?<!\\bupdate )\\btoken has expired\\b',
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
  // botocore's class for an IAM Identity Center session past its end, also named alone ("fails with
  // `UnauthorizedSSOTokenError`, run aws sso login").
  'UnauthorizedSSOTokenError',
  'Token has expired and refresh failed',
  'Session token not found or invalid',
  'Missing Authentication Token',
  'unauthorized: authentication required',
  // (S3-compatible servers say "the server's time".)
  "The difference between the request time and the (?:current|server[’']s) time is too large",
  'Signature expired',
  // The CLI's own sign-in (`aws login`, 2025) when its session ran out: "Your session has expired or credentials have
  // changed. Please reauthenticate using 'aws login'."
  'Your session has expired(?: or credentials have changed)?\\. Please reauthenticate',
  // Cognito user pools to a token its user signed out or an admin revoked (NotAuthorizedException).
  '(?:Access|Refresh) Token has been revoked',
  '\\d{8}T\\d{6}Z is now earlier than \\d{8}T\\d{6}Z',
  // (…or to the service the request went to: a signer that named another, "Credential should be scoped to correct
  // service: 'batch'".)
  'Credential should be scoped to (?:a valid region|correct service)',
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
  // …the head of either (also quoted alone, its account elided): with no credentials, or with those of another account
  // than the stack's ("Need to perform AWS calls for account X, but the current credentials are for Y").
  'Need to perform AWS calls for account',
  // …its warning that the environment's credentials ran out ("There are expired AWS credentials in your environment. The CDK
  // app will synth without current account information."), and its deploy finding none that name an account ("Unable
  // to resolve AWS account to use. It must be either configured when you define your CDK Stack, or through the environment").
  'There are expired AWS credentials in your environment',
  // aws-sso-util's check of its cached login ("Cached Identity Center token is expired. Log in again with …"), and the JS
  // SDK v3's provider for a profile it cannot resolve ("CredentialsProviderError: Profile x did not contain
  // credential_process").
  '(?:Identity Center|SSO) token is expired',
  'CredentialsProviderError: Profile \\S{1,200} did not contain',
  'Unable to resolve AWS account to use\\.\\s{1,3}It must be either configured',
  // The Rust SDK's dispatch failure without credentials, its Debug print ("ConstructionFailure(MissingCredentials)").
  '\\(MissingCredentials\\)',
  // The console's federation endpoint to a sign-in URL built from an IAM user's long-term keys (aws-vault login):
  // "Only federation tokens or assume role tokens may be used for federated login."
  'Only federation tokens or assume role tokens may be used for federated login',
  // EC2's query API to a request that carried no access key at all (MissingParameter).
  'The request must contain the parameter AWSAccessKeyId',
  // The Kotlin SDK's default chain with nothing in it ("No credentials could be loaded from the chain: …", smithy-kotlin's
  // "No identity could be resolved from the chain: …"); the CRT signing without credentials
  // (AWS_AUTH_SIGNING_NO_CREDENTIALS: "Attempt to sign an http request without credentials") and its Java binding's
  // "Failed to get a valid set of credentials".
  'No (?:credentials could be loaded|identity could be resolved) from the chain',
  'Attempt to sign an http request without credentials',
  'Failed to get a valid set of credentials',
  // Pulumi's AWS provider and the Terraform AWS provider when no credentials are found: "unable to discover AWS
  // AccessKeyID and/or SecretAccessKey", "AWS account ID not previously found and failed retrieving via all available
  // methods".
  'unable to discover AWS AccessKeyID',
  'AWS account ID not previously found and failed retrieving via all available methods',
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
  // (Its quotes may keep the backslashes of a Swift or Python string's print: `requires \'Credential\' parameter`.)
  "Authorization header requires \\\\?'(?:Credential|Signature|SignedHeaders)\\\\?' parameter",
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
  // …as the server's log (and RDS's IAM auth proxy) words it: "LOG: pam_authenticate failed: Permission denied".
  'pam_authenticate failed: Permission denied',
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
  // …or signed for another region than the bucket's: "The authorization header is malformed; the region 'us-east-1' is
  // wrong; expecting 'eu-central-1'" (the credential scope's region, as "Credential should be scoped to a valid region").
  "header is malformed; the region '[a-z0-9-]{2,30}' is wrong",
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
  // (A Debug print escapes its apostrophe: "Couldn\'t find AWS credentials in environment, …".)
  "Couldn\\\\?[’']t find AWS credentials in",
  // The Rust SDK's profile provider on a profile it cannot use (an SSO profile without sso_region, a source profile
  // that is not defined), in its words or its early releases' Debug print.
  'the credentials provider was not properly configured',
  'ProfileFile provider could not be built',
  'CredentialsLoadingError\\(',
  // …its default chain with nothing found, and its signer without an identity (`SigningStageError { kind:
  // MissingCredentials }`).
  'no providers in chain provided credentials',
  'kind: MissingCredentials',
  // The SSO token providers of the JS SDK v3 ("Token is expired. To refresh this SSO session run 'aws sso login'…") and
  // the Java SDK v2 ("Unable to load SSO token").
  'To refresh this SSO session run',
  // aws-sso-creds-helper's check of the CLI's cache: "Cached SSO login is expired/invalid, try running `aws sso login`".
  'Cached SSO login is expired',
  'Unable to load SSO token',
  // The Go SDK v2's static provider given empty keys (an .env file with blank values).
  'static credentials are empty',
  // The AWS CRT's providers (the Swift SDK, Mountpoint): "Valid credentials could not be sourced by the IMDS provider";
  // Soto's chain: "No credential provider found".
  'Valid credentials could not be sourced',
  'No credential provider found',
  // A SigV4 Credential scope that is no key id/date/region/service/aws4_request (a key pasted with quotes): AuthFailure.
  'Credential must have exactly 5 slash-delimited elements',
  // Pulumi's AWS provider (v5 and before) when the keys it was given do not validate.
  'unable to validate AWS AccessKeyID and/or SecretAccessKey',
];

// What a client says when getting credentials failed for a reason printed next to it ("failed to retrieve
// credentials\ncaused by: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity"): alone it
// is a credentials failure, next to a denial it is that denial's consequence (assemble.ts merges them).
export const CONSEQUENCES = [
  // Go v2's identity resolution cut short (a controller's context ended while it fetched credentials): "operation error
  // EC2: CreateVolume, get identity: get credentials: request canceled, context canceled".
  'get identity: get credentials: request canceled',
  // A client's SSO token provider failing, the service's refusal after it (Go v2: "refresh cached SSO token failed, …
  // operation error SSO OIDC: CreateToken, … InvalidGrantException"; JS v3: "SSOTokenProviderFailure: SSO Token refresh
  // failed").
  'refresh cached SSO token failed',
  'SSO Token refresh failed',
  'failed to (?:retrieve|refresh cached) credentials',
  'getting credentials: exec',
  'Could not load credentials from any providers',
  // fluent-bit's provider chain without the file it looked in ("[aws_credentials] Shared credentials file
  // /root/.aws/credentials does not exist").
  'Shared credentials file [^\\s"\']{1,300} does not exist',
  // configure-aws-credentials' own head ("Credentials could not be loaded, please check your action inputs: …").
  'Credentials could not be loaded',
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
  // The Kotlin SDK naming the provider that failed ("unable to resolve identity from ImdsCredentialsProvider: failed to
  // load instance profile").
  'unable to resolve identity from [A-Za-z]{1,60}CredentialsProvider',
  // Pulumi's and SST's AWS provider before its details ("… has a problem: unable to validate AWS credentials.").
  'unable to validate AWS credentials',
  // The Rust SDK's provider errors, above their reasons: "An error occurred while loading credentials", a chain's DEBUG
  // line "provider in chain did not provide credentials provider=Environment".
  'An error occurred while loading credentials',
  'provider in chain did not provide credentials',
];
