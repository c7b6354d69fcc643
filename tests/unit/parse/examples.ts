// Realistic messages of every family, written for these tests (account IDs are documentation examples or made
// up; nothing here is copied from the shared corpus). `expect` lists the fields the first finding must have;
// `count` the number of findings when it is not 1; `expect: null` means no finding at all.
import type { Finding } from '../../../lib/model';
import { FAMILY_EXAMPLES } from './family-examples';
import { STRUCTURED_EXAMPLES } from './structured-examples';

export interface Example {
  name: string;
  family: string;
  text: string;
  expect: Partial<Finding> | null;
  count?: number;
}

const SENTENCE = 'User: arn:aws:iam::111122223333:user/dev-ana is not authorized to perform: s3:GetObject';

export const EXAMPLES: Example[] = [
  // ── API sentence ────────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'implicit deny, identity-based, quoted S3 resource',
    family: 'api-sentence',
    text: `${SENTENCE} on resource: "arn:aws:s3:::reports-prod/2025/q1.csv" because no identity-based policy allows the s3:GetObject action`,
    expect: {
      category: 'access-denied',
      principal: 'arn:aws:iam::111122223333:user/dev-ana',
      principalType: 'user',
      accountId: '111122223333',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::reports-prod/2025/q1.csv',
      policyType: 'identity',
      denyKind: 'implicit',
      errorCode: null,
      operation: null,
      encoded: false,
    },
  },
  {
    name: 'explicit deny in an SCP with the 2026 policy ARN suffix and console link',
    family: 'api-sentence',
    text:
      'User: arn:aws:sts::444455556666:assumed-role/Platform/ci-bot is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:eu-west-1:444455556666:instance/* with an explicit deny in a service control policy: arn:aws:organizations::999988887777:policy/o-a1b2c3d4e5/service_control_policy/p-0123abcd. Go to https://us-east-1.console.aws.amazon.com/iam/home#/authorization-details/EXAMPLEabc123',
    expect: {
      principalType: 'assumed-role',
      accountId: '444455556666',
      action: 'ec2:RunInstances',
      resource: 'arn:aws:ec2:eu-west-1:444455556666:instance/*',
      policyType: 'scp',
      denyKind: 'explicit',
      policyArn: 'arn:aws:organizations::999988887777:policy/o-a1b2c3d4e5/service_control_policy/p-0123abcd',
    },
  },
  {
    name: 'explicit deny in an identity-based policy naming the policy (trailing full stop)',
    family: 'api-sentence',
    text: 'User: arn:aws:iam::123456789012:user/janedoe is not authorized to perform: iam:CreateInstanceProfile on resource: arn:aws:iam::123456789012:instance-profile/web with an explicit deny in an identity-based policy: arn:aws:iam::123456789012:policy/DenyProfiles.',
    expect: { policyType: 'identity', denyKind: 'explicit', policyArn: 'arn:aws:iam::123456789012:policy/DenyProfiles' },
  },
  {
    name: 'resource control policy, explicit',
    family: 'api-sentence',
    text: 'User: arn:aws:sts::123456789012:assumed-role/Reader/s1 is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::vault/x" with an explicit deny in a resource control policy',
    expect: { policyType: 'rcp', denyKind: 'explicit', resource: 'arn:aws:s3:::vault/x' },
  },
  {
    name: 'permissions boundary, implicit, IAM "role NAME" resource',
    family: 'api-sentence',
    text: 'User: arn:aws:iam::123456789012:user/ops is not authorized to perform: iam:PutRolePolicy on resource: role app-runtime because no permissions boundary allows the iam:PutRolePolicy action',
    expect: { policyType: 'boundary', denyKind: 'implicit', resource: 'role app-runtime', action: 'iam:PutRolePolicy' },
  },
  {
    name: 'session policy ("sessions policy" wording)',
    family: 'api-sentence',
    text: 'User: arn:aws:sts::123456789012:federated-user/broker-7 is not authorized to perform: dynamodb:Query on resource: arn:aws:dynamodb:us-east-2:123456789012:table/Orders/index/byDate because no sessions policy allows the dynamodb:Query action',
    expect: { policyType: 'session', denyKind: 'implicit', principalType: 'federated-user', resource: 'arn:aws:dynamodb:us-east-2:123456789012:table/Orders/index/byDate' },
  },
  {
    name: 'VPC endpoint policy, explicit, transitively through an SCP',
    family: 'api-sentence',
    text: 'User: arn:aws:iam::123456789012:user/John is not authorized to perform: codecommit:ListRepositories with an explicit deny in a VPC endpoint policy transitively through a service control policy',
    expect: { policyType: 'vpce', denyKind: 'explicit', resource: null },
  },
  {
    name: 'role trust policy named by the phrase',
    family: 'api-sentence',
    text: 'User: arn:aws:sts::123456789012:assumed-role/Builder/b1 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::210987654321:role/Deployer because no role trust policy allows the sts:AssumeRole action',
    expect: { policyType: 'trust', denyKind: 'implicit', action: 'sts:AssumeRole' },
  },
  {
    name: 'resource-based, explicit (KMS key policy)',
    family: 'api-sentence',
    text: 'User: arn:aws:sts::123456789012:assumed-role/app/i-0abc123 is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab with an explicit deny in a resource-based policy',
    expect: { policyType: 'resource', denyKind: 'explicit' },
  },
  {
    name: 'legacy bare explicit deny',
    family: 'api-sentence',
    text: 'User: arn:aws:iam::123456789012:user/svc is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:123456789012:jobs with an explicit deny',
    expect: { policyType: 'unknown', denyKind: 'explicit', resource: 'arn:aws:sqs:us-east-1:123456789012:jobs' },
  },
  {
    name: 'no "on resource" part, no context',
    family: 'api-sentence',
    text: 'User: arn:aws:iam::123456789012:user/ana is not authorized to perform: s3:ListAllMyBuckets',
    expect: { resource: null, policyType: 'unknown', denyKind: 'unknown', action: 's3:ListAllMyBuckets' },
  },
  {
    name: 'KMS "on this resource" is not a resource name',
    family: 'api-sentence',
    text: 'User: arn:aws:iam::123456789012:user/ana is not authorized to perform: kms:Decrypt on this resource because no resource-based policy allows the kms:Decrypt action',
    expect: { resource: null, policyType: 'resource', denyKind: 'implicit' },
  },
  {
    name: 'SES backtick quoting without colons',
    family: 'api-sentence',
    text: "AccessDenied: User `arn:aws:iam::123456789012:user/mailer' is not authorized to perform `ses:SendRawEmail' on resource `arn:aws:ses:eu-west-1:123456789012:identity/example.com'",
    expect: {
      principal: 'arn:aws:iam::123456789012:user/mailer',
      action: 'ses:SendRawEmail',
      resource: 'arn:aws:ses:eu-west-1:123456789012:identity/example.com',
      errorCode: 'AccessDenied',
    },
  },
  {
    name: 'masked account with XXXX, service casing kept',
    family: 'api-sentence',
    text: 'User: arn:aws:sts::XXXXXXXXXXXX:assumed-role/notifier/notify-fn is not authorized to perform: SNS:Publish on resource: arn:aws:sns:us-east-1:XXXXXXXXXXXX:alerts',
    expect: { accountId: 'XXXXXXXXXXXX', action: 'SNS:Publish', principalType: 'assumed-role' },
  },
  {
    name: 'masked account with <account-id> placeholder',
    family: 'api-sentence',
    text: 'User: arn:aws:iam::<account-id>:user/<your-user> is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:us-east-1:<account-id>:function:resize',
    expect: { accountId: '<account-id>', principal: 'arn:aws:iam::<account-id>:user/<your-user>', principalType: 'user' },
  },
  {
    name: 'root principal in aws-cn',
    family: 'api-sentence',
    text: 'User: arn:aws-cn:iam::123456789012:root is not authorized to perform: iam:CreateUser on resource: arn:aws-cn:iam::123456789012:user/new',
    expect: { principalType: 'root', accountId: '123456789012' },
  },
  {
    name: 'GovCloud assumed role',
    family: 'api-sentence',
    text: 'User: arn:aws-us-gov:sts::123456789012:assumed-role/GovOps/j.smith is not authorized to perform: ec2:DescribeVpcs',
    expect: { principalType: 'assumed-role', principal: 'arn:aws-us-gov:sts::123456789012:assumed-role/GovOps/j.smith' },
  },
  {
    name: 'anonymous API Gateway caller',
    family: 'api-sentence',
    text: '{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/items"}',
    expect: { principal: 'anonymous', principalType: 'unknown', accountId: null, action: 'execute-api:Invoke', resource: 'arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/items' },
  },
  {
    name: 'masked ARN without the arn: prefix',
    family: 'api-sentence',
    text: 'aws:iam::XXXX:user/someone is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::XXXX:role/',
    expect: { principal: 'aws:iam::XXXX:user/someone', principalType: 'user', accountId: 'XXXX' },
  },
  {
    name: 'elided excerpt starting at the verb',
    family: 'api-sentence',
    text: '... not authorized to perform: glue:GetDatabase ... because no identity-based policy allows the glue:GetDatabase action',
    expect: { principal: null, action: 'glue:GetDatabase', policyType: 'identity', denyKind: 'implicit' },
  },
  {
    name: 'Bedrock marketplace actions list',
    family: 'api-sentence',
    text: 'AccessDeniedException: Model access is denied due to IAM user or service role is not authorized to perform the required AWS Marketplace actions (aws-marketplace:ViewSubscriptions, aws-marketplace:Subscribe) to enable access to this model.',
    expect: { action: 'aws-marketplace:ViewSubscriptions', errorCode: 'AccessDeniedException', principal: null },
  },
  {
    name: 'Athena "on the resource"',
    family: 'api-sentence',
    text: 'You are not authorized to perform: athena:GetQueryResults on the resource. After your AWS administrator or you have updated your permissions, please try again.',
    expect: { action: 'athena:GetQueryResults', resource: null, principal: null },
  },
  {
    name: 'CodeBuild "on <role arn>"',
    family: 'api-sentence',
    text: 'CodeBuild is not authorized to perform: sts:AssumeRole on arn:aws:iam::123456789012:role/service-role/codebuild-app-service-role',
    expect: { action: 'sts:AssumeRole', resource: 'arn:aws:iam::123456789012:role/service-role/codebuild-app-service-role', policyType: 'trust' },
  },
  {
    name: 'IAM Identity Center session with an e-mail session name',
    family: 'api-sentence',
    text: 'User: arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_DataEngineer_0a1b2c3d4e5f6789/jo.lee+dev@example.com is not authorized to perform: athena:StartQueryExecution on resource: arn:aws:athena:us-east-1:123456789012:workgroup/primary because no session policy allows the athena:StartQueryExecution action',
    expect: { principal: 'arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_DataEngineer_0a1b2c3d4e5f6789/jo.lee+dev@example.com', policyType: 'session' },
  },
  {
    name: 'two different denials give two findings in text order',
    family: 'api-sentence',
    text:
      'User: arn:aws:iam::123456789012:user/a is not authorized to perform: ec2:DescribeVolumes because no identity-based policy allows the ec2:DescribeVolumes action\n' +
      'User: arn:aws:iam::123456789012:user/a is not authorized to perform: ec2:DescribeAddresses with an explicit deny in a service control policy',
    expect: { action: 'ec2:DescribeVolumes', policyType: 'identity' },
    count: 2,
  },

  // ── text from terminals and chats ──────────────────────────────────────────────────────────────────────
  {
    name: 'terminal hard wrap inside the principal and the resource',
    family: 'wraps',
    text:
      'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::123456789012:assumed-role/deploy-pipeline-Build\n' +
      'Role-1A2B3C/build-42 is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::artifacts-bucket-prod-eu\n' +
      '-west-1/builds/42.zip because no identity-based policy allows the s3:PutObject action',
    expect: {
      principal: 'arn:aws:sts::123456789012:assumed-role/deploy-pipeline-BuildRole-1A2B3C/build-42',
      resource: 'arn:aws:s3:::artifacts-bucket-prod-eu-west-1/builds/42.zip',
      operation: 'PutObject',
      policyType: 'identity',
    },
  },
  {
    name: 'hard wrap inside the action and a key word',
    family: 'wraps',
    text:
      'User: arn:aws:iam::123456789012:user/ana is not authorized to perform: dynamodb:BatchWrite\n' +
      'Item on resource: arn:aws:dynamodb:us-east-1:123456789012:table/Events because no identity-ba\n' +
      'sed policy allows the dynamodb:BatchWriteItem action',
    expect: { action: 'dynamodb:BatchWriteItem', resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/Events', policyType: 'identity' },
  },
  {
    name: 'author line breaks between words are not joined',
    family: 'wraps',
    text:
      'An error occurred (AccessDenied) when calling the ListBuckets operation:\nUser: arn:aws:iam::123456789012:user/ana\nis not authorized to perform: s3:ListAllMyBuckets\nbecause no identity-based policy allows the s3:ListAllMyBuckets action',
    expect: { principal: 'arn:aws:iam::123456789012:user/ana', action: 's3:ListAllMyBuckets', policyType: 'identity', operation: 'ListBuckets' },
  },
  {
    name: 'markdown quote and backticks',
    family: 'wraps',
    text: '> `User: arn:aws:iam::123456789012:user/ana is not authorized to perform: sqs:ReceiveMessage on resource: arn:aws:sqs:us-east-1:123456789012:inbox`',
    expect: { principal: 'arn:aws:iam::123456789012:user/ana', resource: 'arn:aws:sqs:us-east-1:123456789012:inbox' },
  },
  {
    name: 'markdown bold label',
    family: 'wraps',
    text: '**User:** arn:aws:iam::123456789012:user/ana is not authorized to perform: ecr:GetAuthorizationToken on resource: *',
    expect: { principal: 'arn:aws:iam::123456789012:user/ana', resource: '*' },
  },
  {
    name: 'ANSI colours and non-breaking spaces from a terminal',
    family: 'wraps',
    text: '\u001b[31mError:\u001b[0m User:\u00a0arn:aws:iam::123456789012:user/ana is not authorized to perform: s3:GetObject',
    expect: { principal: 'arn:aws:iam::123456789012:user/ana', action: 's3:GetObject' },
  },
  {
    name: 'message inside an escaped JSON string',
    family: 'wraps',
    text: '{"level":"error","msg":"{\\"message\\":\\"User: arn:aws:sts::123456789012:assumed-role/fn/fn is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:123456789012:parameter/app/db\\"}"}',
    expect: { action: 'ssm:GetParameter', resource: 'arn:aws:ssm:us-east-1:123456789012:parameter/app/db' },
  },

  // ── CLI / botocore envelope ────────────────────────────────────────────────────────────────────────────
  {
    name: 'CLI envelope with bare Access Denied',
    family: 'cli-envelope',
    text: 'fatal error: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied',
    expect: { category: 'access-denied', errorCode: 'AccessDenied', operation: 'ListObjectsV2', principal: null, policyType: 'unknown', denyKind: 'unknown' },
  },
  {
    name: 'HEAD request forbidden (code 403)',
    family: 'cli-envelope',
    text: 'botocore.exceptions.ClientError: An error occurred (403) when calling the HeadObject operation: Forbidden',
    expect: { category: 'access-denied', errorCode: '403', operation: 'HeadObject' },
  },
  {
    name: 'CLI envelope around the full sentence',
    family: 'cli-envelope',
    text: 'An error occurred (AccessDeniedException) when calling the Invoke operation: User: arn:aws:sts::123456789012:assumed-role/caller/s is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:us-east-1:123456789012:function:billing because no resource-based policy allows the lambda:InvokeFunction action',
    expect: { errorCode: 'AccessDeniedException', operation: 'Invoke', action: 'lambda:InvokeFunction', policyType: 'resource', resource: 'arn:aws:lambda:us-east-1:123456789012:function:billing' },
  },
  {
    name: 'traceback printing the same error twice is one finding',
    family: 'cli-envelope',
    text: [
      'Traceback (most recent call last):',
      '  File "sync.py", line 12, in <module>',
      '    s3.download_file("data", "a.csv", "/tmp/a.csv")',
      'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied',
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      '  File "sync.py", line 14, in <module>',
      '    raise RuntimeError(err)',
      'RuntimeError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied',
    ].join('\n'),
    expect: { errorCode: 'AccessDenied', operation: 'GetObject' },
    count: 1,
  },
  {
    name: 'old CLI wording',
    family: 'cli-envelope',
    text: 'A client error (AccessDenied) occurred when calling the DescribeStacks operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: cloudformation:DescribeStacks',
    expect: { errorCode: 'AccessDenied', operation: 'DescribeStacks', action: 'cloudformation:DescribeStacks' },
  },
  {
    name: 'throttling is not a denial',
    family: 'cli-envelope',
    text: 'An error occurred (ThrottlingException) when calling the DescribeStacks operation (reached max retries: 4): Rate exceeded',
    expect: null,
  },
  {
    name: 'not found is not a denial',
    family: 'cli-envelope',
    text: 'An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.',
    expect: null,
  },
  {
    name: 'validation is not a denial',
    family: 'cli-envelope',
    text: "An error occurred (ValidationError) when calling the AssumeRole operation: 1 validation error detected: Value 'my session' at 'roleSessionName' failed to satisfy constraint",
    expect: null,
  },

  // ── SDK envelopes ───────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'Go SDK v2 / Terraform',
    family: 'sdk-envelopes',
    text: 'Error: creating IAM Role (app-runtime): operation error IAM: CreateRole, https response error StatusCode: 403, RequestID: 3f9b9a1e-0000-4000-8000-000000000000, api error AccessDenied: User: arn:aws:sts::123456789012:assumed-role/tf-deployer/gha-run-7 is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::123456789012:role/app-runtime because no permissions boundary allows the iam:CreateRole action',
    expect: { errorCode: 'AccessDenied', operation: 'CreateRole', policyType: 'boundary', resource: 'arn:aws:iam::123456789012:role/app-runtime' },
  },
  {
    name: 'Go SDK v2 HEAD bucket forbidden',
    family: 'sdk-envelopes',
    text: 'Error: reading S3 Bucket (logs-archive): operation error S3: HeadBucket, https response error StatusCode: 403, RequestID: 7QK3M2, HostID: aGVsbG8=, api error Forbidden: Forbidden',
    expect: { errorCode: 'Forbidden', operation: 'HeadBucket', category: 'access-denied' },
  },
  {
    name: 'Terraform box gutter with the message wrapped by the author',
    family: 'sdk-envelopes',
    text: [
      '│ Error: creating Lambda Function (resize): operation error Lambda: CreateFunction, https response error StatusCode: 403,',
      '│ RequestID: 0c6c-1, api error AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/deploy/gha is not authorized to perform:',
      '│ iam:PassRole on resource: arn:aws:iam::123456789012:role/resize-exec with an explicit deny in a service control policy',
    ].join('\n'),
    expect: { operation: 'CreateFunction', errorCode: 'AccessDeniedException', action: 'iam:PassRole', resource: 'arn:aws:iam::123456789012:role/resize-exec', policyType: 'scp', denyKind: 'explicit' },
  },
  {
    name: 'Go SDK v1 with status line',
    family: 'sdk-envelopes',
    text: 'AccessDenied: Access Denied\n\tstatus code: 403, request id: 6TQ5ZC0X9V, host id: bG9ncw==',
    expect: { errorCode: 'AccessDenied', category: 'access-denied' },
  },
  {
    name: 'Java v1 S3 exception',
    family: 'sdk-envelopes',
    text: 'com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 1A2B3C4D; S3 Extended Request ID: eHl6), S3 Extended Request ID: eHl6',
    expect: { errorCode: 'AccessDenied', category: 'access-denied' },
  },
  {
    name: 'Java v2 without an error code keeps errorCode null',
    family: 'sdk-envelopes',
    text: 'software.amazon.awssdk.services.sts.model.StsException: User: arn:aws:iam::123456789012:user/etl is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/etl-reader (Service: Sts, Status Code: 403, Request ID: 5e2b)',
    expect: { errorCode: null, action: 'sts:AssumeRole', resource: 'arn:aws:iam::123456789012:role/etl-reader', policyType: 'trust', denyKind: 'unknown' },
  },
  {
    name: 'JS SDK v2 error with its fields printed after the stack',
    family: 'sdk-envelopes',
    text: [
      'AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/api-role/api-fn is not authorized to perform: dynamodb:Query on resource: arn:aws:dynamodb:us-east-1:123456789012:table/Users',
      '    at Request.extractError (/var/task/node_modules/aws-sdk/lib/protocol/json.js:52:27)',
      '    at Request.callListeners (/var/task/node_modules/aws-sdk/lib/sequential_executor.js:106:20) {',
      "  message: 'User: arn:aws:sts::123456789012:assumed-role/api-role/api-fn is not authorized to perform: dynamodb:Query on resource: arn:aws:dynamodb:us-east-1:123456789012:table/Users',",
      "  code: 'AccessDeniedException',",
      '  statusCode: 400,',
      '  retryable: false',
      '}',
    ].join('\n'),
    expect: { errorCode: 'AccessDeniedException', resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/Users' },
    count: 1,
  },
  {
    name: 'JS SDK v3 with $metadata',
    family: 'sdk-envelopes',
    text: [
      'AccessDenied: Access Denied',
      '    at de_AccessDeniedRes (/app/node_modules/@aws-sdk/client-s3/dist-cjs/index.js:4875:21) {',
      "  '$fault': 'client',",
      "  '$metadata': { httpStatusCode: 403, requestId: 'QX1', attempts: 1, totalRetryDelay: 0 },",
      "  Code: 'AccessDenied',",
      "  RequestId: 'QX1'",
      '}',
    ].join('\n'),
    expect: { errorCode: 'AccessDenied', category: 'access-denied' },
  },
  {
    name: '.NET',
    family: 'sdk-envelopes',
    text: 'Amazon.S3.AmazonS3Exception: Error making request with Error Code Forbidden and Http Status Code Forbidden. No further error information was returned by the service.',
    expect: { errorCode: 'Forbidden', category: 'access-denied' },
  },
  {
    name: 'PHP SDK',
    family: 'sdk-envelopes',
    text: 'Error executing "PutObject" on "https://media.s3.amazonaws.com/u/1.png"; AWS HTTP error: Client error: `PUT https://media.s3.amazonaws.com/u/1.png` resulted in a `403 Forbidden` response: AccessDenied (client): Access Denied',
    expect: { operation: 'PutObject', errorCode: 'AccessDenied' },
  },
  {
    name: 'Ruby SDK',
    family: 'sdk-envelopes',
    text: 'Aws::S3::Errors::AccessDenied: Access Denied',
    expect: { errorCode: 'AccessDenied', category: 'access-denied' },
  },
  {
    name: 'CloudFormation stack event with API prefix',
    family: 'sdk-envelopes',
    text: 'CREATE_FAILED | AWS::S3::Bucket | Uploads | API: s3:PutBucketPolicy Access Denied',
    expect: { action: 's3:PutBucketPolicy', errorCode: null, category: 'access-denied' },
  },
  {
    name: 'CloudFormation resource handler message',
    family: 'sdk-envelopes',
    text: 'Resource handler returned message: "User: arn:aws:sts::123456789012:assumed-role/cfn-exec/AWSCloudFormation is not authorized to perform: logs:CreateLogGroup on resource: arn:aws:logs:us-east-1:123456789012:log-group:/aws/app because no identity-based policy allows the logs:CreateLogGroup action (Service: CloudWatchLogs, Status Code: 400, Request ID: 9d1e)" (RequestToken: 77aa, HandlerErrorCode: AccessDenied)',
    expect: { errorCode: 'AccessDenied', resource: 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/app', policyType: 'identity' },
  },
  {
    name: 'Step Functions task failure',
    family: 'sdk-envelopes',
    text: '{"error":"Lambda.AWSLambdaException","cause":"User: arn:aws:sts::123456789012:assumed-role/StepFunctions-Flow-role/abc is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:us-east-1:123456789012:function:step because no identity-based policy allows the lambda:InvokeFunction action (Service: AWSLambda; Status Code: 403; Error Code: AccessDeniedException; Request ID: 1f; Proxy: null)"}',
    expect: { errorCode: 'AccessDeniedException', action: 'lambda:InvokeFunction', policyType: 'identity' },
  },
  {
    name: 'docker pull from ECR',
    family: 'sdk-envelopes',
    text: "Error response from daemon: pull access denied for 123456789012.dkr.ecr.us-east-1.amazonaws.com/web, repository does not exist or may require 'docker login': denied: User: arn:aws:sts::123456789012:assumed-role/node-role/i-0abc is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-east-1:123456789012:repository/web because no resource-based policy allows the ecr:BatchGetImage action",
    expect: { action: 'ecr:BatchGetImage', policyType: 'resource', errorCode: null },
  },
  {
    name: 'kubectl RBAC forbidden for an IAM principal',
    family: 'sdk-envelopes',
    text: 'Error from server (Forbidden): pods is forbidden: User "arn:aws:iam::123456789012:user/dev" cannot list resource "pods" in API group "" in the namespace "default"',
    expect: { category: 'access-denied', errorCode: 'Forbidden', principal: 'arn:aws:iam::123456789012:user/dev', resource: 'pods' },
  },

  // ── console alert ─────────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'console diagnostic block',
    family: 'console-alert',
    text: [
      'Access denied to rds:DescribeDBInstances',
      "You don't have permission to rds:DescribeDBInstances. To request access, copy the following text and send it to your AWS administrator. Learn more about troubleshooting access denied errors.",
      'User: arn:aws:sts::123456789012:assumed-role/Analyst/kim',
      'Service: rds',
      'Action: rds:DescribeDBInstances',
      'On resource(s): arn:aws:rds:eu-central-1:123456789012:db:*',
      'Context: no identity-based policy allows the action',
      'Copy',
    ].join('\n'),
    expect: {
      principal: 'arn:aws:sts::123456789012:assumed-role/Analyst/kim',
      action: 'rds:DescribeDBInstances',
      resource: 'arn:aws:rds:eu-central-1:123456789012:db:*',
      policyType: 'identity',
      denyKind: 'implicit',
    },
    count: 1,
  },
  {
    name: 'console block pasted without its header, explicit SCP context',
    family: 'console-alert',
    text: 'User: arn:aws:iam::123456789012:user/pat\nAction: iam:ListUsers\nOn resource(s): arn:aws:iam::123456789012:user/\nContext: a service control policy explicitly denies the action',
    expect: { principal: 'arn:aws:iam::123456789012:user/pat', action: 'iam:ListUsers', policyType: 'scp', denyKind: 'explicit' },
  },
  {
    name: 'Japanese console block',
    family: 'console-alert',
    text: [
      'lambda:ListFunctions へのアクセスが拒否されました',
      'lambda:ListFunctions のアクセス許可がありません。アクセスをリクエストするには、次のテキストをコピーして AWS 管理者に送信してください。',
      'ユーザー: arn:aws:sts::123456789012:assumed-role/Dev/sato',
      'アクション: lambda:ListFunctions',
      'リソース: *',
      'コンテキスト: アクションを許可するアイデンティティベースのポリシーがありません',
    ].join('\n'),
    expect: { action: 'lambda:ListFunctions', principal: 'arn:aws:sts::123456789012:assumed-role/Dev/sato', resource: '*', policyType: 'identity', denyKind: 'implicit' },
    count: 1,
  },
  {
    name: 'service page wording with the action',
    family: 'console-alert',
    text: 'Access denied\nYou don’t have permission to perform ce:GetCostAndUsage. Contact your AWS administrator if you need access.',
    expect: { action: 'ce:GetCostAndUsage', principal: null },
    count: 1,
  },
  {
    name: 'S3 console list objects wording',
    family: 'console-alert',
    text: 'Insufficient permissions to list objects\nAfter you or your AWS administrator has updated your permissions to allow the s3:ListBucket action, refresh the page.',
    expect: { action: 's3:ListBucket' },
  },

  {
    name: 'Cost Explorer: insufficient permissions, the action after "You need permission to perform"',
    family: 'console-alert',
    text: 'Insufficient permissions\nYou need permission to perform ce:GetCostAndUsage. Contact your AWS administrator.',
    expect: { category: 'access-denied', action: 'ce:GetCostAndUsage', policyType: 'unknown', denyKind: 'unknown' },
  },
  {
    name: 'everyday "you need permission" without an action is not a denial',
    family: 'console-alert',
    text: 'You need permission to edit this document. Ask its owner to share it with you.',
    expect: null,
  },
  {
    name: 'console context in brackets',
    family: 'console-alert',
    text: 'Access denied to sqs:ListQueues\nUser: arn:aws:iam::123456789012:user/li\nAction: sqs:ListQueues\nOn resource(s): *\nContext: [an identity-based policy explicitly denies the action]',
    expect: { action: 'sqs:ListQueues', policyType: 'identity', denyKind: 'explicit', resource: '*' },
    count: 1,
  },
  {
    name: 'a sentence pasted in capitals ends its resource at BECAUSE',
    family: 'api-sentence',
    text: 'USER: ARN:AWS:STS::123456789012:ASSUMED-ROLE/DEV/ALICE IS NOT AUTHORIZED TO PERFORM: KMS:DECRYPT ON RESOURCE: ARN:AWS:KMS:US-EAST-1:123456789012:KEY/1234 BECAUSE NO IDENTITY-BASED POLICY ALLOWS THE KMS:DECRYPT ACTION',
    expect: { resource: 'ARN:AWS:KMS:US-EAST-1:123456789012:KEY/1234', policyType: 'identity', denyKind: 'implicit' },
  },
  {
    name: 'sentence with its context in brackets',
    family: 'api-sentence',
    text: 'User: arn:aws:iam::123456789012:user/li is not authorized to perform: sqs:ListQueues on resource: * (because no identity-based policy allows the sqs:ListQueues action)',
    expect: { resource: '*', policyType: 'identity', denyKind: 'implicit' },
  },
  {
    name: 'paste that starts after the code',
    family: 'cli-envelope',
    text: 'when calling the PutObject operation: Access Denied',
    expect: { operation: 'PutObject', errorCode: null, category: 'access-denied' },
  },

  // ── S3 XML ────────────────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'S3 XML error body',
    family: 's3-xml',
    text: '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>4Q2X</RequestId><HostId>ZmFrZQ==</HostId></Error>',
    expect: { errorCode: 'AccessDenied', category: 'access-denied' },
  },
  {
    name: 'S3 XML expired presigned URL is a credentials failure',
    family: 's3-xml',
    text: '<Error><Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>300</X-Amz-Expires></Error>',
    expect: { category: 'credentials', errorCode: 'AccessDenied', policyType: null, denyKind: null },
  },
  {
    name: 'query API XML element named after the code',
    family: 's3-xml',
    text: '<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:iam::123456789012:user/bo is not authorized to perform: sns:Publish on resource: arn:aws:sns:us-east-1:123456789012:t</Message></Error></ErrorResponse>',
    expect: { errorCode: 'AccessDenied', action: 'sns:Publish', resource: 'arn:aws:sns:us-east-1:123456789012:t' },
  },
  {
    name: 'S3 XML NoSuchBucket is not a denial',
    family: 's3-xml',
    text: '<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message><BucketName>gone</BucketName></Error>',
    expect: null,
  },

  // ── encoded ───────────────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'EC2 encoded authorization failure',
    family: 'encoded',
    text: 'An error occurred (UnauthorizedOperation) when calling the StopInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: aW1wb3J0YW50LWJsb2ItZm9yLXRlc3RzLW9ubHk-NOT_A_REAL_BLOB_x9',
    expect: { errorCode: 'UnauthorizedOperation', operation: 'StopInstances', encoded: true, principal: null, action: null },
  },
  {
    name: 'newer EC2 form with the full sentence before the blob',
    family: 'encoded',
    text: 'You are not authorized to perform this operation. User: arn:aws:iam::123456789012:user/ana is not authorized to perform: ec2:CreateVolume on resource: arn:aws:ec2:us-east-1:123456789012:volume/* because no identity-based policy allows the ec2:CreateVolume action. Encoded authorization failure message: Zm9vYmFy-bmFy',
    expect: { encoded: true, action: 'ec2:CreateVolume', resource: 'arn:aws:ec2:us-east-1:123456789012:volume/*', policyType: 'identity' },
    count: 1,
  },
  {
    name: 'Client.UnauthorizedOperation from an older SDK',
    family: 'encoded',
    text: 'Client.UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message: <encoded-message>',
    expect: { errorCode: 'Client.UnauthorizedOperation', encoded: true },
  },

  // ── decoded authorization message ─────────────────────────────────────────────────────────────────────────
  {
    name: 'decode-authorization-message CLI output (JSON inside JSON)',
    family: 'decoded-authorization',
    text: '{\n    "DecodedMessage": "{\\"allowed\\":false,\\"explicitDeny\\":false,\\"matchedStatements\\":{\\"items\\":[]},\\"failures\\":{\\"items\\":[]},\\"context\\":{\\"principal\\":{\\"id\\":\\"AIDAEXAMPLE\\",\\"name\\":\\"ana\\",\\"arn\\":\\"arn:aws:iam::123456789012:user/ana\\"},\\"action\\":\\"ec2:StopInstances\\",\\"resource\\":\\"arn:aws:ec2:us-east-1:123456789012:instance/i-0abc\\",\\"conditions\\":{\\"items\\":[]}}}"\n}',
    expect: { principal: 'arn:aws:iam::123456789012:user/ana', action: 'ec2:StopInstances', resource: 'arn:aws:ec2:us-east-1:123456789012:instance/i-0abc', denyKind: 'implicit', policyType: 'unknown', encoded: false },
  },
  {
    name: 'pretty-printed decoded message with an explicit deny',
    family: 'decoded-authorization',
    text: JSON.stringify(
      {
        allowed: false,
        explicitDeny: true,
        matchedStatements: { items: [{ statementId: 'DenyProd', effect: 'DENY', actions: { items: [{ value: 'ec2:TerminateInstances' }] }, resources: { items: [{ value: '*' }] } }] },
        failures: { items: [] },
        context: {
          principal: { id: 'AROAEXAMPLE:ops', arn: 'arn:aws:sts::123456789012:assumed-role/Ops/ops' },
          action: 'ec2:TerminateInstances',
          resource: 'arn:aws:ec2:us-east-1:123456789012:instance/i-0def',
          conditions: { items: [{ key: 'aws:Resource', values: { items: [{ value: 'instance/i-0def' }] } }] },
        },
      },
      null,
      2,
    ),
    expect: { principal: 'arn:aws:sts::123456789012:assumed-role/Ops/ops', action: 'ec2:TerminateInstances', denyKind: 'explicit', resource: 'arn:aws:ec2:us-east-1:123456789012:instance/i-0def' },
  },

  // ── CloudTrail ────────────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'CloudTrail event with the sentence in errorMessage',
    family: 'cloudtrail-event',
    text: JSON.stringify(
      {
        eventVersion: '1.09',
        userIdentity: { type: 'AssumedRole', principalId: 'AROAEXAMPLE:etl', arn: 'arn:aws:sts::123456789012:assumed-role/etl/etl', accountId: '123456789012' },
        eventTime: '2025-06-01T10:00:00Z',
        eventSource: 'secretsmanager.amazonaws.com',
        eventName: 'GetSecretValue',
        awsRegion: 'us-east-1',
        errorCode: 'AccessDenied',
        errorMessage: 'User: arn:aws:sts::123456789012:assumed-role/etl/etl is not authorized to perform: secretsmanager:GetSecretValue on resource: db-creds because no resource-based policy allows the secretsmanager:GetSecretValue action',
        requestParameters: null,
      },
      null,
      2,
    ),
    expect: { errorCode: 'AccessDenied', operation: 'GetSecretValue', principal: 'arn:aws:sts::123456789012:assumed-role/etl/etl', resource: 'db-creds', policyType: 'resource' },
    count: 1,
  },
  {
    name: 'CloudTrail event with a bare message',
    family: 'cloudtrail-event',
    text: '{"eventVersion":"1.08","userIdentity":{"type":"IAMUser","arn":"arn:aws:iam::123456789012:user/ana","accountId":"123456789012"},"eventSource":"s3.amazonaws.com","eventName":"PutBucketAcl","errorCode":"AccessDenied","errorMessage":"Access Denied"}',
    // The action comes from the record's eventSource and eventName when the message says nothing more.
    expect: { errorCode: 'AccessDenied', operation: 'PutBucketAcl', principal: 'arn:aws:iam::123456789012:user/ana', principalType: 'user', action: 's3:PutBucketAcl' },
  },

  // ── STS ───────────────────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'web identity denied by the trust policy',
    family: 'sts',
    text: 'Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    expect: { action: 'sts:AssumeRoleWithWebIdentity', policyType: 'trust', denyKind: 'unknown', principal: null },
  },
  {
    name: 'Terraform: "IAM Role (arn) cannot be assumed" and the STS error below it are one denial',
    family: 'sts',
    text:
      'Error: IAM Role (arn:aws:iam::444455556666:role/deployer) cannot be assumed.\n\nThere are a number of possible causes of this - the most common are:\n  * The credentials used in order to assume the role are invalid\n  * The credentials do not have appropriate permission to assume the role\n  * The role ARN is not valid\n\nError: operation error STS: AssumeRole, https response error StatusCode: 403, RequestID: 0f1e2d3c, api error AccessDenied: User: arn:aws:sts::111122223333:assumed-role/ci/GitHubActions is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/deployer',
    expect: {
      principal: 'arn:aws:sts::111122223333:assumed-role/ci/GitHubActions',
      action: 'sts:AssumeRole',
      resource: 'arn:aws:iam::444455556666:role/deployer',
      policyType: 'trust',
      errorCode: 'AccessDenied',
      operation: 'AssumeRole',
    },
    count: 1,
  },
  {
    name: 'Terraform: "cannot be assumed" alone names the role',
    family: 'sts',
    text: 'Error: IAM Role (arn:aws:iam::444455556666:role/deployer) cannot be assumed.\n\nThere are a number of possible causes of this - the most common are:\n  * The role ARN is not valid',
    expect: { category: 'access-denied', resource: 'arn:aws:iam::444455556666:role/deployer', action: null },
  },
  {
    name: 'Terraform: "cannot be assumed" above NoCredentialProviders is no refusal: there were no credentials to assume it with',
    family: 'sts',
    text: 'Error: IAM Role (arn:aws:iam::444455556666:role/deployer) cannot be assumed.\n\nError: NoCredentialProviders: no valid providers in chain',
    expect: { category: 'credentials', errorCode: 'NoCredentialProviders', resource: null },
  },
  {
    name: 'SAML denied',
    family: 'sts',
    text: 'An error occurred (AccessDenied) when calling the AssumeRoleWithSAML operation: Not authorized to perform sts:AssumeRoleWithSAML',
    expect: { action: 'sts:AssumeRoleWithSAML', policyType: 'trust', errorCode: 'AccessDenied', operation: 'AssumeRoleWithSAML' },
  },
  {
    name: 'AssumeRole without a resource is not placed in the trust policy',
    family: 'sts',
    text: 'An error occurred (AccessDenied) when calling the AssumeRole operation: Not authorized to perform sts:AssumeRole',
    expect: { action: 'sts:AssumeRole', policyType: 'unknown' },
  },
  {
    name: 'AssumeRole on a user resource is not the trust policy',
    family: 'sts',
    text: 'User: arn:aws:iam::123456789012:user/a is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:user/a',
    expect: { policyType: 'unknown' },
  },
  {
    name: 'service principal cannot assume the role',
    family: 'sts',
    text: 'Neither the global service principal states.amazonaws.com, nor the regional one is authorized to assume the provided role.',
    expect: { category: 'access-denied', principal: 'states.amazonaws.com', principalType: 'service', action: null },
  },
  {
    name: 'CDK credentials could not be used to assume the role',
    family: 'sts',
    text: "current credentials could not be used to assume 'arn:aws:iam::123456789012:role/cdk-hnb659fds-deploy-role-123456789012-us-east-1', but are for the right account. Proceeding anyway.",
    expect: { category: 'access-denied', resource: 'arn:aws:iam::123456789012:role/cdk-hnb659fds-deploy-role-123456789012-us-east-1', action: null },
  },
  {
    name: 'missing service-linked role reported as InvalidParameterException is not a denial',
    family: 'sts',
    text: 'Unable to assume the service linked role. Please verify that the ECS service linked role exists. (Service: AmazonECS; Status Code: 400; Error Code: InvalidParameterException; Request ID: 0f)',
    expect: null,
  },

  // ── credentials ───────────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'expired token',
    family: 'credentials',
    text: 'An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired',
    expect: { category: 'credentials', errorCode: 'ExpiredToken', operation: 'GetCallerIdentity', policyType: null, denyKind: null, action: null },
  },
  {
    name: 'invalid client token id',
    family: 'credentials',
    text: 'An error occurred (InvalidClientTokenId) when calling the ListBuckets operation: The security token included in the request is invalid.',
    expect: { category: 'credentials', errorCode: 'InvalidClientTokenId' },
  },
  {
    name: 'unrecognized client (JS)',
    family: 'credentials',
    text: 'UnrecognizedClientException: The security token included in the request is invalid.',
    expect: { category: 'credentials', errorCode: 'UnrecognizedClientException' },
  },
  {
    name: 'signature mismatch',
    family: 'credentials',
    text: 'SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    expect: { category: 'credentials', errorCode: 'SignatureDoesNotMatch' },
  },
  {
    name: 'no credentials at all (boto)',
    family: 'credentials',
    text: 'botocore.exceptions.NoCredentialsError: Unable to locate credentials',
    expect: { category: 'credentials', errorCode: null },
  },
  {
    name: 'JS v3 provider chain',
    family: 'credentials',
    text: 'CredentialsProviderError: Could not load credentials from any providers',
    // The JS SDK v3's class name, not a code the service or the SDK reports (w4612's label).
    expect: { category: 'credentials', errorCode: null },
  },
  {
    name: 'kubectl against EKS without a mapping',
    family: 'credentials',
    text: 'error: You must be logged in to the server (Unauthorized)',
    expect: { category: 'credentials', errorCode: 'Unauthorized' },
  },
  {
    name: 'docker login missing',
    family: 'credentials',
    text: 'Error response from daemon: Get "https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/": no basic auth credentials',
    expect: { category: 'credentials' },
  },
  {
    name: 'ECR token expired',
    family: 'credentials',
    text: 'denied: Your authorization token has expired. Reauthenticate and try again.',
    expect: { category: 'credentials' },
  },
  {
    name: 'web identity without an OIDC provider',
    family: 'credentials',
    text: 'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com',
    expect: { category: 'credentials', errorCode: 'InvalidIdentityToken', operation: 'AssumeRoleWithWebIdentity' },
  },
  {
    name: 'S3 missing date header is credentials',
    family: 'credentials',
    text: '<Error><Code>AccessDenied</Code><Message>AWS authentication requires a valid Date or x-amz-date header</Message></Error>',
    expect: { category: 'credentials', errorCode: 'AccessDenied' },
  },

  {
    name: 'EKS pod identity: the credentials failure is the STS denial under it',
    family: 'credentials',
    text: 'WebIdentityErr: failed to retrieve credentials\ncaused by: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity\n\tstatus code: 403, request id: 5b2f0d3c-1111-4222-8333-944445555666',
    expect: { category: 'access-denied', action: 'sts:AssumeRoleWithWebIdentity', policyType: 'trust', errorCode: 'AccessDenied' },
    count: 1,
  },
  {
    name: 'kubectl exec plugin failing alone is a credentials failure',
    family: 'credentials',
    text: 'Unable to connect to the server: getting credentials: exec: executable aws failed with exit code 255',
    expect: { category: 'credentials' },
  },
  {
    name: 'SSO session token gone',
    family: 'credentials',
    text: 'An error occurred (UnauthorizedException) when calling the GetRoleCredentials operation: Session token not found or invalid',
    expect: { category: 'credentials', errorCode: 'UnauthorizedException', operation: 'GetRoleCredentials' },
  },
  {
    name: 'missing profile',
    family: 'credentials',
    text: 'The config profile (prod-admin) could not be found',
    expect: { category: 'credentials' },
  },

  {
    name: 'Auto Scaling reports the EC2 denial as a ValidationError',
    family: 'encoded',
    text: 'ValidationError: You must use a valid fully-formed launch template. You are not authorized to perform this operation.',
    expect: { category: 'access-denied', errorCode: 'ValidationError' },
  },
  {
    name: 'SQS with a KMS code',
    family: 'cli-envelope',
    text: 'An error occurred (KMS.AccessDeniedException) when calling the SendMessage operation: The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
    expect: { category: 'access-denied', errorCode: 'KMS.AccessDeniedException', operation: 'SendMessage' },
  },
  {
    name: 'CodePipeline insufficient permissions with the S3 error under it',
    family: 'sdk-envelopes',
    text: 'Insufficient permissions\nThe provided role does not have permissions to perform this action. Underlying error: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 9XQ2; S3 Extended Request ID: Zm9v)',
    expect: { category: 'access-denied', errorCode: 'AccessDenied' },
    count: 1,
  },

  // ── plain denials ────────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'SQS access to the resource is denied',
    family: 'plain-denials',
    text: 'An error occurred (AccessDenied) when calling the SendMessage operation: Access to the resource https://sqs.us-east-1.amazonaws.com/123456789012/jobs is denied.',
    expect: { errorCode: 'AccessDenied', operation: 'SendMessage', resource: null },
  },
  {
    name: 'Bedrock model access',
    family: 'plain-denials',
    text: 'botocore.errorfactory.AccessDeniedException: An error occurred (AccessDeniedException) when calling the InvokeModel operation: You don\'t have access to the model with the specified model ID.',
    expect: { errorCode: 'AccessDeniedException', operation: 'InvokeModel' },
  },
  {
    name: 'EC2 launch template',
    family: 'plain-denials',
    text: 'AccessDenied: You are not authorized to use launch template: lt-0a1b2c3d4e5f60718',
    expect: { resource: 'lt-0a1b2c3d4e5f60718', errorCode: 'AccessDenied' },
  },
  {
    name: 'API Gateway explicit deny without principal',
    family: 'plain-denials',
    text: '{"Message":"User is not authorized to access this resource with an explicit deny"}',
    expect: { principal: null, denyKind: 'explicit', policyType: 'unknown' },
  },

  // ── not authorization failures ───────────────────────────────────────────────────────────────────────────
  { name: 'rate exceeded', family: 'negatives', text: 'ThrottlingException: Rate exceeded\n    at Request.extractError (/app/node_modules/aws-sdk/lib/protocol/json.js:52:27)', expect: null },
  { name: 'local file permissions', family: 'negatives', text: "PermissionError: [Errno 13] Permission denied: '/home/ana/.aws/credentials'", expect: null },
  { name: 'EACCES', family: 'negatives', text: "Error: EACCES: permission denied, open '/root/.aws/config'", expect: null },
  { name: 'MySQL access denied', family: 'negatives', text: "ERROR 1045 (28000): Access denied for user 'admin'@'10.0.0.5' (using password: YES)", expect: null },
  {
    name: 'a policy document that denies',
    family: 'negatives',
    text: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "DenyAccessOutsideOrg",\n      "Effect": "Deny",\n      "Action": "s3:*",\n      "Resource": "*",\n      "Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}\n    }\n  ]\n}',
    expect: null,
  },
  {
    name: 'documentation prose',
    family: 'negatives',
    text: 'If you receive an Access Denied error when you call GetObject, check the bucket policy. AccessDenied errors can also come from SCPs. See "Troubleshoot access denied (403 Forbidden) errors in Amazon S3".',
    expect: null,
  },
  { name: 'IAM docs heading', family: 'negatives', text: 'I am not authorized to perform iam:PassRole', expect: null },
  {
    name: 'API reference error list',
    family: 'negatives',
    text: 'Errors\n\nAccessDeniedException\nYou do not have sufficient access to perform this action.\nHTTP Status Code: 400\n\nThrottlingException\nThe request was denied due to request throttling.\nHTTP Status Code: 400',
    expect: null,
  },
  {
    name: 'IAM NoSuchEntity is not a denial',
    family: 'negatives',
    text: 'An error occurred (NoSuchEntity) when calling the GetRole operation: The role with name app-runtime cannot be found.',
    expect: null,
  },
  { name: 'Lambda not found', family: 'negatives', text: 'ResourceNotFoundException: Function not found: arn:aws:lambda:us-east-1:123456789012:function:gone', expect: null },
  { name: 'empty', family: 'negatives', text: '', expect: null },
  { name: 'bucket names with denied in them', family: 'negatives', text: 'Created bucket access-denied-logs-2025 and permissions-audit', expect: null },
  ...STRUCTURED_EXAMPLES,
  ...FAMILY_EXAMPLES,
];
