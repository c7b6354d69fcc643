// Where the fix lands for each workload: the note names the right role (and the wrong one to avoid), attachTo
// is the role or user ARN — or nothing where IAM cannot take the change — in both languages.
import { describe, expect, it } from 'vitest';
import type { Finding, Lang } from '../../../lib/model';
import { describeWorkloadTarget, guessWorkload, recognizeWorkload } from '../../../lib/workload/index';
import { finding, session } from './finding';

const TASK = '0eb3c2d72ff34a2495af6aec696bdf69';

function target(f: Finding, lang: Lang = 'en') {
  const t = describeWorkloadTarget(guessWorkload(f), f, lang);
  if (!t) throw new Error('no target');
  return t;
}

describe('describeWorkloadTarget', () => {
  it('ECS task role: names taskRoleArn and warns off the execution role', () => {
    const t = target(finding({ principal: session('orders-api-task', TASK), action: 'dynamodb:PutItem' }));
    expect(t.note).toContain('task role `orders-api-task`');
    expect(t.note).toContain('taskRoleArn');
    expect(t.note).toContain('not to the task execution role');
    expect(t.where).toBe('the task role `orders-api-task` (taskRoleArn of the ECS task)');
    expect(t.attachTo).toBe('arn:aws:iam::123456789012:role/orders-api-task');
    expect(t.attachToType).toBe('role');
    expect(t.rolePathKnown).toBe(false);
  });

  it('ECS execution role: explains image pulls, logs and secrets', () => {
    const t = target(finding({ principal: session('ecsTaskExecutionRole', TASK), action: 'secretsmanager:GetSecretValue' }));
    expect(t.note).toContain('task execution role `ecsTaskExecutionRole`');
    expect(t.note).toContain('executionRoleArn');
    expect(t.note).toMatch(/pull the image.*logs.*secrets/);
  });

  it('an execution-named role making an application call is called out', () => {
    const t = target(finding({ principal: session('ecsTaskExecutionRole', TASK), action: 'glue:DeleteTable' }));
    expect(t.note).toContain('named like a task execution role');
  });

  it('Lambda: the function and its execution role', () => {
    const t = target(finding({ principal: session('orders-lambda-role', 'createOrderHandler') }));
    expect(t.note).toContain('execution role `orders-lambda-role` of the Lambda function `createOrderHandler`');
    expect(t.where).toBe('the execution role `orders-lambda-role` of the Lambda function `createOrderHandler`');
  });

  it('EC2 on an ECS host adds the task-role advice', () => {
    const t = target(finding({ principal: session('ecsInstanceRole', 'i-0123456789abcdef0') }));
    expect(t.note).toContain('instance profile attached to the EC2 instance `i-0123456789abcdef0`');
    expect(t.note).toContain('give the task a task role');
  });

  it('Identity Center: the permission set, never the AWSReservedSSO_ role', () => {
    const t = target(finding({ principal: session('AWSReservedSSO_DataEngineer_0123456789abcdef', 'alice') }));
    expect(t.attachTo).toBeNull();
    expect(t.attachToType).toBe('permission-set');
    expect(t.note).toContain('permission set `DataEngineer`');
    expect(t.note).toContain('not the role `AWSReservedSSO_DataEngineer_0123456789abcdef`');
  });

  it('service-linked roles and the root user take no policy', () => {
    for (const f of [
      finding({ principal: session('AWSServiceRoleForECS', 'ecs-service-scheduler') }),
      finding({ principal: 'arn:aws:iam::123456789012:root' }),
    ]) {
      const t = target(f);
      expect(t.attachTo).toBeNull();
      expect(t.attachToType).toBe('none');
      expect(t.where).toBeNull();
    }
  });

  it('IAM user: attaches to the user ARN when the account is real', () => {
    const arn = 'arn:aws:iam::123456789012:user/ci-bot';
    const t = target(finding({ principal: arn }));
    expect(t.attachTo).toBe(arn);
    expect(t.attachToType).toBe('user');
    expect(target(finding({ principal: 'arn:aws:iam::XXXX:user/ci-bot' })).attachTo).toBeNull();
  });

  it('GitHub OIDC denial points at the trust policy', () => {
    const role = 'arn:aws:iam::123456789012:role/gha-deploy';
    const t = target(
      finding({ action: 'sts:AssumeRoleWithWebIdentity', resource: role, policyType: 'trust', message: 'Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity' }),
    );
    expect(t.trustPolicy).toBe(true);
    expect(t.attachTo).toBe(role);
    expect(t.note).toContain('trust policy');
    expect(t.note).toContain('token.actions.githubusercontent.com');
  });

  it('CDK cfn-exec role: bootstrap, not hand edits', () => {
    const t = target(finding({ principal: session('cdk-hnb659fds-cfn-exec-role-123456789012-eu-west-1', 'AWSCloudFormation') }));
    expect(t.note).toContain('--cloudformation-execution-policies');
  });

  it('accepts the plain Workload of an Explanation as well as the richer guess', () => {
    const f = finding({ principal: session('ecsTaskExecutionRole', TASK), action: 'ecr:BatchGetImage' });
    const plain = recognizeWorkload(f);
    expect(describeWorkloadTarget(plain, f, 'en')?.note).toBe(target(f).note);
    expect(describeWorkloadTarget(null, f, 'en')).toBeNull();
  });

  it('Japanese uses AWS console terms', () => {
    expect(target(finding({ principal: session('orders-api-task', TASK), action: 'dynamodb:PutItem' }), 'ja').note).toContain('タスクロール');
    expect(target(finding({ principal: session('ecsTaskExecutionRole', TASK), action: 'ecr:BatchGetImage' }), 'ja').note).toContain('タスク実行ロール');
    expect(target(finding({ principal: session('orders-lambda-role', 'createOrderHandler') }), 'ja').note).toContain('実行ロール');
    expect(target(finding({ principal: session('WebServerRole', 'i-0123456789abcdef0') }), 'ja').note).toContain('インスタンスプロファイル');
    expect(target(finding({ principal: session('AWSReservedSSO_Dev_0123456789abcdef', 'a') }), 'ja').note).toContain('アクセス許可セット');
  });

  it('summarises the workload with its confidence and alternatives', () => {
    const t = target(finding({ principal: session('orders-service', TASK), action: 'secretsmanager:GetSecretValue' }));
    expect(t.summary).toBe(
      'ECS task (task role) `0eb3c2d72ff34a2495af6aec696bdf69` (possibly) Other readings: ECS task (task execution role) (possibly).',
    );
  });

  it('hedges a weak reading: what it probably is, the other readings and the role that made the call', () => {
    const weak = target(finding({ principal: session('orders-service', TASK), action: 'secretsmanager:GetSecretValue' }));
    expect(weak.hedge).toBe(
      'The call may have come from ECS task (task role) `0eb3c2d72ff34a2495af6aec696bdf69`, but the evidence is weak — confirm it with the ' +
        'workload check in the steps before changing anything. It could also be: ECS task (task execution role) (possibly). ' +
        'Whichever it is, the call was made with the role `orders-service`.',
    );
    const ja = target(finding({ principal: session('orders-service', TASK), action: 'secretsmanager:GetSecretValue' }), 'ja');
    expect(ja.hedge).toContain('根拠が弱い');
    expect(ja.hedge).toContain('ほかに考えられるもの: ECS タスク（タスク実行ロール）（可能性あり）');
    const probable = target(finding({ principal: session('orders-api-task', TASK), action: 'dynamodb:PutItem' }));
    expect(probable.hedge).toMatch(/^The call probably came from ECS task \(task role\)/);
    expect(target(finding({ principal: session('WebServerRole', 'i-0123456789abcdef0') })).hedge).toBeNull();
  });

  it('never leaves a placeholder unfilled, for every kind and both languages', () => {
    const samples: Finding[] = [
      finding({ principal: session('orders-lambda-role', 'createOrderHandler') }),
      finding({ principal: session('LambdaName', 'awslambda_959_20151123081502137') }),
      finding({ principal: session('orders-api', TASK), action: 'dynamodb:PutItem' }),
      finding({ principal: session('ecsTaskExecutionRole', TASK), action: 'ecr:BatchGetImage' }),
      finding({ principal: session('eks-node-NodeInstanceRole', 'i-0123456789abcdef0') }),
      finding({ principal: session('WebServerRole', '<INSTANCE_ID>') }),
      finding({ principal: session('build', 'AWSCodeBuild-749228d3-4d07-4037-bd81-b631b0a0460e') }),
      finding({ principal: session('gha', 'GitHubActions') }),
      finding({ action: 'sts:AssumeRoleWithWebIdentity', message: 'Could not assume role with OIDC' }),
      finding({ principal: session('svc', 'AWSCloudFormation') }),
      finding({ principal: session('ext', '749228d3-4d07-4037-bd81-b631b0a0460e'), message: 'Resource handler returned message: x' }),
      finding({ principal: session('cdk-hnb659fds-deploy-role-123456789012-us-east-1', 'aws-cdk-a') }),
      finding({ principal: session('cdk-hnb659fds-file-publishing-role-123456789012-us-east-1', 'aws-cdk-a') }),
      finding({ principal: session('cdk-hnb659fds-image-publishing-role-123456789012-us-east-1', 'aws-cdk-a') }),
      finding({ principal: session('cdk-hnb659fds-lookup-role-123456789012-us-east-1', 'aws-cdk-a') }),
      finding({ principal: session('Power', 'aws-cdk-alice') }),
      finding({ principal: session('cluster-ClusterCreationRole', 'AWSCDK.EKSCluster.Update.x') }),
      finding({ principal: session('irsa', 'botocore-session-1700000000'), message: 'kubectl: system:serviceaccount:a:b' }),
      finding({ action: 'sts:AssumeRoleWithWebIdentity', message: 'AssumeRoleWithWebIdentity oidc.eks.us-east-1.amazonaws.com' }),
      finding({ principal: session('pod', 'eks-c-p-3f1c2b4a-1d2e-4f5a-9b8c-7d6e5f4a3b2c') }),
      finding({ principal: session('AWSReservedSSO_Dev_0123456789abcdef', 'a') }),
      finding({ principal: session('AWSServiceRoleForECS', 'x') }),
      finding({ principal: 'arn:aws:iam::123456789012:root' }),
      finding({ principal: 'arn:aws:iam::XXXX:root' }),
      finding({ principal: 'arn:aws:iam::123456789012:user/u' }),
      finding({ principal: session('Cognito_PoolUnauth_Role', 'CognitoIdentityCredentials') }),
      finding({ principal: session('Cognito_PoolAuth_Role', 'CognitoIdentityCredentials') }),
      finding({ principal: session('xxx', 'CognitoIdentityCredentials') }),
      finding({ principal: session('r', 'SageMaker') }),
      finding({ principal: session('r', 'GlueJobRunnerSession') }),
      finding({ principal: session('GreengrassV2TokenExchangeRole', 'c'.repeat(64)) }),
      finding({ principal: session('DeviceRole', 'd'.repeat(64)) }),
      finding({ principal: 'arn:aws:iam::123456789012:role/StepFunctions-Flow-role-0a1b2c3d' }),
      finding({ principal: 'arn:aws:sts::123456789012:federated-user/vault-a-b-1700000000-1' }),
      finding({ principal: session('tfc', 'terraform-run-x') }),
      finding({ principal: session('k', 'abc-kube2iam') }),
      finding({ principal: session('r', 'aws-go-sdk-1754575475244887285') }),
    ];
    for (const lang of ['en', 'ja'] as const) {
      for (const f of samples) {
        const g = guessWorkload(f);
        expect(g, f.principal ?? f.message).not.toBeNull();
        const t = describeWorkloadTarget(g, f, lang);
        for (const text of [t?.note, t?.where, t?.summary, t?.hedge]) {
          if (text === null || text === undefined) continue;
          expect(text, `${f.principal} ${lang}`).not.toMatch(/\{[A-Za-z]+\}/);
          expect(text.length).toBeGreaterThan(5);
        }
      }
    }
  });

  it('a role name with a writer’s placeholder in it gives no ARN to land on (the principal’s target carries the placeholder)', () => {
    const f = finding({ principal: 'arn:aws:sts::123456789012:assumed-role/`<envname>`-gateway-role/i-043f76a2677f373d0', action: 'secretsmanager:GetSecretValue' });
    expect(recognizeWorkload(f)?.roleArn ?? null).toBeNull();
    const plain = finding({ principal: 'arn:aws:sts::123456789012:assumed-role/<envname>-gateway-role/i-043f76a2677f373d0', action: 'secretsmanager:GetSecretValue' });
    expect(recognizeWorkload(plain)?.roleArn ?? null).toBeNull();
  });
});
