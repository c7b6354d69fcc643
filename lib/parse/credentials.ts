// Credentials failures: the request never reached an authorization decision because who sent it could not be
// established (expired or invalid token, unknown key, bad signature, no credentials at all, kubectl/docker
// logins that failed, a missing OIDC provider for web identity).
import { each } from './find';
import { indexWithin, lastIndexWithin } from './text';
import { gatedAlternation, type Alternative } from './gated';
import { mentions, mentionsAny } from './gate';
import { credentialsEach, wrapEach } from './match-pieces';
import { notAwsCode, registryNotEcr } from './not-aws';
import { P, makeCore, makeWrapper, setField, type Scan } from './types';
import { CONSEQUENCES, PHRASE_GATES, STRONG } from './credentials-phrases';

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
const CLIENT_GO_LIST = /\b(?:reflector|leaderelection)\.go:\d+\]/;

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

// …and pip, poetry or NuGet with the status alone, the repository's endpoint on its line or the one next to it:
// "401 Client Error: Unauthorized for url: https://…d.codeartifact….amazonaws.com/pypi/…", "WARNING: 401 Error,
// Credentials not correct for https://…", "Response status code does not indicate success: 401 (Unauthorized)." ⏎
// "Unable to load the service index for source https://…d.codeartifact….amazonaws.com/nuget/…".
const STATUS_401 = /\b(401)(?:\s{1,3}(?:Client\s{1,3})?Error\b|\s{0,3}\(Unauthorized\)|\s{1,3}Unauthorized\b)/g;
const CODEARTIFACT_HOST = /\.d\.codeartifact\.[a-z0-9-]{1,30}\.amazonaws\.com/;

function nearCodeArtifact(text: string, at: number): boolean {
  const lineStart = lastIndexWithin(text, '\n', at, 600);
  const above = lineStart > 0 ? lastIndexWithin(text, '\n', lineStart, 600) : -1;
  const lineEnd = indexWithin(text, '\n', at, 600);
  const below = lineEnd >= 0 ? indexWithin(text, '\n', lineEnd + 1, 600) : -1;
  return CODEARTIFACT_HOST.test(text.slice(above + 1, below < 0 ? Math.min(text.length, at + 1200) : below));
}

function scanCodeArtifactLogins(scan: Scan): void {
  if (scan.text.indexOf('401') >= 0 && CODEARTIFACT_HOST.test(scan.text)) {
    each(STATUS_401, scan.text, (m) => {
      if (!nearCodeArtifact(scan.text, m.index)) return;
      const core = makeCore(m.index, m.index + m[0].length, 'credentials', true);
      setField(core, 'errorCode', m[1], P.prefix);
      scan.pieces.push(core);
    });
  }
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
// The SDK's first releases named it after the step that failed: signing ("SigningError: Missing credentials in config")
// or the metadata service's timeout ("Possibly unhandled TimeoutError: Missing credentials in config") — still the
// chain's failure, under that name.
const JS_OLD_CREDENTIALS_CODE = /\b(SigningError|TimeoutError):[ \t]{1,3}(?=Missing\s{1,5}credentials\s{1,5}in\s{1,5}config\b)/g;
// Go v1's empty chain behind a wrapper that drops the colon ("AWS Error: NoCredentialProviders no valid providers in
// chain", Longhorn): still its code.
const GO_CHAIN_NO_COLON = /\b(NoCredentialProviders)[ \t]{1,3}(?=no\s{1,3}valid\s{1,3}providers\b)/g;

// docker (buildx) refused by a private ECR registry whose login it lacks or let expire: "failed to push
// 111122223333.dkr.ecr.eu-north-1.amazonaws.com/app:latest: 401 Unauthorized".
// (containerd names the host and what it asked for: "pulling from host 1111.dkr.ecr.….amazonaws.com failed with status
// code [manifests latest]: 401 Unauthorized".)
const ECR_401 =
  /\.dkr\.ecr\.[a-z0-9-]{1,30}\.amazonaws\.com(?:\.cn)?(?:\/[^\s:]{1,300}(?::[\w.-]{1,128})?:|\s{1,3}failed\s{1,3}with\s{1,3}status\s{1,3}code\s{1,3}\[[^\]\n]{1,100}\]:)\s{1,3}(401)\s{1,3}Unauthorized\b/g;
// go-containerregistry (kaniko, crane, ko) says it its own way: `checking push permission for
// "1111.dkr.ecr.us-east-1.amazonaws.com/app:1": unsupported status code 401; body: Not Authorized`.
const ECR_UNSUPPORTED_401 = /\.dkr\.ecr\.[a-z0-9-]{1,30}\.amazonaws\.com(?:\.cn)?[^\s"']{0,300}(?:\n[^\s"']{1,300})?["']?:\s{1,3}unsupported\s{1,3}status\s{1,3}code\s{1,3}(401)\b/g;

// Older docker clients pushing to ECR without a login: "Please login prior to push:" (then its prompt, "Username: EOF").
const ECR_LOGIN_PRIOR = /\bPlease\s{1,3}login\s{1,3}prior\s{1,3}to\s{1,3}push\b/g;
const COGNITO_IDENTITY = /\bAccess\s{1,3}to\s{1,3}Identity\s{1,3}'[^'\n]{1,120}'\s{1,3}is\s{1,3}forbidden/g;

// The .NET SDK's assume-role credentials that could not be had ("AmazonClientException: Error calling AssumeRole for
// role arn:…"): alone a credentials failure, above the inner exception's denial that denial's consequence.
const DOTNET_ASSUME = /\bError\s{1,3}calling\s{1,3}AssumeRole(?:WithWebIdentity)?\s{1,3}for\s{1,3}role\b/g;

// The AWS CRT names its credentials providers' failures (`AWS_AUTH_CREDENTIALS_PROVIDER_IMDS_SOURCE_FAILURE: …`).
const CRT_PROVIDER_CODE = /\b(AWS_AUTH_CREDENTIALS_PROVIDER_[A-Z0-9_]{2,80}):/g;

// Go v2's IMDS provider on a host with no instance role (or none it could reach in time): "no EC2 IMDS role found,
// operation error ec2imds: GetMetadata, …" — a credentials failure, the IMDS call its operation.
const IMDS_NO_ROLE = /\bno\s{1,3}EC2\s{1,3}IMDS\s{1,3}role\s{1,3}found\b/g;
// The CodeDeploy agent refused by the instance metadata service (IMDSv2 required, no token): "HTTP error from metadata
// service, code 401".
const IMDS_401 = /\bHTTP\s{1,3}error\s{1,3}from\s{1,3}metadata\s{1,3}service,\s{1,3}code\s{1,3}(401)\b/g;
// The Java SDK v1's instance-profile and container providers refused by the metadata endpoint: no AWS service answered,
// so its trailer names none ("Unauthorized (Service: null; Status Code: 401; Error Code: null; Request ID: null)").
const JAVA_METADATA_401 = /\bUnauthorized\s{0,3}\(Service:\s{0,3}null;\s{0,3}Status\s{1,3}Code:\s{0,3}(401);/g;
// kubectl's verbose request log when an EKS cluster refused the token (`-v 6` and up): "GET
// https://ABCD.yl4.eu-central-1.eks.amazonaws.com/api?timeout=32s 401 Unauthorized in 469 milliseconds".
const EKS_REQUEST_401 = /\b(?:GET|POST|PUT|PATCH|DELETE)[ \t]{1,3}https:\/\/[\w.-]{1,200}\.eks\.amazonaws\.com(?:\.cn)?\S{0,500}?[ \t]{1,3}(401)[ \t]{1,3}Unauthorized\b/g;

// HashiCorp Vault's AWS auth and secrets engines relaying STS's answer with its status ("error making upstream request:
// received error code 403 from STS: The security token included in the request is expired").
const VAULT_UPSTREAM = /\breceived\s{1,3}error\s{1,3}code\s{1,3}(4\d\d)\s{1,3}from\s{1,3}(?:STS|IAM)\b/g;

// The Swift SDK's default chain that ended at IMDS and got nothing from it ("Fatal error: Error raised at top level:
// AWSSDKIdentity.IMDSError.reachedMaxRetries"): no credentials anywhere.
const SWIFT_IMDS = /\bAWSSDKIdentity\.IMDSError\.[A-Za-z]{3,40}\b/g;

// Amazon SES's SMTP interface refusing the SMTP credentials (derived from an IAM user's keys): "535 Authentication
// Credentials Invalid"; or a relay that sent none, named by SES's host: "email-smtp.….amazonaws.com said: 530
// Authentication required".
const SES_SMTP_535 = /\b(535)\s{1,3}Authentication\s{1,3}Credentials\s{1,3}Invalid\b/g;
const SES_SMTP_530 = /(?<=\bemail-smtp\.[a-z0-9-]{1,30}\.amazonaws\.com\b[^]{0,200}?)\b(530)\s{1,12}Authentication\s{1,3}required\b/g;

// The SDKs' class for having no credentials to sign with, raised with a message of the writer's own (a test helper's
// "Aws::Errors::MissingCredentialsError: if you are running these tests locally, …"): the class says it. Not where code
// names it (`rescue Aws::Errors::MissingCredentialsError`, `except botocore.exceptions.NoCredentialsError:`). Ruby's
// NoSuchProfileError (a profile the shared credentials file lacks) too; also named in a code span in prose.
const MISSING_CREDENTIALS_CLASS =
  /^(?![^\n]{0,200}\b(?:rescue|except|raise|catch|import|from|class|def)\b)[^\n]{0,200}?\b(Aws::(?:Sigv4::)?Errors::MissingCredentialsError|Aws::Errors::NoSuchProfileError|botocore\.exceptions\.NoCredentialsError)(?=:\s|`|[ \t]*$|\s{1,3}errors?\b)/gm;

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
  if (text.indexOf('.dkr.ecr.') >= 0 && text.indexOf('unsupported') >= 0) credentialsEach(scan, ECR_UNSUPPORTED_401, true, true);
  if (text.indexOf('.dkr.ecr.') >= 0 && text.indexOf('prior to push') >= 0) credentialsEach(scan, ECR_LOGIN_PRIOR, true);
  if (text.indexOf('CredentialsError:') >= 0) wrapEach(scan, JS_CREDENTIALS_CODE, 'forward', 3, 'errorCode', P.prefix);
  if (text.indexOf('Error: Missing credentials') >= 0) credentialsEach(scan, JS_OLD_CREDENTIALS_CODE, true, true);
  if (text.indexOf('NoCredentialProviders no') >= 0) credentialsEach(scan, GO_CHAIN_NO_COLON, true, true);
  if (text.indexOf('Error calling AssumeRole') >= 0) credentialsEach(scan, DOTNET_ASSUME, false);
  if (text.indexOf('AWS_AUTH_CREDENTIALS_PROVIDER_') >= 0) credentialsEach(scan, CRT_PROVIDER_CODE, true, true);
  if (text.indexOf('IMDS role found') >= 0) credentialsEach(scan, IMDS_NO_ROLE, false);
  if (text.indexOf('metadata service, code 401') >= 0) credentialsEach(scan, IMDS_401, true, true);
  if (text.indexOf('Service: null;') >= 0) credentialsEach(scan, JAVA_METADATA_401, true, true);
  if (text.indexOf('IMDSError.') >= 0) credentialsEach(scan, SWIFT_IMDS, false);
  if (text.indexOf('.eks.amazonaws.com') >= 0 && text.indexOf('401 Unauthorized') >= 0) credentialsEach(scan, EKS_REQUEST_401, true, true);
  if (text.indexOf('received error code') >= 0) wrapEach(scan, VAULT_UPSTREAM, 'forward', 60, 'errorCode', P.prefix);
  if (text.indexOf('MissingCredentialsError') >= 0 || text.indexOf('exceptions.NoCredentialsError') >= 0 || text.indexOf('NoSuchProfileError') >= 0) {
    each(MISSING_CREDENTIALS_CLASS, text, (m) => {
      const end = m.index + m[0].length;
      // (NoSuchProfileError's name reads as an ordinary service error's, which would overrule a weak core.)
      scan.pieces.push(makeCore(end - m[1]!.length, end, 'credentials', m[1]!.endsWith('NoSuchProfileError')));
    });
  }
  if (text.indexOf('535') >= 0 && text.indexOf('Authentication') >= 0) credentialsEach(scan, SES_SMTP_535, true, true);
  if (text.indexOf('email-smtp.') >= 0) credentialsEach(scan, SES_SMTP_530, true, true);
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
    // (Not the kubelet's own: on an EKS node it signs in with the node's IAM role, which the cluster did not map.)
    const line = text.slice(lastIndexWithin(text, '\n', m.index, 400) + 1, m.index);
    if (CLIENT_GO_LIST.test(line) && !/\bkubelet(?:\[\d{1,10}\])?:|\/pkg\/kubelet\//.test(line)) continue;
    // Amplify DataStore's "Unauthorized failure:ON_UPDATE User" wrapped after its first word is AppSync's refusal.
    if (/^\s{1,5}failure:\s{0,3}ON_/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
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
