// ARN and principal parsing. Error messages print principals as people paste them: masked accounts (`XXXX`,
// `***`, `<account-id>`, `${ACCOUNT}`), a missing `arn:` prefix, stray spaces around segments, truncated ARNs.
// These functions accept all of that and never throw; what they cannot read they return as null.
import type { PrincipalType } from './model';

export interface ParsedArn {
  /** `aws`, `aws-cn`, `aws-us-gov`, `aws-iso`, `aws-iso-b`, `aws-iso-e`, `aws-iso-f`, `aws-eusc`, … as written. */
  partition: string;
  service: string;
  region: string;
  /** As written (12 digits or a mask); empty string when the ARN leaves it empty (S3 buckets, some masks). */
  account: string;
  /** Everything after the account, e.g. `assumed-role/Dev/alice`; empty when the ARN stops at the account. */
  resource: string;
  /** `true` when the text started with `arn:`; masked pastes sometimes drop it (`aws:iam::####:user/x`). */
  hasPrefix: boolean;
}

/** The partitions AWS documents: the one list of them. */
export const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'] as const;
export type Partition = (typeof PARTITIONS)[number];

/** Partitions AWS documents; anything else that looks like `aws-…` is still accepted by parseArn. */
export function isKnownPartition(partition: string): partition is Partition {
  return (PARTITIONS as readonly string[]).includes(partition);
}

/** A documented partition as written in a message (any case, surrounding spaces), or null. */
export function asPartition(value: string | null | undefined): Partition | null {
  const v = (value ?? '').trim().toLowerCase();
  return isKnownPartition(v) ? v : null;
}

// The SDKs' region patterns of the partitions other than `aws` (partitions.json).
const REGION_PARTITIONS: ReadonlyArray<[RegExp, Partition]> = [
  [/^cn-[a-z]+-\d+$/, 'aws-cn'],
  [/^us-gov-[a-z]+-\d+$/, 'aws-us-gov'],
  [/^us-iso-[a-z]+-\d+$/, 'aws-iso'],
  [/^us-isob-[a-z]+-\d+$/, 'aws-iso-b'],
  [/^eu-isoe-[a-z]+-\d+$/, 'aws-iso-e'],
  [/^us-isof-[a-z]+-\d+$/, 'aws-iso-f'],
  [/^eusc-[a-z]+-[a-z]+-\d+$/, 'aws-eusc'],
];

/** The partition a region belongs to (`cn-north-1` → `aws-cn`); `aws` for the rest. */
export function partitionOfRegion(region: string): Partition {
  const r = region.trim().toLowerCase();
  for (const [re, partition] of REGION_PARTITIONS) if (re.test(r)) return partition;
  return 'aws';
}

/** The DNS suffix of a partition's service endpoints (`sqs.REGION.SUFFIX`, kms:ViaService values): the SDKs' table. */
const DNS_SUFFIX: Readonly<Record<Partition, string>> = {
  aws: 'amazonaws.com',
  'aws-cn': 'amazonaws.com.cn',
  'aws-us-gov': 'amazonaws.com',
  'aws-iso': 'c2s.ic.gov',
  'aws-iso-b': 'sc2s.sgov.gov',
  'aws-iso-e': 'cloud.adc-e.uk',
  'aws-iso-f': 'csp.hci.ic.gov',
  'aws-eusc': 'amazonaws.eu',
};

export function dnsSuffix(partition: string): string {
  return isKnownPartition(partition) ? DNS_SUFFIX[partition] : 'amazonaws.com';
}

/**
 * S3 and others print an unsigned request's caller as `anonymous` (CloudTrail: `ANONYMOUS_PRINCIPAL`): no principal a
 * policy could name.
 */
export function isAnonymousPrincipal(principal: string | null | undefined): boolean {
  return /^anonymous(?:_principal)?$/i.test((principal ?? '').trim());
}

const MAX_ARN = 4096;

/** Splits an ARN into its segments. Tolerates masks and a missing `arn:` prefix; null when it is not ARN-shaped. */
export function parseArn(input: string): ParsedArn | null {
  if (typeof input !== 'string') return null;
  const text = input.trim();
  if (text.length === 0 || text.length > MAX_ARN) return null;
  let rest = text;
  let hasPrefix = false;
  if (/^arn:/i.test(rest)) {
    rest = rest.slice(4);
    hasPrefix = true;
  }
  const parts: string[] = [];
  let from = 0;
  // partition, service, region, account: the resource keeps any further colons (`function:name:alias`).
  while (parts.length < 4) {
    const colon = nextColon(rest, from);
    if (colon < 0) break;
    parts.push(rest.slice(from, colon));
    from = colon + 1;
  }
  if (parts.length < 3) return null;
  const partition = (parts[0] ?? '').trim();
  // Without the prefix, only accept an `aws…` partition: otherwise `error: foo: bar:` would parse.
  // (A CI log's secret masking may hide the partition: `arn:***:sts::…`.)
  if (!/^aws(?:-[a-z]{1,10}){0,3}$/.test(partition) && !(hasPrefix && /^(?:[\w-]{1,30}|\*{1,8})$/.test(partition))) return null;
  // A phone's or chat's autocorrect turns `iam` into `I am` (`arn:aws:I am::…:user/x`).
  const service = (parts[1] ?? '').trim().replace(/^I am$/, 'iam');
  if (!/^[\w.-]{0,64}$/.test(service)) return null;
  if (parts.length === 3) {
    const tail = rest.slice(from).trim();
    // `arn:aws:iam::user/nico` — the writer dropped the account and its colon: the tail is the resource.
    if (/^[a-z][a-z-]{1,40}\/\S/.test(tail)) {
      const slot = (parts[2] ?? '').trim();
      // `arn:aws:sts:xxxxxxxx:assumed-role/…` — a mask that ate the empty region's colon: IAM and STS have no
      // region, so the one slot is the account.
      if (slot !== '' && /^(?:iam|sts)$/i.test(service)) return { partition, service, region: '', account: slot, resource: tail, hasPrefix };
      return { partition, service, region: slot, account: '', resource: tail, hasPrefix };
    }
    // `arn:aws:sts::80xxxxx assumed-role/r/s` — a mask that ate the colon after the account left a space there.
    const spaced = /^(\S{1,40})\s{1,3}((?:assumed-role|role|user|federated-user)\/\S.*)$/.exec(tail);
    if (spaced && /^(?:iam|sts)$/i.test(service)) return { partition, service, region: (parts[2] ?? '').trim(), account: spaced[1]!, resource: spaced[2]!, hasPrefix };
    // `arn:aws:sts::***REDACTED**` — the account is the tail, there is no resource.
    return { partition, service, region: (parts[2] ?? '').trim(), account: tail, resource: '', hasPrefix };
  }
  // A writer's doubled colon (`arn:aws:iam::{user id}::user/x`): IAM's and STS's resources never start with one.
  const printed = rest.slice(from).trim();
  const resource = /^(?:iam|sts)$/i.test(service) ? printed.replace(/^:(?=(?:user|role|assumed-role|federated-user|group)\/)/, '') : printed;
  return { partition, service, region: (parts[2] ?? '').trim(), account: (parts[3] ?? '').trim(), resource, hasPrefix };
}

/** The closing character of a mask opened by `[`, `<` or `{` (by character code). */
function maskClose(code: number): string | null {
  return code === 91 ? ']' : code === 60 ? '>' : code === 123 ? '}' : null;
}

/**
 * The next segment-separating colon from `from`: colons inside a mask (`[redacted:account-id]`,
 * `${AWS::AccountId}`, `<account:id>`) belong to the mask. A mask left open has no such colon.
 */
function nextColon(text: string, from: number): number {
  let i = from;
  for (;;) {
    const colon = text.indexOf(':', i);
    if (colon < 0) return -1;
    // A mask opened before that colon may hold it.
    let close: string | null = null;
    let opener = i;
    for (; opener < colon; opener++) if ((close = maskClose(text.charCodeAt(opener))) !== null) break;
    if (close === null) return colon;
    const end = text.indexOf(close, opener + 1);
    // Left open (or too long to be a mask): an ordinary character.
    i = end < 0 || end - opener > 80 ? opener + 1 : end + 1;
  }
}

export interface PrincipalInfo {
  /** The principal exactly as given (trimmed). */
  principal: string;
  type: PrincipalType;
  partition: string | null;
  /** As written (12 digits or a mask), null when the text does not carry one. */
  accountId: string | null;
  /** User, role, federated user or service name; for assumed roles the role name. */
  name: string | null;
  /** IAM path of a user or role (`/` when none); null when not known (assumed roles drop the path). */
  path: string | null;
  /** Assumed roles: the role's session name (`alice`, `i-0abc…`, `botocore-session-…`). */
  sessionName: string | null;
  /** Assumed roles: the IAM role ARN the session came from, and roles: the role ARN itself. */
  roleArn: string | null;
  /**
   * True when roleArn was rebuilt from an assumed-role ARN: session ARNs drop the role's path, so a role under
   * `/service-role/` or `/aws-reserved/sso.amazonaws.com/` has a different real ARN.
   */
  rolePathUnknown: boolean;
  /** IAM Identity Center: the permission set behind `AWSReservedSSO_<PermissionSet>_<hash>`. */
  ssoPermissionSet: string | null;
  /** Service-linked role (`role/aws-service-role/<service>/…` or an `AWSServiceRoleFor…` session). */
  serviceLinked: boolean;
  /** Service principal (`lambda.amazonaws.com`) or the service of a service-linked role path, when known. */
  service: string | null;
}

const WEB_IDENTITY_PROVIDERS = new Set([
  'accounts.google.com',
  'graph.facebook.com',
  'www.amazon.com',
  'cognito-identity.amazonaws.com',
  'token.actions.githubusercontent.com',
]);

const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,3}\.amazonaws\.com(?:\.cn)?$/;

function emptyInfo(principal: string): PrincipalInfo {
  return {
    principal,
    type: 'unknown',
    partition: null,
    accountId: null,
    name: null,
    path: null,
    sessionName: null,
    roleArn: null,
    rolePathUnknown: false,
    ssoPermissionSet: null,
    serviceLinked: false,
    service: null,
  };
}

/** `AWSReservedSSO_<PermissionSet>_<hash>` → the permission set name (which may itself contain `_`). */
export function ssoPermissionSetOf(roleName: string): string | null {
  const m = /^AWSReservedSSO_(.+)_[0-9A-Za-z]{6,32}$/.exec(roleName);
  return m ? (m[1] ?? null) : null;
}

/** Splits an IAM `user/path/name` or `role/path/name` resource into path and name. */
function splitPathName(afterType: string): { path: string; name: string } {
  const slash = afterType.lastIndexOf('/');
  if (slash < 0) return { path: '/', name: afterType };
  return { path: '/' + afterType.slice(0, slash + 1), name: afterType.slice(slash + 1) };
}

/** What the principal is, as far as its type and account: the part of describePrincipal the parser needs. */
interface Shape {
  type: PrincipalType;
  accountId: string | null;
  /** Lower-cased principal when it is a web identity provider or a service principal. */
  lower: string | null;
  arn: ParsedArn | null;
  /** The resource's type word (`user`, `role`, `assumed-role`…), lower-cased, and what follows its slash. */
  kind: string;
  afterType: string;
}

const BARE_PRINCIPAL = /^(user|role|assumed-role|federated-user)\/([^\s/][^\s]{0,500})$/i;

function shapeOf(principal: string): Shape {
  const shape: Shape = { type: 'unknown', accountId: null, lower: null, arn: null, kind: '', afterType: '' };
  if (!principal) return shape;
  const lower = principal.toLowerCase();
  if (WEB_IDENTITY_PROVIDERS.has(lower)) return { ...shape, type: 'web-identity', lower };
  if (SERVICE_PRINCIPAL.test(lower)) return { ...shape, type: 'service', lower };
  const arn = parseArn(principal);
  if (!arn) {
    // Some services print the principal as its IAM resource without the ARN around it (`User: user/jackson is
    // not authorized …`): the kind is said, the account is not.
    const bare = BARE_PRINCIPAL.exec(principal);
    if (bare) return { ...shape, type: bare[1]!.toLowerCase() as PrincipalType, kind: bare[1]!.toLowerCase(), afterType: bare[2]! };
    // An Identity Center session with its head elided (`…/AWSReservedSSO_Admin_…/alice`): always an assumed role.
    if (/(?:^|\/)AWSReservedSSO_[^/\s]*\/[^/]+$/.test(principal)) return { ...shape, type: 'assumed-role' };
    // So is a Cognito identity pool's session (the SDKs name it CognitoIdentityCredentials) with its head elided.
    if (/^(?:arn:[\w-]{1,20}:sts:|…|\.{2,})[^\s]{0,200}\/CognitoIdentityCredentials$/.test(principal)) return { ...shape, type: 'assumed-role' };
    // A head elided up to the type word (`…assumed-role/ci/GitHubActions`, `...:user/ops`, `.../role/x`): it is said.
    const elided = /^(?:…|\.{2,})\s{0,2}[:/]?(assumed-role|role|user|federated-user)\/[^\s/]/i.exec(principal);
    if (elided) return { ...shape, type: elided[1]!.toLowerCase() as PrincipalType };
    // An ARN quoted from its account on (`030998640247:assumed-role/batch/aws-batch`), or one whose mask swallowed the
    // colons around the account (`arn:aws:sts:XXXXassumed-role/…`, `arn:aws:sts…:user/x`): account and type are said.
    const fromAccount = /^(?:(\d{12}):|arn:aws[\w-]{0,20}:(?:sts|iam):{0,2}(\d{12}|[xX*#]{4,16}|\.{2,3}|…):?)(assumed-role|role|user|federated-user)\/[^\s/]/i.exec(principal);
    if (fromAccount) return { ...shape, type: fromAccount[3]!.toLowerCase() as PrincipalType, accountId: (fromAccount[1] ?? fromAccount[2])! };
    return shape;
  }
  // A writer's mask that swallowed the colon before the type word (`arn:aws:iam::xxxxxxxxxxxuser/me`): the account and
  // the type are both still there.
  const whole = arn.account === '' ? arn.resource : arn.resource === '' ? arn.account : '';
  const glued = /^(\d{12}|[xX*#]{4,16}|\.{2,3}|…)(?:user|role|assumed-role|federated-user)\/[^\s/]/.exec(whole);
  const callerArn = arn.service === 'iam' || arn.service === 'sts';
  if (glued && callerArn) return shapeOf(`arn:${arn.partition}:${arn.service}::${glued[1]}:${whole.slice(glued[1]!.length)}`);
  shape.arn = arn;
  // An elision that took the account and the type word together (`arn:aws:sts::.../terraform-execution`): the
  // account is the elision as written; under sts, what a caller's ARN names is an assumed role's session.
  const swallowed = callerArn ? /^(\.{2,3}|…)\/[^\s/]/.exec(whole) : null;
  if (swallowed) return { ...shape, accountId: swallowed[1]!, type: arn.service === 'sts' ? 'assumed-role' : shape.type };
  shape.accountId = arn.account === '' ? null : arn.account;
  const resource = arn.resource;
  const service = arn.service.toLowerCase();
  const slash = resource.indexOf('/');
  // A mask's bracket glued to the type word (`assumed-role[/app/i-0abc]`, `<assumed-role/ROLE>/<USER>`) is no part of it.
  const head = (slash < 0 ? resource : resource.slice(0, slash)).trim().toLowerCase();
  const kind = head.replace(/^</, '').replace(/\[$/, '');
  // What the bracket opened before the type word is the masked name after it: `<assumed-role/ROLE>` hides the role.
  const afterType = slash < 0 ? '' : head.startsWith('<') ? `<${resource.slice(slash + 1)}` : resource.slice(slash + 1);
  shape.kind = kind;
  shape.afterType = afterType;
  // An ARN cut right after its type word (`arn:aws:sts::111122223333:role is not authorized`, `…:assumed-role...`)
  // still says the type.
  const cutKind = slash < 0 ? kind.replace(/(?:\.{2,3}|…)$/, '') : '';
  const cutAtType = /^(?:role|user|assumed-role)$/.test(cutKind) && (service === 'iam' || service === 'sts');
  if (cutAtType) shape.type = cutKind as PrincipalType;
  else if (service === 'iam') {
    if (kind === 'root') shape.type = 'root';
    // A name its writer removed (`user/`, `role/`) leaves the kind said.
    else if (kind === 'user' && (afterType || resource === 'user/')) shape.type = 'user';
    else if (kind === 'role' && (afterType || resource === 'role/')) shape.type = 'role';
    else if (kind === 'oidc-provider') shape.type = 'web-identity';
    else if (kind === 'saml-provider') shape.type = 'federated-user';
    // A session retyped by hand under iam (`arn:aws:iam::…:assumed-role/R/s`): its type word still says what it is.
    else if (kind === 'assumed-role' && afterType) shape.type = 'assumed-role';
  } else if (service === 'sts') {
    if (kind === 'assumed-role' && (afterType || resource === 'assumed-role/')) shape.type = 'assumed-role';
    else if (kind === 'federated-user' && afterType) shape.type = 'federated-user';
    // A role retyped by hand under sts (`arn:aws:sts::…:role/R/s`): the type word as printed, as under iam above.
    else if (kind === 'role' && afterType) shape.type = 'role';
  }
  return shape;
}

/** The principal's type and account (as describePrincipal gives them), without the rest of its details. */
export function principalTypeAndAccount(input: string): { type: PrincipalType; accountId: string | null } {
  const shape = shapeOf(typeof input === 'string' ? input.trim() : '');
  return { type: shape.type, accountId: shape.accountId };
}

/** Everything Why Denied needs to know about who was denied: type, account, role behind a session, SSO, SLR. */
export function describePrincipal(input: string): PrincipalInfo {
  const principal = typeof input === 'string' ? input.trim() : '';
  const info = emptyInfo(principal);
  const shape = shapeOf(principal);
  if (shape.lower !== null) {
    if (shape.type === 'web-identity') return { ...info, type: 'web-identity', service: shape.lower.endsWith('.amazonaws.com') ? shape.lower : null };
    return { ...info, type: 'service', service: shape.lower, name: shape.lower };
  }
  const arn = shape.arn;
  if (!arn) return info;
  info.partition = arn.partition;
  info.accountId = shape.accountId;
  const { kind, afterType } = shape;
  switch (shape.type) {
    case 'root':
      return { ...info, type: 'root' };
    case 'user': {
      const { path, name } = splitPathName(afterType);
      return { ...info, type: 'user', name, path };
    }
    case 'role': {
      const { path, name } = splitPathName(afterType);
      const slr = path.startsWith('/aws-service-role/');
      const slrService = slr ? (path.split('/')[2] ?? null) : null;
      return {
        ...info,
        type: 'role',
        name,
        path,
        // A role whose name the writer removed (`role/`) is no role anyone can name in a policy.
        roleArn: name ? principal : null,
        ssoPermissionSet: ssoPermissionSetOf(name),
        serviceLinked: slr,
        service: slrService,
      };
    }
    case 'web-identity':
      return { ...info, type: 'web-identity', name: afterType || null };
    case 'federated-user':
      return kind === 'saml-provider' ? { ...info, type: 'federated-user', name: afterType || null } : { ...info, type: 'federated-user', name: afterType };
    case 'assumed-role': {
      const cut = afterType.indexOf('/');
      const roleName = (cut < 0 ? afterType : afterType.slice(0, cut)).trim();
      const sessionName = cut < 0 ? null : afterType.slice(cut + 1).trim() || null;
      return {
        ...info,
        type: 'assumed-role',
        name: roleName || null,
        sessionName,
        roleArn: roleName ? roleArnFromParts(arn.partition, arn.account, roleName) : null,
        rolePathUnknown: roleName !== '',
        ssoPermissionSet: ssoPermissionSetOf(roleName),
        serviceLinked: roleName.startsWith('AWSServiceRoleFor'),
      };
    }
    default:
      return info;
  }
}

function roleArnFromParts(partition: string, account: string, roleName: string): string {
  return `arn:${partition}:iam::${account}:role/${roleName}`;
}

/**
 * The IAM role ARN behind an assumed-role session ARN. The session ARN does not carry the role's path, so the
 * result is `arn:<partition>:iam::<account>:role/<name>` with `pathUnknown: true`.
 */
export function roleArnFromSession(sessionArn: string): { roleArn: string; roleName: string; pathUnknown: true } | null {
  const info = describePrincipal(sessionArn);
  if (info.type !== 'assumed-role' || !info.roleArn || !info.name) return null;
  return { roleArn: info.roleArn, roleName: info.name, pathUnknown: true };
}

/** The principal type of an ARN or service principal as printed; `unknown` for masks and names. */
export function principalTypeOf(principal: string): PrincipalType {
  return describePrincipal(principal).type;
}

/** The account of an ARN as written (digits or mask), or null. */
export function accountOf(arn: string): string | null {
  const parsed = parseArn(arn);
  return parsed && parsed.account !== '' ? parsed.account : null;
}

/** True for a 12-digit account ID (masked accounts return false: they cannot go into a policy). */
export function isAccountId(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^\d{12}$/.test(value);
}
