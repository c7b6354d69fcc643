// Where a fix must land and what policies call the principal, built on lib/arn.ts's describePrincipal: the role
// behind an assumed-role session (never the session), the user, the Identity Center permission set. Masked parts
// of the principal (`XXXX`, `<account-id>`) become placeholders, since a mask pasted into a policy is wrong or,
// for `*`, a wildcard.
import { asPartition, describePrincipal, isAccountId, type Partition } from '../arn';
import type { Finding, PrincipalType } from '../model';
import { IAM_NAME, containsMask } from '../mask';
import { isPlaceholderToken, unmaskWithin } from './values';

export interface PrincipalInfo {
  /** The principal as the message printed it. */
  raw: string | null;
  kind: PrincipalType;
  partition: Partition | null;
  /** The 12-digit account, or null when absent or masked. */
  account: string | null;
  roleName: string | null;
  /** The IAM role ARN, for sessions rebuilt from the role name (the session ARN drops the role's path). */
  roleArn: string | null;
  rolePathKnown: boolean;
  sessionName: string | null;
  userName: string | null;
  /** `AWSReservedSSO_<PermissionSet>_<hash>` → the permission set's name. */
  permissionSet: string | null;
  serviceLinked: boolean;
  /** The ARN that policies name for this principal: role (not session), user, root or federated user. */
  policyArn: string | null;
  /** Placeholders standing in `roleArn`/`policyArn` for masked parts (e.g. ACCOUNT_ID). */
  placeholders: string[];
}

// A name the writer left as a placeholder (`user/USER_ID`, `role/YOUR_ROLE_NAME`) is one for the reader to replace.
// Only tokens with a placeholder's word: `ADMIN_ROLE` may be a real role's name.
const PLACEHOLDER_WORD = /(?:^|_)(?:ID|NAME|ACCOUNT|YOUR|MY|REDACTED|PLACEHOLDER)(?:_|$)/;
const isWrittenPlaceholder = (value: string): boolean => value.includes('_') && isPlaceholderToken(value) && !/__|_$/.test(value) && PLACEHOLDER_WORD.test(value);

// …and in an ARN whose account the writer replaced by a word in capitals
// (`arn:aws:sts::ACCOUNT:assumed-role/CUSTOM_EC2_ROLE/…`), every name in capitals with underscores is theirs too.
const CAPS_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;


function unmask(value: string | null, placeholder: string, placeholders: string[], known: ReadonlyMap<string, string>, capsWritten = false): string | null {
  if (value === null || value === '') return null;
  if (!containsMask(value) && (isWrittenPlaceholder(value) || (capsWritten && CAPS_NAME.test(value)))) {
    if (!placeholders.includes(value)) placeholders.push(value);
    return value;
  }
  // No IAM name holds a space: `user/user name` is the writer's stand-in, like a mask. Where the writer masked the
  // account (`known` holds it), characters IAM does not allow in a name are what is left of a mask the ARN's slash cut
  // in two (`sts::</>:assumed-role/irsa-</>` reads as the name `irsa-<`); with a real account they are shown as printed.
  if (!containsMask(value) && !/\s/.test(value)) {
    const named = unmaskWithin(value, placeholders, known);
    if (known.size === 0 || IAM_NAME.test(named)) return named;
  }
  if (!placeholders.includes(placeholder)) placeholders.push(placeholder);
  return placeholder;
}

/**
 * @param accountToken the placeholder for a masked account: ACCOUNT_ID, or CALLER_ACCOUNT_ID when the resource's
 *   account is unknown too (two unknown accounts never share one placeholder).
 */
// A service naming itself as the caller ("CodeBuild is not authorized to perform: sts:AssumeRole on …", "CloudWatch
// Alarms is not authorized to perform: SNS:Publish …") acts as its service principal: a trust or resource policy
// admits it by that name, no identity policy can.
const SERVICE_CALLERS: Record<string, string> = {
  codebuild: 'codebuild',
  codepipeline: 'codepipeline',
  codedeploy: 'codedeploy',
  cloudformation: 'cloudformation',
  cloudwatch: 'cloudwatch',
  'cloudwatch alarms': 'cloudwatch',
  'cloudwatch logs': 'logs',
  eventbridge: 'events',
  'eventbridge scheduler': 'scheduler',
  lambda: 'lambda',
  sns: 'sns',
  s3: 's3',
  'step functions': 'states',
  amp: 'aps',
  'aws config': 'config',
  cloudtrail: 'cloudtrail',
  firehose: 'firehose',
  'api gateway': 'apigateway',
  sagemaker: 'sagemaker',
  glue: 'glue',
  datasync: 'datasync',
  'aws backup': 'backup',
};

function serviceCaller(raw: string): string | null {
  // Redshift names the database user whose COPY or UNLOAD asked for the role (`arn:aws:redshift:…:dbuser:c/u`): the
  // role is assumed by Redshift itself, which its trust policy admits as redshift.amazonaws.com.
  if (/^arn:[^:]+:redshift:.*:dbuser:/.test(raw)) return 'redshift.amazonaws.com';
  const name = raw.toLowerCase().replace(/^(?:amazon|aws)\s+/, '').replace(/\s+/g, ' ');
  const prefix = Object.prototype.hasOwnProperty.call(SERVICE_CALLERS, name) ? SERVICE_CALLERS[name] : undefined;
  return prefix ? `${prefix}.amazonaws.com` : null;
}

export function policyPrincipal(finding: Pick<Finding, 'principal' | 'principalType' | 'accountId'>, accountToken = 'ACCOUNT_ID'): PrincipalInfo {
  // A chat's code spans around a placeholder (`assumed-role/`<role>`/…`) are markup; a backtick anywhere else stays
  // (the value is then no ARN anyone's policy can name, and no account is read from it).
  const printed = finding.principal && finding.principal.length <= 2048 ? finding.principal.trim().replace(/`(?=<)|(?<=>)`/g, '') : null;
  const service = printed && (finding.principalType ?? 'unknown') === 'unknown' ? serviceCaller(printed) : null;
  const raw = service ?? printed;
  const d = raw ? describePrincipal(raw) : null;
  const placeholders: string[] = [];
  const kind: PrincipalType = service ? 'service' : d && d.type !== 'unknown' ? d.type : (finding.principalType ?? 'unknown');
  const partition = asPartition(d?.partition);
  const p = partition ?? 'aws';
  const accountAsWritten = d?.accountId ?? finding.accountId;
  const account = isAccountId(accountAsWritten) ? accountAsWritten : null;
  const acct = (): string => {
    if (account) return account;
    if (!placeholders.includes(accountToken)) placeholders.push(accountToken);
    return accountToken;
  };
  const capsWritten = !!accountAsWritten && /^[A-Z][A-Z0-9_]{2,40}$/.test(accountAsWritten);
  // A mask repeated inside a name (`role/cdk-…-<ACCOUNT>-us-east-1`) is the same unknown as the account.
  const known = new Map<string, string>(accountAsWritten && !account ? [[accountAsWritten, accountToken]] : []);
  const info: PrincipalInfo = {
    raw,
    kind,
    partition,
    account,
    roleName: null,
    roleArn: null,
    rolePathKnown: false,
    sessionName: d?.sessionName ?? null,
    userName: null,
    permissionSet: d?.ssoPermissionSet ?? null,
    serviceLinked: d?.serviceLinked ?? false,
    policyArn: null,
    placeholders,
  };
  if (!d) return info;
  switch (d.type) {
    case 'root':
      info.policyArn = `arn:${p}:iam::${acct()}:root`;
      break;
    case 'assumed-role':
    case 'role': {
      const name = unmask(d.name, 'ROLE_NAME', placeholders, known, capsWritten);
      if (!name) break;
      info.roleName = name;
      const path = d.type === 'role' && d.path ? d.path : '/';
      info.rolePathKnown = d.type === 'role' && !d.rolePathUnknown;
      info.roleArn = `arn:${p}:iam::${acct()}:role${path}${name}`;
      info.policyArn = info.roleArn;
      break;
    }
    case 'user': {
      const name = unmask(d.name, 'USER_NAME', placeholders, known, capsWritten);
      if (!name) break;
      info.userName = name;
      info.policyArn = `arn:${p}:iam::${acct()}:user${d.path ?? '/'}${name}`;
      break;
    }
    case 'federated-user':
      if (d.name && raw?.includes(':federated-user/')) {
        info.userName = d.name;
        info.policyArn = `arn:${p}:sts::${acct()}:federated-user/${d.name}`;
      }
      break;
    default:
      break;
  }
  return info;
}
