// Issue 6 at the level of the whole explanation: the workload behind the principal lands in every fix's target and
// note and in the admin request, the diagnosis steps come in order in both languages, and the fixes still pass the
// IAM engine. Findings are written by hand (the shared corpus is only read by the eval).
import { beforeAll, describe, expect, it } from 'vitest';
import { explainWith } from '../../../lib/explain/core';
import { explain } from '../../../lib/explain/index';
import type { IamIndex } from '../../../lib/iam/index';
import { loadIndex } from '../../../lib/iam/load';
import type { Explanation, Finding, Lang } from '../../../lib/model';
import { checkExplanation } from '../../support/fix-check';
import { finding, sentence } from './support';

let iam: IamIndex;
beforeAll(async () => {
  iam = await loadIndex(['s3', 'kms', 'iam', 'sts', 'dynamodb', 'ecr', 'logs', 'sqs', 'secretsmanager', 'cloudformation', 'lambda', 'autoscaling']);
});

const ACCOUNT = '111122223333';
const TASK_ID = '0eb3c2d72ff34a2495af6aec696bdf69';
const session = (role: string, name: string) => `arn:aws:sts::${ACCOUNT}:assumed-role/${role}/${name}`;
const roleArn = (role: string) => `arn:aws:iam::${ACCOUNT}:role/${role}`;
const identity = (principal: string, action: string, resource: string | null) =>
  sentence(principal, action, resource, { policyType: 'identity', denyKind: 'implicit' });
const ex = (f: Finding, lang: Lang = 'en', context?: string): Explanation =>
  explainWith(f, iam, context === undefined ? { lang } : { lang, context });
const identityFix = (e: Explanation) => e.fixes.find((f) => f.target === 'identity-policy');

describe('the workload lands in the fix, its note and the admin request', () => {
  it('ECS task role: the task role (taskRoleArn), not the execution role — said as "probably"', () => {
    const e = ex(identity(session('orders-api-task', TASK_ID), 'dynamodb:PutItem', `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/Orders`));
    expect(e.workload).toEqual({ kind: 'ecs-task', name: TASK_ID, roleArn: roleArn('orders-api-task'), confidence: 'probable' });
    const fix = identityFix(e)!;
    expect(fix.attachTo).toBe(roleArn('orders-api-task'));
    expect(fix.note).toContain('Add it to the task role `orders-api-task` (taskRoleArn of the ECS task definition), not to the task execution role');
    // A session named with a task id is a convention, not proof: the note says so before it says where.
    expect(fix.note).toMatch(/^The call probably came from ECS task \(task role\) `0eb3c2d7[0-9a-f]+`: naming conventions point there, but they are not proof/);
    expect(fix.note).toContain('The session ARN hides the role’s path');
    expect(e.adminRequest).toContain('Caller: ECS task (task role) `0eb3c2d72ff34a2495af6aec696bdf69` (probably)');
    expect(e.adminRequest).toContain(`Apply to: the task role \`orders-api-task\` (taskRoleArn of the ECS task) — ${roleArn('orders-api-task')}`);
    expect(e.adminRequest).toContain('not to the task execution role');
  });

  it('ECS task execution role: image pulls belong to executionRoleArn, not to the task role', () => {
    const e = ex(identity(session('ecsTaskExecutionRole', TASK_ID), 'ecr:BatchGetImage', `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/orders-api`));
    expect(e.workload).toMatchObject({ kind: 'ecs-task-execution', roleArn: roleArn('ecsTaskExecutionRole') });
    const fix = identityFix(e)!;
    expect(fix.attachTo).toBe(roleArn('ecsTaskExecutionRole'));
    expect(fix.note).toContain('Add it to the task execution role `ecsTaskExecutionRole` (executionRoleArn of the task definition), not to the task role');
    expect(e.adminRequest).toContain('Apply to: the task execution role `ecsTaskExecutionRole` (executionRoleArn of the ECS task)');
  });

  it('an execution-named role making an application call keeps both readings open', () => {
    const e = ex(identity(session('orders-exec-role', TASK_ID), 'dynamodb:PutItem', `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/Orders`));
    expect(e.workload).toMatchObject({ kind: 'ecs-task', confidence: 'possible' });
    const note = identityFix(e)!.note;
    expect(note).toMatch(/^The call may have come from ECS task \(task role\)/);
    expect(note).toContain('the call was made with the role `orders-exec-role`');
    expect(note).toContain('named like a task execution role');
    expect(identityFix(e)!.attachTo).toBe(roleArn('orders-exec-role'));
  });

  it('Lambda: the function’s execution role, not a console user', () => {
    const e = ex(identity(session('orders-lambda-role', 'createOrderHandler'), 's3:PutObject', 'arn:aws:s3:::orders-archive/2026/01.json'));
    expect(e.workload).toMatchObject({ kind: 'lambda', name: 'createOrderHandler', roleArn: roleArn('orders-lambda-role') });
    const fix = identityFix(e)!;
    expect(fix.attachTo).toBe(roleArn('orders-lambda-role'));
    expect(fix.note).toContain('Add it to the execution role `orders-lambda-role` of the Lambda function `createOrderHandler`');
    expect(fix.note).toContain('not to your own user');
    expect(e.adminRequest).toContain('Apply to: the execution role `orders-lambda-role` of the Lambda function `createOrderHandler`');
  });

  it('Lambda recognised from the text around the denial (explain() passes the context through)', async () => {
    const f = identity(session('orders-service', 'createOrderHandler'), 'sqs:SendMessage', `arn:aws:sqs:us-east-1:${ACCOUNT}:orders`);
    const around = [
      'START RequestId: 8f5e1c2a-1111-2222-3333-444455556666 Version: $LATEST',
      `[ERROR] AccessDenied: ${f.message}`,
      '  File "/var/task/handler.py", line 12, in handler',
      'END RequestId: 8f5e1c2a-1111-2222-3333-444455556666',
    ].join('\n');
    expect((await explain(f, { lang: 'en' })).workload).toBeNull();
    const e = await explain(f, { lang: 'en', context: around });
    expect(e.workload).toMatchObject({ kind: 'lambda', name: 'createOrderHandler' });
    expect(identityFix(e)!.note).toContain('execution role `orders-service` of the Lambda function `createOrderHandler`');
  });

  it('EC2 instance profile: certain from the instance id, so no hedge', () => {
    const e = ex(identity(session('web-server-role', 'i-0123456789abcdef0'), 's3:GetObject', 'arn:aws:s3:::assets/logo.png'));
    expect(e.workload).toEqual({ kind: 'ec2-instance', name: 'i-0123456789abcdef0', roleArn: roleArn('web-server-role'), confidence: 'certain' });
    const note = identityFix(e)!.note;
    expect(note).toMatch(/^Add it to the role `web-server-role` of the instance profile attached to the EC2 instance `i-0123456789abcdef0`/);
    expect(note).not.toContain('probably');
    expect(e.adminRequest).toContain('Apply to: the role `web-server-role` of the EC2 instance profile');
  });

  it('CodeBuild: the project’s service role', () => {
    const e = ex(identity(session('codebuild-app-service-role', 'AWSCodeBuild-1b2c3d4e-5f60-4a1b-9c2d-3e4f5a6b7c8d'), 'ecr:GetAuthorizationToken', '*'));
    expect(e.workload).toMatchObject({ kind: 'codebuild', confidence: 'certain', roleArn: roleArn('codebuild-app-service-role') });
    expect(identityFix(e)!.note).toContain("Add it to the CodeBuild project's service role `codebuild-app-service-role`");
    expect(e.adminRequest).toContain('Apply to: the service role `codebuild-app-service-role` of the CodeBuild project');
  });

  it('GitHub Actions OIDC: the trust policy of the role the workflow assumes', () => {
    const f = finding({
      action: 'sts:AssumeRoleWithWebIdentity',
      resource: roleArn('gha-deploy'),
      message: 'Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    });
    const e = ex(f);
    expect(e.workload).toMatchObject({ kind: 'github-actions', roleArn: roleArn('gha-deploy') });
    const fix = e.fixes[0]!;
    expect(fix.target).toBe('trust-policy');
    expect(fix.attachTo).toBe(roleArn('gha-deploy'));
    expect(fix.note).toContain("The workflow could not assume the role `gha-deploy`: fix that role's trust policy");
    expect(fix.policy?.Statement[0]?.Principal).toEqual({ Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com` });
    expect(e.fixes.some((x) => x.target === 'identity-policy' && x.attachTo === roleArn('gha-deploy'))).toBe(false);
    expect(e.adminRequest).toContain(`Apply to: the role \`gha-deploy\` that the GitHub Actions workflow assumes — ${roleArn('gha-deploy')}`);
  });

  it('GitHub Actions named only around the denial still gets the GitHub OIDC trust statement', () => {
    const f = finding({ action: 'sts:AssumeRoleWithWebIdentity', resource: roleArn('deploy'), message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity' });
    expect(ex(f).fixes[0]?.policy?.Statement[0]?.Principal).toEqual({ Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/OIDC_PROVIDER` });
    const log = `Run aws-actions/configure-aws-credentials@v4\n  audience: sts.amazonaws.com\n  issuer: https://token.actions.githubusercontent.com\n${f.message}`;
    const e = ex(f, 'en', log);
    expect(e.workload?.kind).toBe('github-actions');
    expect(e.fixes[0]?.policy?.Statement[0]?.Principal).toEqual({ Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com` });
  });

  it('CDK: the cfn-exec role is changed through the bootstrap template', () => {
    const cfnExec = `cdk-hnb659fds-cfn-exec-role-${ACCOUNT}-us-east-1`;
    const e = ex(identity(session(cfnExec, 'AWSCloudFormation'), 'sqs:CreateQueue', `arn:aws:sqs:us-east-1:${ACCOUNT}:jobs`));
    expect(e.workload).toMatchObject({ kind: 'cdk', confidence: 'certain', roleArn: roleArn(cfnExec) });
    const note = identityFix(e)!.note;
    expect(note).toContain(`Add it to the CDK CloudFormation execution role \`${cfnExec}\``);
    expect(note).toContain('cdk bootstrap --cloudformation-execution-policies');
    expect(e.adminRequest).toContain(`Apply to: the CDK role \`${cfnExec}\``);
  });

  it('Identity Center: the permission set, with no role to attach to', () => {
    const sso = 'AWSReservedSSO_DataEngineer_0123456789abcdef';
    const e = ex(identity(session(sso, 'alice@example.com'), 's3:ListBucket', 'arn:aws:s3:::lake'));
    expect(e.workload).toEqual({ kind: 'identity-center', name: 'DataEngineer', roleArn: null, confidence: 'certain' });
    const fix = identityFix(e)!;
    expect(fix.attachTo).toBe('permission-set/DataEngineer');
    expect(fix.who).toBe('org-admin');
    expect(fix.note).toContain(`Change the permission set \`DataEngineer\` in IAM Identity Center`);
    expect(fix.note).toContain(`not the role \`${sso}\``);
    expect(e.adminRequest).toContain('Apply to: the permission set `DataEngineer` in IAM Identity Center — permission-set/DataEngineer');
  });

  it('service-linked role: no policy, because nobody can edit it', () => {
    const e = ex(sentence(session('AWSServiceRoleForAutoScaling', 'AutoScaling'), 'kms:CreateGrant', `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`, { policyType: 'identity', denyKind: 'implicit' }));
    expect(e.workload).toMatchObject({ kind: 'service-linked', roleArn: null });
    const fix = identityFix(e)!;
    expect(fix.policy).toBeNull();
    expect(fix.note).toContain('`AWSServiceRoleForAutoScaling` is a service-linked role: AWS owns its permissions and you cannot edit them');
  });

  it('near miss: a role named "lambda-admin" used by a person gets no workload and no Lambda advice', () => {
    for (const who of ['alice@example.com', 'alice']) {
      const e = ex(identity(session('lambda-admin', who), 'lambda:UpdateFunctionCode', `arn:aws:lambda:us-east-1:${ACCOUNT}:function:orders`));
      expect(e.workload).toBeNull();
      const fix = identityFix(e)!;
      expect(fix.attachTo).toBe(roleArn('lambda-admin'));
      expect(fix.note).toContain('Add this as an inline policy or a customer managed policy attached to role lambda-admin');
      expect(JSON.stringify(e.fixes) + e.adminRequest).not.toMatch(/Lambda function|execution role|Caller:/);
      expect(e.steps.map((s) => s.command ?? '').join('\n')).not.toContain('get-function-configuration');
    }
  });

  it('a workload that calls AssumeRole is named on the trust fix as the caller', () => {
    const e = ex(sentence(session('web-server-role', 'i-0123456789abcdef0'), 'sts:AssumeRole', roleArn('reports-reader'), { policyType: 'unknown', denyKind: 'unknown' }));
    const trust = e.fixes.find((f) => f.target === 'trust-policy')!;
    expect(trust.attachTo).toBe(roleArn('reports-reader'));
    expect(trust.note).toContain('The caller is the role `web-server-role` of the EC2 instance profile.');
    // The caller's own side (sts:AssumeRole in its identity policy) stays on the caller's role.
    const own = identityFix(e);
    if (own) expect(own.attachTo).toBe(roleArn('web-server-role'));
  });
});

describe('steps', () => {
  const ecs = () => identity(session('orders-api-task', TASK_ID), 'dynamodb:PutItem', `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/Orders`);

  it('come in order with the message values in place, the workload check right after "who am I"', () => {
    const steps = ex(ecs()).steps;
    const commands = steps.map((s) => s.command ?? '');
    const at = (needle: string) => commands.findIndex((c) => c.includes(needle));
    expect(at('aws sts get-caller-identity')).toBe(0);
    expect(at("describe-task-definition --task-definition TASK_DEFINITION --region us-east-1 --query 'taskDefinition.[taskRoleArn,executionRoleArn]'")).toBe(1);
    expect(commands[1]).toContain(`--tasks ${TASK_ID}`);
    expect(at('aws iam list-attached-role-policies --role-name orders-api-task')).toBe(2);
    expect(at('aws iam simulate-principal-policy')).toBe(3);
    expect(commands[3]).toContain(`--resource-arns arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/Orders`);
    expect(at('aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=PutItem')).toBe(4);
    expect(steps[steps.length - 1]?.url).toBe('https://policysim.aws.amazon.com/');
    for (const s of steps) {
      expect(s.title.trim()).not.toBe('');
      expect(s.meaning.trim()).not.toBe('');
    }
  });

  it('are the same checks in Japanese, written in Japanese', () => {
    const en = ex(ecs(), 'en').steps;
    const ja = ex(ecs(), 'ja').steps;
    expect(ja.map((s) => s.command)).toEqual(en.map((s) => s.command));
    for (const s of ja) {
      expect(s.title).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
      expect(s.meaning).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
    }
    expect(ja[1]?.title).toContain('タスクロール');
  });

  it('bound the CloudTrail search by when the denial was seen', () => {
    const when = Date.UTC(2026, 0, 15, 9, 30, 0);
    const steps = explainWith(ecs(), iam, { lang: 'en', when }).steps;
    const trail = steps.find((s) => (s.command ?? '').startsWith('aws cloudtrail lookup-events'));
    expect(trail?.command).toContain('--start-time 2026-01-15T09:15:00Z --end-time 2026-01-15T09:45:00Z');
  });

  it('have a workload check for each kind', () => {
    const check = (principal: string, action: string, resource: string) => ex(identity(principal, action, resource)).steps[1]?.command ?? '';
    expect(check(session('orders-lambda-role', 'createOrderHandler'), 's3:GetObject', 'arn:aws:s3:::b/k')).toContain(
      'aws lambda get-function-configuration --function-name createOrderHandler --query Role --output text',
    );
    expect(check(session('web-server-role', 'i-0123456789abcdef0'), 's3:GetObject', 'arn:aws:s3:::b/k')).toContain(
      'aws ec2 describe-iam-instance-profile-associations --filters Name=instance-id,Values=i-0123456789abcdef0',
    );
    expect(check(session('AWSReservedSSO_DataEngineer_0123456789abcdef', 'alice@example.com'), 's3:GetObject', 'arn:aws:s3:::b/k')).toContain(
      'aws sso-admin list-managed-policies-in-permission-set',
    );
  });
});

describe('the IAM engine still confirms the fixes of workload explanations', () => {
  const cases: [string, Finding][] = [
    ['ECS task role', identity(session('orders-api-task', TASK_ID), 'dynamodb:PutItem', `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/Orders`)],
    ['ECS execution role', identity(session('ecsTaskExecutionRole', TASK_ID), 'ecr:BatchGetImage', `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/orders-api`)],
    ['Lambda', identity(session('orders-lambda-role', 'createOrderHandler'), 's3:PutObject', 'arn:aws:s3:::orders-archive/2026/01.json')],
    ['EC2', identity(session('web-server-role', 'i-0123456789abcdef0'), 's3:GetObject', 'arn:aws:s3:::assets/logo.png')],
    ['CodeBuild', identity(session('codebuild-app-service-role', 'AWSCodeBuild-1b2c3d4e-5f60-4a1b-9c2d-3e4f5a6b7c8d'), 'ecr:GetAuthorizationToken', '*')],
    ['CDK', identity(session(`cdk-hnb659fds-cfn-exec-role-${ACCOUNT}-us-east-1`, 'AWSCloudFormation'), 'sqs:CreateQueue', `arn:aws:sqs:us-east-1:${ACCOUNT}:jobs`)],
    ['Identity Center', identity(session('AWSReservedSSO_DataEngineer_0123456789abcdef', 'alice@example.com'), 's3:ListBucket', 'arn:aws:s3:::lake')],
    ['GitHub OIDC', finding({ action: 'sts:AssumeRoleWithWebIdentity', resource: roleArn('gha-deploy'), message: 'Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity' })],
    ['EC2 calling AssumeRole', sentence(session('web-server-role', 'i-0123456789abcdef0'), 'sts:AssumeRole', roleArn('reports-reader'), { policyType: 'unknown', denyKind: 'unknown' })],
  ];
  it.each(cases)('%s', async (_name, f) => {
    const e = await explain(f, { lang: 'en' });
    expect(e.workload).not.toBeNull();
    const check = await checkExplanation(e);
    expect(check.checked.length).toBeGreaterThan(0);
    expect(check.checked.filter((c) => !c.ok)).toEqual([]);
  });
});

describe('fixes that name the caller in a policy say which workload role it is', () => {
  it('bucket policy, VPC endpoint policy and an SCP exception', () => {
    const caller = session('orders-lambda-role', 'createOrderHandler');
    const where = 'the execution role `orders-lambda-role` of the Lambda function `createOrderHandler`';
    const bucket = ex(sentence(caller, 's3:GetObject', 'arn:aws:s3:::partner-data/in.csv', { policyType: 'resource', denyKind: 'implicit' }));
    expect(bucket.fixes.find((f) => f.target === 'resource-policy')?.note).toContain(`The caller is probably ${where}.`);
    const vpce = ex(sentence(caller, 'dynamodb:GetItem', `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/t`, { policyType: 'vpce', denyKind: 'implicit' }));
    expect(vpce.fixes[0]?.note).toContain(`The caller is probably ${where}.`);
    const scp = ex(sentence(caller, 's3:PutObject', 'arn:aws:s3:::data/x', { policyType: 'scp', denyKind: 'explicit' }));
    expect(scp.fixes[0]?.note).toContain(`The caller is probably ${where}.`);
    // Certain readings drop the "probably".
    const ec2 = ex(sentence(session('web-server-role', 'i-0123456789abcdef0'), 's3:GetObject', 'arn:aws:s3:::partner-data/in.csv', { policyType: 'resource', denyKind: 'implicit' }));
    expect(ec2.fixes.find((f) => f.target === 'resource-policy')?.note).toContain('The caller is the role `web-server-role` of the EC2 instance profile.');
  });
});

describe('hostile context', () => {
  it('a megabyte of binary, markup and lookalike clues neither crashes nor misleads the explainer', () => {
    const f = identity(session('orders-lambda-role', 'createOrderHandler'), 's3:GetObject', 'arn:aws:s3:::b/k');
    const junk = Array.from({ length: 40_000 }, (_, i) => `\u0000\u202e<script>x${i}</script>/var/task/ ${'a'.repeat(i % 7)}`).join('\n');
    // Its time is measured by `npm run bench` (scripts/bench/hostile.ts), not asserted here.
    const e = ex(f, 'en', junk + f.message + junk);
    expect(e.workload?.kind).toBe('lambda');
    for (const s of e.steps) expect(`${s.title}${s.meaning}${s.command ?? ''}`).not.toMatch(/<script>|\u0000|\u202e/);
    expect(identityFix(e)!.note).not.toMatch(/<script>|\u0000/);
  });
});
