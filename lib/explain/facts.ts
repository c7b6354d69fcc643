// What a finding says, read once and without the IAM index (the console card's verdict uses this too and must
// stay small): the principal, the action (also from an operation name), the resource and its account, whether the
// message itself names the denying layer, and the clues in the text that change what the fix must contain (an
// SSE-KMS, an access point, a CDK bootstrap role).
import { parseArn } from '../arn';
import { athenaNeed, type AthenaAccess } from './athena';
import { awsOwned, type AwsOwned } from './aws-owned';
import { serviceOfOperation, servicePrefixFromName, type OperationMapping } from '../iam/operations';
import type { Finding, PolicyType } from '../model';
import { policyPrincipal, type PrincipalInfo } from './principal';
import { isAccountId } from '../arn';
import { containsMask } from '../mask';
import { clean, isRegion, withoutSentenceEnd } from './values';
import { deniedAction } from './denied-action';

export type TrustCall = 'assume-role' | 'web-identity' | 'saml' | 'tag-session' | 'source-identity';

/** What the text says that changes the ranking (the card's verdict needs these too). */
export interface Clues {
  /** The text shows SSE-KMS (aws:kms, an SSE-KMS key, a KMS data-key call under an S3 operation). */
  sseKms: boolean;
  /** CDK bootstrap role being assumed (`cdk-<qualifier>-deploy-role-…`): the bootstrap trusts its account. */
  cdkBootstrapRole: boolean;
}

export interface Facts {
  finding: Finding;
  principal: PrincipalInfo;
  /** The denied action as printed, or the action an operation-only message implies; null when unknown. */
  action: string | null;
  /** True when `action` came from the operation name rather than the message. */
  actionFromOperation: boolean;
  /** Further actions the operation needs (CopyObject: s3:GetObject on the source), with their resource if known. */
  otherActions: Array<{ action: string; resource: string | null }>;
  /** Athena's refused S3 location: which direction failed (the actions above come from athena.ts). */
  athena: AthenaAccess | null;
  operationNote: OperationMapping['note'] | null;
  /** Lower-case service prefix of the action, or of the service the message shows. */
  service: string | null;
  /** The resource as printed, without quotes, markdown or trace text around it. */
  resource: string | null;
  resourceAccount: string | null;
  /** The resource's account as written when it is masked (`***`, `<prod_account_id>`), else null. */
  resourceAccountMask: string | null;
  /** Principal and resource accounts both known: different → true, same → false; otherwise null. */
  crossAccount: boolean | null;
  /**
   * The call may cross accounts: known to, or both accounts are masked (they may differ, and the explanation gives
   * them two placeholders), so both sides need a fix.
   */
  maybeCrossAccount: boolean;
  /** The denying policy's ARN as the message names it, when it is a whole policy ARN (else null). */
  policyArn: string | null;
  trustCall: TrustCall | null;
  /** The role to assume is no role: a user's ARN, or a role ARN written wrong (`role:NAME`, a session's ARN). */
  notARole: 'user' | 'malformed' | null;
  /** S3's bare "Access Denied" with no principal, action or context phrase. */
  s3Bare: boolean;
  /** KMS "The ciphertext refers to a customer master key that does not exist … or you are not allowed". */
  kmsCiphertext: boolean;
  /** The KMS key message is a service's that could not use the key (not KMS's own ciphertext message). */
  kmsUnusable: boolean;
  /** For a KMS denial inside another service's call (SSM GetParameter, S3 GetObject): that service's prefix. */
  viaService: string | null;
  /** The policy type the message itself names (its context phrase), or null when it names none. */
  namedLayer: PolicyType | null;
  /** An S3 access point ARN the request went through. */
  accessPoint: string | null;
  regionHint: string | null;
  /** The message and the text around it (capped): later readers look for clues of their own in it. */
  text: string;
  /** OIDC provider named in the text, e.g. token.actions.githubusercontent.com. */
  oidcProvider: string | null;
  clues: Clues;
  /** The refused change targets a role or policy AWS owns (aws-owned.ts): no policy can allow it. */
  awsOwned: AwsOwned | null;
  /**
   * EC2's "Not authorized for images: [ami-…]": the image is not one this account may launch (another account's, not
   * shared; a Marketplace product not subscribed to; deregistered) — no policy of the caller's is missing. The image
   * ID when the message names one, '' when it does not; null for any other message.
   */
  unavailableImage: string | null;
  /** S3 could not validate an event notification's destination: the queue, topic or function must admit S3. */
  notificationDestination: 'queue' | 'topic' | 'function' | null;
  /**
   * Aurora DSQL's "Wrong user to action mapping. user: admin, action: DbConnect": the token was made for the other
   * action than the database role connects with (admin: DbConnectAdmin, any other role: DbConnect). No policy is read.
   */
  dsqlToken: { user: string; action: string } | null;
  /** DMS's "The IAM Role arn:…:role/dms-vpc-role is not configured properly": the role DMS uses is missing or wrong. */
  dmsRole: { arn: string; name: string } | null;
}

const SDK_SERVICE = [
  /operation error ([A-Za-z0-9 ]{2,40}?):\s*[A-Za-z0-9]+/,
  /\(Service:\s*([A-Za-z0-9 ]{2,40}?)\s*[;,]/,
  /\bService:\s*([A-Za-z0-9 ]{2,40}?)\s*(?:\n|$|[;,)])/m,
  /\b(?:Amazon\.)?([A-Za-z0-9]{2,30})\.Amazon\1Exception/,
  /\b([A-Za-z0-9]{2,30})ServiceException\b/,
  /\bAmazon([A-Za-z0-9]{2,30})Exception\b/,
  // Ruby: `Aws::STS::Errors::AccessDenied`, `[Aws::S3::Client 403 …]`.
  /\bAws::([A-Za-z0-9]{2,40})::(?:Errors|Client)\b/,
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
    // S3's legacy regional endpoints put the region after a dash: `s3-eu-west-1.amazonaws.com`.
    const h = host[1].toLowerCase().replace(/^(s3)-(?:external-\d|(?:[a-z]{2}|us-gov)-[a-z]+-\d{1,2})$/, '$1');
    return HOST_SERVICE[h] ?? servicePrefixFromName(h) ?? (/^[a-z0-9-]+$/.test(h) && !isRegion(h) ? h : null);
  }
  return null;
}

const REGION_IN_TEXT = /\b((?:us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov|us-iso|us-isob|us-isof|eu-isoe)-[a-z]+-\d{1,2}|eusc-[a-z]+-[a-z]+-\d{1,2})\b/g;

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

/**
 * Each layer's words in a context phrase, English and the Japanese console's — also broken over lines by a paste
 * ("service⏎  control").
 */
const LAYER_WORDS: Array<[Exclude<PolicyType, 'unknown'>, RegExp]> = [
  ['identity', /identity[\s-]{1,6}based|アイデンティティベース|ID ベース/i],
  ['resource', /resource[\s-]{1,6}based|service[\s-]{1,6}based|リソースベース/i],
  ['scp', /service[\s-]{1,6}control|サービスコントロール/i],
  ['rcp', /resource[\s-]{1,6}control|リソースコントロール/i],
  ['boundary', /permissions?[\s-]{1,6}boundar|アクセス許可の境界|許可の境界/i],
  ['session', /session\s{1,6}polic|セッションポリシー/i],
  ['vpce', /VPC[\s-]{1,6}endpoint|VPC エンドポイント/i],
  ['trust', /trust\s{1,6}polic|信頼ポリシー/i],
];

/**
 * The layer the message names, when it does: the parser may report a layer it inferred (an AssumeRole denial is
 * "trust"), which is a likely cause, never a certain one.
 */
function namedLayerOf(f: Finding): PolicyType | null {
  const type = f.policyType;
  if (!type || type === 'unknown') return null;
  // An Access Troubleshooter answer (or a decoded message) names the deciding Deny statement's policy and its layer.
  if (f.matchedStatements?.some((s) => s.effect === 'Deny' && s.policyType === type)) return type;
  const words = LAYER_WORDS.find(([layer]) => layer === type)?.[1];
  return words && words.test(f.message.slice(0, 20_000)) ? type : null;
}

/**
 * A value as it belongs in a policy: without the quotes, backticks, markdown and trailing punctuation that messages
 * wrap around it, and without the trace text that follows it on the same line (` ---> …`, ` (Service: …`).
 */
export function tidyValue(value: string | null): string | null {
  if (value === null) return null;
  let v = value.replace(/\s+(?:--->|\(Service:|because\b|with an explicit\b).*$/s, '');
  v = v.replace(/^[\s"'`“‘]+|[\s"'`”’]+$/g, '');
  // Markdown emphasis around the whole value (`**arn:…**`, `_name_`); a mask or wildcard at its end (`hostedzone/***`,
  // `bucket/*`) is the value's own.
  const emphasis = /^([*_]{1,3})(?![*_\s])([\s\S]*?[^*_\s])\1$/.exec(v);
  if (emphasis) v = emphasis[2]!;
  v = withoutSentenceEnd(v, /[.,;)\]]+$/);
  return v === '' ? null : v;
}

function cluesOf(text: string, action: string | null, operation: string | null, resource: string | null): Clues {
  const a = (action ?? '').toLowerCase();
  const op = (operation ?? '').toLowerCase();
  return {
    sseKms: /aws:kms|--sse-kms-key-id|SSEKMSKeyId|SSE-KMS/i.test(text) || (/^kms:(generatedatakey|decrypt)/.test(a) && /^(putobject|getobject|copyobject|uploadpart|createmultipartupload|completemultipartupload|headobject)$/.test(op)),
    cdkBootstrapRole: /:role\/cdk-[a-z0-9]{1,10}-(?:deploy|lookup|file-publishing|image-publishing|cfn-exec)-role-/.test(resource ?? ''),
  };
}

const KMS_CIPHERTEXT = /ciphertext refers to a customer master key/i;
const IMAGE_UNAVAILABLE = /\bNot\s{1,3}authori[sz]ed\s{1,3}for\s{1,3}images\b/i;
// (The finding's message may stop before the image: the ID is read from the text around it.)
const UNAVAILABLE_IMAGE_ID = /\bNot\s{1,3}authori[sz]ed\s{1,3}for\s{1,3}images:\s{0,3}\[?\s{0,3}(ami-[0-9a-f]{8,17})\b/i;
const DSQL_MAPPING = /\bWrong\s{1,3}user\s{1,3}to\s{1,3}action\s{1,3}mapping\.\s{1,3}user:\s{0,3}([^\s,]{1,63}),\s{0,3}action:\s{0,3}([A-Za-z]{2,40})/;
const DMS_ROLE = /\bThe\s{1,3}IAM\s{1,3}Role\s{1,3}(arn:[\w-]{2,20}:iam::[^\s:]{0,40}:role\/(?:[\w+=,.@-]{1,64}\/)*(dms-[\w-]{1,60}))\s{1,3}is\s{1,3}not\s{1,3}configured\s{1,3}properly/;
const NOTIFICATION_DESTINATION = /Permissions\s{1,5}on\s{1,5}the\s{1,5}destination\s{1,5}(queue|topic|function)\s{1,5}do\s{1,5}not\s{1,5}allow\s{1,5}S3\b/;
const KMS_UNUSABLE = /KMS\s{1,3}key\s[^\n]{0,300}?does\s{1,3}not\s{1,3}exist,?\s{1,3}is\s{1,3}not\s{1,3}enabled|Given\s{1,3}key\s{1,3}ID\s{1,3}is\s{1,3}not\s{1,3}accessible/i;

/** A policy ARN that goes into advice only when it is one whole ARN (messages get cut: `arn:aws:organizations::`). */
function cleanPolicyArn(value: string | null): string | null {
  const v = tidyValue(clean(value, 2048));
  return v && /^arn:[a-z-]+:(?:organizations|iam)::(?:\d{12}|aws)?:policy\/[\w+=,.@/-]+$/.test(v) ? v : null;
}

function s3UrlAsArn(value: string | null): string | null {
  const m = value ? /^s3a?:\/\/([^\s/][^\s]*)$/i.exec(value) : null;
  return m ? `arn:aws:s3:::${m[1]}` : value;
}

/** An S3 access point named by an object's ARN (`…:accesspoint/ap/object/key`): the access point's own ARN. */
function accessPointOf(parsed: ReturnType<typeof parseArn>): string | null {
  if (!parsed || parsed.service !== 's3' || !/^accesspoint\//.test(parsed.resource)) return null;
  return `arn:${parsed.partition}:s3:${parsed.region}:${parsed.account}:${parsed.resource.split('/').slice(0, 2).join('/')}`;
}

/**
 * A role ARN as sts:AssumeRole needs it is `arn:PARTITION:iam::ACCOUNT:role/NAME`: a user's ARN, a colon for the slash
 * (`role:NAME`) or a session's ARN (`assumed-role/NAME/SESSION`) names no role to assume.
 */
function notARoleOf(parsed: ReturnType<typeof parseArn>): 'user' | 'malformed' | null {
  if (!parsed) return null;
  if (parsed.service === 'iam' && /^user\//.test(parsed.resource)) return 'user';
  if (parsed.service === 'iam' && /^(?:role:|roles\/|assumed[-:]role\/)/.test(parsed.resource)) return 'malformed';
  return parsed.service === 'sts' && /^assumed-role\//.test(parsed.resource) ? 'malformed' : null;
}

/** The token action an Aurora DSQL database role connects with: admin only DbConnectAdmin, every other role DbConnect. */
export function dsqlTokenAction(user: string): 'DbConnectAdmin' | 'DbConnect' {
  return user === 'admin' ? 'DbConnectAdmin' : 'DbConnect';
}

/**
 * Refusals a service makes before it reads any policy: an image the account may not launch, a DSQL token's action, a
 * service role DMS cannot use, an event notification's destination that does not admit S3.
 */
function beforeAnyPolicy(message: string, around: string): Pick<Facts, 'unavailableImage' | 'dsqlToken' | 'dmsRole' | 'notificationDestination'> {
  const text = around.slice(0, 50_000);
  const dsql = DSQL_MAPPING.exec(text);
  const dms = DMS_ROLE.exec(text);
  return {
    dmsRole: dms ? { arn: dms[1]!, name: dms[2]! } : null,
    unavailableImage: IMAGE_UNAVAILABLE.test(message) ? (UNAVAILABLE_IMAGE_ID.exec(text)?.[1] ?? '') : null,
    dsqlToken: dsql ? { user: dsql[1]!, action: dsql[2]! } : null,
    notificationDestination: (NOTIFICATION_DESTINATION.exec(message)?.[1] as Facts['notificationDestination'] | undefined) ?? null,
  };
}

export function readFacts(finding: Finding, context?: string): Facts {
  const message = finding.message ?? '';
  const around = typeof context === 'string' && context !== message ? `${message}\n${context.slice(0, 50_000)}` : message;
  const hinted = serviceHint(message);
  const denied = deniedAction(finding, message, hinted);
  let { action, actionFromOperation, otherActions, operationNote } = denied;
  const { operation } = denied;
  // An S3 location printed as its URL (Athena, Lake Formation: `s3://bucket/key`) is the ARN a policy names.
  let resource = s3UrlAsArn(tidyValue(clean(finding.resource, 2048)));
  // Athena names the refused S3 location and, by its wording, the direction: the actions follow from those.
  const athena = !action && !operation ? athenaNeed(message, resource) : null;
  if (athena) {
    const [first, ...rest] = athena.actions;
    action = first!.action;
    resource = first!.resource;
    otherActions = rest;
    actionFromOperation = true;
  }
  // A KMS ciphertext message is KMS refusing to decrypt, whichever call it surfaced in (SSM, S3, Secrets Manager):
  // one treatment — the denied action is kms:Decrypt on a key the message does not name, through that service.
  // So is a service that could not use a KMS key for the caller and cannot say why (RDS's KMSKeyNotAccessibleFault: "does
  // not exist, is not enabled or you do not have permissions to access it"; EC2's "Given key ID is not accessible"):
  // the caller needs kms:DescribeKey and kms:CreateGrant on the key, through that service.
  const ciphertext = KMS_CIPHERTEXT.test(around.slice(0, 50_000));
  const kmsUnusable = !ciphertext && (finding.errorCode === 'KMSKeyNotAccessibleFault' || KMS_UNUSABLE.test(message));
  const kmsCiphertext = ciphertext || kmsUnusable;
  let viaService: string | null = null;
  // Only a KMS action the message printed stands; one read off the operation (GetParameter) is the outer call's.
  const printedKms = /^kms:/i.test(clean(finding.action, 256) ?? '');
  if (kmsCiphertext && !printedKms) {
    const fromOperation = operation ? serviceOfOperation(operation, finding.errorCode) : null;
    const outer = !actionFromOperation && action?.includes(':') ? (action.split(':')[0] ?? '').toLowerCase() : fromOperation && fromOperation !== 'kms' ? fromOperation : hinted && hinted !== 'kms' ? hinted : null;
    viaService = outer && outer !== 'kms' ? outer : null;
    action = kmsUnusable ? 'kms:DescribeKey' : 'kms:Decrypt';
    actionFromOperation = false;
    operationNote = null;
    resource = resource && /:kms:[^:]*:[^:]*:key\//.test(resource) ? resource : null;
    // The grant is made on the same key the service could not use.
    otherActions = kmsUnusable ? [{ action: 'kms:CreateGrant', resource }] : [];
  }
  const service = action?.includes(':') ? (action.split(':')[0] ?? '').toLowerCase() : hinted;
  if (!kmsCiphertext && (service === 'kms' || /^kms:/i.test(action ?? '')) && operation) {
    // A KMS denial reported by the service that called KMS for the request (S3 PutObject → kms:GenerateDataKey).
    const outer = hinted && hinted !== 'kms' ? hinted : serviceOfOperation(operation, finding.errorCode);
    viaService = outer && outer !== 'kms' ? outer : null;
  }
  const parsed = resource ? parseArn(resource.replace(/^(?:role|user|policy|instance[ -]profile)\s+/i, '').replace(/\s+/g, '')) : null;
  const resourceAccount = parsed && isAccountId(parsed.account) ? parsed.account : null;
  const resourceAccountMask = parsed && parsed.account !== '' && parsed.account !== 'aws' && !isAccountId(parsed.account) ? parsed.account : null;
  const maskedPrincipalAccount = !!finding.principal && !isAccountId(finding.accountId) && containsMask(finding.accountId ?? '');
  // Two masked accounts are two unknowns, except for IAM: its calls act on the caller's own account only, so a role or
  // user it was refused on is in the caller's account whatever the writer masked.
  const twoAccounts = maskedPrincipalAccount && resourceAccountMask !== null && service !== 'iam';
  const principal = policyPrincipal(finding, twoAccounts ? 'CALLER_ACCOUNT_ID' : 'ACCOUNT_ID');
  const crossAccount = principal.account && resourceAccount ? principal.account !== resourceAccount : null;
  const trustCall = trustCallOf(action);
  const silent = finding.policyType === 'unknown' || finding.policyType === null;
  // Athena's refused location is Athena's wording, not S3's bare "Access Denied": the caller's own S3 access first.
  const s3Bare = service === 's3' && !finding.principal && silent && finding.denyKind !== 'explicit' && !athena;
  return {
    finding,
    principal,
    action,
    actionFromOperation,
    otherActions,
    athena: athena?.access ?? null,
    operationNote,
    service: service || (kmsCiphertext ? 'kms' : null),
    resource,
    resourceAccount,
    resourceAccountMask,
    crossAccount,
    maybeCrossAccount: crossAccount === true || (principal.placeholders.includes('CALLER_ACCOUNT_ID') && resourceAccountMask !== null),
    policyArn: cleanPolicyArn(finding.policyArn),
    trustCall,
    notARole: trustCall !== null && trustCall !== 'web-identity' && trustCall !== 'saml' ? notARoleOf(parsed) : null,
    s3Bare,
    kmsCiphertext,
    kmsUnusable,
    viaService,
    namedLayer: namedLayerOf(finding),
    accessPoint: accessPointOf(parsed),
    regionHint: (parsed && isRegion(parsed.region) ? parsed.region : null) ?? regionHint(around),
    text: around.slice(0, 50_000),
    oidcProvider: trustCall === 'web-identity' ? oidcProviderOf(around) : null,
    clues: cluesOf(around.slice(0, 50_000), action, operation, resource),
    awsOwned: awsOwned(action, resource),
    ...beforeAnyPolicy(message, around),
  };
}
