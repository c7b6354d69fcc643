// The diagnosis check list: the steps come in order, carry the message's values (quoted), adapt to the workload,
// the policy layer, the partition and the failure category, and read in English and Japanese.
import { describe, expect, it } from 'vitest';
import type { Finding, Lang, Step } from '../../../lib/model';
import { buildSteps } from '../../../lib/steps/index';
import { guessWorkload, recognizeWorkload } from '../../../lib/workload/index';
import { finding, session } from '../workload/finding';

const TASK = '0eb3c2d72ff34a2495af6aec696bdf69';
const steps = (f: Finding, lang: Lang = 'en', when?: number): Step[] =>
  buildSteps(f, guessWorkload(f), lang, when === undefined ? {} : { when });
const titles = (s: Step[]) => s.map((x) => x.title);
const find = (s: Step[], part: string) => {
  const step = s.find((x) => x.title.includes(part));
  if (!step) throw new Error(`no step "${part}" in ${JSON.stringify(titles(s))}`);
  return step;
};

describe('buildSteps, access denied', () => {
  const ecs = finding({
    principal: session('orders-api-task', TASK),
    action: 'dynamodb:PutItem',
    resource: 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders',
    operation: 'PutItem',
  });

  it('orders the steps: identity, workload, policies, simulate, CloudTrail, console', () => {
    expect(titles(steps(ecs))).toEqual([
      'Confirm who you are, and in which account, partition and region',
      "Confirm the ECS task's task role and execution role",
      'Read the policies of the role `orders-api-task`',
      'Simulate the request with the IAM policy simulator',
      'Find the denied call in CloudTrail',
      'Check it in the IAM policy simulator console',
    ]);
  });

  it('an anonymous caller is told its request went unsigned, not to expect "anonymous" from get-caller-identity', () => {
    const anon = finding({ principal: 'anonymous', principalType: 'unknown', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' });
    for (const lang of ['en', 'ja'] as const) {
      const meaning = find(steps(anon, lang), lang === 'en' ? 'Confirm who' : '').meaning;
      expect(meaning).toContain('--no-sign-request');
      expect(meaning).not.toContain('`anonymous`');
    }
  });

  it('fills in the message values', () => {
    const s = steps(ecs);
    expect(find(s, 'Confirm who').meaning).toContain('The account must be 123456789012.');
    expect(find(s, 'Confirm who').meaning).toContain('eu-west-1');
    expect(find(s, 'ECS task').command).toContain(`--tasks ${TASK} --region eu-west-1`);
    expect(find(s, 'ECS task').meaning).toContain('it should be `orders-api-task`');
    expect(find(s, 'policies').command).toContain('aws iam list-attached-role-policies --role-name orders-api-task');
    const sim = find(s, 'Simulate').command ?? '';
    expect(sim).toContain('--policy-source-arn "$(aws iam get-role --role-name orders-api-task --query Role.Arn --output text)"');
    expect(sim).toContain('--action-names dynamodb:PutItem --resource-arns arn:aws:dynamodb:eu-west-1:123456789012:table/orders');
    const ct = find(s, 'CloudTrail');
    expect(ct.command).toContain('AttributeKey=EventName,AttributeValue=PutItem');
    expect(ct.command).toContain('--region eu-west-1');
    expect(ct.meaning).toContain('data event');
    expect(find(s, 'console').url).toBe('https://policysim.aws.amazon.com/');
  });

  it('uses the exact role ARN when the message gives it, path included', () => {
    const arn = 'arn:aws:iam::123456789012:role/service-role/StepFunctions-Flow-role-0a1b2c3d';
    const s = steps(finding({ principal: arn, action: 'lambda:InvokeFunction' }));
    expect(find(s, 'Simulate').command).toContain(`--policy-source-arn ${arn} `);
  });

  it('bounds the CloudTrail search when the time is known', () => {
    const when = Date.UTC(2025, 0, 2, 3, 4, 5);
    const ct = find(steps(ecs, 'en', when), 'CloudTrail');
    expect(ct.command).toContain('--start-time 2025-01-02T02:49:05Z --end-time 2025-01-02T03:19:05Z');
    expect(ct.command).not.toContain('--max-items');
  });

  it('looks for the right error code in CloudTrail', () => {
    const f = finding({ principal: 'arn:aws:iam::123456789012:user/dev', action: 'ec2:RunInstances', errorCode: 'Client.UnauthorizedOperation', operation: 'RunInstances' });
    expect(find(steps(f), 'CloudTrail').command).toContain("contains(CloudTrailEvent, 'UnauthorizedOperation')");
  });

  it("looks for the service's denial code, not CloudFormation's handler classification", () => {
    // `HandlerErrorCode: GeneralServiceException` is CloudFormation's word for the failure; the trail records the
    // service's own AccessDenied*.
    const f = finding({ principal: null, action: null, errorCode: 'GeneralServiceException', operation: 'CreateLogGroup' });
    expect(find(steps(f), 'CloudTrail').command).toContain("contains(CloudTrailEvent, 'AccessDenied')");
    const expired = finding({ principal: 'arn:aws:iam::123456789012:user/dev', action: 's3:ListBucket', errorCode: 'AuthorizationError' });
    expect(find(steps(expired), 'CloudTrail').command).toContain("contains(CloudTrailEvent, 'AuthorizationError')");
  });

  it('reads an IAM user with its groups and simulates with the user ARN', () => {
    const f = finding({ principal: 'arn:aws:iam::123456789012:user/dev', action: 's3:ListBucket', resource: 'arn:aws:s3:::data' });
    const s = steps(f);
    expect(find(s, 'IAM user `dev`').command).toContain('list-groups-for-user --user-name dev');
    expect(find(s, 'Simulate').command).toContain('--policy-source-arn arn:aws:iam::123456789012:user/dev ');
  });

  it('for Identity Center, reads the permission set in the management account', () => {
    const s = steps(finding({ principal: session('AWSReservedSSO_DataEngineer_0123456789abcdef', 'alice'), action: 'athena:StartQueryExecution' }));
    const ps = find(s, 'permission set `DataEngineer`');
    expect(ps.command).toContain('aws sso-admin list-permission-sets');
    expect(ps.command).toContain('grep -w -- DataEngineer');
    expect(find(s, 'policies of the role').meaning).toContain('change the permission set');
  });

  it('for the root user, lists SCPs and skips role steps', () => {
    const s = steps(finding({ principal: 'arn:aws:iam::123456789012:root', principalType: 'root', action: 'kms:DisableKey' }));
    expect(titles(s).some((t) => t.includes('policies of'))).toBe(false);
    expect(titles(s).some((t) => t.startsWith('Simulate'))).toBe(false);
    expect(find(s, 'service control policies').command).toBe(
      'aws organizations list-policies-for-target --target-id 123456789012 --filter SERVICE_CONTROL_POLICY',
    );
  });

  it('reads the denying SCP the message names', () => {
    const s = steps(
      finding({
        principal: session('Dev', 'alice'),
        action: 'ec2:RunInstances',
        policyType: 'scp',
        denyKind: 'explicit',
        policyArn: 'arn:aws:organizations::111122223333:policy/o-abc123def4/service_control_policy/p-abcd1234',
      }),
    );
    expect(find(s, 'organization policy').command).toContain('describe-policy --policy-id p-abcd1234');
  });

  it('decodes an encoded authorization message, with the blob from the text', () => {
    const blob = 'AbC-123_x'.repeat(10);
    const s = steps(
      finding({ principal: 'arn:aws:iam::123456789012:user/dev', action: 'ec2:RunInstances', encoded: true, message: `You are not authorized to perform this operation. Encoded authorization failure message: ${blob}` }),
    );
    expect(s[1]?.title).toBe('Decode the encoded authorization failure message');
    expect(s[1]?.command).toContain(`--encoded-message ${blob} --query DecodedMessage`);
  });

  it('for AssumeRole, reads the target role trust policy and warns the simulator checks one side', () => {
    const s = steps(finding({ principal: session('ci', 'run-1'), action: 'sts:AssumeRole', resource: 'arn:aws:iam::210987654321:role/deploy', policyType: 'unknown' }));
    expect(find(s, 'trust policy of the role `deploy`').command).toBe('aws iam get-role --role-name deploy --query Role.AssumeRolePolicyDocument');
    expect(find(s, 'Simulate').meaning).toContain("the target role's trust policy decides as well");
  });

  it('reads the bucket policy when S3 leaves the layer open', () => {
    const s = steps(finding({ principal: session('app', 'i-0123456789abcdef0'), action: 's3:GetObject', resource: 'arn:aws:s3:::my-bucket/key.txt', policyType: 'unknown' }));
    expect(find(s, 'bucket policy of `my-bucket`').command).toBe('aws s3api get-bucket-policy --bucket my-bucket --query Policy --output text | jq .');
  });

  it('gives workload-specific checks', () => {
    const lambda = steps(finding({ principal: session('orders-lambda-role', 'createOrderHandler'), resource: 'arn:aws:s3:::b/k' }));
    expect(find(lambda, 'Lambda').command).toBe('aws lambda get-function-configuration --function-name createOrderHandler --query Role --output text');
    const legacy = steps(finding({ principal: session('LambdaName', 'awslambda_959_20151123081502137') }));
    expect(find(legacy, 'Lambda functions that use').command).toContain("ends_with(Role, '/LambdaName')");
    const ec2 = steps(finding({ principal: session('web', 'i-0123456789abcdef0') }));
    expect(find(ec2, 'instance profile').command).toContain('Name=instance-id,Values=i-0123456789abcdef0');
    const cb = steps(finding({ principal: session('build', 'AWSCodeBuild-749228d3-4d07-4037-bd81-b631b0a0460e') }));
    expect(find(cb, 'CodeBuild').command).toContain("ends_with(@, ':749228d3-4d07-4037-bd81-b631b0a0460e')");
    const cdk = steps(finding({ principal: session('cdk-hnb659fds-deploy-role-123456789012-us-east-1', 'aws-cdk-a'), action: 'iam:PassRole' }));
    expect(find(cdk, 'bootstrapped').command).toContain('/cdk-bootstrap/hnb659fds/version --region us-east-1');
    const gha = steps(finding({ action: 'sts:AssumeRoleWithWebIdentity', resource: 'arn:aws:iam::123456789012:role/gha', message: 'Could not assume role with OIDC' }));
    expect(find(gha, 'GitHub OIDC provider').command).toContain('get-role --role-name gha ');
    const cfn = steps(finding({ principal: session('svc', 'AWSCloudFormation'), message: 'arn:aws:cloudformation:us-east-1:123456789012:stack/shop-prod/abc CREATE_FAILED' }));
    expect(find(cfn, 'service role').command).toContain('--stack-name shop-prod');
  });

  it('skips the console link where the simulator address is not documented', () => {
    const gov = steps(finding({ principal: session('app', 'i-0123456789abcdef0', '123456789012', 'aws-us-gov'), action: 's3:ListBucket' }));
    expect(titles(gov).some((t) => t.includes('console'))).toBe(false);
    const cn = steps(finding({ principal: session('app', 'i-0123456789abcdef0', '123456789012', 'aws-cn'), action: 's3:ListBucket' }));
    expect(find(cn, 'console').url).toBe('https://policysim.amazonaws.cn/');
  });

  it('quotes hostile values from the message', () => {
    const s = steps(finding({ principal: 'arn:aws:iam::123456789012:user/dev', action: 's3:GetObject', resource: "arn:aws:s3:::b/$(id)'x;`uname`" }));
    const sim = find(s, 'Simulate').command ?? '';
    // The trailing backtick is taken as markdown around the value; the rest stays one inert argument.
    expect(sim).toContain("--resource-arns 'arn:aws:s3:::b/$(id)'\\''x;`uname'");
  });

  it('works without a workload, and with the plain Workload of an Explanation', () => {
    const f = finding({ principal: session('Admin', 'alice'), action: 's3:ListBucket', resource: 'arn:aws:s3:::b' });
    expect(titles(buildSteps(f, null, 'en'))[1]).toBe('Read the policies of the role `Admin`');
    const g = finding({ principal: session('orders-api-task', TASK), action: 'dynamodb:PutItem' });
    expect(buildSteps(g, recognizeWorkload(g), 'en')).toEqual(buildSteps(g, guessWorkload(g), 'en'));
  });
});

describe('buildSteps, credentials', () => {
  const cred = (errorCode: string, message: string) =>
    finding({ category: 'credentials', action: null, policyType: null, denyKind: null, errorCode, message });

  it('expired token → sign in again', () => {
    const s = steps(cred('ExpiredToken', 'An error occurred (ExpiredToken) when calling the ListBuckets operation: The security token included in the request is expired'));
    expect(titles(s)).toEqual(['Check which credentials the CLI finds', 'Refresh the expired credentials']);
    expect(s[1]?.command).toBe('aws sso login --profile "${AWS_PROFILE:-default}"');
  });

  it('unknown key, bad signature, missing credentials, EKS and ECR logins', () => {
    expect(titles(steps(cred('InvalidClientTokenId', 'The security token included in the request is invalid.')))).toContain('Check that AWS knows this access key');
    expect(titles(steps(cred('SignatureDoesNotMatch', 'Signature expired: 20250101T000000Z is now earlier than …')))).toContain('Check the clock and the secret key');
    expect(titles(steps(cred('', 'Unable to locate credentials. You can configure credentials by running "aws configure".')))).toContain('Give the CLI or SDK credentials');
    expect(titles(steps(cred('', 'error: You must be logged in to the server (Unauthorized)')))).toContain('Check your access to the EKS cluster');
    const ecr = steps(cred('', 'Error response from daemon: Head "https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/v2/app/manifests/latest": no basic auth credentials'));
    expect(find(ecr, 'ECR').command).toBe(
      'aws ecr get-login-password --region eu-west-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    );
  });
});

describe('buildSteps, texts', () => {
  const samples: Finding[] = [
    finding({ principal: session('orders-api-task', TASK), action: 'dynamodb:PutItem', resource: 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders' }),
    finding({ principal: session('ecsTaskExecutionRole', TASK, 'XXXX'), action: 'ecr:BatchGetImage' }),
    finding({ principal: session('orders-lambda-role', 'createOrderHandler'), resource: 'arn:aws:s3:::b/k', policyType: 'unknown' }),
    finding({ principal: session('LambdaName', 'awslambda_959_20151123081502137') }),
    finding({ principal: session('AWSReservedSSO_Dev_0123456789abcdef', 'a') }),
    finding({ principal: 'arn:aws:iam::123456789012:root', action: 'kms:DisableKey', resource: 'arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-0a1b-0a1b-0a1b-0a1b2c3d4e5f', policyType: 'unknown' }),
    finding({ principal: 'arn:aws:iam::123456789012:user/u', action: 'ec2:RunInstances', encoded: true, message: 'Encoded authorization failure message: x' }),
    finding({ action: 'sts:AssumeRoleWithWebIdentity', message: 'Could not assume role with OIDC' }),
    finding({ action: 'sts:AssumeRoleWithWebIdentity', resource: 'arn:aws:iam::123456789012:role/r', message: 'AssumeRoleWithWebIdentity oidc.eks.us-east-1.amazonaws.com' }),
    finding({ principal: session('p', 'eks-c-p-3f1c2b4a-1d2e-4f5a-9b8c-7d6e5f4a3b2c') }),
    finding({ principal: session('svc', 'AWSCloudFormation') }),
    finding({ principal: session('ext', '749228d3-4d07-4037-bd81-b631b0a0460e'), message: 'Resource handler returned message: x' }),
    finding({ principal: session('cluster-CreationRole', 'AWSCDK.EKSCluster.Update.x') }),
    finding({ principal: session('AWSServiceRoleForECS', 'x') }),
    finding({ principal: session('Cognito_PoolUnauth_Role', 'CognitoIdentityCredentials') }),
    finding({ principal: session('r', 'SageMaker') }),
    finding({ principal: session('r', 'GlueJobRunnerSession') }),
    finding({ principal: session('GreengrassV2TokenExchangeRole', 'c'.repeat(64)) }),
    finding({ principal: session('DeviceRole', 'd'.repeat(64)) }),
    finding({ principal: 'arn:aws:iam::123456789012:role/StepFunctions-Flow-role-0a1b2c3d' }),
    finding({ principal: 'arn:aws:sts::123456789012:federated-user/vault-a-b-1700000000-1' }),
    finding({ principal: session('tfc', 'terraform-run-x') }),
    finding({ principal: session('k', 'abc-kube2iam') }),
    finding({ principal: session('r', 'aws-go-sdk-1754575475244887285') }),
    finding({ principal: session('ci', 'run-1'), action: 'sts:AssumeRole', resource: 'arn:aws:iam::210987654321:role/deploy', policyType: 'rcp' }),
    finding({ principal: null, action: null, resource: null }),
    finding({ category: 'credentials', action: null, errorCode: 'ExpiredToken', message: 'ExpiredToken SignatureDoesNotMatch InvalidClientTokenId Unable to locate credentials kubectl no basic auth credentials' }),
  ];

  it('leave no placeholder unfilled and print no null/undefined, in both languages', () => {
    for (const lang of ['en', 'ja'] as const) {
      for (const f of samples) {
        const s = steps(f, lang);
        expect(s.length).toBeGreaterThan(0);
        for (const step of s) {
          for (const text of [step.title, step.meaning, step.command ?? '']) {
            expect(text, `${f.principal} ${lang}`).not.toMatch(/\{[A-Za-z]+\}|\bundefined\b|\bnull\b/);
          }
          expect(step.title.length).toBeGreaterThan(5);
          expect(step.meaning.length).toBeGreaterThan(20);
          if (step.url) expect(step.url).toMatch(/^https:\/\//);
        }
      }
    }
  });

  it('write Japanese titles and meanings for --lang ja', () => {
    const s = steps(samples[0] as Finding, 'ja');
    expect(s[0]?.title).toBe('自分が誰か、どのアカウント・パーティション・リージョンで操作しているかを確認する');
    expect(s[1]?.meaning).toContain('タスクロール');
    // Japanese sentences run together without the English space.
    expect(s[0]?.meaning).not.toMatch(/。 /);
  });
});
