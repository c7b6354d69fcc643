// Examples of the structured shapes and the families of issues 12/13, written for these tests from the documented
// syntax (CloudTrail record contents, `aws cloudtrail lookup-events`, CloudWatch Logs subscription payloads,
// `aws sts decode-authorization-message`, IAM Toolbox GetRequestAuthorizationDetails, the IAM User Guide's
// authorization-ID message). Accounts are documentation examples. Imported by examples.ts, so the family tests and
// the fuzzer's seeds include them.
import type { Example } from './examples';

const RECORD = (extra: string) =>
  `{"eventVersion":"1.09","userIdentity":{"type":"AssumedRole","principalId":"AROAEXAMPLE:ana","arn":"arn:aws:sts::111122223333:assumed-role/Dev/ana","accountId":"111122223333"},"eventTime":"2026-03-02T10:00:00Z",${extra}}`;
const S3_GET = RECORD(
  '"eventSource":"s3.amazonaws.com","eventName":"GetObject","awsRegion":"us-east-1","errorCode":"AccessDenied","errorMessage":"Access Denied","requestParameters":{"bucketName":"reports","key":"2026/q1.csv","Host":"reports.s3.amazonaws.com"},"resources":[{"type":"AWS::S3::Object","ARN":"arn:aws:s3:::reports/2026/q1.csv"},{"accountId":"111122223333","type":"AWS::S3::Bucket","ARN":"arn:aws:s3:::reports"}]',
);
const S3_LIST = RECORD(
  '"eventSource":"s3.amazonaws.com","eventName":"ListObjects","errorCode":"AccessDenied","errorMessage":"Access Denied","requestParameters":{"bucketName":"reports","prefix":"2026/"}',
);
const KMS_SENTENCE = RECORD(
  '"eventSource":"kms.amazonaws.com","eventName":"Decrypt","errorCode":"AccessDenied","errorMessage":"User: arn:aws:sts::111122223333:assumed-role/Dev/ana is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab because no resource-based policy allows the kms:Decrypt action"',
);
const escaped = (json: string) => JSON.stringify(json).slice(1, -1);

export const STRUCTURED_EXAMPLES: Example[] = [
  // ── CloudTrail records ──────────────────────────────────────────────────────────────────────────────────
  {
    name: "a GuardDuty finding about a refused API call: the call, its code and the access key's user",
    family: 'cloudtrail-event',
    text: '{"schemaVersion":"2.0","accountId":"111122223333","region":"eu-west-1","type":"Recon:IAMUser/MaliciousIPCaller","resource":{"resourceType":"AccessKey","accessKeyDetails":{"accessKeyId":"AKIAEXAMPLE","principalId":"AIDAEXAMPLE","userType":"IAMUser","userName":"ci-bot"}},"service":{"serviceName":"guardduty","action":{"actionType":"AWS_API_CALL","awsApiCallAction":{"api":"ListBuckets","serviceName":"s3.amazonaws.com","callerType":"Remote IP","errorCode":"AccessDenied"}}}}',
    expect: { principal: 'ci-bot', principalType: 'unknown', accountId: '111122223333', action: 's3:ListAllMyBuckets', operation: 'ListBuckets', errorCode: 'AccessDenied' },
  },
  {
    name: "Security Hub's InvalidAccessException in a record is a refusal",
    family: 'cloudtrail-event',
    text: RECORD('"eventSource":"securityhub.amazonaws.com","eventName":"DescribeHub","errorCode":"InvalidAccessException","requestParameters":null'),
    expect: { category: 'access-denied', action: 'securityhub:DescribeHub', errorCode: 'InvalidAccessException' },
  },
  {
    name: 'a record inside a Go call in test code (aws.String(`{…}`)): the record is read on its own',
    family: 'cloudtrail',
    text: '\t\t{\n\t\t\tEventName: aws.String("DeleteObject"),\n\t\t\tCloudTrailEvent: aws.String(`{"eventVersion":"1.09","userIdentity":{"type":"IAMUser","arn":"arn:aws:iam::111122223333:user/ana","accountId":"111122223333"},"eventSource":"s3.amazonaws.com","eventName":"DeleteObject","errorCode":"AccessDenied","errorMessage":"User: arn:aws:iam::111122223333:user/ana is not authorized to perform: s3:DeleteObject","requestParameters":{"bucketName":"reports","key":"q1.csv"}}`),\n\t\t},',
    expect: { principal: 'arn:aws:iam::111122223333:user/ana', action: 's3:DeleteObject', resource: 'arn:aws:s3:::reports/q1.csv', operation: 'DeleteObject', errorCode: 'AccessDenied' },
  },
  {
    name: 'one S3 data event: action through the operation table, resource from the record',
    family: 'cloudtrail-event',
    text: S3_GET,
    expect: {
      principal: 'arn:aws:sts::111122223333:assumed-role/Dev/ana',
      principalType: 'assumed-role',
      accountId: '111122223333',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::reports/2026/q1.csv',
      operation: 'GetObject',
      errorCode: 'AccessDenied',
      policyType: 'unknown',
      denyKind: 'unknown',
    },
  },
  {
    name: 'a record naming only the kind of caller ({"type": "AssumedRole"}): the kind without a name, no identity borrowed from the record before',
    family: 'cloudtrail-event',
    text: '{"Records": [{"eventSource": "iam.amazonaws.com", "eventName": "CreateUser", "userIdentity": {"type": "IAMUser", "arn": "arn:aws:iam::111122223333:user/admin", "accountId": "111122223333"}}, {"eventSource": "ec2.amazonaws.com", "eventName": "CreateSecurityGroup", "userIdentity": {"type": "AssumedRole"}, "errorCode": "Client.UnauthorizedOperation", "errorMessage": "You are not authorized to perform this operation."}]}',
    expect: { principal: null, principalType: 'assumed-role', accountId: null, action: 'ec2:CreateSecurityGroup', errorCode: 'Client.UnauthorizedOperation' },
  },
  {
    name: "an example record whose ARN abbreviates the account (arn:aws:sts::123:…): userIdentity.accountId says it in full",
    family: 'cloudtrail-event',
    text: '{"userIdentity": {"type": "AssumedRole", "arn": "arn:aws:sts::123:assumed-role/Ops/jo", "accountId": "111122223333"}, "eventSource": "s3.amazonaws.com", "eventName": "DeleteBucket", "requestParameters": {"bucketName": "audit-logs"}, "errorCode": "AccessDenied", "errorMessage": "Access Denied"}',
    expect: { principal: 'arn:aws:sts::123:assumed-role/Ops/jo', accountId: '111122223333', resource: 'arn:aws:s3:::audit-logs' },
  },
  {
    name: "the errorMessage's caller keeps its own account when the record's userIdentity names another (an anonymised trail)",
    family: 'cloudtrail-event',
    text: '{"userIdentity": {"type": "AssumedRole", "arn": "arn:aws:sts::444455556666:assumed-role/Ops/jo", "accountId": "444455556666"}, "eventSource": "ec2.amazonaws.com", "eventName": "StopInstances", "errorCode": "Client.UnauthorizedOperation", "errorMessage": "You are not authorized to perform this operation. User: arn:aws:sts::111122223333:assumed-role/Ops/jo is not authorized to perform: ec2:StopInstances on resource: arn:aws:ec2:us-east-1:111122223333:instance/i-0abc"}',
    expect: { principal: 'arn:aws:sts::111122223333:assumed-role/Ops/jo', accountId: '111122223333' },
  },
  {
    name: 'AttachRolePolicy: the policy it attaches is a condition value, not the resource',
    family: 'cloudtrail-event',
    text: '{"userIdentity": {"type": "AssumedRole", "arn": "arn:aws:sts::111122223333:assumed-role/app/i-0abc"}, "eventSource": "iam.amazonaws.com", "eventName": "AttachRolePolicy", "requestParameters": {"roleName": "app", "policyArn": "arn:aws:iam::aws:policy/AdministratorAccess"}, "errorCode": "AccessDenied", "errorMessage": "Access denied by an isolation guardrail"}',
    expect: { action: 'iam:AttachRolePolicy', resource: null, policyType: 'unknown', denyKind: 'unknown' },
  },
  {
    name: 'GetPolicy acts on the policy its policyArn names',
    family: 'cloudtrail-event',
    text: '{"userIdentity": {"type": "IAMUser", "arn": "arn:aws:iam::111122223333:user/ana"}, "eventSource": "iam.amazonaws.com", "eventName": "GetPolicy", "requestParameters": {"policyArn": "arn:aws:iam::111122223333:policy/Reports"}, "errorCode": "AccessDenied", "errorMessage": "Access Denied"}',
    expect: { action: 'iam:GetPolicy', resource: 'arn:aws:iam::111122223333:policy/Reports' },
  },
  {
    name: 'a record in a format string doubles its braces ({{"type": …}}): read as the record it is',
    family: 'cloudtrail-event',
    text: '    ("{{\\"eventVersion\\":\\"1.08\\",\\"userIdentity\\":{{\\"type\\":\\"IAMUser\\",\\"userName\\":\\"ci-bot\\"}},\\"eventTime\\":\\"2026-01-02T{time}Z\\",\\"eventSource\\":\\"iam.amazonaws.com\\",\\"eventName\\":\\"ListAccessKeys\\",\\"errorCode\\":\\"AccessDenied\\"}}", "cloudtrail"),',
    expect: { principal: 'ci-bot', principalType: 'user', action: 'iam:ListAccessKeys', errorCode: 'AccessDenied' },
  },
  {
    name: "an unsigned request: CloudTrail's ANONYMOUS_PRINCIPAL marker is the caller, not an account",
    family: 'cloudtrail-event',
    text: '{"eventSource": "s3.amazonaws.com", "eventName": "GetObject", "userIdentity": {"type": "AWSAccount", "principalId": "", "accountId": "ANONYMOUS_PRINCIPAL"}, "requestParameters": {"bucketName": "public-site", "key": "index.html"}, "errorCode": "AccessDenied", "errorMessage": "Access Denied"}',
    expect: { principal: 'ANONYMOUS_PRINCIPAL', principalType: 'unknown', accountId: null, action: 's3:GetObject', resource: 'arn:aws:s3:::public-site/index.html' },
  },
  {
    name: 'a record built by code: a variable after a quoted key (`"bucketName": bucket`) is no value of the text',
    family: 'cloudtrail-event',
    text: 'def denied(bucket, role):\n    return {\n        "eventSource": "s3.amazonaws.com",\n        "eventName": "PutObject",\n        "userIdentity": {"type": "AssumedRole", "arn": "arn:aws:sts::111122223333:assumed-role/app/run", "sessionContext": {"sessionIssuer": {"arn": role}}},\n        "requestParameters": {"bucketName": bucket, "key": "k"},\n        "errorCode": "AccessDenied",\n        "errorMessage": "Access Denied",\n    }',
    expect: { principal: 'arn:aws:sts::111122223333:assumed-role/app/run', action: 's3:PutObject', resource: null },
  },
  {
    name: 'a detection test event without its eventSource: the call only CloudTrail has names the service',
    family: 'cloudtrail-event',
    text: '{"eventName": "StopLogging", "errorCode": "AccessDenied", "errorMessage": "User is not authorized", "userIdentity": {"type": "Root"}}',
    expect: { principal: null, principalType: 'root', action: 'cloudtrail:StopLogging', operation: 'StopLogging' },
  },
  {
    name: 'a Logs Insights row: projected fields first, the record under @message (cut short); the bucket and key as projected',
    family: 'cloudtrail-event',
    text: '[\n  {\n    "@timestamp": "2026-04-26 16:29:16.205",\n    "errorCode": "AccessDenied",\n    "eventSource": "s3.amazonaws.com",\n    "eventName": "GetObject",\n    "userName": "ci",\n    "requestKey": "builds/42/app.zip",\n    "requestBucket": "artifacts-111122223333",\n    "@message": {\n      "eventVersion": "1.09",\n      "userIdentity": {\n        "type": "AssumedRole",\n        "arn": "arn:aws:sts::111122223333:assumed-role/ci/i-0abc",\n        "accountId": "111122223333",\n        "sessionContext": {\n          "attributes": {',
    expect: { principal: 'arn:aws:sts::111122223333:assumed-role/ci/i-0abc', principalType: 'assumed-role', action: 's3:GetObject', resource: 'arn:aws:s3:::artifacts-111122223333/builds/42/app.zip' },
  },
  {
    name: "a row an editor auto-linked (eventSource and the session's address as markdown links)",
    family: 'cloudtrail-event',
    text: '{"errorCode": "AccessDenied", "eventSource": "[kms.amazonaws.com](http://kms.amazonaws.com/)", "eventName": "ListKeys", "@message": {"userIdentity": {"type": "AssumedRole", "arn": "arn:aws:sts::111122223333:assumed-role/dev/[ana@example.com](mailto:ana@example.com)"}}}',
    expect: { principal: 'arn:aws:sts::111122223333:assumed-role/dev/ana@example.com', action: 'kms:ListKeys' },
  },
  {
    name: "a JS test's lookup-events answer (unquoted keys, `new Date()`, comments): the failed event is read whole",
    family: 'cloudtrail-event',
    text: "lookupEvents: vi.fn().mockResolvedValue({\n  Events: [\n    {\n      EventName: 'ConsoleLogin',\n      EventTime: new Date(),\n      SourceIPAddress: '203.0.113.1', // office\n      UserIdentity: { type: 'IAMUser', principalId: 'AIDAEXAMPLE' },\n    },\n    {\n      EventName: 'StopLogging',\n      EventTime: new Date('2026-01-02T03:04:05Z'),\n      UserIdentity: { type: 'Root' },\n      ErrorCode: 'AccessDenied'\n    }\n  ]\n})",
    expect: { principal: null, principalType: 'root', action: 'cloudtrail:StopLogging', operation: 'StopLogging', errorCode: 'AccessDenied' },
  },
  {
    name: "a result table: the row's eventName column names the call its errorMessage cell was refused",
    family: 'cloudtrail-event',
    text: 'event_time | errorMessage | user_arn | eventName | awsRegion |\n---|---|---|---|---|\n2026-06-07 11:04:25 | User: arn:aws:iam::111122223333:user/audit is not authorized to perform: cloudtrail:StopLogging on resource: arn:aws:cloudtrail:us-east-1:444455556666:trail/org | arn:aws:iam::111122223333:user/audit | StopLogging | us-east-1 |',
    expect: { principal: 'arn:aws:iam::111122223333:user/audit', resource: 'arn:aws:cloudtrail:us-east-1:444455556666:trail/org', operation: 'StopLogging' },
  },
  {
    name: 'cloudtrail-to-slack retells a record: "<caller> called <call> but failed due to <code>"',
    family: 'trail-alerts',
    text: 'arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Admin_0a1b2c3d/ana called ListAccounts but failed due to AccessDenied\nError message: CallerValidation check failed',
    expect: { principal: 'arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Admin_0a1b2c3d/ana', principalType: 'assumed-role', operation: 'ListAccounts', errorCode: 'AccessDenied', action: null },
  },
  {
    name: "a security alert's rendering with the event source on the next line; <N/A> is no caller",
    family: 'trail-alerts',
    text: 'Access denied on event CreateNetworkInterface occured in account 111122223333 by <N/A>\nEvent source: ec2.amazonaws.com\nSource agent: 192.0.2.4',
    expect: { principal: null, operation: 'CreateNetworkInterface', action: 'ec2:CreateNetworkInterface' },
  },
  {
    name: "a gist's rendering (empty cells at every line end) of a record whose author elided members with [...]",
    family: 'cloudtrail-event',
    text: '{ | |\n"eventVersion": "1.08", | |\n"userIdentity": { | |\n"type": "IAMUser", | |\n[...] | |\n}, | |\n"eventSource": "s3.amazonaws.com", | |\n"eventName": "PutObject", | |\n"errorCode": "AccessDenied", | |\n"errorMessage": "Access Denied", | |\n"resources": [ | |\n{ | |\n"type": "AWS::S3::Object", | |\n"ARN": "arn:aws:s3:::uploads/in/a.csv" | |\n}, | |',
    expect: { principal: null, principalType: 'user', action: 's3:PutObject', resource: 'arn:aws:s3:::uploads/in/a.csv' },
  },
  {
    name: "a paste site's numbered lines (\"  1. {\") around a record",
    family: 'cloudtrail-event',
    text: '  1. {\n  2.   "userIdentity": {\n  3.     "type": "IAMUser",\n  4.     "arn": "arn:aws:iam::111122223333:user/temp"\n  5.   },\n  6.   "eventSource": "s3.amazonaws.com",\n  7.   "eventName": "ListObjects",\n  8.   "errorCode": "AccessDenied",\n  9.   "requestParameters": {\n 10.     "bucketName": "backups"\n 11.   },',
    expect: { principal: 'arn:aws:iam::111122223333:user/temp', action: 's3:ListBucket', resource: 'arn:aws:s3:::backups' },
  },
  {
    name: 'a role passed to another service (AddRoleToDBInstance roleArn) is not the resource; older trails write the unsigned caller `anonymous`',
    family: 'cloudtrail-event',
    text: '[{"userIdentity": {"type": "IAMUser", "arn": "arn:aws:iam::111122223333:user/ops"}, "eventSource": "rds.amazonaws.com", "eventName": "AddRoleToDBInstance", "requestParameters": {"dBInstanceIdentifier": "prod", "roleArn": "arn:aws:iam::111122223333:role/Admin"}, "errorCode": "AccessDenied"}, {"userIdentity": {"type": "AWSAccount", "principalId": "", "accountId": "anonymous"}, "eventSource": "s3.amazonaws.com", "eventName": "GetObject", "errorCode": "AccessDenied"}]',
    expect: { action: 'rds:AddRoleToDBInstance', resource: null },
    count: 2,
  },
  {
    name: "a Go test's lookup-events Event whose CloudTrailEvent call wraps only the code: the row names the rest",
    family: 'cloudtrail-event',
    text: '\ttrail := &fakeCloudTrail{events: []cttypes.Event{{\n\t\tEventId: aws.String("evt-1"), EventName: aws.String("DeleteObject"),\n\t\tEventSource: aws.String("s3.amazonaws.com"), Username: aws.String("ci-deployer"),\n\t\tCloudTrailEvent: aws.String(`{"errorCode":"AccessDenied"}`),\n\t}}}',
    expect: { principal: 'ci-deployer', principalType: 'unknown', action: 's3:DeleteObject', operation: 'DeleteObject', errorCode: 'AccessDenied' },
  },
  {
    name: 'a network activity event names the object the endpoint policy refused; a web identity caller by its user name',
    family: 'cloudtrail-event',
    text: '[{"eventSource": "s3.amazonaws.com", "eventName": "PutObject", "errorCode": "VpceAccessDenied", "errorMessage": "The VPC endpoint policy denies the s3:PutObject action on arn:aws:s3:::lake/landing/a.parquet", "userIdentity": {"type": "AssumedRole", "arn": "arn:aws:sts::111122223333:assumed-role/etl/run"}, "resources": [{"ARN": "arn:aws:s3:::lake"}]}, {"eventSource": "sts.amazonaws.com", "eventName": "AssumeRoleWithWebIdentity", "errorCode": "AccessDenied", "userIdentity": {"type": "WebIdentityUser", "identityProvider": "arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC", "userName": "system:serviceaccount:argo:runner"}}]',
    expect: { resource: 'arn:aws:s3:::lake/landing/a.parquet', policyType: 'vpce', action: 's3:PutObject' },
    count: 2,
  },
  {
    name: 'ListObjects is s3:ListBucket; the bucket the request names is the resource',
    family: 'cloudtrail-event',
    text: S3_LIST,
    expect: { action: 's3:ListBucket', operation: 'ListObjects', resource: 'arn:aws:s3:::reports' },
  },
  {
    name: "the errorMessage's own words win over the record's guesses",
    family: 'cloudtrail-event',
    text: KMS_SENTENCE,
    expect: { action: 'kms:Decrypt', resource: 'arn:aws:kms:us-east-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab', policyType: 'resource', denyKind: 'implicit', operation: 'Decrypt' },
  },
  {
    name: 'a log file: {"Records":[…]} with a successful call and two denials',
    family: 'cloudtrail-event',
    text: `{"Records":[${RECORD('"eventSource":"sts.amazonaws.com","eventName":"GetCallerIdentity"')},${S3_GET},${KMS_SENTENCE}]}`,
    expect: { action: 's3:GetObject' },
    count: 2,
  },
  {
    name: 'an AWS service calling on its own behalf is the principal',
    family: 'cloudtrail-event',
    text: '{"eventVersion":"1.09","userIdentity":{"type":"AWSService","invokedBy":"cloudtrail.amazonaws.com"},"eventSource":"s3.amazonaws.com","eventName":"PutObject","errorCode":"AccessDenied","errorMessage":"Access Denied","sourceIPAddress":"cloudtrail.amazonaws.com","requestParameters":{"bucketName":"org-trail-logs","key":"AWSLogs/111122223333/CloudTrail/x.json.gz"}}',
    expect: { principal: 'cloudtrail.amazonaws.com', principalType: 'service', accountId: null, action: 's3:PutObject', resource: 'arn:aws:s3:::org-trail-logs/AWSLogs/111122223333/CloudTrail/x.json.gz' },
  },
  {
    name: 'a web identity caller: the token subject as its user name (the provider is where it came from)',
    family: 'cloudtrail-event',
    text: '{"userIdentity":{"type":"WebIdentityUser","principalId":"token.actions.githubusercontent.com:repo:o/r:ref:refs/heads/main","userName":"repo:o/r:ref:refs/heads/main","identityProvider":"token.actions.githubusercontent.com"},"eventSource":"sts.amazonaws.com","eventName":"AssumeRoleWithWebIdentity","errorCode":"AccessDenied","errorMessage":"An unknown error occurred","requestParameters":{"roleArn":"arn:aws:iam::111122223333:role/gha-deploy","roleSessionName":"GitHubActions"}}',
    expect: { principal: 'repo:o/r:ref:refs/heads/main', principalType: 'web-identity', action: 'sts:AssumeRoleWithWebIdentity', resource: 'arn:aws:iam::111122223333:role/gha-deploy', policyType: 'trust' },
  },
  {
    name: "Lambda's versioned event name is the operation; the action has no version",
    family: 'cloudtrail-event',
    text: RECORD('"eventSource":"lambda.amazonaws.com","eventName":"GetFunction20150331v2","errorCode":"AccessDeniedException","errorMessage":"Access denied"'),
    expect: { action: 'lambda:GetFunction', operation: 'GetFunction20150331v2', errorCode: 'AccessDeniedException' },
  },
  {
    name: 'an expired token in a record is a credentials failure that still names the call it was refused for',
    family: 'cloudtrail-event',
    text: RECORD('"eventSource":"ec2.amazonaws.com","eventName":"DescribeInstances","errorCode":"ExpiredToken","errorMessage":"The security token included in the request is expired"'),
    expect: { category: 'credentials', errorCode: 'ExpiredToken', operation: 'DescribeInstances', action: 'ec2:DescribeInstances', policyType: null, denyKind: null },
  },
  {
    name: 'an AssumeRole refused for an expired token, as a Python dict: the role it asked for is the resource',
    family: 'cloudtrail-event',
    text: "Log={\n    'eventSource': 'sts.amazonaws.com',\n    'eventName': 'AssumeRole',\n    'errorCode': 'InvalidClientTokenId',\n    'errorMessage': 'The security token included in the request is invalid.',\n    'requestParameters': {'roleArn': 'arn:aws:iam::444455556666:role/Deploy', 'roleSessionName': 'ci',},\n    'userIdentity': {'type': 'IAMUser', 'arn': 'arn:aws:iam::111122223333:user/ci', 'accountId': '111122223333',},\n},",
    expect: {
      category: 'credentials',
      principal: 'arn:aws:iam::111122223333:user/ci',
      action: 'sts:AssumeRole',
      resource: 'arn:aws:iam::444455556666:role/Deploy',
      errorCode: 'InvalidClientTokenId',
      policyType: null,
    },
  },
  {
    name: 'a throttled call is no denial',
    family: 'cloudtrail-event',
    text: RECORD('"eventSource":"ec2.amazonaws.com","eventName":"DescribeInstances","errorCode":"Client.RequestLimitExceeded","errorMessage":"Request limit exceeded."'),
    expect: null,
  },
  {
    name: '`aws cloudtrail lookup-events` answer: CloudTrailEvent as a JSON string',
    family: 'cloudtrail-event',
    text: `{\n    "Events": [\n        {\n            "EventId": "8d4d4f48-0000-4000-8000-000000000000",\n            "EventName": "GetObject",\n            "ReadOnly": "true",\n            "EventTime": "2026-03-02T10:00:00+00:00",\n            "EventSource": "s3.amazonaws.com",\n            "Username": "ana",\n            "Resources": [],\n            "CloudTrailEvent": "${escaped(S3_GET)}"\n        }\n    ]\n}`,
    expect: { principal: 'arn:aws:sts::111122223333:assumed-role/Dev/ana', action: 's3:GetObject', resource: 'arn:aws:s3:::reports/2026/q1.csv' },
  },
  {
    name: 'a summary of an event with lookup-events\' own keys, no record: Username, the service from the operation',
    family: 'cloudtrail-event',
    text: `{\n  "EventName": "StopInstances",\n  "EventSource": null,\n  "Username": "ops-bot",\n  "ErrorCode": "Client.UnauthorizedOperation",\n  "ErrorMessage": "You are not authorized to perform this operation."\n}`,
    expect: { principal: 'ops-bot', principalType: 'unknown', action: 'ec2:StopInstances', operation: 'StopInstances', errorCode: 'Client.UnauthorizedOperation' },
  },
  {
    name: 'a record whose request names its resource by ARN (Secrets Manager secretId)',
    family: 'cloudtrail-event',
    text: '{"eventSource":"secretsmanager.amazonaws.com","eventName":"GetSecretValue","errorCode":"AccessDenied","errorMessage":"Access Denied","userIdentity":{"type":"AssumedRole","arn":"arn:aws:sts::111122223333:assumed-role/App/i-0abc","accountId":"111122223333"},"requestParameters":{"secretId":"arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf"}}',
    expect: { action: 'secretsmanager:GetSecretValue', resource: 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf' },
  },
  {
    name: "a request's ARN of another service (the role handed to CreateFunction) is not its resource",
    family: 'cloudtrail-event',
    text: '{"eventSource":"lambda.amazonaws.com","eventName":"CreateFunction20150331","errorCode":"AccessDeniedException","userIdentity":{"type":"IAMUser","arn":"arn:aws:iam::111122223333:user/ci","accountId":"111122223333"},"requestParameters":{"functionName":"resize","role":"arn:aws:iam::111122223333:role/resize-exec"}}',
    expect: { action: 'lambda:CreateFunction', resource: null, operation: 'CreateFunction20150331' },
  },
  {
    name: 'a record flattened by a query tool: "userIdentity.arn", resources kept as names',
    family: 'cloudtrail-event',
    text: '[{"eventName": "StopInstances", "eventSource": "ec2.amazonaws.com", "userIdentity.arn": "arn:aws:sts::111122223333:assumed-role/Ops/ana", "userIdentity.accountId": "111122223333", "resources": ["i-0123456789abcdef0"], "errorCode": "Client.UnauthorizedOperation"}]',
    expect: { principal: 'arn:aws:sts::111122223333:assumed-role/Ops/ana', principalType: 'assumed-role', accountId: '111122223333', action: 'ec2:StopInstances', resource: 'i-0123456789abcdef0' },
  },
  {
    name: "boto3's lookup_events answer printed by Python",
    family: 'cloudtrail-event',
    text: `{'Events': [{'EventId': '8d4d4f48', 'EventName': 'ListObjects', 'ReadOnly': 'true', 'EventTime': datetime.datetime(2026, 3, 2, 10, 0, tzinfo=tzlocal()), 'EventSource': 's3.amazonaws.com', 'Resources': [], 'CloudTrailEvent': '${S3_LIST}'}], 'ResponseMetadata': {'HTTPStatusCode': 200, 'RetryAttempts': 0}}`,
    expect: { action: 's3:ListBucket', resource: 'arn:aws:s3:::reports', operation: 'ListObjects' },
  },
  {
    name: 'a CloudWatch Logs subscription payload: the event in logEvents[].message',
    family: 'cloudtrail-event',
    text: `{"messageType":"DATA_MESSAGE","owner":"111122223333","logGroup":"aws-cloudtrail-logs","logStream":"111122223333_CloudTrail_us-east-1","subscriptionFilters":["denials"],"logEvents":[{"id":"3729","timestamp":1772445600000,"message":"${escaped(KMS_SENTENCE)}"}]}`,
    expect: { action: 'kms:Decrypt', policyType: 'resource', denyKind: 'implicit' },
  },
  {
    name: 'a Logs Insights row: @timestamp and @message',
    family: 'cloudtrail-event',
    text: `@timestamp              | @message\n2026-03-02 10:00:00.000 | ${S3_LIST}`,
    expect: { action: 's3:ListBucket', operation: 'ListObjects' },
  },
  {
    name: 'a pretty-printed record with its errorMessage cut short by its author',
    family: 'cloudtrail-event',
    text: '{\n  "userIdentity": {\n    "type": "IAMUser",\n    "arn": "arn:aws:iam::111122223333:user/ops",\n    "accountId": "111122223333"\n  },\n  "eventSource": "iam.amazonaws.com",\n  "eventName": "CreateRole",\n  "errorCode": "AccessDenied",\n  "errorMessage": "User: arn:aws:iam::111122223333:user/... is not authorized to perform: iam:CreateRole"\n}',
    expect: { principal: 'arn:aws:iam::111122223333:user/ops', action: 'iam:CreateRole', operation: 'CreateRole' },
  },

  {
    name: 'a lookup-events row in Python test code: the record is json.dumps({…}) of a trimmed event, the row names the call',
    family: 'cloudtrail',
    text: "    rows = [\n        {\n            'EventName': 'DeleteTable',\n            'EventSource': 'glue.amazonaws.com',\n            'Username': 'etl-runner',\n            'CloudTrailEvent': json.dumps(\n                {\n                    'awsRegion': 'eu-west-1',\n                    'errorCode': 'AccessDeniedException',\n                }\n            ),\n        }\n    ]",
    expect: { principal: 'etl-runner', principalType: 'unknown', action: 'glue:DeleteTable', operation: 'DeleteTable', errorCode: 'AccessDeniedException' },
  },
  {
    name: "pprint's pieces of one record string: the encoded message's words are joined again",
    family: 'cloudtrail',
    text: "('{\"eventSource\":\"ec2.amazonaws.com\",\"eventName\":\"StopInstances\",\"userIdentity\":{\"type\":\"IAMUser\",\"arn\":\"arn:aws:iam::111122223333:user/ops\"},\"errorCode\":\"Client.UnauthorizedOperation\",\"errorMessage\":\"You '\n 'are not authorized to perform this operation. Encoded authorization '\n 'failure message: '\n 'Zk3xQ...\"}')",
    expect: { principal: 'arn:aws:iam::111122223333:user/ops', action: 'ec2:StopInstances', errorCode: 'Client.UnauthorizedOperation', encoded: true },
  },
  {
    name: 'a record with a comma dropped at a line end: the next member is not glued to the value before it',
    family: 'cloudtrail',
    text: '{\n  "errorCode": "AccessDenied"\n  "eventSource": "s3.amazonaws.com",\n  "eventName": "GetObject",\n  "userIdentity": {"type": "IAMUser", "userName": "ana"}\n}',
    expect: { principal: 'ana', principalType: 'user', action: 's3:GetObject', errorCode: 'AccessDenied', operation: 'GetObject' },
  },
  {
    name: 'a trimmed record without eventSource: the S3 call and its bucket and key still name the object',
    family: 'cloudtrail',
    text: '// excerpt\n{\n  "eventName": "PutObject",\n  "userIdentity": {"type": "IAMUser", "userName": "etl"},\n  "requestParameters": {"bucketName": "raw-landing", "key": "2026/12/a.json"},\n  "errorCode": "AccessDenied"\n}',
    expect: { principal: 'etl', action: 's3:PutObject', resource: 'arn:aws:s3:::raw-landing/2026/12/a.json', operation: 'PutObject' },
  },
  {
    name: 'a lookup filter names the call of the failure its answer shows (the answer set apart by prose)',
    family: 'cloudtrail',
    text: 'aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=CreateKeyPair --max-results 20\n\nWhat came back:\n\n* Source IP: 198.51.100.7\n* errorCode: Client.UnauthorizedOperation',
    expect: { category: 'access-denied', operation: 'CreateKeyPair', action: 'ec2:CreateKeyPair', errorCode: 'Client.UnauthorizedOperation' },
  },
  {
    name: "an event viewer's card: the caller's row, and a VPC endpoint policy's message wrapped inside the box",
    family: 'cloudtrail',
    text: '╭──────────────────────────────────────────────────────────╮\n│ Principal:    arn:aws:sts::111122223333:assumed-role/etl/run-7 │\n│ Event:        s3:GetObject                               │\n│ errorCode:    VpceAccessDenied                           │\n│ errorMessage: The VPC endpoint policy denies the s3:GetObject action on │\n│               arn:aws:s3:::lake/raw/a.parquet            │\n╰──────────────────────────────────────────────────────────╯',
    expect: { principal: 'arn:aws:sts::111122223333:assumed-role/etl/run-7', action: 's3:GetObject', resource: 'arn:aws:s3:::lake/raw/a.parquet', policyType: 'vpce', errorCode: 'VpceAccessDenied' },
  },
  {
    name: "an aligned row read for every code the bare-code list knows (a signature failure is a credentials row)",
    family: 'cloudtrail',
    text: 'GetSecretValue  prod/api/stripe-key      SignatureDoesNotMatch\nGetSecretValue  prod/api/db-password     OK',
    expect: { category: 'credentials', operation: 'GetSecretValue', errorCode: 'SignatureDoesNotMatch' },
  },
  {
    name: "a terminal's aligned rows of calls, what they named and their codes",
    family: 'cloudtrail',
    text: 'GetSecretValue  prod/api/stripe-key      AccessDeniedException\nGetSecretValue  prod/api/db-password     OK',
    expect: { operation: 'GetSecretValue', action: 'secretsmanager:GetSecretValue', resource: 'prod/api/stripe-key', errorCode: 'AccessDeniedException' },
  },
  {
    name: "a service's prefix on a credentials code (CloudTrailInvalidClientTokenIdException)",
    family: 'cloudtrail',
    text: '{"eventSource": "cloudtrail.amazonaws.com", "eventName": "CreateTrail", "userIdentity": {"type": "AssumedRole", "arn": "arn:aws:sts::111122223333:assumed-role/ops/ana"}, "errorCode": "CloudTrailInvalidClientTokenIdException", "errorMessage": "The security token included in the request is invalid."}',
    expect: { category: 'credentials', errorCode: 'CloudTrailInvalidClientTokenIdException', operation: 'CreateTrail' },
  },
  {
    name: "CloudTrail's DeleteBucketPublicAccessBlock is granted by s3:PutBucketPublicAccessBlock",
    family: 'cloudtrail',
    text: '{"eventSource": "s3.amazonaws.com", "eventName": "DeleteBucketPublicAccessBlock", "userIdentity": {"type": "IAMUser", "arn": "arn:aws:iam::111122223333:user/ops"}, "errorCode": "AccessDenied", "errorMessage": "Access Denied", "requestParameters": {"bucketName": "web-assets"}}',
    expect: { action: 's3:PutBucketPublicAccessBlock', operation: 'DeleteBucketPublicAccessBlock', resource: 'arn:aws:s3:::web-assets' },
  },
  {
    name: "a summary of a record's fields keeping only invokedBy: the service made the call; a bare Key is the object",
    family: 'cloudtrail',
    text: 'Replication keeps failing:\n\nerrorCode: AccessDenied\ninvokedBy: s3.amazonaws.com\neventName: PutObject\nbucketName: audit-logs-eu\nKey: replica/2026/12/04/part-7.gz',
    expect: { principal: 's3.amazonaws.com', principalType: 'service', action: 's3:PutObject', resource: 'arn:aws:s3:::audit-logs-eu/replica/2026/12/04/part-7.gz' },
  },

  {
    name: 'records rendered as YAML (--output yaml, yq): a list of records, nested maps, a resources list',
    family: 'cloudtrail-event',
    text: "Records:\n- eventVersion: '1.08'\n  userIdentity:\n    type: AssumedRole\n    arn: arn:aws:sts::111122223333:assumed-role/ci/run-7\n    accountId: '111122223333'\n  eventSource: ecr.amazonaws.com\n  eventName: BatchGetImage\n  errorCode: AccessDeniedException\n  errorMessage: Access denied\n  resources:\n  - ARN: arn:aws:ecr:eu-west-1:444455556666:repository/base\n    type: AWS::ECR::Repository\n- eventVersion: '1.08'\n  userIdentity:\n    type: AWSService\n    invokedBy: lambda.amazonaws.com\n  eventSource: kms.amazonaws.com\n  eventName: Decrypt\n  errorCode: AccessDenied\n  errorMessage: Access Denied",
    expect: {
      principal: 'arn:aws:sts::111122223333:assumed-role/ci/run-7',
      principalType: 'assumed-role',
      action: 'ecr:BatchGetImage',
      resource: 'arn:aws:ecr:eu-west-1:444455556666:repository/base',
      operation: 'BatchGetImage',
      errorCode: 'AccessDeniedException',
    },
    count: 2,
  },
  {
    name: 'one record as YAML with the S3 request: the object from bucketName and key',
    family: 'cloudtrail-event',
    text: "eventSource: s3.amazonaws.com\neventName: GetObject\nuserIdentity:\n  type: IAMUser\n  arn: arn:aws:iam::111122223333:user/bob\n  accountId: '111122223333'\nerrorCode: AccessDenied\nerrorMessage: Access Denied\nrequestParameters:\n  bucketName: reports\n  key: 2026/q4.csv",
    expect: { principal: 'arn:aws:iam::111122223333:user/bob', action: 's3:GetObject', resource: 'arn:aws:s3:::reports/2026/q4.csv', errorCode: 'AccessDenied' },
  },
  {
    name: 'records in a CSV export of Logs Insights (quotes doubled in the cell)',
    family: 'cloudtrail-event',
    text: '@timestamp,@message\n2026-11-30 10:00:00.000,"{""eventVersion"":""1.08"",""userIdentity"":{""type"":""IAMUser"",""arn"":""arn:aws:iam::111122223333:user/bob"",""accountId"":""111122223333""},""eventSource"":""secretsmanager.amazonaws.com"",""eventName"":""GetSecretValue"",""errorCode"":""AccessDeniedException"",""errorMessage"":""Access denied""}"\n2026-11-30 10:00:05.000,"{""eventVersion"":""1.08"",""userIdentity"":{""type"":""IAMUser"",""arn"":""arn:aws:iam::111122223333:user/eve"",""accountId"":""111122223333""},""eventSource"":""sqs.amazonaws.com"",""eventName"":""SendMessage"",""errorCode"":""AccessDenied"",""errorMessage"":""Access Denied""}"',
    expect: { principal: 'arn:aws:iam::111122223333:user/bob', action: 'secretsmanager:GetSecretValue', operation: 'GetSecretValue', errorCode: 'AccessDeniedException' },
    count: 2,
  },

  {
    name: 'a record printed by a table printer (R, pandas): the CSV cell after a row label, without its outer quotes',
    family: 'cloudtrail-event',
    text: '    ## 12: {""eventSource"": ""sns.amazonaws.com"", ""errorCode"": ""AuthorizationError"", ""userIdentity"": {""type"": ""AssumedRole"", ""arn"": ""arn:aws:sts::111122223333:assumed-role/app/i-0abc"", ""accountId"": ""111122223333""}, ""eventName"": ""Publish"", ""errorMessage"": ""User is not authorized to perform this action"", ""awsRegion"": ""eu-west-1""}\n    ## 13: {""eventSource"": ""sns.amazonaws.com"", ""errorCode"": null, ""eventName"": ""ListTopics""}',
    expect: { principal: 'arn:aws:sts::111122223333:assumed-role/app/i-0abc', principalType: 'assumed-role', action: 'sns:Publish', operation: 'Publish', errorCode: 'AuthorizationError' },
  },
  {
    name: "Splunk's expanded event view: `{ [-]` opens a nested map, `}` closes it, no quotes",
    family: 'cloudtrail-event',
    text: ' { [-]\n   errorCode: AccessDenied\n   errorMessage: Access Denied\n   eventName: GetObject\n   eventSource: s3.amazonaws.com\n   requestParameters: { [-]\n     bucketName: audit-logs\n     key: 2026/12/01.json.gz\n   }\n   resources: [ [+] ]\n   userIdentity: { [-]\n     accountId: 111122223333\n     arn: arn:aws:sts::111122223333:assumed-role/reader/alice\n     sessionContext: { [+] }\n     type: AssumedRole\n   }\n} \nShow as raw text',
    expect: {
      principal: 'arn:aws:sts::111122223333:assumed-role/reader/alice',
      principalType: 'assumed-role',
      accountId: '111122223333',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::audit-logs/2026/12/01.json.gz',
      errorCode: 'AccessDenied',
      operation: 'GetObject',
    },
  },
  {
    name: 'a record as logfmt (key=value pairs, the identity flattened)',
    family: 'cloudtrail-event',
    text: 'time=2026-12-01T10:00:00Z level=warn msg="denied call" eventSource=sqs.amazonaws.com eventName=SendMessage errorCode=AccessDenied userIdentity.type=AssumedRole userIdentity.arn=arn:aws:sts::111122223333:assumed-role/app/i-0abc',
    expect: { principal: 'arn:aws:sts::111122223333:assumed-role/app/i-0abc', principalType: 'assumed-role', action: 'sqs:SendMessage', operation: 'SendMessage', errorCode: 'AccessDenied' },
  },
  {
    name: "PowerShell's Format-List of a record: ` : ` separators, the identity as @{…}",
    family: 'cloudtrail-event',
    text: 'eventTime         : 2026-12-01T10:00:00Z\neventSource       : secretsmanager.amazonaws.com\neventName         : GetSecretValue\nerrorCode         : AccessDenied\nerrorMessage      : Access denied\nuserIdentity      : @{type=IAMUser; principalId=AIDAEXAMPLE; arn=arn:aws:iam::111122223333:user/ops; accountId=111122223333}',
    expect: { principal: 'arn:aws:iam::111122223333:user/ops', principalType: 'user', accountId: '111122223333', action: 'secretsmanager:GetSecretValue', operation: 'GetSecretValue', errorCode: 'AccessDenied' },
  },
  {
    name: 'a markdown table of a record\'s fields',
    family: 'cloudtrail-event',
    text: 'The denied event:\n\n| Field | Value |\n|---|---|\n| eventSource | ecr.amazonaws.com |\n| eventName | BatchGetImage |\n| errorCode | AccessDeniedException |\n| userIdentity.arn | arn:aws:sts::111122223333:assumed-role/ci/run-1 |',
    expect: { principal: 'arn:aws:sts::111122223333:assumed-role/ci/run-1', action: 'ecr:BatchGetImage', operation: 'BatchGetImage', errorCode: 'AccessDeniedException' },
  },
  {
    name: 'an aligned two-column print of a record, the bucket under requestParameters',
    family: 'cloudtrail-event',
    text: 'userIdentity.arn               arn:aws:iam::111122223333:user/carol\neventSource                    s3.amazonaws.com\neventName                      PutObject\nerrorCode                      AccessDenied\nrequestParameters.bucketName   uploads\nrequestParameters.key          2026/a.csv',
    expect: { principal: 'arn:aws:iam::111122223333:user/carol', action: 's3:PutObject', resource: 'arn:aws:s3:::uploads/2026/a.csv', operation: 'PutObject', errorCode: 'AccessDenied' },
  },
  {
    name: 'a record in flow style on one line',
    family: 'cloudtrail-event',
    text: 'errorCode: AccessDenied, eventName: PutBucketPolicy, eventSource: s3.amazonaws.com, userIdentity: {type: IAMUser, arn: arn:aws:iam::111122223333:user/dan}, requestParameters: {bucketName: shared-data}',
    expect: { principal: 'arn:aws:iam::111122223333:user/dan', action: 's3:PutBucketPolicy', resource: 'arn:aws:s3:::shared-data', operation: 'PutBucketPolicy', errorCode: 'AccessDenied' },
  },
  {
    name: "EC2's AuthFailure for a service's missing permission is a denial, not a credentials failure",
    family: 'cloudtrail-event',
    text: '{"userIdentity":{"type":"Root","arn":"arn:aws:iam::111122223333:root","accountId":"111122223333"},"eventSource":"ec2.amazonaws.com","eventName":"CreateInstanceExportTask","errorCode":"Client.AuthFailure","errorMessage":"vm-import-export@amazon.com must have WRITE and READ_ACL permission on the S3 bucket."}',
    expect: { category: 'access-denied', errorCode: 'Client.AuthFailure', action: 'ec2:CreateInstanceExportTask', principalType: 'root' },
  },
  {
    name: "a trimmed record keeping only the session's issuer names the caller by it",
    family: 'cloudtrail-event',
    text: '{"eventVersion":"1.08","userIdentity":{"sessionContext":{"sessionIssuer":{"arn":"arn:aws:iam::111122223333:role/capa-controller"}}},"eventSource":"ec2.amazonaws.com","eventName":"RunInstances","errorCode":"Client.UnauthorizedOperation"}',
    expect: { principal: 'arn:aws:iam::111122223333:role/capa-controller', action: 'ec2:RunInstances' },
  },
  {
    name: 'a record summary as aligned fields with EventName capitalised and a hanging-indent message',
    family: 'cloudtrail-event',
    text: 'EventName:    PutObject\nerrorCode:    AccessDenied\nerrorMessage: User: arn:aws:iam::111122223333:user/ci is not authorized to perform:\n              s3:PutObject on resource: "arn:aws:s3:::drop/a.csv"',
    expect: { operation: 'PutObject', action: 's3:PutObject', resource: 'arn:aws:s3:::drop/a.csv' },
  },
  {
    name: "a network activity event's VpceAccessDenied is the VPC endpoint's policy",
    family: 'cloudtrail-event',
    text: '{"eventVersion":"1.09","userIdentity":{"type":"AWSAccount","principalId":"AIDAEXAMPLE","accountId":"444455556666"},"eventSource":"secretsmanager.amazonaws.com","eventName":"GetSecretValue","errorCode":"VpceAccessDenied","errorMessage":"The request was denied due to a VPC endpoint policy","eventType":"AwsVpceEvent","vpcEndpointId":"vpce-0abc","recipientAccountId":"111122223333","eventCategory":"NetworkActivity"}',
    expect: { category: 'access-denied', policyType: 'vpce', errorCode: 'VpceAccessDenied', action: 'secretsmanager:GetSecretValue', operation: 'GetSecretValue' },
  },
  {
    name: "a record's members without its braces, escaped, the caller's arn after a nested sessionContext",
    family: 'cloudtrail-event',
    text: 'Found it in the trail:\n\\"eventVersion\\":\\"1.08\\",\\"userIdentity\\":{\\"type\\":\\"IAMUser\\",\\"sessionContext\\":{\\"attributes\\":{\\"mfaAuthenticated\\":\\"false\\"}},\\"arn\\":\\"arn:aws:iam::111122223333:user/ops\\",\\"accountId\\":\\"111122223333\\"},\\"eventSource\\":\\"cloudtrail.amazonaws.com\\",\\"eventName\\":\\"StopLogging\\",\\"resources\\":[{\\"ARN\\":\\"arn:aws:cloudtrail:eu-west-1:111122223333:trail/main\\"}],\\"errorCode\\":\\"AccessDeniedException\\",\\"errorMessage\\":\\"User is not authorized to perform: cloudtrail:StopLogging\\"',
    expect: { principal: 'arn:aws:iam::111122223333:user/ops', principalType: 'user', action: 'cloudtrail:StopLogging', resource: 'arn:aws:cloudtrail:eu-west-1:111122223333:trail/main', operation: 'StopLogging' },
  },

  {
    name: "a writer's placeholder for the bucket (`<BUCKET>`) names the resource as printed; an anonymous caller",
    family: 'cloudtrail-event',
    text: '{"eventVersion": "1.07", "userIdentity": {"type": "AWSAccount", "principalId": "", "accountId": "ANONYMOUS_PRINCIPAL"}, "eventSource": "s3.amazonaws.com", "eventName": "HeadBucket", "errorCode": "AccessDenied", "errorMessage": "Access Denied", "requestParameters": {"bucketName": "<BUCKET>", "Host": "<BUCKET>.s3.us-east-1.amazonaws.com"}}',
    expect: { principal: 'ANONYMOUS_PRINCIPAL', action: 's3:ListBucket', resource: 'arn:aws:s3:::<BUCKET>', operation: 'HeadBucket' },
  },

  // ── decoded authorization messages ───────────────────────────────────────────────────────────────────────
  {
    name: 'the CLI answer, the document inside a JSON string, an action without its service prefix',
    family: 'decoded-authorization',
    text: `{\n    "DecodedMessage": "${escaped('{"allowed":false,"explicitDeny":true,"matchedStatements":{"items":[{"statementId":"DenyLargeInstances","effect":"DENY","principals":{"items":[{"value":"AROAEXAMPLE"}]},"principalGroups":{"items":[]},"actions":{"items":[{"value":"ec2:RunInstances"}]},"resources":{"items":[{"value":"*"}]},"conditions":{"items":[]}}]},"failures":{"items":[]},"context":{"principal":{"id":"AROAEXAMPLE:ana","arn":"arn:aws:sts::111122223333:assumed-role/Dev/ana"},"action":"RunInstances","resource":"arn:aws:ec2:us-east-1:111122223333:instance/*","conditions":{"items":[{"key":"aws:Service","values":{"items":[{"value":"ec2"}]}}]}}}')}"\n}`,
    expect: {
      principal: 'arn:aws:sts::111122223333:assumed-role/Dev/ana',
      action: 'ec2:RunInstances',
      resource: 'arn:aws:ec2:us-east-1:111122223333:instance/*',
      denyKind: 'explicit',
      policyType: 'unknown',
      matchedStatements: [{ sid: 'DenyLargeInstances', effect: 'Deny', policyUri: null, policyType: null }],
    },
  },
  {
    name: 'the document converted to YAML, a line the writer elided (`...`) inside it',
    family: 'decoded-authorization',
    text: 'Karpenter logs UnauthorizedOperation; the decoded message:\n```\n---\nallowed: false\n...\ncontext:\n  principal:\n    id: AROAEXAMPLE:1650207580\n    arn: arn:aws:sts::111122223333:assumed-role/karpenter/1650207580\n  action: ec2:RunInstances\n  resource: arn:aws:ec2:eu-west-1:444455556666:subnet/subnet-0abc\n```',
    expect: { principal: 'arn:aws:sts::111122223333:assumed-role/karpenter/1650207580', action: 'ec2:RunInstances', resource: 'arn:aws:ec2:eu-west-1:444455556666:subnet/subnet-0abc', denyKind: 'unknown' },
  },
  {
    name: 'a YAML document with explicitDeny: the verdict gives the deny kind',
    family: 'decoded-authorization',
    text: 'allowed: false\nexplicitDeny: true\ncontext:\n  principal:\n    arn: arn:aws:iam::111122223333:user/ops\n  action: s3:DeleteBucket\n  resource: arn:aws:s3:::prod-data',
    expect: { denyKind: 'explicit', action: 's3:DeleteBucket', principal: 'arn:aws:iam::111122223333:user/ops' },
  },
  {
    name: 'an allowed YAML document is no denial',
    family: 'decoded-authorization',
    text: 'allowed: true\ncontext:\n  principal:\n    arn: arn:aws:iam::111122223333:user/ops\n  action: s3:ListBucket\n  resource: arn:aws:s3:::logs',
    expect: null,
  },
  {
    name: "the service prefix from aws:Service when the resource is '*'",
    family: 'decoded-authorization',
    text: '{"allowed": false, "explicitDeny": false, "matchedStatements": {"items": []}, "failures": {"items": []}, "context": {"principal": {"id": "AIDAEXAMPLE", "arn": "arn:aws:iam::111122223333:user/ops"}, "action": "DescribeInstances", "resource": "*", "conditions": {"items": [{"key": "aws:Service", "values": {"items": [{"value": "ec2"}]}}]}}}',
    expect: { action: 'ec2:DescribeInstances', resource: '*', denyKind: 'implicit' },
  },
  {
    name: 'no explicitDeny field: a matched DENY statement says explicit',
    family: 'decoded-authorization',
    text: '{"allowed":false,"matchedStatements":{"items":[{"statementId":"","effect":"DENY"}]},"context":{"principal":{"arn":"arn:aws:iam::111122223333:user/ops"},"action":"s3:DeleteBucket","resource":"arn:aws:s3:::prod-data"}}',
    expect: { denyKind: 'explicit', action: 's3:DeleteBucket' },
  },
  {
    name: 'a decoded document without its context beside the encoded message: one denial, the verdict adds explicit',
    family: 'decoded-authorization',
    text: 'mock.decoded = `{\n  "allowed": false,\n  "explicitDeny": true,\n  "matchedStatements": {}\n}`\nmock.err = "UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message: EXAMPLEencoded-Msg_2"',
    expect: { category: 'access-denied', encoded: true, errorCode: 'UnauthorizedOperation', denyKind: 'explicit', principal: null, action: null },
    count: 1,
  },
  {
    name: 'a context-less decoded document on its own is a denial with only its deny kind (explicitDeny is the answer)',
    family: 'decoded-authorization',
    text: '{\n  "DecodedMessage": "{\\"allowed\\":false,\\"explicitDeny\\":false,\\"matchedStatements\\":{\\"items\\":[]}}"\n}',
    expect: { category: 'access-denied', denyKind: 'implicit', principal: null, action: null, resource: null },
  },
  {
    name: 'a context-less allowed verdict is no denial',
    family: 'decoded-authorization',
    text: '{"allowed": true, "explicitDeny": false, "matchedStatements": {"items": []}}',
    expect: null,
  },
  {
    name: "a document built in Python with f-strings: the f prefix is not a value, the placeholder stays as written",
    family: 'decoded-authorization',
    text: '    doc = {\n        "allowed": False,\n        "explicitDeny": False,\n        "context": {\n            "principal": {"id": "AIDAEXAMPLE", "arn": f"arn:aws:iam::{ACCOUNT}:user/ops"},\n            "action": "iam:CreateAccessKey",\n            "resource": f\'arn:aws:iam::{ACCOUNT}:user/ops\',\n        },\n    }',
    expect: { principal: 'arn:aws:iam::{ACCOUNT}:user/ops', accountId: '{ACCOUNT}', action: 'iam:CreateAccessKey', resource: 'arn:aws:iam::{ACCOUNT}:user/ops', denyKind: 'implicit' },
  },
  {
    name: 'an allowed request is no denial',
    family: 'decoded-authorization',
    text: '{"allowed":true,"explicitDeny":false,"matchedStatements":{"items":[]},"context":{"principal":{"arn":"arn:aws:iam::111122223333:user/ops"},"action":"s3:ListBucket","resource":"arn:aws:s3:::b"}}',
    expect: null,
  },
  {
    name: 'a document a chat mangled: quotes escaped, braces elided',
    family: 'decoded-authorization',
    text: '"DecodedMessage":\n{\n"allowed\n...\n"context{\\"principal\\":{\\"id\\":\\"AIDAEXAMPLE\\",\n\\"arn\\":\\"arn:aws:iam::111122223333:user/ops\\"},\\"action\\":\\"iam:PassRole\\",\n\\"resource\\":\\"arn:aws:iam::111122223333:role/AppRole\\",\\"conditions\\":{}}"',
    expect: { principal: 'arn:aws:iam::111122223333:user/ops', action: 'iam:PassRole', resource: 'arn:aws:iam::111122223333:role/AppRole', denyKind: 'unknown' },
  },
  {
    name: 'the EC2 encoded message and its decoded document are one denial',
    family: 'decoded-authorization',
    text:
      'An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: EXAMPLEencoded-Msg_1\n\n$ aws sts decode-authorization-message --encoded-message EXAMPLEencoded-Msg_1 --query DecodedMessage --output text | jq .\n{\n  "allowed": false,\n  "explicitDeny": false,\n  "context": {\n    "principal": {"id": "AIDAEXAMPLE", "arn": "arn:aws:iam::111122223333:user/ops"},\n    "action": "ec2:RunInstances",\n    "resource": "arn:aws:ec2:us-east-1:111122223333:volume/*"\n  }\n}',
    expect: { encoded: true, errorCode: 'UnauthorizedOperation', operation: 'RunInstances', action: 'ec2:RunInstances', resource: 'arn:aws:ec2:us-east-1:111122223333:volume/*', denyKind: 'implicit' },
    count: 1,
  },
];

const DENY_URI = 'arn:aws:iam::123456789012:policy/ExampleDenyPolicy';
const wrapAt = (width: number, text: string): string => text.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n');
const SCP_URI = 'arn:aws:organizations::999988887777:policy/o-exampleorgid/service_control_policy/p-examplepolicyid';
const DETAILS = `$ aws iam-toolbox get-request-authorization-details --authorization-id example1a2b3c4d5e6f7g8h9i0j
{
    "requestContext": {
        "aws:PrincipalArn": "arn:aws:iam::123456789012:user/janedoe",
        "aws:PrincipalAccount": "123456789012",
        "aws:SourceIp": "192.0.2.10",
        "aws:RequestedRegion": "us-east-1"
    },
    "evaluations": [
        {
            "action": "iam:CreateInstanceProfile",
            "resource": "arn:aws:iam::123456789012:instance-profile/my-instance-profile",
            "context": {},
            "evaluatedEffect": "EXPLICIT_DENY",
            "matchedPolicies": [
                {"uri": "${DENY_URI}", "matchedStatements": [{"evaluatedEffect": "DENY", "sid": "DenyInstanceProfiles"}]},
                {"uri": "arn:aws:iam::aws:policy/IAMFullAccess", "matchedStatements": [{"evaluatedEffect": "ALLOW", "sid": "IAMFullAccess"}]}
            ]
        },
        {
            "action": "iam:PassRole",
            "resource": "arn:aws:iam::123456789012:role/AppRole",
            "evaluatedEffect": "IMPLICIT_DENY",
            "matchedPolicies": []
        },
        {
            "action": "ec2:CreateTags",
            "resource": "arn:aws:ec2:us-east-1:123456789012:instance/*",
            "evaluatedEffect": "EXPLICIT_DENY",
            "matchedPolicies": [{"uri": "${SCP_URI}", "matchedStatements": [{"evaluatedEffect": "DENY", "sid": "DenyUntagged"}]}]
        },
        {
            "action": "ec2:DescribeInstances",
            "resource": "",
            "evaluatedEffect": "ALLOW",
            "matchedPolicies": []
        }
    ],
    "policies": [
        {"type": "IDENTITY_BASED_POLICY", "inline": false, "uri": "${DENY_URI}", "attachedTo": [{"arn": "arn:aws:iam::123456789012:user/janedoe"}]},
        {"type": "IDENTITY_BASED_POLICY", "inline": false, "uri": "arn:aws:iam::aws:policy/IAMFullAccess", "attachedTo": [{"arn": "arn:aws:iam::123456789012:user/janedoe"}]},
        {"type": "SERVICE_CONTROL_POLICY", "inline": false, "uri": "${SCP_URI}", "attachedTo": [{"arn": "arn:aws:organizations::999988887777:ou/o-exampleorgid/ou-exampleouid"}]}
    ]
}`;

STRUCTURED_EXAMPLES.push(
  // ── Access Troubleshooter: the ID and the link in messages ─────────────────────────────────────────────
  {
    name: 'the IAM User Guide message: ID, link, and the policy ARN without its trailing dot',
    family: 'authorization-id',
    text: `User: arn:aws:iam::123456789012:user/janedoe is not authorized to perform: iam:CreateInstanceProfile on resource: arn:aws:iam::123456789012:instance-profile/my-instance-profile with an explicit deny in an identity-based policy: ${DENY_URI}. Go to https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/authorization-details/EXAMPLE1a2b3c4d5e6f7g8h9i0j for complete details, or call the GetRequestAuthorizationDetails API with the following authorization id: EXAMPLE1a2b3c4d5e6f7g8h9i0j`,
    expect: {
      policyArn: DENY_URI,
      policyType: 'identity',
      denyKind: 'explicit',
      authorizationId: 'EXAMPLE1a2b3c4d5e6f7g8h9i0j',
      authorizationUrl: 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/authorization-details/EXAMPLE1a2b3c4d5e6f7g8h9i0j',
    },
    count: 1,
  },
  {
    name: 'cut by a terminal at its width, the link and the ID inside the cuts',
    family: 'authorization-id',
    // A terminal 110 columns wide cuts every line at exactly 110 characters.
    text: wrapAt(
      110,
      'An error occurred (AccessDenied) when calling the CreateInstanceProfile operation: User: arn:aws:iam::123456789012:user/janedoe is not authorized to perform: iam:CreateInstanceProfile on resource: arn:aws:iam::123456789012:instance-profile/web with an explicit deny in an identity-based policy: arn:aws:iam::123456789012:policy/DenyProfiles. Go to https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/authorization-details/a1b2c3d4e5f6a7b8c9d0e for complete details, or call the GetRequestAuthorizationDetails API with the following authorization id: a1b2c3d4e5f6a7b8c9d0e',
    ),
    expect: {
      errorCode: 'AccessDenied',
      operation: 'CreateInstanceProfile',
      resource: 'arn:aws:iam::123456789012:instance-profile/web',
      policyArn: 'arn:aws:iam::123456789012:policy/DenyProfiles',
      authorizationId: 'a1b2c3d4e5f6a7b8c9d0e',
      authorizationUrl: 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/authorization-details/a1b2c3d4e5f6a7b8c9d0e',
    },
  },
  {
    name: 'wrapped at words by a chat, the ID alone on the last line',
    family: 'authorization-id',
    text:
      'User: arn:aws:iam::123456789012:user/janedoe is not authorized to perform: iam:CreateInstanceProfile\non resource: arn:aws:iam::123456789012:instance-profile/my-instance-profile\nwith an explicit deny in an identity-based policy: arn:aws:iam::123456789012:policy/ExampleDenyPolicy.\nGo to https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/authorization-details/EXAMPLE1a2b3c4d5e6f7g8h9i0j for complete details,\nor call the GetRequestAuthorizationDetails API with the following authorization id: EXAMPLE1a2b3c4d5e\n6f7g8h9i0j',
    expect: { policyArn: DENY_URI, authorizationId: 'EXAMPLE1a2b3c4d5e6f7g8h9i0j', resource: 'arn:aws:iam::123456789012:instance-profile/my-instance-profile' },
  },
  {
    name: "a CloudTrail record's errorMessage keeps the ID",
    family: 'authorization-id',
    text: `{"userIdentity":{"type":"IAMUser","arn":"arn:aws:iam::123456789012:user/janedoe","accountId":"123456789012"},"eventSource":"iam.amazonaws.com","eventName":"GetUser","errorCode":"AccessDenied","errorMessage":"User: arn:aws:iam::123456789012:user/janedoe is not authorized to perform: iam:GetUser on resource: user janedoe with an explicit deny in an identity-based policy: ${DENY_URI}. Go to https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/authorization-details/b2c3d4e5f6a7b8c9d0e1f for complete details, or call the GetRequestAuthorizationDetails API with the following authorization id: b2c3d4e5f6a7b8c9d0e1f"}`,
    expect: { action: 'iam:GetUser', resource: 'user janedoe', policyArn: DENY_URI, operation: 'GetUser', authorizationId: 'b2c3d4e5f6a7b8c9d0e1f' },
    count: 1,
  },
  {
    name: 'a Go SDK envelope around the message',
    family: 'authorization-id',
    text: `operation error IAM: CreateRole, https response error StatusCode: 403, RequestID: 1a2b3c4d-1111-2222-3333-444455556666, api error AccessDenied: User: arn:aws:sts::123456789012:assumed-role/ci/gha is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::123456789012:role/app with an explicit deny in a service control policy: ${SCP_URI}. Go to https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/authorization-details/c3d4e5f6a7b8c9d0e1f2a for complete details, or call the GetRequestAuthorizationDetails API with the following authorization id: c3d4e5f6a7b8c9d0e1f2a`,
    expect: { policyType: 'scp', policyArn: SCP_URI, operation: 'CreateRole', errorCode: 'AccessDenied', authorizationId: 'c3d4e5f6a7b8c9d0e1f2a' },
  },
  {
    name: 'messages without the suffix keep both fields null',
    family: 'authorization-id',
    text: 'User: arn:aws:iam::123456789012:user/ops is not authorized to perform: s3:ListBucket on resource: arn:aws:s3:::b',
    expect: { authorizationId: null, authorizationUrl: null, matchedStatements: null, accountSetting: null },
  },

  // ── Access Troubleshooter answers ────────────────────────────────────────────────────────────────────────
  {
    name: 'get-request-authorization-details: one finding per evaluation that did not end in ALLOW',
    family: 'authorization-details',
    text: DETAILS,
    expect: {
      principal: 'arn:aws:iam::123456789012:user/janedoe',
      principalType: 'user',
      accountId: '123456789012',
      action: 'iam:CreateInstanceProfile',
      resource: 'arn:aws:iam::123456789012:instance-profile/my-instance-profile',
      denyKind: 'explicit',
      policyType: 'identity',
      policyArn: DENY_URI,
      authorizationId: 'example1a2b3c4d5e6f7g8h9i0j',
      matchedStatements: [
        { sid: 'DenyInstanceProfiles', effect: 'Deny', policyUri: DENY_URI, policyType: 'identity', statement: null },
        { sid: 'IAMFullAccess', effect: 'Allow', policyUri: 'arn:aws:iam::aws:policy/IAMFullAccess', policyType: 'identity', statement: null },
      ],
    },
    count: 3,
  },
  {
    name: 'with the policy document pasted too, the matched statement itself',
    family: 'authorization-details',
    text: `${DETAILS}\n\n$ aws iam-toolbox get-request-authorization-policy --authorization-id example1a2b3c4d5e6f7g8h9i0j --policy-uri ${DENY_URI}\n{\n    "policyDocument": {\n        "Version": "2012-10-17",\n        "Statement": [\n            {"Sid": "DenyInstanceProfiles", "Effect": "Deny", "Action": "iam:CreateInstanceProfile", "Resource": "*"}\n        ]\n    }\n}`,
    expect: {
      matchedStatements: [
        {
          sid: 'DenyInstanceProfiles',
          effect: 'Deny',
          policyUri: DENY_URI,
          policyType: 'identity',
          statement: { Sid: 'DenyInstanceProfiles', Effect: 'Deny', Action: 'iam:CreateInstanceProfile', Resource: '*' },
        },
        { sid: 'IAMFullAccess', effect: 'Allow', policyUri: 'arn:aws:iam::aws:policy/IAMFullAccess', policyType: 'identity', statement: null },
      ],
    },
    count: 3,
  },
  {
    name: 'an inline policy has an opaque URI: its type from the answer, no policy ARN',
    family: 'authorization-details',
    text: '{"requestContext":{"aws:PrincipalArn":"arn:aws:iam::123456789012:role/app"},"evaluations":[{"action":"s3:PutObject","resource":"arn:aws:s3:::b/k","evaluatedEffect":"EXPLICIT_DENY","matchedPolicies":[{"uri":"inline-7f3a9c","matchedStatements":[{"evaluatedEffect":"DENY","sid":"NoWrites"}]}]}],"policies":[{"type":"PERMISSIONS_BOUNDARY","inline":true,"uri":"inline-7f3a9c","attachedTo":[{"arn":"arn:aws:iam::123456789012:role/app"}]}]}',
    expect: { principal: 'arn:aws:iam::123456789012:role/app', principalType: 'role', policyType: 'boundary', policyArn: null, denyKind: 'explicit', action: 's3:PutObject' },
  },
  {
    name: "a dict literal's values that are code (a subscript, a constant) are no values: the caller is its principalId",
    family: 'python-dict',
    text: 'event = {\n    "detail": {\n        "eventSource": "ec2.amazonaws.com",\n        "eventName": "ModifyInstanceMetadataOptions",\n        "errorCode": "UnauthorizedOperation",\n        "userIdentity": {\n            "type": "IAMUser",\n            "principalId": "AIDAEXAMPLEPRINCIPAL1",\n            "userName": STATE[\'attacker_user\']\n        },\n        "awsRegion": AWS_REGION,\n    }\n}',
    expect: { principal: 'AIDAEXAMPLEPRINCIPAL1', action: 'ec2:ModifyInstanceMetadataOptions', errorCode: 'UnauthorizedOperation' },
  },
  {
    name: "a mock's decoded document whose context names only code expressions is a verdict without its context",
    family: 'decoded-authorization',
    text: 'payload["DecodedMessage"] = json.dumps(\n    {\n        "allowed": False,\n        "explicitDeny": False,\n        "matchedStatements": [],\n        "context": {\n            "principalAccount": profile.ACCOUNT_ID,\n            "principalArn": profile.IAM_USER_ARN,\n        },\n    },\n)',
    expect: { category: 'access-denied', denyKind: 'implicit', principal: null, accountId: null },
  },
  {
    name: 'an EventBridge Pipes execution log: exceptionType is the code, the target it may not invoke the resource',
    family: 'json-log',
    text: '{\n  "messageType": "ExecutionFailed",\n  "error": {\n    "message": "Target invocation failed with error from States. Not allowed to invoke arn:aws:states:eu-west-1:111122223333:stateMachine:orders.",\n    "httpStatusCode": 400,\n    "awsService": "states",\n    "exceptionType": "AccessDenied",\n    "resourceArn": "arn:aws:states:eu-west-1:111122223333:stateMachine:orders"\n  }\n}',
    expect: { category: 'access-denied', errorCode: 'AccessDenied', resource: 'arn:aws:states:eu-west-1:111122223333:stateMachine:orders' },
  },
  {
    name: "a chat's bulleted list of one record's fields is one record; the Tagging API's prefix is tag",
    family: 'yaml',
    text: 'I.e. I\'d get errors like:\n```\n•errorCode: AccessDenied\n •eventName: GetResources\n •eventSource: tagging.amazonaws.com\n```',
    expect: { category: 'access-denied', errorCode: 'AccessDenied', action: 'tag:GetResources', operation: 'GetResources' },
  },
  {
    name: 'a dashed list of fields reads the same',
    family: 'yaml',
    text: '- errorCode: AccessDenied\n- eventName: GetObject\n- eventSource: s3.amazonaws.com\n- userIdentity.arn: arn:aws:iam::111122223333:user/ops',
    expect: { category: 'access-denied', action: 's3:GetObject', operation: 'GetObject' },
  },
);
