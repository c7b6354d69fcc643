// Which kind of credentials failure a finding is, from its error code and text.
import type { Finding } from '../model';

export type CredentialKind = 'expired' | 'invalid' | 'signature' | 'missing' | 'cluster' | 'generic' | 'missingToken' | 'signedUrl' | 'guest' | 'dbToken' | 'signingRegion';

export function credentialKind(finding: Pick<Finding, 'errorCode' | 'message'>): CredentialKind {
  const code = (finding.errorCode ?? '').toLowerCase();
  const text = (finding.message ?? '').slice(0, 10_000).toLowerCase();
  // Refusals fixed elsewhere than in a profile: CloudFront's signed URLs, a Cognito identity pool's login, a
  // database's IAM token, and API Gateway's catch-all for unknown routes.
  if (code === 'missingkey' || /missing key-pair-id/.test(text)) return 'signedUrl';
  if (/unauthenticated access is not supported/.test(text)) return 'guest';
  // PostgreSQL (RDS, Aurora) refusing an IAM authentication token through its PAM module.
  if (/pam authentication failed/.test(text)) return 'dbToken';
  if (/missing authentication token|missingauthenticationtoken/.test(`${code} ${text}`)) return 'missingToken';
  if (/expired/.test(code) || /token (?:has|is) expired|session (?:has )?expired|expiredtoken|sso.*expired|token.*expired/.test(text)) {
    return 'expired';
  }
  // S3 to a signature whose credential scope names another region ("the region 'us-east-1' is wrong; expecting
  // 'ap-south-1'"): a header or a presigned URL's query.
  if (/region '[a-z0-9-]{2,30}' is wrong; expecting '/.test(text) || code === 'authorizationqueryparameterserror') return 'signingRegion';
  if (/signaturedoesnotmatch|requesttimetooskewed/.test(code) || /signature we calculated does not match|signaturedoesnotmatch|time too skewed|clock skew/.test(text)) {
    return 'signature';
  }
  if (/invalidclienttokenid|unrecognizedclient|invalidaccesskeyid|invalidtoken/.test(code) || /security token included in the request is invalid|invalidclienttokenid|unrecognizedclientexception|access key id you provided does not exist/.test(text)) {
    return 'invalid';
  }
  // The EKS console's banner says it without kubectl's words: the cluster has no access entry for the principal.
  if (/access to kubernetes objects/.test(text)) return 'cluster';
  if (/must be logged in to the server|unauthorized\)|provided credentials|oidc provider|identity provider.*not (?:found|exist)/.test(text) && /kubectl|server|eks|cluster|unauthorized/.test(text)) {
    return 'cluster';
  }
  if (/unable to (?:locate|find) credentials|could not load credentials|no basic auth credentials|nocredentialproviders|missing credentials|credentials? (?:not|were not) found|no credentials specified|unable to get iam security credentials/.test(code + ' ' + text)) {
    return 'missing';
  }
  return 'generic';
}
