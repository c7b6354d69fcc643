// Error codes AWS services and SDKs print, sorted into the three kinds the parser cares about.
import type { Category } from '../model';

/** Authorization failures. `403` is what botocore prints for a HEAD request (HeadObject) that S3 refused. */
export const AUTH_EXACT: ReadonlySet<string> = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'AccessDeniedError',
  'AccessDeniedFault',
  // RDS, DocumentDB, Neptune, Redshift: the KMS key of the request could not be used for the caller.
  'KMSKeyNotAccessibleFault',
  // Elastic Beanstalk: the caller may not do what the call needs ("Insufficient privileges for IAM PassRole Action.").
  'InsufficientPrivilegesException',
  // S3 to a requester-pays or suspended account's request: "InvalidPayer: All access to this object has been disabled".
  'InvalidPayer',
  'UnauthorizedOperation',
  'Client.UnauthorizedOperation',
  'AuthorizationError',
  'AuthorizationErrorException',
  'AuthorizationException',
  'AuthorizationFailure',
  // SSM's message channel (ec2messages) when the agent's credentials may not use it: "GetMessages Error: AuthorizationFailureException:".
  'AuthorizationFailureException',
  // Bedrock Agents' event stream names its codes in lower camel case (`accessDeniedException: Access denied when calling …`).
  'accessDeniedException',
  // AgentCore Gateway's Cedar policies: "AuthorizeActionException - Tool Execution Denied: … policy enforcement".
  'AuthorizeActionException',
  // A status field's word for a refusal (EventBridge dead-letter records, Route 53 Resolver's query log associations).
  'ACCESS_DENIED',
  // The instance metadata service when EC2 may not assume the instance profile's role (its trust policy).
  'AssumeRoleUnauthorizedAccess',
  'Forbidden',
  'ForbiddenException',
  'NotAuthorized',
  // The Elastic Beanstalk CLI: "ERROR: NotAuthorizedError - Operation Denied. User: … is not authorized …".
  'NotAuthorizedError',
  'UnauthorizedAccess',
  'UnauthorizedException',
  'InsufficientPermissions',
  'InsufficientPermissionsException',
  'AllAccessDisabled',
  '403',
  // CodePipeline's failure code for an action whose role lacks a permission ("The provided role does not have
  // sufficient permissions to access CodeDeploy").
  'PermissionError',
  // Security Hub: "The account doesn't have permission to perform this action" (also when it is not enabled there).
  'InvalidAccessException',
  // EC2 when the caller may not create the service-linked role a call needs (Spot Fleet, …).
  'AuthFailure.ServiceLinkedRoleCreationNotPermitted',
  // Cognito identity pools whose role does not trust the pool ("Invalid identity pool configuration. Check assigned IAM
  // roles for this pool."): the role's trust policy refuses cognito-identity.amazonaws.com.
  'InvalidIdentityPoolConfigurationException',
  // CloudTrail (organization trails) when Organizations refused the calls it depends on.
  'InsufficientDependencyServiceAccessPermissionException',
]);

/** Credentials failures: expired, invalid, missing or mis-signed. */
export const CRED_EXACT: ReadonlySet<string> = new Set([
  // EC2 (and the query APIs) to a request signed too long ago: its credentials' clock or a replayed request.
  'RequestExpired',
  // Mechanical Turk's legacy API: "The identity contained in the request is not authorized to use this AWSAccessKeyId".
  'AWS.NotAuthorized',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'SignatureDoesNotMatch',
  'InvalidSignatureException',
  'IncompleteSignature',
  'IncompleteSignatureException',
  'InvalidAccessKeyId',
  // (A writer retyping it capitalises the D: "InvalidAccessKeyID errors all over the place".)
  'InvalidAccessKeyID',
  'AuthFailure',
  'Client.AuthFailure',
  // S3 to a presigned URL whose query it cannot take (a credential scope in the wrong region, an expiry over a week)…
  'AuthorizationQueryParametersError',
  // …or a header signed for another region or with an empty access key.
  'AuthorizationHeaderMalformed',
  // S3-compatible stores' word for a presigned URL past its expiry (S3 itself says AccessDenied, "Request has expired").
  'ExpiredRequest',
  'MissingAuthenticationToken',
  'MissingAuthenticationTokenException',
  'InvalidIdentityToken',
  'InvalidIdentityTokenException',
  'IDPRejectedClaim',
  'IDPCommunicationError',
  'TokenRefreshRequired',
  'InvalidToken',
  'RequestTimeTooSkewed',
  'NoCredentialProviders',
  // The AWS CLI v2's newer error line: "aws: [ERROR]: An error occurred (NoCredentials): Unable to locate credentials."
  'NoCredentials',
  'SharedCredsLoad',
  // …and its shared-config provider failing to assume a profile's role ("SharedConfigAssumeRoleError: failed to load assume
  // role for arn:…, source profile has no shared credentials").
  'SharedConfigAssumeRoleError',
  // …and its shared config or credentials file it could not read ("SharedConfigLoadError: failed to load config file, …").
  'SharedConfigLoadError',
  'SSOProviderInvalidToken',
  // JS v3's SSO token provider (under CDK): "SSOTokenProviderFailure: SSO Token refresh failed".
  'SSOTokenProviderFailure',
  // Go v1's instance-profile provider: "EC2RoleRequestError: no EC2 instance role found".
  'EC2RoleRequestError',
  // SSO OIDC's CreateToken refusing the refresh token of an SSO session that expired or was signed out.
  'InvalidGrantException',
  'Unauthorized',
  'UnauthorizedClient',
]);

/** Words that make a code an ordinary service error (throttling, validation, not found…). */
const NON_AUTH = /Throttl|Validation|NotFound|NoSuch|Invalid|LimitExceeded|Conflict|InUse|Malformed|Unavailable|Internal|BadRequest|Timeout|TimedOut|AlreadyExists|Unsupported|Quota|TooMany|Duplicate|Busy|Precondition|CheckFailed|ServiceFailure|ServerError|Dependency|NotSupported|OptInRequired|PendingVerification|Rate/;

export type CodeKind = 'auth' | 'credentials' | 'other' | 'unknown';

/** Strips a namespace (`com.amazon.coral.service#AccessDeniedException`, `Aws::S3::Errors::AccessDenied`). */
export function bareCode(code: string): string {
  const hash = code.lastIndexOf('#');
  const bare = hash >= 0 ? code.slice(hash + 1) : code;
  // No code ends in a dot: trailing dots are a sentence's end or a truncated paste's ellipsis (`AccessDenied...`).
  return bare.charCodeAt(bare.length - 1) === 46 ? bare.replace(/\.+$/, '') : bare;
}

/**
 * A code without the namespace a forwarding service or the EC2 API puts before it: `KMS.AccessDeniedException`
 * (SQS passing on KMS's error) and the `AccessDeniedException` of KMS's own trailer are one error.
 */
export function codeName(code: string): string {
  const dot = code.lastIndexOf('.');
  return (dot < 0 ? code : code.slice(dot + 1)).toLowerCase();
}

export function codeKind(raw: string): CodeKind {
  const code = bareCode(raw);
  // `KMS.AccessDeniedException` (SQS, Lambda), `Client.UnauthorizedOperation` (EC2 query API).
  // `403 Forbidden`: S3's bodiless answer to a HEAD or a presigned request, as the Java SDK prints it.
  // (A log cut inside the name still names it: `An error occurred (AccessDeniedExceptio) when calling …`.)
  if (AUTH_EXACT.has(code) || /^(?:[A-Za-z]{1,20}\.)?[A-Za-z]{0,30}AccessDenied(?:E(?:x(?:c(?:e(?:p(?:t(?:i(?:on?)?)?)?)?)?)?)?|Error|Fault)?$/.test(code) || /^403 Forbidden$/.test(code)) {
    return 'auth';
  }
  if (CRED_EXACT.has(code)) return 'credentials';
  // A service's own prefix on a credentials code (CloudTrail's `CloudTrailInvalidClientTokenIdException`).
  // (Not KMS's KMSInvalidSignatureException: a signature that does not verify with the key, no request's.)
  if (/^(?!KMSInvalidSignature)[A-Z][A-Za-z0-9]{1,30}(?:InvalidClientTokenId|ExpiredToken|UnrecognizedClient|InvalidSignature|SignatureDoesNotMatch)(?:Exception)?$/.test(code)) return 'credentials';
  // `InvalidClientTokenId` etc. are listed above; other Invalid*/…NotFound codes are plain service errors.
  if (/^(?:Client\.)?[A-Z][A-Za-z.]{2,80}$/.test(code) && NON_AUTH.test(code)) return 'other';
  return 'unknown';
}

/**
 * EC2's AuthFailure is also what it (or a service acting for you) answers when a permission on a resource is missing
 * ("You do not have permission to access the specified resource", "vm-import-export@amazon.com must have WRITE and
 * READ_ACL permission on the S3 bucket", "Not authorized for images", "You are not the owner of network interface"): a
 * denial, not a credentials problem, when the message says so.
 */
export function authFailureDenial(code: string, message: string | null): boolean {
  return /AuthFailure$/i.test(code) && !!message && /\bnot\s+authori[sz]ed\b|\bpermission\b|\bnot\s+the\s+owner\b/i.test(message);
}

/** The category a code implies on its own, or null when it implies none. */
export function categoryOfCode(code: string): Category | null {
  const kind = codeKind(code);
  if (kind === 'auth') return 'access-denied';
  if (kind === 'credentials') return 'credentials';
  return null;
}

/**
 * Known codes as a regex alternation for places where a code stands in running text (`Sender
 * InvalidClientTokenId The security token…`, `AccessDenied ... with an explicit deny`). Specific names only:
 * a generic pattern here would catch exception classes and role names.
 */
export const BARE_CODE_SOURCE =
  '(?:Client\\.)?(?:VpceAccessDenied|KMSAccessDeniedException|EC2AccessDeniedException|AccessDeniedFault|AccessDenied(?:Exception)?|accessDeniedException|AuthorizeActionException|AllAccessDisabled|UnauthorizedOperation|AuthorizationError(?:Exception)?|AuthorizationFailureException|NotAuthorized(?:Error)?|NotAuthorizedException|UnauthorizedException|ForbiddenException|ExpiredToken(?:Exception)?|InvalidClientTokenId|UnrecognizedClientException|SignatureDoesNotMatch|InvalidSignatureException|IncompleteSignature(?:Exception)?|InvalidAccessKeyId|InvalidAccessKeyID|AuthFailure(?:\\.ServiceLinkedRoleCreationNotPermitted)?|MissingAuthenticationToken(?:Exception)?|InvalidIdentityToken(?:Exception)?|RequestTimeTooSkewed|RequestExpired|NoCredentialProviders|NoCredentials|SharedCredsLoad|SharedConfigAssumeRoleError|SharedConfigLoadError|SSOProviderInvalidToken|SSOTokenProviderFailure|EC2RoleRequestError|InvalidGrantException|InvalidToken|AuthorizationHeaderMalformed|InvalidPayer|InsufficientDependencyServiceAccessPermissionException|InvalidIdentityPoolConfigurationException)';

/**
 * Lower-case fragments of the known codes (`authori` stands for Unauthorized…, NotAuthorized, AuthorizationError,
 * `token` for ExpiredToken, InvalidClientTokenId…): texts without any of them skip the scans for
 * BARE_CODE_SOURCE's names (gate.ts words: every name holds one).
 */
export const CODE_GATES: readonly string[] = [
  'denied',
  'permission',
  'authori',
  'forbidden',
  'token',
  'unrecognizedclient',
  'signature',
  'accesskeyid',
  'authfailure',
  'tooskewed',
  'expired',
  'accessdisabled',
  'credential',
  'creds',
  'sharedconfig',
  'rolerequest',
  'invalidgrant',
  'invalidpayer',
  'configuration',
];
