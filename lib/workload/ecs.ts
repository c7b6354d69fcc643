// An ECS task has two roles, and the classic fix lands on the wrong one. The task execution role
// (executionRoleArn) is used by ECS itself before and around the container: pulling a private ECR image, sending
// awslogs output to CloudWatch Logs, and fetching the `secrets` of the container definition from Secrets Manager
// or SSM Parameter Store (decrypting them with KMS). The task role (taskRoleArn) is what the application inside
// the container gets from the SDK. Both sessions are named with the task id.

export type EcsActionJob = 'image-or-logs' | 'secrets' | 'application';

const IMAGE_OR_LOGS = new Set([
  'ecr:getauthorizationtoken',
  'ecr:batchgetimage',
  'ecr:getdownloadurlforlayer',
  'ecr:batchchecklayeravailability',
  'logs:createlogstream',
  'logs:putlogevents',
  'logs:createloggroup',
]);

// Secrets injection: the agent reads `secrets[].valueFrom` with GetSecretValue or ssm:GetParameters (plural),
// and KMS-decrypts customer-managed keys. An application may make the same calls, hence a separate class.
const SECRETS = new Set(['secretsmanager:getsecretvalue', 'ssm:getparameters', 'kms:decrypt']);

export function ecsActionJob(action: string): EcsActionJob {
  const a = action.toLowerCase();
  if (IMAGE_OR_LOGS.has(a)) return 'image-or-logs';
  if (SECRETS.has(a)) return 'secrets';
  return 'application';
}

/** The role's name says which one it is: `ecsTaskExecutionRole`, `svc-exec-role`; `OrdersTaskRole`. */
export function ecsRoleNameSays(roleName: string): 'execution' | 'task' | null {
  if (/execution|exec[-_]?role|taskexec/i.test(roleName)) return 'execution';
  if (/task[-_]?role/i.test(roleName)) return 'task';
  return null;
}
