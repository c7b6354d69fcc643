// What a role session name looks like. Services and tools name their sessions in recognisable ways (an EC2
// instance id, an ECS task id, an SDK's default with a timestamp); people use their login or e-mail. The shape
// is the strongest single clue to the workload, so it is decided once here and the pattern table reads it.
import { isWhollyMasked } from '../mask';

export type SessionShape =
  | 'missing'
  | 'masked'
  | 'ec2-instance'
  | 'ec2-instance-masked'
  | 'ecs-task-id'
  | 'uuid'
  | 'hex64'
  | 'codebuild'
  | 'sdk-default'
  | 'email'
  | 'person'
  | 'function-like'
  | 'other';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * Default session names of AWS SDKs and the CLI when a role is assumed from a profile's role_arn or from a web
 * identity token file (EKS IRSA) without an explicit name: botocore `botocore-session-<epoch s>`, Go v2
 * `aws-go-sdk-<epoch ns>`, Java `aws-sdk-java-<epoch ms>`, JavaScript v3 `aws-sdk-js-session-<epoch ms>`,
 * Go v1 a bare `<epoch ns>`.
 */
export const SDK_DEFAULT_SESSION = /^(?:botocore-session-\d{9,11}|aws-go-sdk-\d{16,20}|aws-sdk-java-\d{12,14}|aws-sdk-js-session-\d{12,14}|\d{18,20})$/;

export function sessionShape(session: string | null): SessionShape {
  if (session === null || session.trim() === '') return 'missing';
  const s = session.trim();
  if (/^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$/.test(s)) return 'ec2-instance';
  // Masked instance ids keep their `i-` prefix or say what they hide: `i-0d87aae0ea9c6XXXX`, `<INSTANCE_ID>`.
  if (/^i-[0-9a-fA-FxX*#.]*$/.test(s) && /[xX*#.]/.test(s)) return 'ec2-instance-masked';
  if (/^i-(?:instance-?id|id|\.\.\.|xxx+|<[^>]*>|\{[^}]*\})$/i.test(s)) return 'ec2-instance-masked';
  if (/^(?:<|\{|\$\{?|\[)?\s*instance[_ -]?id\s*(?:>|\}|\])?$/i.test(s)) return 'ec2-instance-masked';
  // A short token after `i-` is an instance id shortened or keyboard-masked by hand (`i-0abc`, `i-sdfsdf`).
  if (/^i-[A-Za-z0-9]{3,17}$/.test(s)) return 'ec2-instance-masked';
  if (isWhollyMasked(s)) return 'masked';
  if (new RegExp(`^AWSCodeBuild-${UUID}$`, 'i').test(s)) return 'codebuild';
  if (/^[0-9a-f]{32}$/.test(s)) return 'ecs-task-id';
  if (new RegExp(`^${UUID}$`, 'i').test(s)) return 'uuid';
  if (/^[0-9a-f]{64}$/.test(s)) return 'hex64';
  if (SDK_DEFAULT_SESSION.test(s)) return 'sdk-default';
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s)) return 'email';
  if (looksLikePerson(s)) return 'person';
  if (/^[\w+=,.@-]+$/.test(s)) return 'function-like';
  return 'other';
}

/**
 * A login: one lowercase word, optionally `first.last`/`first_last`, or one capitalised word (`alice`, `jdoe`,
 * `john.smith`, `Adam`). Function and service names tend to be CamelCase or hyphenated (`RequestUnicorn`,
 * `orders-api-handler`), which is what keeps a role merely named "lambda-admin" used by `alice` out of Lambda.
 */
export function looksLikePerson(s: string): boolean {
  if (s.length > 40) return false;
  return /^[a-z][a-z0-9]*(?:[._][a-z][a-z0-9]*)?$/.test(s) || /^[A-Z][a-z]+(?:[._][A-Z]?[a-z]+)?$/.test(s);
}

/**
 * A physical name that CloudFormation generated: `<stack>-<LogicalId>-<12 or 13 random characters>` (for example
 * `mystack-OrdersFunction-AbC123dEf456`). The random tail mixes digits and capitals; requiring both keeps
 * ordinary words (`-administrator`) out.
 */
export function isCloudFormationName(s: string): boolean {
  const m = /^(.+)-([A-Za-z0-9]{12,13})$/.exec(s);
  if (!m) return false;
  const [, prefix = '', tail = ''] = m;
  return prefix.includes('-') && /\d/.test(tail) && /[A-Z]/.test(tail) && !/^\d+$/.test(tail);
}

/** `AWSCodeBuild-<build uuid>`: the uuid is the part of the build id after `<project>:`. */
export function codeBuildBuildUuid(session: string): string | null {
  const m = new RegExp(`^AWSCodeBuild-(${UUID})$`, 'i').exec(session.trim());
  return m?.[1] ?? null;
}
