// The pattern table, row by row: each row has positive cases, and near misses that must stay unclassified (or
// land on another row). The last test checks that no row of lib/workload/patterns.ts goes untested.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../lib/model';
import { PATTERNS, guessWorkload, recognizeWorkload } from '../../../lib/workload/index';
import { finding, session } from './finding';

interface Case {
  title: string;
  f: Finding;
  /** Expected rule id and outcome, or null when nothing may be recognised. */
  want: { rule: string; kind: string; confidence: string; name?: string | null; platform?: string | null } | null;
}

const UUID = '749228d3-4d07-4037-bd81-b631b0a0460e';
const TASK = '0eb3c2d72ff34a2495af6aec696bdf69';

const CASES: Case[] = [
  // root / users
  { title: 'root user', f: finding({ principal: 'arn:aws:iam::123456789012:root', principalType: 'root' }), want: { rule: 'root', kind: 'root', confidence: 'certain', name: '123456789012' } },
  { title: 'root user, masked account', f: finding({ principal: 'arn:aws:iam::XXXXXXXXXXXX:root' }), want: { rule: 'root', kind: 'root', confidence: 'certain', name: null } },
  { title: 'IAM user with a path', f: finding({ principal: 'arn:aws:iam::123456789012:user/deploy/ci-bot' }), want: { rule: 'iam-user', kind: 'iam-user', confidence: 'certain', name: 'ci-bot' } },
  { title: 'IAM user, masked name', f: finding({ principal: 'arn:aws:iam::***:user/****' }), want: { rule: 'iam-user', kind: 'iam-user', confidence: 'certain', name: null } },

  // Identity Center
  { title: 'Identity Center session', f: finding({ principal: session('AWSReservedSSO_DataEngineer_0123456789abcdef', 'alice@example.com') }), want: { rule: 'identity-center', kind: 'identity-center', confidence: 'certain', name: 'DataEngineer' } },
  { title: 'permission set name with underscores', f: finding({ principal: session('AWSReservedSSO_Data_Read_Only_0123456789abcdef', 'bob') }), want: { rule: 'identity-center', kind: 'identity-center', confidence: 'certain', name: 'Data_Read_Only' } },
  { title: 'near miss: AWSReservedSSO_ without the hash, used by a person', f: finding({ principal: session('AWSReservedSSO_Admin', 'alice') }), want: null },

  // service-linked
  { title: 'service-linked role path', f: finding({ principal: 'arn:aws:iam::123456789012:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling' }), want: { rule: 'service-linked-path', kind: 'service-linked', confidence: 'certain', name: 'autoscaling.amazonaws.com' } },
  { title: 'service-linked session (path dropped)', f: finding({ principal: session('AWSServiceRoleForECS', 'ecs-service-scheduler') }), want: { rule: 'service-linked-name', kind: 'service-linked', confidence: 'probable', name: 'ECS' } },

  // CDK
  { title: 'CDK cfn-exec role acting for CloudFormation', f: finding({ principal: session('cdk-hnb659fds-cfn-exec-role-123456789012-eu-west-1', 'AWSCloudFormation') }), want: { rule: 'cdk-bootstrap-role', kind: 'cdk', confidence: 'certain' } },
  { title: 'CDK deploy role used by the CLI', f: finding({ principal: session('cdk-hnb659fds-deploy-role-123456789012-us-east-1', 'aws-cdk-alice'), action: 'iam:PassRole' }), want: { rule: 'cdk-bootstrap-role', kind: 'cdk', confidence: 'certain' } },
  { title: 'CDK lookup role with a custom qualifier and masked account', f: finding({ principal: session('cdk-myapp1-lookup-role-XXXXXXXXXXXX-us-east-1', 'aws-cdk-ci', 'XXXXXXXXXXXX') }), want: { rule: 'cdk-bootstrap-role', kind: 'cdk', confidence: 'certain' } },
  { title: 'CDK CLI session on another role', f: finding({ principal: session('PowerUser', 'aws-cdk-alice') }), want: { rule: 'cdk-cli-session', kind: 'cdk', confidence: 'probable', name: 'alice' } },
  { title: 'CDK EKS cluster provider', f: finding({ principal: session('app-cluster-ClusterCreationRole360249-IJHJOC0CU6XD', `AWSCDK.EKSCluster.Create.${UUID}`) }), want: { rule: 'cdk-eks-provider', kind: 'cdk', confidence: 'probable', platform: 'cdk-eks-provider' } },
  { title: 'near miss: a role named cdk-deployer used by a person', f: finding({ principal: session('cdk-deployer', 'alice') }), want: null },

  // CloudFormation
  { title: 'stack service role', f: finding({ principal: session('StackServiceRole', 'AWSCloudFormation') }), want: { rule: 'cloudformation-service-role', kind: 'cloudformation', confidence: 'certain' } },
  {
    title: 'extension handler: session is the request token',
    f: finding({
      principal: session('Vendor-Resource-ExecutionRole', UUID),
      message: `Resource handler returned message: "AccessDeniedException: User: ${session('Vendor-Resource-ExecutionRole', UUID)} is not authorized to perform: secretsmanager:GetSecretValue" (RequestToken: ${UUID}, HandlerErrorCode: AccessDenied)`,
    }),
    want: { rule: 'cloudformation-extension', kind: 'cloudformation', confidence: 'probable', platform: 'cloudformation-extension' },
  },
  {
    title: 'extension handler: uuid session in a stack event without the token',
    f: finding({ principal: session('Vendor-Resource-ExecutionRole', UUID), message: 'CREATE_FAILED Resource handler returned message: "AccessDenied"' }),
    want: { rule: 'cloudformation-extension', kind: 'cloudformation', confidence: 'possible', platform: 'cloudformation-extension' },
  },
  { title: 'near miss: uuid session, nothing about CloudFormation', f: finding({ principal: session('app-role', UUID) }), want: null },
  { title: 'near miss: a session merely containing AWSCloudFormation', f: finding({ principal: session('Admin', 'AWSCloudFormation-alice') }), want: null },

  // CodeBuild
  { title: 'CodeBuild build session', f: finding({ principal: session('Docker-Builder-CodeBuild-Role', `AWSCodeBuild-${UUID}`) }), want: { rule: 'codebuild', kind: 'codebuild', confidence: 'certain', name: UUID } },
  { title: 'near miss: AWSCodeBuild- without a build uuid', f: finding({ principal: session('Admin', 'AWSCodeBuild-manual') }), want: null },

  // Glue, Cognito, SageMaker, Greengrass, IoT
  { title: 'Glue job', f: finding({ principal: session('etl-role', 'GlueJobRunnerSession') }), want: { rule: 'glue-job', kind: 'other', confidence: 'certain', platform: 'glue' } },
  { title: 'Cognito identity pool session', f: finding({ principal: session('Cognito_ShopUnauth_Role', 'CognitoIdentityCredentials') }), want: { rule: 'cognito-identity-session', kind: 'other', confidence: 'certain', platform: 'cognito-identity', name: 'Shop' } },
  { title: 'Cognito identity pool role by name', f: finding({ principal: 'arn:aws:iam::123456789012:role/Cognito_ShopAuth_Role' }), want: { rule: 'cognito-identity-role', kind: 'other', confidence: 'probable', platform: 'cognito-identity', name: 'Shop' } },
  { title: 'SageMaker session', f: finding({ principal: session('MyNotebookRole', 'SageMaker') }), want: { rule: 'sagemaker-session', kind: 'other', confidence: 'probable', platform: 'sagemaker' } },
  { title: 'SageMaker console role', f: finding({ principal: session('AmazonSageMaker-ExecutionRole-20240101T000000', 'training-job-7') }), want: { rule: 'sagemaker-role', kind: 'other', confidence: 'probable', platform: 'sagemaker' } },
  { title: 'Greengrass token exchange role', f: finding({ principal: session('GreengrassV2TokenExchangeRole', 'a'.repeat(64)) }), want: { rule: 'greengrass-token-exchange', kind: 'other', confidence: 'probable', platform: 'greengrass' } },
  { title: 'IoT credentials provider session', f: finding({ principal: session('DeviceRole', '0123456789abcdef'.repeat(4)) }), want: { rule: 'iot-credentials-provider', kind: 'other', confidence: 'possible', platform: 'iot-credentials' } },

  // EC2
  { title: 'EC2 instance, 17-hex id', f: finding({ principal: session('WebServerRole', 'i-0123456789abcdef0') }), want: { rule: 'ec2-instance', kind: 'ec2-instance', confidence: 'certain', name: 'i-0123456789abcdef0' } },
  { title: 'EC2 instance, 8-hex id', f: finding({ principal: session('WebServerRole', 'i-0123abcd') }), want: { rule: 'ec2-instance', kind: 'ec2-instance', confidence: 'certain', name: 'i-0123abcd' } },
  { title: 'EC2 instance, masked id', f: finding({ principal: session('WebServerRole', 'i-0d87aae0ea9c6XXXX') }), want: { rule: 'ec2-instance', kind: 'ec2-instance', confidence: 'probable', name: null } },
  { title: 'EC2 instance, placeholder id', f: finding({ principal: session('WebServerRole', '<INSTANCE_ID>') }), want: { rule: 'ec2-instance', kind: 'ec2-instance', confidence: 'probable', name: null } },
  { title: 'ECS container instance role', f: finding({ principal: session('ecsInstanceRole', 'i-0123456789abcdef0') }), want: { rule: 'ec2-instance', kind: 'ec2-instance', confidence: 'certain', platform: 'ecs-host' } },
  { title: 'EKS node role', f: finding({ principal: session('eks-nodegroup-NodeInstanceRole', 'i-0123456789abcdef0') }), want: { rule: 'ec2-instance', kind: 'ec2-instance', confidence: 'certain', platform: 'eks-node' } },
  { title: 'EC2 instance, keyboard-masked id', f: finding({ principal: session('builders-Role', 'i-sdfsdf') }), want: { rule: 'ec2-instance', kind: 'ec2-instance', confidence: 'probable', name: null } },
  { title: 'near miss: a session that starts with i- but is a word', f: finding({ principal: session('Admin', 'i-am-alice') }), want: null },
  {
    title: 'masked session logged on an EC2 host',
    f: finding({ principal: session('web-permissions-role', '**********'), message: 'Dec 22 18:04:17 ip-172-16-11-138 app[2211]: An error occurred (AccessDeniedException)' }),
    want: { rule: 'ec2-hostname-text', kind: 'ec2-instance', confidence: 'possible', name: null },
  },
  { title: 'near miss: masked session without a host name', f: finding({ principal: session('web-permissions-role', '**********') }), want: null },

  // ECS
  { title: 'ECS execution role pulling the image', f: finding({ principal: session('ecsTaskExecutionRole', TASK), action: 'ecr:BatchGetImage' }), want: { rule: 'ecs-task-id', kind: 'ecs-task-execution', confidence: 'probable', name: TASK } },
  { title: 'ECS execution role injecting a secret', f: finding({ principal: session('orders-TaskExecutionRole-1ELKRFLI7MRK8', TASK), action: 'ssm:GetParameters' }), want: { rule: 'ecs-task-id', kind: 'ecs-task-execution', confidence: 'probable' } },
  { title: 'ECS task role, application call', f: finding({ principal: session('orders-api', TASK), action: 'dynamodb:PutItem' }), want: { rule: 'ecs-task-id', kind: 'ecs-task', confidence: 'probable' } },
  { title: 'ECS task role by name reading a secret', f: finding({ principal: session('orders-TaskRole', TASK), action: 'secretsmanager:GetSecretValue' }), want: { rule: 'ecs-task-id', kind: 'ecs-task', confidence: 'probable' } },
  { title: 'execution role used for an application call', f: finding({ principal: session('ecsTaskExecutionRole', TASK), action: 'glue:DeleteTable' }), want: { rule: 'ecs-task-id', kind: 'ecs-task', confidence: 'possible' } },
  { title: 'neutral role pulling an image', f: finding({ principal: session('orders-service', TASK), action: 'ecr:GetAuthorizationToken' }), want: { rule: 'ecs-task-id', kind: 'ecs-task-execution', confidence: 'possible' } },
  { title: 'neutral role reading a secret', f: finding({ principal: session('orders-service', TASK), action: 'secretsmanager:GetSecretValue' }), want: { rule: 'ecs-task-id', kind: 'ecs-task', confidence: 'possible' } },
  { title: 'old UUID task id on an ECS-named role', f: finding({ principal: session('orders-ecs-task-role', UUID), action: 'sqs:SendMessage' }), want: { rule: 'ecs-uuid-session', kind: 'ecs-task', confidence: 'possible' } },

  // GitHub Actions
  { title: 'configure-aws-credentials default session', f: finding({ principal: session('gha-deploy-role', 'GitHubActions') }), want: { rule: 'github-actions-default-session', kind: 'github-actions', confidence: 'probable' } },
  { title: 'custom session naming GitHub', f: finding({ principal: session('deploy', 'github-actions-1234') }), want: { rule: 'github-actions-named', kind: 'github-actions', confidence: 'probable' } },
  { title: 'role named for GitHub, non-person session', f: finding({ principal: session('github-oidc-deploy', 'run-42') }), want: { rule: 'github-actions-named', kind: 'github-actions', confidence: 'possible' } },
  { title: 'near miss: role named for GitHub used by a person', f: finding({ principal: session('github-admin', 'alice') }), want: null },
  {
    title: 'OIDC failure text from configure-aws-credentials',
    f: finding({ action: 'sts:AssumeRoleWithWebIdentity', policyType: 'trust', message: 'Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity' }),
    want: { rule: 'github-oidc-text', kind: 'github-actions', confidence: 'probable' },
  },

  // EKS
  { title: 'EKS Pod Identity session (cut at 64)', f: finding({ principal: session('orders-pod-role', 'eks-prod-orders-api-7d9f8c6b5-x2v4k-3f1c2b4a-1d2e-4f5a-9b8c-7d6') }), want: { rule: 'eks-pod-identity', kind: 'eks-pod-identity', confidence: 'probable', name: 'prod-orders-api-7d9f8c6b5-x2v4k' } },
  {
    title: 'IRSA: SDK default session next to Kubernetes clues',
    f: finding({ principal: session('orders-irsa', 'botocore-session-1700000000'), message: 'kubectl logs deploy/orders: User: … is not authorized (system:serviceaccount:orders:api)' }),
    want: { rule: 'eks-irsa-text', kind: 'eks-irsa', confidence: 'probable' },
  },
  {
    title: 'IRSA: web identity denial with the cluster issuer',
    f: finding({ action: 'sts:AssumeRoleWithWebIdentity', message: 'An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity (issuer oidc.eks.eu-west-1.amazonaws.com/id/ABC)' }),
    want: { rule: 'eks-irsa-text', kind: 'eks-irsa', confidence: 'probable' },
  },
  { title: 'kube2iam session', f: finding({ principal: session('app', '8e228500-kube2iam') }), want: { rule: 'kube2iam', kind: 'other', confidence: 'probable', platform: 'kube2iam' } },

  // Terraform Cloud, Vault, Step Functions
  { title: 'HCP Terraform run', f: finding({ principal: session('tfc-role', 'terraform-run-abc123') }), want: { rule: 'terraform-cloud', kind: 'other', confidence: 'probable', platform: 'terraform-cloud' } },
  { title: 'Vault federation token', f: finding({ principal: 'arn:aws:sts::123456789012:federated-user/vault-root-deploy-1700000000-1234' }), want: { rule: 'vault', kind: 'other', confidence: 'probable', platform: 'vault' } },
  { title: 'Vault assumed role', f: finding({ principal: session('deployer', 'vault-approle-deploy-1700000000-abcd') }), want: { rule: 'vault', kind: 'other', confidence: 'probable', platform: 'vault' } },
  { title: 'Step Functions console role', f: finding({ principal: 'arn:aws:iam::123456789012:role/service-role/StepFunctions-OrderFlow-role-0a1b2c3d' }), want: { rule: 'step-functions-role', kind: 'other', confidence: 'probable', platform: 'step-functions', name: 'OrderFlow' } },

  // Lambda
  { title: 'legacy Lambda session', f: finding({ principal: session('LambdaName', 'awslambda_959_20151123081502137') }), want: { rule: 'lambda-legacy-session', kind: 'lambda', confidence: 'probable', name: null } },
  { title: 'Serverless Framework role and function', f: finding({ principal: session('shop-dev-us-east-1-lambdaRole', 'shop-dev-createOrder') }), want: { rule: 'lambda-serverless-framework', kind: 'lambda', confidence: 'probable', name: 'shop-dev-createOrder' } },
  { title: 'Serverless Framework role, masked session', f: finding({ principal: session('shop-dev-us-east-1-lambdaRole', 'xxxx') }), want: { rule: 'lambda-serverless-framework', kind: 'lambda', confidence: 'probable', name: null } },
  { title: 'CloudFormation-generated function name', f: finding({ principal: session('orders-stack-OrdersFunctionServiceRole5F2E-1ABCDEF23GHIJ', 'orders-stack-OrdersFunction8D3C1B2A-Xy12AbCd34Ef') }), want: { rule: 'lambda-cloudformation-name', kind: 'lambda', confidence: 'probable', name: 'orders-stack-OrdersFunction8D3C1B2A-Xy12AbCd34Ef' } },
  { title: 'near miss: a hyphenated word tail is not a generated name', f: finding({ principal: session('orders-stack-role', 'orders-stack-administrator') }), want: null },
  { title: 'Pulumi auto-named function and role', f: finding({ principal: session('thumbnailer-3a251b2', 'thumbnailer-979f14d') }), want: { rule: 'lambda-pulumi-autoname', kind: 'lambda', confidence: 'probable', name: 'thumbnailer-979f14d' } },
  { title: 'role named for Lambda, function-like session', f: finding({ principal: session('orders-lambda-role', 'createOrderHandler') }), want: { rule: 'lambda-function-session', kind: 'lambda', confidence: 'probable', name: 'createOrderHandler' } },
  { title: 'Lambda runtime path in the text', f: finding({ principal: session('app-role', 'process-orders'), message: 'File "/var/task/handler.py", line 12\nbotocore.exceptions.ClientError: AccessDenied' }), want: { rule: 'lambda-function-session', kind: 'lambda', confidence: 'probable', name: 'process-orders' } },
  { title: 'only the Python [ERROR] line: possible', f: finding({ principal: session('app-role', 'process-orders'), message: '[ERROR] ClientError: An error occurred (AccessDenied)' }), want: { rule: 'lambda-function-session', kind: 'lambda', confidence: 'possible' } },
  { title: 'only an execution-role name: possible', f: finding({ principal: session('orders-execution-role', 'process-orders') }), want: { rule: 'lambda-function-session', kind: 'lambda', confidence: 'possible' } },
  { title: 'near miss: role "lambda-admin" used by a person', f: finding({ principal: session('lambda-admin', 'alice') }), want: null },
  { title: 'near miss: role "lambda-admin" used by an e-mail session', f: finding({ principal: session('lambda-admin', 'alice@example.com') }), want: null },
  { title: 'near miss: function-like session without any Lambda clue', f: finding({ principal: session('app-role', 'process-orders') }), want: null },
  { title: 'near miss: role equal to its session name', f: finding({ principal: session('staging-data-workflows', 'staging-data-workflows') }), want: null },
  { title: 'near miss: Lambda controller role with a masked session', f: finding({ principal: session('ack-lambda-controller-role', '***') }), want: null },

  // SDK default sessions
  { title: 'botocore default session', f: finding({ principal: session('Atlantis', 'botocore-session-1700000000') }), want: { rule: 'sdk-default-session', kind: 'other', confidence: 'possible', platform: 'sdk-default-session' } },
  { title: 'Go SDK default session', f: finding({ principal: session('Atlantis', 'aws-go-sdk-1754575475244887285') }), want: { rule: 'sdk-default-session', kind: 'other', confidence: 'possible' } },
  { title: 'Java SDK default session', f: finding({ principal: session('app', 'aws-sdk-java-1700000000000') }), want: { rule: 'sdk-default-session', kind: 'other', confidence: 'possible' } },
  { title: 'JS SDK v3 default session', f: finding({ principal: session('app', 'aws-sdk-js-session-1700000000000') }), want: { rule: 'sdk-default-session', kind: 'other', confidence: 'possible' } },

  // people and nothing
  { title: 'near miss: a person on a plain role', f: finding({ principal: session('Admin', 'alice') }), want: null },
  { title: 'near miss: a first.last session', f: finding({ principal: session('Developers', 'john.smith') }), want: null },
  { title: 'near miss: a plain role ARN', f: finding({ principal: 'arn:aws:iam::123456789012:role/app' }), want: null },
  { title: 'no principal at all', f: finding({ principal: null }), want: null },
  { title: 'fully masked principal', f: finding({ principal: 'arn:aws:sts::***REDACTED**' }), want: null },
  { title: 'masked role and session', f: finding({ principal: session('xxxx', 'xxxx', 'xxxx') }), want: null },
];

describe('workload pattern table', () => {
  it.each(CASES.map((c) => [c.title, c] as const))('%s', (_title, c) => {
    const guess = guessWorkload(c.f);
    if (c.want === null) {
      expect(guess).toBeNull();
      expect(recognizeWorkload(c.f)).toBeNull();
      return;
    }
    expect(guess).not.toBeNull();
    expect({ rule: guess?.rule, kind: guess?.kind, confidence: guess?.confidence }).toEqual({
      rule: c.want.rule,
      kind: c.want.kind,
      confidence: c.want.confidence,
    });
    if (c.want.name !== undefined) expect(guess?.name).toBe(c.want.name);
    if (c.want.platform !== undefined) expect(guess?.platform).toBe(c.want.platform);
    // The contract field carries exactly the four shared properties.
    expect(Object.keys(recognizeWorkload(c.f) ?? {}).sort()).toEqual(['confidence', 'kind', 'name', 'roleArn']);
  });

  it('has a positive case for every row of the table', () => {
    const covered = new Set(CASES.filter((c) => c.want).map((c) => c.want?.rule));
    const missing = PATTERNS.map((p) => p.id).filter((id) => !covered.has(id));
    expect(missing).toEqual([]);
  });

  it('row ids are unique and every row documents its convention', () => {
    const ids = PATTERNS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of PATTERNS) expect(p.convention.length).toBeGreaterThan(20);
  });
});

describe('role ARN and alternatives', () => {
  it('rebuilds the role ARN from a session and says the path is unknown', () => {
    const g = guessWorkload(finding({ principal: session('orders-lambda-role', 'createOrderHandler', '123456789012', 'aws-cn') }));
    expect(g?.roleArn).toBe('arn:aws-cn:iam::123456789012:role/orders-lambda-role');
    expect(g?.rolePathKnown).toBe(false);
  });

  it('keeps the exact ARN, path included, for a role principal', () => {
    const arn = 'arn:aws:iam::123456789012:role/service-role/StepFunctions-OrderFlow-role-0a1b2c3d';
    const g = guessWorkload(finding({ principal: arn }));
    expect(g?.roleArn).toBe(arn);
    expect(g?.rolePathKnown).toBe(true);
  });

  it('gives no role ARN where no fix may land: Identity Center and service-linked roles', () => {
    expect(guessWorkload(finding({ principal: session('AWSReservedSSO_Dev_0123456789abcdef', 'alice') }))?.roleArn).toBeNull();
    expect(guessWorkload(finding({ principal: session('AWSServiceRoleForECS', 'x') }))?.roleArn).toBeNull();
    expect(guessWorkload(finding({ principal: 'arn:aws:iam::123456789012:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS' }))?.roleArn).toBeNull();
  });

  it('still recognises a role whose name the writer cut short, but gives it no role ARN', () => {
    const g = guessWorkload(finding({ principal: session('CostStack-CollectorLambdaServiceRole...', 'cost-collector') }));
    expect(g?.kind).toBe('lambda');
    expect(g?.roleArn).toBeNull();
  });

  it('gives no role ARN when the account is masked', () => {
    expect(guessWorkload(finding({ principal: session('WebServerRole', 'i-0123456789abcdef0', 'XXXXXXXXXXXX') }))?.roleArn).toBeNull();
  });

  it('takes the role from the denied AssumeRoleWithWebIdentity resource', () => {
    const role = 'arn:aws:iam::123456789012:role/gha-deploy';
    const g = guessWorkload(
      finding({ action: 'sts:AssumeRoleWithWebIdentity', resource: role, message: 'Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity' }),
    );
    expect(g?.roleArn).toBe(role);
  });

  it('keeps the other ECS role as an alternative when the action is ambiguous', () => {
    const g = guessWorkload(finding({ principal: session('orders-service', TASK), action: 'secretsmanager:GetSecretValue' }));
    expect(g?.alternatives.map((a) => a.kind)).toContain('ecs-task-execution');
  });

  it('keeps a weaker reading of another kind as an alternative', () => {
    // A Greengrass role with a certificate-id session: Greengrass wins, the bare IoT reading stays.
    const g = guessWorkload(finding({ principal: session('GreengrassV2TokenExchangeRole', 'b'.repeat(64)) }));
    expect(g?.platform).toBe('greengrass');
    expect(g?.alternatives).toEqual([{ kind: 'other', platform: 'iot-credentials', confidence: 'possible', rule: 'iot-credentials-provider' }]);
  });
});

describe('context around the finding', () => {
  it('reads runtime clues from the surrounding text, not only the denial sentence', () => {
    const f = finding({ principal: session('app-role', 'process-orders'), message: 'User: … is not authorized to perform: s3:GetObject' });
    expect(guessWorkload(f)).toBeNull();
    const g = guessWorkload(f, { context: 'Traceback (most recent call last):\n  File "/var/task/app.py", line 3, in handler' });
    expect({ kind: g?.kind, confidence: g?.confidence, name: g?.name }).toEqual({ kind: 'lambda', confidence: 'probable', name: 'process-orders' });
  });
});
