// Examples of the plain-text families of issue 13, written for these tests: chat and markdown pastes, SDK shapes
// that used to be missed, what is not an IAM policy decision at all, and AWS messages machine-translated into
// Japanese. Imported by examples.ts (family tests and fuzzer seeds).
import type { Example } from './examples';

export const FAMILY_EXAMPLES: Example[] = [
  // ── chat and markdown pastes ───────────────────────────────────────────────────────────────────────────
  {
    name: 'bold around part of the message, backticks around the resource',
    family: 'chat',
    text: 'User: arn:aws:sts::111122223333:assumed-role/Deploy/**ci-runner is not authorized to perform: s3:PutObject** on resource: `arn:aws:s3:::artifacts/build.zip` because no identity-based policy allows the s3:PutObject action',
    expect: { principal: 'arn:aws:sts::111122223333:assumed-role/Deploy/ci-runner', action: 's3:PutObject', resource: 'arn:aws:s3:::artifacts/build.zip', policyType: 'identity', denyKind: 'implicit' },
  },
  {
    name: 'markdown escapes and an email session name a chat turned into a mailto link',
    family: 'chat',
    text: 'User: arn:aws:sts::\\*\\*\\*\\*:assumed-role/AWSReservedSSO\\_Dev\\_0a1b2c3d4e5f6a7b/[ana@example.com](mailto:ana@example.com) is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:eu-west-1:\\*\\*\\*\\*:parameter/app/db\\_password',
    expect: { principal: 'arn:aws:sts::****:assumed-role/AWSReservedSSO_Dev_0a1b2c3d4e5f6a7b/ana@example.com', principalType: 'assumed-role', accountId: '****', resource: 'arn:aws:ssm:eu-west-1:****:parameter/app/db_password' },
  },
  {
    name: 'HTML entities of a web page copy',
    family: 'chat',
    text: 'User: arn:aws:iam::111122223333:user/ops is not authorized to perform: kms:Decrypt on resource: &quot;arn:aws:kms:us-east-1:111122223333:key/abcd&quot; with an explicit deny in a resource control policy',
    expect: { resource: 'arn:aws:kms:us-east-1:111122223333:key/abcd', policyType: 'rcp', denyKind: 'explicit' },
  },
  {
    name: 'redaction placeholders keep the shape: [redacted:…] account, <role-name>',
    family: 'chat',
    text: 'User: arn:aws:sts::[redacted:account-id]:assumed-role/<role-name>/i-0abc1234def567890 is not authorized to perform: ec2:DescribeVolumes',
    expect: { principal: 'arn:aws:sts::[redacted:account-id]:assumed-role/<role-name>/i-0abc1234def567890', principalType: 'assumed-role', accountId: '[redacted:account-id]', action: 'ec2:DescribeVolumes' },
  },
  {
    name: "a CloudFormation account placeholder with colons: ${AWS::AccountId}",
    family: 'chat',
    text: 'User: arn:aws:sts::${AWS::AccountId}:assumed-role/cfn-exec/AWSCloudFormation is not authorized to perform: sns:Publish on resource: arn:aws:sns:us-east-1:${AWS::AccountId}:alerts',
    expect: { principalType: 'assumed-role', accountId: '${AWS::AccountId}', resource: 'arn:aws:sns:us-east-1:${AWS::AccountId}:alerts' },
  },
  {
    name: 'a masked principal with no "User:" label before "is not authorized"',
    family: 'chat',
    text: 'CloudTrail keeps logging "<role> is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:eu-west-1:111122223333:jobs because no identity-based policy allows the sqs:SendMessage action"',
    expect: { principal: '<role>', principalType: 'unknown', action: 'sqs:SendMessage', resource: 'arn:aws:sqs:eu-west-1:111122223333:jobs', policyType: 'identity' },
  },
  {
    name: 'a word-wrapped column indented far to the right, an ARN cut at a hyphen',
    family: 'chat',
    text: `Error:\n${' '.repeat(120)}User: arn:aws:iam::111122223333:user/ci is\n${' '.repeat(120)}not authorized to perform:\n${' '.repeat(120)}logs:CreateLogGroup on resource:\n${' '.repeat(120)}arn:aws:logs:eu-central-\n${' '.repeat(120)}1:111122223333:log-group:/app/web\n${' '.repeat(120)}because no identity-based policy allows the\n${' '.repeat(120)}logs:CreateLogGroup action`,
    expect: { principal: 'arn:aws:iam::111122223333:user/ci', action: 'logs:CreateLogGroup', resource: 'arn:aws:logs:eu-central-1:111122223333:log-group:/app/web', policyType: 'identity', denyKind: 'implicit' },
  },

  // ── SDK shapes ───────────────────────────────────────────────────────────────────────────────────────────
  {
    name: '.NET prints S3\'s AllAccessDisabled as its message only',
    family: 'sdk-dotnet',
    text: 'Amazon.S3.AmazonS3Exception: All access to this Amazon S3 resource has been disabled. ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type \'Amazon.Runtime.Internal.HttpErrorResponseException\' was thrown.',
    expect: { category: 'access-denied', errorCode: null, resource: null },
  },
  {
    name: 'a CloudFormation handler quoting the service\'s own code: "Service returned error code …"',
    family: 'cloudformation',
    text: 'Resource handler returned message: "Service returned error code AccessDeniedException (Service: Lambda, Status Code: 403, Request ID: 0f1e2d3c-0000-4000-8000-000000000000)" (RequestToken: 1a2b3c4d-0000-4000-8000-000000000000, HandlerErrorCode: GeneralServiceException)',
    expect: { category: 'access-denied', errorCode: 'AccessDeniedException' },
  },
  {
    name: "Java v1: S3's bodiless 403, the code printed as the status",
    family: 'sdk-shapes',
    text: 'com.amazonaws.services.s3.model.AmazonS3Exception: Forbidden (Service: Amazon S3; Status Code: 403; Error Code: 403 Forbidden; Request ID: 8SV7S6VZTXYQZQMW; S3 Extended Request ID: abc=; Proxy: null), S3 Extended Request ID: abc=',
    expect: { category: 'access-denied', errorCode: '403 Forbidden' },
  },
  {
    name: ".NET: ' ---> ' ends the message, not the resource",
    family: 'sdk-shapes',
    text: 'Amazon.S3.AmazonS3Exception: User: arn:aws:iam::111122223333:user/svc is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::data/report.csv ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type \'Amazon.Runtime.Internal.HttpErrorResponseException\' was thrown.',
    expect: { resource: 'arn:aws:s3:::data/report.csv', action: 's3:GetObject' },
  },
  {
    name: "a resource followed by ': ClientError'",
    family: 'sdk-shapes',
    text: 'upload failed: User: arn:aws:sts::111122223333:assumed-role/etl/job is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::landing/in.csv: ClientError: An error occurred (AccessDenied)',
    expect: { resource: 'arn:aws:s3:::landing/in.csv', errorCode: 'AccessDenied' },
  },
  {
    name: "an IaC tool's bodiless 'AccessDeniedException:' with the status below",
    family: 'sdk-shapes',
    text: 'Error: error creating Backup Vault (vault-1): AccessDeniedException:\n\tstatus code: 403, request id: 8e7e577e-5b74-4d4d-95d0-bf63e0b2cc2e',
    expect: { errorCode: 'AccessDeniedException', principal: null },
  },
  {
    name: "Lambda's error JSON: errorType is the code",
    family: 'sdk-shapes',
    text: '{\n  "errorType": "AccessDeniedException",\n  "errorMessage": "User: arn:aws:sts::111122223333:assumed-role/fn-role/fn is not authorized to perform: dynamodb:Scan on resource: arn:aws:dynamodb:us-east-1:111122223333:table/Users"\n}',
    expect: { errorCode: 'AccessDeniedException', action: 'dynamodb:Scan' },
  },

  // ── not IAM policy at all ───────────────────────────────────────────────────────────────────────────────
  {
    name: 'Billing: IAM user access to Billing information is not activated',
    family: 'billing-access',
    text: "Cost Explorer\nYou don't have permission to perform ce:GetCostAndUsage\nIAM user access not activated\nAsk your account's root user to activate IAM access.",
    expect: { accountSetting: 'billing-iam-access', action: 'ce:GetCostAndUsage', policyType: 'unknown', denyKind: 'unknown' },
  },
  {
    name: 'Billing: the setting named in full',
    family: 'billing-access',
    text: 'Access denied. IAM user and role access to Billing information is deactivated for this account.',
    expect: { accountSetting: 'billing-iam-access' },
  },
  {
    name: 'Kubernetes Status object: 401 is a credentials failure (no access entry for the IAM identity)',
    family: 'kubernetes',
    text: '{\n  "kind": "Status",\n  "apiVersion": "v1",\n  "metadata": {},\n  "status": "Failure",\n  "message": "Unauthorized",\n  "reason": "Unauthorized",\n  "code": 401\n}',
    expect: { category: 'credentials', errorCode: 'Unauthorized' },
  },
  {
    name: 'Kubernetes Status object: 403 names the RBAC user',
    family: 'kubernetes',
    text: '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods is forbidden: User \\"arn:aws:iam::111122223333:user/bob\\" cannot list resource \\"pods\\" in API group \\"\\" in the namespace \\"default\\"","reason":"Forbidden","details":{"kind":"pods"},"code":403}',
    expect: { category: 'access-denied', principal: 'arn:aws:iam::111122223333:user/bob', resource: 'pods', errorCode: 'Forbidden' },
  },
  {
    name: 'service-linked role creation denied',
    family: 'service-linked-role',
    text: 'Error: Service-linked role creation access denied.',
    expect: { category: 'access-denied', action: null },
  },
  {
    name: 'service-linked role creation: the missing action named',
    family: 'service-linked-role',
    text: 'An error occurred (AccessDeniedException) when calling the CreateFirewall operation: Unable to CreateFirewall because user is not authorized perform iam:CreateServiceLinkedRole',
    expect: { action: 'iam:CreateServiceLinkedRole', operation: 'CreateFirewall', errorCode: 'AccessDeniedException' },
  },

  // ── round 6 families: status words, code-named XML bodies, Terraform's called action ───────────────────
  {
    name: 'an HTTP status word before the service code: the code is the error (Ruby clients)',
    family: 'sdk-shapes',
    text: 'ERROR: Fog::Error::RequestError: Unauthorized - ExpiredToken: The security token included in the request is expired',
    expect: { category: 'credentials', errorCode: 'ExpiredToken' },
  },
  {
    name: 'a status word alone still gives its code',
    family: 'sdk-shapes',
    text: 'Forbidden - Access Denied (request id 4c1f)',
    expect: { category: 'access-denied', errorCode: 'Forbidden' },
  },
  {
    name: 'an XML body named after the code, as .NET shows a response it could not unmarshal',
    family: 'sdk-dotnet',
    text: 'Amazon.Runtime.AmazonUnmarshallingException: Error unmarshalling response back from AWS. Response Body: <AccessDeniedException>\n  <Message>Missing permissions for the request</Message>\n</AccessDeniedException>',
    expect: { category: 'access-denied', errorCode: 'AccessDeniedException' },
  },
  {
    name: 'Terraform names the call that failed: error calling sts:AssumeRole',
    family: 'sdk-shapes',
    text: 'Error: error configuring S3 Backend: error calling sts:AssumeRole: AccessDenied: Access denied\n\tstatus code: 403, request id: 11aa22bb',
    expect: { category: 'access-denied', action: 'sts:AssumeRole', errorCode: 'AccessDenied' },
  },
  {
    name: 'Terraform credential check: the called action with a credentials failure',
    family: 'sdk-shapes',
    text: 'Error: validating provider credentials: error calling sts:GetCallerIdentity: InvalidClientTokenId: The security token included in the request is invalid.',
    expect: { category: 'credentials', action: 'sts:GetCallerIdentity', errorCode: 'InvalidClientTokenId', policyType: null },
  },

  {
    name: 'a principal cut short with an ellipsis and no "User:" label',
    family: 'chat',
    text: 'Athena keeps failing with "..ops-admin is not authorized to perform: glue:GetTables on resource: arn:aws:glue:eu-west-1:111122223333:catalog because no resource-based policy allows the glue:GetTables action"',
    expect: { principal: '..ops-admin', principalType: 'unknown', accountId: null, action: 'glue:GetTables', policyType: 'resource', denyKind: 'implicit' },
  },
  {
    name: "a Java code cut off by the writer's ellipsis",
    family: 'sdk-java',
    text: 'User: arn:aws:iam::111122223333:user/ana is not authorized to perform: glue:GetTable (Service: AWSGlue; Status Code: 400; Error Code: AccessDeniedException...',
    expect: { errorCode: 'AccessDeniedException', action: 'glue:GetTable' },
  },
  {
    name: 'a message split into adjacent string literals in Python source',
    family: 'sdk-shapes',
    text: 'raise PermissionError(\n    "User: arn:aws:iam::111122223333:user/ana is not "\n    "authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:111122223333:jobs"\n)',
    expect: { principal: 'arn:aws:iam::111122223333:user/ana', action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:111122223333:jobs' },
  },

  {
    name: 'a code fence opened in the middle of a PHP message: the operation still reaches the response code',
    family: 'sdk-php',
    text: 'Upload failed:\nError executing "PutObject" on "https://media.s3.eu-west-1.amazonaws.com/a.png"; AWS HTTP error: Client error: `PUT https://media.s3.eu-west-1.amazonaws.com/a.png` resulted in a `403 Forbidden` response:\n```\n<Error>\n<Code>AccessDenied</Code>\n<Message>Access Denied</Message>\n</Error>\n```',
    expect: { errorCode: 'AccessDenied', operation: 'PutObject' },
  },

  {
    name: 'the space after "no" lost in print: "because noresource-based policy allows"',
    family: 'api-sentence',
    text: 'User: arn:aws:iam::111122223333:user/a is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:111122223333:q because noresource-based policy allows the sqs:SendMessage action',
    expect: { policyType: 'resource', denyKind: 'implicit', action: 'sqs:SendMessage' },
  },

  // ── machine-translated into Japanese ───────────────────────────────────────────────────────────────────
  {
    name: 'Japanese: user, resource and action by their markers, implicit in an identity-based policy',
    family: 'japanese',
    text: 'ユーザー: arn:aws:iam::111122223333:user/dev は、リソース: arn:aws:s3:::logs/a.txt に対して s3:GetObject を実行する権限がありません。アイデンティティベースのポリシーで s3:GetObject アクションが許可されていないためです',
    expect: { principal: 'arn:aws:iam::111122223333:user/dev', action: 's3:GetObject', resource: 'arn:aws:s3:::logs/a.txt', policyType: 'identity', denyKind: 'implicit' },
  },
  {
    name: 'Japanese: the action after a colon, the resource in brackets, explicit in an SCP',
    family: 'japanese',
    text: 'ユーザー: arn:aws:sts::111122223333:assumed-role/Dev/ana は次のアクションを実行する権限がありません: ec2:RunInstances (リソース: arn:aws:ec2:us-east-1:111122223333:instance/*)。サービスコントロールポリシーで明示的に拒否されているためです。',
    expect: { principalType: 'assumed-role', action: 'ec2:RunInstances', resource: 'arn:aws:ec2:us-east-1:111122223333:instance/*', policyType: 'scp', denyKind: 'explicit' },
  },
  {
    name: 'Japanese: the resource label without its colon before an ARN, principal with には',
    family: 'japanese',
    text: 'ユーザー: arn:aws:iam::111122223333:user/taro には、リソース arn:aws:s3:::reports に対して s3:GetObject を実行する権限がありません。明示的な拒否がサービスコントロールポリシーにあるためです',
    expect: { principal: 'arn:aws:iam::111122223333:user/taro', action: 's3:GetObject', resource: 'arn:aws:s3:::reports', policyType: 'scp', denyKind: 'explicit' },
  },
  {
    name: 'Japanese: the translated CLI envelope and "Access Denied"',
    family: 'japanese',
    text: 'ListBuckets オペレーションを呼び出すときにエラー (AccessDenied) が発生しました: アクセスが拒否されました',
    expect: { errorCode: 'AccessDenied', operation: 'ListBuckets', principal: null },
  },
  { name: 'Japanese prose about permissions is no denial', family: 'japanese', text: 'このコマンドを実行する権限がありません。管理者に連絡してください。', expect: null },
  // ── messages kept in source comments, and services' own wordings ────────────────────────────────────────
  {
    name: 'a message kept as # comment lines, wrapped between words, placeholders for account and region',
    family: 'comments',
    text: "    # An error occurred (KMS.AccessDeniedException) when calling the Publish operation:\n    # User: arn:aws:sts::<ACCOUNT>:assumed-role/<role> is not authorized\n    # to perform: kms:GenerateDataKey on resource: arn:aws:kms:<REGION>:<ACCOUNT>:key/<key-id>\n    # because no identity-based policy allows the kms:GenerateDataKey action (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 0f9e; Proxy: null)",
    expect: { principal: 'arn:aws:sts::<ACCOUNT>:assumed-role/<role>', principalType: 'assumed-role', accountId: '<ACCOUNT>', action: 'kms:GenerateDataKey', resource: 'arn:aws:kms:<REGION>:<ACCOUNT>:key/<key-id>', policyType: 'identity', denyKind: 'implicit', errorCode: 'KMS.AccessDeniedException', operation: 'Publish' },
  },
  {
    name: 'a message kept as // comment lines: a service principal and a log-stream resource',
    family: 'comments',
    text: '// Service Principal: firehose.amazonaws.com is not authorized to perform:\n// logs:PutLogEvents on resource: arn:aws:logs:eu-west-1:111122223333:log-group:/aws/kinesisfirehose/s:log-stream:DestinationDelivery\n// because no identity-based policy allows the logs:PutLogEvents action',
    expect: { principal: 'firehose.amazonaws.com', principalType: 'service', action: 'logs:PutLogEvents', resource: 'arn:aws:logs:eu-west-1:111122223333:log-group:/aws/kinesisfirehose/s:log-stream:DestinationDelivery', policyType: 'identity', denyKind: 'implicit' },
  },
  {
    name: 'the principal as its IAM resource without the ARN around it: user/NAME',
    family: 'api-sentence',
    text: "AccessDenied: User: user/build-bot is not authorized to perform: iam:ListAccessKeys on resource: user/build-bot",
    expect: { principal: 'user/build-bot', principalType: 'user', accountId: null, action: 'iam:ListAccessKeys', resource: 'user/build-bot' },
  },
  {
    name: 'principal and resource blanked out with underscores',
    family: 'chat',
    text: 'Error: ___ is not authorized to perform: sqs:ReceiveMessage on resource: ____',
    expect: { principal: '___', principalType: 'unknown', action: 'sqs:ReceiveMessage', resource: '____' },
  },
  {
    name: "CloudWatch Logs' own wording: the caller by account, the call by its operation (CloudFormation event)",
    family: 'api-sentence',
    text: 'CREATE_FAILED  AWS::Logs::LogGroup  Resource handler returned message: "User with accountId: 111122223333 is not authorized to perform CreateLogGroup with Tags (Service: CloudWatchLogs, Status Code: 400, Request ID: 5d1c)" (RequestToken: 9a8b, HandlerErrorCode: GeneralServiceException)',
    expect: { category: 'access-denied', principal: null, accountId: '111122223333', action: null, operation: 'CreateLogGroup', errorCode: 'GeneralServiceException' },
  },
  {
    name: "CloudWatch Logs' own wording with a masked account and a log group after \"on resources\"",
    family: 'api-sentence',
    text: 'Failed to start query: User with accountId: <prod account> is not authorized to perform StartQuery on resources /ecs/api-service.',
    expect: { category: 'access-denied', accountId: '<prod account>', operation: 'StartQuery', resource: '/ecs/api-service' },
  },
  // ── role assumption in tools' own words around the STS sentence ─────────────────────────────────────────
  {
    name: "an app's prefix names the role with a colon after it: one finding with the sentence, the colon not in the ARN",
    family: 'sts',
    text: 'ERROR Failed to assume tenant role arn:aws:iam::111122223333:role/TenantReader: An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::111122223333:assumed-role/api-task/4f2c is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/TenantReader',
    expect: { principal: 'arn:aws:sts::111122223333:assumed-role/api-task/4f2c', action: 'sts:AssumeRole', resource: 'arn:aws:iam::111122223333:role/TenantReader', operation: 'AssumeRole', errorCode: 'AccessDenied' },
    count: 1,
  },
  {
    name: "Go's credential chain: the outer call's credentials failure is the AssumeRole denial inside it",
    family: 'sts',
    text: '{"level":"error","msg":"connect: operation error STS: GetCallerIdentity, get identity: get credentials: failed to refresh cached credentials, operation error STS: AssumeRole, https response error StatusCode: 403, RequestID: 0f0e, api error AccessDenied: User: arn:aws:sts::111122223333:assumed-role/etl/i-0abc is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/Reader"}',
    expect: { category: 'access-denied', principal: 'arn:aws:sts::111122223333:assumed-role/etl/i-0abc', resource: 'arn:aws:iam::444455556666:role/Reader', operation: 'AssumeRole', errorCode: 'AccessDenied' },
    count: 1,
  },
  {
    name: "CDK's fallback warning before the denial that stops the deploy: the denial is the finding",
    family: 'sts',
    text: "MyStack: deploying...\ncurrent credentials could not be used to assume 'arn:aws:iam::111122223333:role/cdk-hnb659fds-deploy-role-111122223333-eu-west-1', but are for the right account. Proceeding anyway.\nCould not read SSM parameter /cdk-bootstrap/hnb659fds/version: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:eu-west-1:111122223333:parameter/cdk-bootstrap/hnb659fds/version because no identity-based policy allows the ssm:GetParameter action",
    expect: { principal: 'arn:aws:iam::111122223333:user/ci', action: 'ssm:GetParameter', policyType: 'identity' },
    count: 1,
  },
  // ── queries and filters that look for a code ──────────────────────────────────────────────────────────────
  { name: 'a CloudWatch Logs metric filter pattern for unauthorized calls', family: 'query', text: `aws logs put-metric-filter --log-group-name trail --filter-name Unauthorized --metric-transformations metricName=Unauthorized,metricNamespace=Sec,metricValue=1 --filter-pattern '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }'`, expect: null },
  { name: 'a Logs Insights query filtering on the code', family: 'query', text: 'fields @timestamp, userIdentity.arn, eventName\n| filter errorCode = "AccessDeniedException"\n| stats count(*) by userIdentity.arn', expect: null },
  { name: 'an Athena query over the CloudTrail table', family: 'query', text: "SELECT useridentity.arn, eventname FROM cloudtrail_logs WHERE errorcode = 'AccessDenied' LIMIT 50", expect: null },
  { name: 'a YAML alert rule whose condition matches on the code', family: 'query', text: 'rules:\n  - name: s3-denied\n    condition:\n      errorCode: AccessDenied\n      eventSource: s3.amazonaws.com\n    notify: security', expect: null },
  { name: 'a YAML filter list of codes', family: 'query', text: 'filters:\n  - errorCode: Client.UnauthorizedOperation\n  - errorCode: AccessDenied', expect: null },
  { name: 'a YAML record (not a rule) still gives its denial', family: 'query', text: 'detail:\n  errorCode: AccessDenied\n  eventSource: sqs.amazonaws.com\n  eventName: SendMessage\n  userIdentity:\n    arn: arn:aws:iam::111122223333:user/ci', expect: { category: 'access-denied', errorCode: 'AccessDenied', action: 'sqs:SendMessage' } },
  { name: 'an Athena WHERE over several record fields', family: 'query', text: "SELECT useridentity.arn FROM cloudtrail_logs WHERE errorcode = 'AccessDenied' AND eventsource = 's3.amazonaws.com' AND eventname = 'GetObject'", expect: null },
  { name: 'a Logs Insights filter over several record fields', family: 'query', text: 'fields @timestamp\n| filter errorCode = "AccessDenied" and eventSource = "kms.amazonaws.com" and eventName = "Decrypt"', expect: null },
  { name: 'a labelled code in a log line is still read', family: 'query', text: 'upload failed: status=403 ErrorCode="AccessDenied" message="Access Denied"', expect: { category: 'access-denied', errorCode: 'AccessDenied' } },
  // ── round 15's families ──────────────────────────────────────────────────────────────────────────────
  { name: 'JS SDK v2 provider chain on one log line: the AccessDenied nested in originalError is the finding', family: 'round-16', text: '{"level":50,"time":"2026-11-30T08:00:01.000Z","msg":"poll failed","err":{"message":"Missing credentials in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1","code":"CredentialsError","statusCode":403,"retryable":false,"originalError":{"message":"Could not load credentials from TokenFileWebIdentityCredentials","code":"CredentialsError","statusCode":403,"retryable":false,"originalError":{"message":"Not authorized to perform sts:AssumeRoleWithWebIdentity","code":"AccessDenied","statusCode":403,"retryable":false}}}}', expect: { category: 'access-denied', action: 'sts:AssumeRoleWithWebIdentity', errorCode: 'AccessDenied', policyType: 'trust' } },
  { name: "JS SDK v2's 'Missing credentials in config' alone is still a credentials failure", family: 'round-16', text: 'CredentialsError: Missing credentials in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1', expect: { category: 'credentials' } },
  { name: "Ruby SDK request log: the method as the operation, the code from the error class", family: 'round-16', text: '[Aws::S3::Client 403 0.081234 0 retries] get_object(bucket:"reports-111122223333",key:"2026/q4.csv") Aws::S3::Errors::AccessDenied Access Denied', expect: { category: 'access-denied', operation: 'get_object', errorCode: 'AccessDenied', action: null } },
  { name: 'words in prose before the printed error are that error, not a finding of their own', family: 'round-16', text: 'Our deploy job keeps failing with an `Access Denied` error whenever the Pulumi program tries to set the policy on the assets bucket, even though the role has s3:* on it:\n```\nputting S3 Bucket (assets-prod-111122223333) Policy: operation error S3: PutBucketPolicy, https response error StatusCode: 403, RequestID: 0A1B2C3D4E5F6071, HostID: Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFy, api error AccessDenied: Access Denied\n```', expect: { operation: 'PutBucketPolicy', errorCode: 'AccessDenied' } },
  { name: "SOPS's failure box: its `| ` gutter splits 'operation' from 'error KMS: Decrypt'", family: 'round-17', text: 'Group 0: FAILED\n  arn:aws:kms:eu-west-1:111122223333:key/abcd: FAILED\n    - | failed to decrypt sops data key with AWS KMS: operation\n      | error KMS: Decrypt, https response error StatusCode: 400,\n      | RequestID: 0a1b2c3d, api error\n      | AccessDeniedException: The ciphertext refers to a customer\n      | master key that does not exist, does not exist in this\n      | region, or you are not allowed to access.', expect: { operation: 'Decrypt', errorCode: 'AccessDeniedException' } },
  { name: "a markdown table row keeps its columns: only a lone leading `| ` is a gutter", family: 'round-17', text: '| field | value |\n|---|---|\n| errorCode | AccessDenied |\n| eventSource | s3.amazonaws.com |\n| eventName | GetObject |', expect: { errorCode: 'AccessDenied', action: 's3:GetObject' } },
  { name: "PHP SDK log cut after Guzzle's status line: the 403 is the code", family: 'round-17', text: '[2026-06-12 18:01:41] production.ERROR: Error executing "SendMessage" on "https://sqs.eu-west-1.amazonaws.com"; AWS HTTP error: Client error: `POST https://sqs.eu-west-1.amazonaws.com` resulted in a `403 Forbidden` response', expect: { category: 'access-denied', errorCode: '403', operation: 'SendMessage' } },
  { name: "a shell comment's 'with an explicit Deny' does not hide the layer the message names", family: 'round-18', text: '$ aws sts assume-role --role-arn arn:aws:iam::111122223333:role/narrow --role-session-name t --policy file://deny.json   # session policy with an explicit Deny\n$ aws s3api list-buckets\nAn error occurred (AccessDenied) when calling the ListBuckets operation: User: arn:aws:sts::111122223333:assumed-role/narrow/t is not authorized to perform: s3:ListAllMyBuckets\nwith an explicit deny in a session policy', expect: { policyType: 'session', denyKind: 'explicit', action: 's3:ListAllMyBuckets' } },
  { name: "CloudWatch Logs names the permission a tagged CreateLogGroup lacks", family: 'round-18', text: 'Resource handler returned message: "User with accountId: 111122223333 is not authorized to perform CreateLogGroup with Tags. An additional permission "logs:TagResource" is required. (Service: CloudWatchLogs, Status Code: 400, Request ID: 5f80)"', expect: { accountId: '111122223333', action: 'logs:TagResource', operation: 'CreateLogGroup' } },
  { name: "two Terraform errors: the bare S3 one first, the KMS one (its service's namespace on the code) second", family: 'round-18', text: 'Error: error putting S3 bucket encryption: AccessDenied: Access Denied\n\tstatus code: 403\n\nError: error creating CloudTrail: KMS.AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/ops/run is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:us-west-2:111122223333:key/abcd', expect: { errorCode: 'AccessDenied', action: null, principal: null }, count: 2 },
  { name: 'AssumeRole on an elided resource (".../name") is still decided by a role\'s trust policy', family: 'round-18', text: 'Aws::STS::Errors::AccessDenied (User: .../web-preview is not authorized to perform: sts:AssumeRole on resource: .../upload-dev)', expect: { action: 'sts:AssumeRole', resource: '.../upload-dev', policyType: 'trust' } },
  { name: "another site's 403 through an HTTP client is not AWS's", family: 'round-18', text: 'Error: Client error: GET https://www.youtube.com/watch?v=x resulted in a `403 Forbidden` response: Access denied', expect: null },
  { name: 'a Sigma rule over CloudTrail fields (modifiers on its keys) looks for denials, it reports none', family: 'round-18', text: 'detection:\n  selection:\n    eventSource: secretsmanager.amazonaws.com\n    errorCode|startswith: AccessDenied\n  selection_unauth:\n    errorCode: UnauthorizedOperation\n  condition: selection or selection_unauth', expect: null },
  { name: "an SDK's dump of the response: the x-amzn-ErrorType header names the code", family: 'round-19', text: 'Error invoking the model: AccessDeniedException(properties: AWSBedrockRuntime.AccessDeniedException.Properties(message: Optional("You don\'t have access to the model with the specified model ID.")), httpResponse: Status Code: http_status_403 x-amzn-ErrorType: AccessDeniedException:http://internal.amazon.com/coral/com.amazon.bedrock/, Content-Type: application/json)', expect: { category: 'access-denied', errorCode: 'AccessDeniedException' } },
  { name: 'an XML error whose tags a tool stripped: Type, Code and Message fused ("SenderAccessDeniedUser:")', family: 'round-19', text: '[Mon Jan 05 10:00:00 UTC 2026] Response error:\nSenderAccessDeniedUser: arn:aws:iam::111122223333:user/dns is not authorized to perform: route53:ChangeResourceRecordSets on resource: arn:aws:route53:::hostedzone/Z0123456789ABC because no identity-based policy allows the route53:ChangeResourceRecordSets action0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9', expect: { errorCode: 'AccessDenied', principal: 'arn:aws:iam::111122223333:user/dns', action: 'route53:ChangeResourceRecordSets', policyType: 'identity' } },
  { name: "an HTTP status before the XML body it introduces is that error's status line, no finding of its own", family: 'round-19', text: '{"ok": false, "message": "Route53 API returned 403 Forbidden: <?xml version=\\"1.0\\"?>\\n<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:iam::111122223333:user/dns is not authorized to perform: route53:DeleteHostedZone"}', expect: { errorCode: 'AccessDenied', principal: 'arn:aws:iam::111122223333:user/dns', action: 'route53:DeleteHostedZone' } },
  { name: 'an empty "on resource:" quoted inline in Japanese prose names no resource', family: 'round-19', text: '権限が足りず、 `is not authorized to perform: organizations:DescribeAccount on resource:` のようなエラーになる', expect: { action: 'organizations:DescribeAccount', resource: null } },
  { name: 'a retold botocore line ("… when calling GetSecretValue" without "the … operation") still names the call', family: 'round-19', text: 'botocore.exceptions.ClientError: AccessDeniedException when calling GetSecretValue\nUser: arn:aws:sts::111122223333:assumed-role/airflow/run\nis not authorized to perform: secretsmanager:GetSecretValue', expect: { operation: 'GetSecretValue', errorCode: 'AccessDeniedException', action: 'secretsmanager:GetSecretValue' } },
  { name: "a SIEM rule's pattern (Wazuh <match>) over a record's errorCode looks for denials", family: 'query', text: '<rule id="80303" level="5">\n  <if_sid>80301</if_sid>\n  <match>"errorCode":"Client.UnauthorizedOperation"</match>\n  <description>Amazon-ec2: Run instance unauthorized</description>\n</rule>', expect: null },
  { name: "a TUI box's right border and a code cut at its edge ('AccessDeniedE │' ⏎ '│ xception')", family: 'round-20', text: '│ AccessDeniedE │\n│ xception: User: arn:aws:sts::111122223333:assumed-role/crossplane/s1 is not authorized to  │\n│ perform: kms:CreateKey on resource: * because no identity-based policy allows the kms:CreateKey action   │', expect: { errorCode: 'AccessDeniedException', principal: 'arn:aws:sts::111122223333:assumed-role/crossplane/s1', action: 'kms:CreateKey', resource: '*', policyType: 'identity' } },
  { name: 'API Gateway names no action: "User: anonymous is not authorized to access this resource"', family: 'round-20', text: '{"Message":"User: anonymous is not authorized to access this resource"}', expect: { category: 'access-denied', principal: 'anonymous', action: null } },
  { name: "a PHP log's status line below the code its body gives, even fused by a tool that stripped the tags", family: 'round-20', text: 'Error executing "ChangeResourceRecordSets" on "https://route53.amazonaws.com/2013-04-01/hostedzone/Z0123/rrset/"; AWS HTTP error: Client error: `POST https://route53.amazonaws.com/2013-04-01/hostedzone/Z0123/rrset/` resulted in a `403 Forbidden` response: Sender SenderAccessDeniedUser: arn:aws:iam::111122223333:user/ is not authorized to access this resource0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9', expect: { errorCode: 'AccessDenied', operation: 'ChangeResourceRecordSets', principal: 'arn:aws:iam::111122223333:user/', principalType: 'user' } },
  { name: "a pod's service account refused by the cluster's RBAC is no IAM decision", family: 'not-aws', text: 'failed to list *v1beta1.Bucket: buckets.s3.aws.upbound.io is forbidden: User "system:serviceaccount:crossplane-system:provider-aws-s3" cannot list resource "buckets" in API group "s3.aws.upbound.io" at the cluster scope', expect: null },
  { name: "a status word before the CLI's own sentence is that sentence's status, no finding of its own", family: 'round-21', text: '2021-07-06 15:53:18,543 ERROR: unexpected error - Forbidden: An error occurred (403) when calling the HeadObject operation: Forbidden', expect: { errorCode: '403', operation: 'HeadObject' } },
  { name: "spaces a console's re-flow put inside an ARN's names are no part of them; a mask keeps its own", family: 'round-21', text: 'Received response status [FAILED] from custom resource. Message returned: User: arn:aws:sts::111122223333:assumed-role/app-service -dev-EnvControllerRole-AbC/app-service-dev -EnvControllerFunction-XyZ is not authorized to perform: iam:PassRole on resource: arn:aws:iam::111122223333:role/app-service-dev-CFNExecutionRole because no identity-based policy allows the iam:PassRole action', expect: { principal: 'arn:aws:sts::111122223333:assumed-role/app-service-dev-EnvControllerRole-AbC/app-service-dev-EnvControllerFunction-XyZ', principalType: 'assumed-role', action: 'iam:PassRole' } },
  { name: "the C++ SDK (pyarrow's S3 filesystem) names its error enum and the call", family: 'round-22', text: "OSError: When getting information for key 'data/part-0.parquet' in bucket 'lake-raw': AWS Error ACCESS_DENIED during HeadObject operation: No response body.", expect: { category: 'access-denied', errorCode: 'ACCESS_DENIED', operation: 'HeadObject' } },
  { name: "fluent-bit's C plugin: '<Call> API responded with error=<code>'", family: 'round-22', text: "[2026/05/12 19:36:11] [error] [output:cloudwatch_logs:cloudwatch_logs.0] CreateLogGroup API responded with error='AccessDeniedException'\n[2026/05/12 19:36:11] [error] [output:cloudwatch_logs:cloudwatch_logs.0] Failed to create log group", expect: { category: 'access-denied', errorCode: 'AccessDeniedException', operation: 'CreateLogGroup' } },
  { name: "the C++ SDK's enum of an expired token is a credentials failure; another enum is no finding", family: 'round-22', text: 'AWS Error EXPIRED_TOKEN during ListObjectsV2 operation: The provided token has expired.', expect: { category: 'credentials', errorCode: 'EXPIRED_TOKEN', operation: 'ListObjectsV2' } },
  { name: '.NET SDK: the message glued to the inner exception text', family: 'round-15', text: "Upload failed: Access Denied Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown.", expect: { category: 'access-denied' } },
  { name: "OpenSearch Python client: the HTTP status as the code", family: 'round-15', text: `opensearchpy.exceptions.AuthorizationException: AuthorizationException(403, '{"Message":"User: arn:aws:sts::111122223333:assumed-role/etl/run is not authorized to perform: es:ESHttpPost because no identity-based policy allows the es:ESHttpPost action"}')`, expect: { errorCode: '403', action: 'es:ESHttpPost', policyType: 'identity' } },
  { name: "a pipeline step's '<Op> failed' is not the denied call's operation", family: 'round-15', text: 'CodePipeline ExecuteChangeSet failed with this error:\nAPI: iam:CreateRole User: arn:aws:sts::111122223333:assumed-role/cfn/AWSCloudFormation is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::111122223333:role/app', expect: { action: 'iam:CreateRole', operation: null } },
  { name: "a dump's literal \\n markers at line ends are one break", family: 'round-15', text: 'Error executing "PutObject" on "https://b.s3.amazonaws.com/k"; AWS HTTP error: Client error: `PUT https://b.s3.amazonaws.com/k` resulted in a `403 Forbidden` response:\\n\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>\\n\n AccessDenied (client): Access Denied', expect: { operation: 'PutObject', errorCode: 'AccessDenied' } },
  { name: 'an ARN the writer left without its account', family: 'round-15', text: 'User: arn:aws:iam::user/dev is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::role/app', expect: { principal: 'arn:aws:iam::user/dev', principalType: 'user', accountId: null } },
  // ── the same code names from elsewhere: no AWS finding ─────────────────────────────────────────────────
  { name: "Java's own file-system AccessDeniedException", family: 'not-aws', text: 'Exception in thread "main" java.nio.file.AccessDeniedException: /var/lib/app/cache.db\n\tat sun.nio.fs.UnixException.translateToIOException(UnixException.java:90)', expect: null },
  { name: "a web framework's AccessDeniedException", family: 'not-aws', text: 'org.springframework.security.access.AccessDeniedException: Access is denied\n\tat org.springframework.security.access.vote.AffirmativeBased.decide(AffirmativeBased.java:84)', expect: null },
  { name: "another cloud's tool printing AccessDeniedException", family: 'not-aws', text: 'AccessDeniedException: 403 ci-bot@example.iam.gserviceaccount.com does not have storage.objects.get access to the Google Cloud Storage object.', expect: null },
  {
    name: "Google Cloud Storage's S3-shaped XML error names its own permission: no AWS finding",
    family: 'not-aws',
    text: '<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n  <Code>AccessDenied</Code>\n  <Message>Access denied.</Message>\n  <Details>ci-bot@example.iam.gserviceaccount.com does not have storage.objects.create access to the Google Cloud Storage object.</Details>\n</Error>',
    expect: null,
  },
  {
    name: "S3's own XML error keeps its finding",
    family: 'not-aws',
    text: '<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n  <Code>AccessDenied</Code>\n  <Message>Access Denied</Message>\n  <RequestId>4442587FB7D0A2F9</RequestId>\n</Error>',
    expect: { category: 'access-denied', errorCode: 'AccessDenied' },
  },
  {
    name: "an AWS SDK's own exception class keeps its finding",
    family: 'not-aws',
    text: 'software.amazon.awssdk.services.kms.model.KmsException: User: arn:aws:iam::111122223333:user/app is not authorized to perform: kms:Decrypt (Service: Kms, Status Code: 400, Request ID: 77aa)',
    expect: { principal: 'arn:aws:iam::111122223333:user/app', action: 'kms:Decrypt' },
  },
  // ── Athena's own words for a refused S3 location ───────────────────────────────────────────────────────
  {
    name: 'Athena reading a table: "Permission denied on S3 path", the location as its S3 ARN',
    family: 'athena',
    text: 'Your query has the following error(s):\n\nPermission denied on S3 path: s3://lake-raw/clicks/dt=2026-11-30/part-0001.parquet\n\nThis query ran against the "web" database, unless qualified by the query.',
    expect: { category: 'access-denied', resource: 'arn:aws:s3:::lake-raw/clicks/dt=2026-11-30/part-0001.parquet', action: null, principal: null },
  },
  {
    name: 'Athena writing results, glued to "errors:" and followed by a sentence dot: no action read from the label',
    family: 'athena',
    text: 'Your query has the following errors:Access denied when writing output to url: s3://query-results-111122223333/Unsaved/2026/12/01/q.csv . Please ensure you are allowed to access the S3 bucket.',
    expect: { category: 'access-denied', resource: 'arn:aws:s3:::query-results-111122223333/Unsaved/2026/12/01/q.csv', action: null },
  },
  {
    name: 'Athena through JDBC with placeholders in the location',
    family: 'athena',
    text: '[Simba]AthenaJDBC An error has been thrown from the AWS Athena client. Permission denied on S3 path: s3://<bucket>/<prefix>/',
    expect: { category: 'access-denied', resource: 'arn:aws:s3:::<bucket>/<prefix>/' },
  },
];
