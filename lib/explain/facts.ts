// What a finding says, read once and without the IAM index (the console card's verdict uses this too and must
// stay small): the principal, the action (also from an operation name), the resource and its account, and the
// shapes of message that point at a layer when the message names none.
import { parseArn } from '../arn';
import { actionsForOperation, serviceOfOperation, servicePrefixFromName } from '../iam/operations';
import type { Finding } from '../model';
import { readPrincipal, type PrincipalInfo } from './principal';
import { clean, isAccountId, isRegion } from './values';

export type TrustCall = 'assume-role' | 'web-identity' | 'saml' | 'tag-session' | 'source-identity';

export interface Facts {
  finding: Finding;
  principal: PrincipalInfo;
  /** The denied action as printed, or the action an operation-only message implies; null when unknown. */
  action: string | null;
  /** True when `action` came from the operation name rather than the message. */
  actionFromOperation: boolean;
  /** Further actions the operation needs (CopyObject: s3:GetObject on the source). */
  otherActions: string[];
  operationNote: string | null;
  /** Lower-case service prefix of the action, or of the service the message shows. */
  service: string | null;
  resource: string | null;
  resourceAccount: string | null;
  /** Principal and resource accounts both known: different → true, same → false; otherwise null. */
  crossAccount: boolean | null;
  trustCall: TrustCall | null;
  /** sts:AssumeRole on a user ARN: only roles can be assumed. */
  resourceIsUser: boolean;
  /** S3's bare "Access Denied" with no principal, action or context phrase. */
  s3Bare: boolean;
  /** KMS "The ciphertext refers to a customer master key that does not exist … or you are not allowed". */
  kmsCiphertext: boolean;
  regionHint: string | null;
  /** OIDC provider named in the text, e.g. token.actions.githubusercontent.com. */
  oidcProvider: string | null;
}

const SDK_SERVICE = [
  /operation error ([A-Za-z0-9 ]{2,40}?):\s*[A-Za-z0-9]+/,
  /\(Service:\s*([A-Za-z0-9 ]{2,40}?)\s*[;,]/,
  /\bService:\s*([A-Za-z0-9 ]{2,40}?)\s*(?:\n|$|[;,)])/m,
  /\b(?:Amazon\.)?([A-Za-z0-9]{2,30})\.Amazon\1Exception/,
  /\b([A-Za-z0-9]{2,30})ServiceException\b/,
  /\bAmazon([A-Za-z0-9]{2,30})Exception\b/,
];

const HOST = /https?:\/\/(?:[a-z0-9-]+\.)?([a-z0-9-]+)\.(?:[a-z0-9-]+\.)?amazonaws\.com(?:\.cn)?\b/i;
const HOST_SERVICE: Record<string, string> = { queue: 'sqs', 'execute-api': 'execute-api' };

/** The IAM service prefix the message's envelope names (SDK service id, endpoint host, S3-only markers). */
export function serviceHint(message: string): string | null {
  const text = message.slice(0, 20_000);
  for (const re of SDK_SERVICE) {
    const m = re.exec(text);
    const prefix = m?.[1] ? servicePrefixFromName(m[1]) : null;
    if (prefix) return prefix;
  }
  if (/<HostId>|x-amz-id-2|S3 Extended Request ID|denied by S3|\bS3 Error Code\b/i.test(text)) return 's3';
  const host = HOST.exec(text);
  if (host?.[1]) {
    const h = host[1].toLowerCase();
    return HOST_SERVICE[h] ?? servicePrefixFromName(h) ?? (/^[a-z0-9-]+$/.test(h) && !isRegion(h) ? h : null);
  }
  return null;
}

const REGION_IN_TEXT = /\b((?:us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov|eusc|us-iso|us-isob)-[a-z]+-\d{1,2})\b/g;

/** The one region the message mentions, or null when it names none or several. */
export function regionHint(message: string): string | null {
  const found = new Set([...message.slice(0, 20_000).matchAll(REGION_IN_TEXT)].map((m) => m[1] ?? ''));
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

function trustCallOf(action: string | null): TrustCall | null {
  switch ((action ?? '').toLowerCase()) {
    case 'sts:assumerole':
      return 'assume-role';
    case 'sts:assumerolewithwebidentity':
      return 'web-identity';
    case 'sts:assumerolewithsaml':
      return 'saml';
    case 'sts:tagsession':
      return 'tag-session';
    case 'sts:setsourceidentity':
      return 'source-identity';
    default:
      return null;
  }
}

function oidcProviderOf(text: string): string | null {
  const m = /\b(token\.actions\.githubusercontent\.com|oidc\.eks\.[a-z0-9-]+\.amazonaws\.com\/id\/[A-Za-z0-9]+|app\.terraform\.io|gitlab\.com)\b/.exec(text);
  if (m?.[1]) return m[1];
  // "Could not assume role with OIDC" is how aws-actions/configure-aws-credentials reports this denial.
  if (/github|Could not assume role with OIDC/i.test(text)) return 'token.actions.githubusercontent.com';
  return null;
}

export function readFacts(finding: Finding): Facts {
  const principal = readPrincipal(finding);
  const message = finding.message ?? '';
  let action = clean(finding.action, 256);
  let actionFromOperation = false;
  let otherActions: string[] = [];
  let operationNote: string | null = null;
  const hinted = serviceHint(message);
  const operation = clean(finding.operation, 128);
  if (!action && operation) {
    const service = hinted ?? serviceOfOperation(operation, finding.errorCode);
    const mapping = actionsForOperation(operation, service);
    if (mapping && mapping.actions[0]) {
      action = mapping.actions[0];
      otherActions = mapping.actions.slice(1);
      operationNote = mapping.note ?? null;
      actionFromOperation = true;
    }
  } else if (action && operation) {
    const service = action.split(':')[0]?.toLowerCase() ?? null;
    const mapping = actionsForOperation(operation, service);
    if (mapping?.note && mapping.actions[0]?.toLowerCase() === action.toLowerCase()) operationNote = mapping.note;
  }
  const service = action?.includes(':') ? (action.split(':')[0] ?? '').toLowerCase() : hinted;
  const resource = clean(finding.resource, 2048);
  const parsed = resource ? parseArn(resource.replace(/^(?:role|user|policy)\s+/i, '').replace(/\s+/g, '')) : null;
  const resourceAccount = parsed && isAccountId(parsed.account) ? parsed.account : null;
  const crossAccount = principal.account && resourceAccount ? principal.account !== resourceAccount : null;
  const trustCall = trustCallOf(action);
  const resourceIsUser = trustCall === 'assume-role' && !!parsed && parsed.service === 'iam' && /^user\//.test(parsed.resource);
  const silent = finding.policyType === 'unknown' || finding.policyType === null;
  const s3Bare = service === 's3' && !finding.principal && silent && finding.denyKind !== 'explicit';
  const kmsCiphertext = /ciphertext refers to a customer master key/i.test(message);
  const resourceRegion = parsed && isRegion(parsed.region) ? parsed.region : null;
  return {
    finding,
    principal,
    action,
    actionFromOperation,
    otherActions,
    operationNote,
    service: service || (kmsCiphertext ? 'kms' : null),
    resource,
    resourceAccount,
    crossAccount,
    trustCall,
    resourceIsUser,
    s3Bare,
    kmsCiphertext,
    regionHint: resourceRegion ?? regionHint(message),
    oidcProvider: trustCall === 'web-identity' ? oidcProviderOf(message) : null,
  };
}
