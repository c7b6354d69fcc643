// ARN templates, the operation → action table and the dependent actions: every action they name exists in the
// IAM data, and matching stays linear on hostile input.
import { beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate, matchTemplate, placeholderFor, templateSpecificity } from '../../../lib/iam/arn-template';
import { kmsNeedForS3, passedToServiceForOperation, passRoleNeed } from '../../../lib/iam/dependent-actions';
import type { IamIndex } from '../../../lib/iam/index';
import { allServices } from './all-services';
import { actionsForOperation, serviceOfOperation, servicePrefixFromName } from '../../../lib/iam/operations';
import { serviceLoaders } from '../../../lib/iam/generated/services.js';

let all: IamIndex;
beforeAll(() => {
  all = allServices();
});

const OBJECT = 'arn:${Partition}:s3:::${BucketName}/${ObjectName}';
const BUCKET = 'arn:${Partition}:s3:::${BucketName}';
const STREAM = 'arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}:log-stream:${LogStreamName}';

describe('ARN templates', () => {
  it('reads the variables of an ARN and prefers the more specific template', () => {
    expect(matchTemplate(OBJECT, 'arn:aws:s3:::b/dir/file:v1')).toEqual({ Partition: 'aws', BucketName: 'b', ObjectName: 'dir/file:v1' });
    expect(matchTemplate(BUCKET, 'arn:aws:s3:::b')).toEqual({ Partition: 'aws', BucketName: 'b' });
    expect(matchTemplate(OBJECT, 'arn:aws:s3:::b')).toBeNull();
    expect(templateSpecificity(OBJECT)).toBeGreaterThan(templateSpecificity(BUCKET));
    expect(matchTemplate(STREAM, 'arn:aws:logs:eu-west-1:111122223333:log-group:/aws/lambda/f:log-stream:2026/01/01')).toMatchObject({
      LogGroupName: '/aws/lambda/f',
      LogStreamName: '2026/01/01',
    });
  });

  it('fills what is known and marks the rest', () => {
    expect(fillTemplate(OBJECT, { Partition: 'aws-cn', BucketName: 'b' })).toEqual({ arn: 'arn:aws-cn:s3:::b/OBJECT_NAME', placeholders: ['OBJECT_NAME'] });
    expect(fillTemplate(STREAM, { Partition: 'aws' }, new Set(['LogStreamName'])).arn).toBe('arn:aws:logs:REGION:ACCOUNT_ID:log-group:LOG_GROUP_NAME:log-stream:*');
    expect(placeholderFor('RoleNameWithPath')).toBe('ROLE_NAME');
    expect(placeholderFor('DBInstanceIdentifier')).toBe('DB_INSTANCE_IDENTIFIER');
  });

  it('answers on hostile input', () => {
    const hostile = 'arn:aws:logs:' + 'a:'.repeat(500) + 'log-group:' + ':log-stream:'.repeat(150);
    // Its time is measured by `npm run bench` (scripts/bench/hostile.ts), not asserted here.
    expect(() => matchTemplate(STREAM, hostile)).not.toThrow();
  });
});

describe('operations that are authorized under another name', () => {
  it.each([
    ['ListObjectsV2', 's3', ['s3:ListBucket']],
    ['ListObjects', 's3', ['s3:ListBucket']],
    ['HeadObject', 's3', ['s3:GetObject']],
    ['HeadBucket', 's3', ['s3:ListBucket']],
    ['ListBuckets', 's3', ['s3:ListAllMyBuckets']],
    ['CopyObject', 's3', ['s3:PutObject', 's3:GetObject']],
    ['GetBucketEncryption', 's3', ['s3:GetEncryptionConfiguration']],
    ['DeleteBucketCors', 's3', ['s3:PutBucketCORS']],
    ['Invoke', 'lambda', ['lambda:InvokeFunction']],
    ['SendMessageBatch', 'sqs', ['sqs:SendMessage']],
    ['Converse', 'bedrock', ['bedrock:InvokeModel']],
    ['GetItem', 'dynamodb', ['dynamodb:GetItem']],
  ])('%s (%s) → %j', (op, service, actions) => {
    expect(actionsForOperation(op, service)?.actions).toEqual(actions);
  });

  it('resolves the service from the operation alone only when unmistakable', () => {
    expect(serviceOfOperation('GetObject')).toBe('s3');
    expect(serviceOfOperation('ListObjectsV2')).toBe('s3');
    expect(serviceOfOperation('DescribeInstances')).toBe('ec2');
    expect(serviceOfOperation('Foo', 'Client.UnauthorizedOperation')).toBe('ec2');
    expect(serviceOfOperation('PutRecord')).toBeNull(); // Kinesis and Firehose
    // SES v1 and v2 both authorize sends as ses:SendEmail.
    expect(actionsForOperation('SendEmail', serviceOfOperation('SendEmail'))?.actions).toEqual(['ses:SendEmail']);
    expect(actionsForOperation('Invoke', null)?.actions).toEqual(['lambda:InvokeFunction']);
    expect(actionsForOperation('not an op!', 's3')).toBeNull();
    // Ruby and Python print the method: `assume_role`, `list_objects_v2`.
    expect(actionsForOperation('assume_role', 'sts')?.actions).toEqual(['sts:AssumeRole']);
    expect(actionsForOperation('list_objects_v2', 's3')?.actions).toEqual(['s3:ListBucket']);
    expect(serviceOfOperation('get_object')).toBe('s3');
    expect(actionsForOperation('_assume', 'sts')).toBeNull();
    expect(actionsForOperation('Assume_Role', 'sts')).toBeNull();
    expect(servicePrefixFromName('CloudWatch Logs')).toBe('logs');
    expect(servicePrefixFromName('AmazonS3')).toBe('s3');
    expect(servicePrefixFromName('AWSSecurityTokenService')).toBe('sts');
  });

  it('an operation detection rules watch names its one service, as the Service Authorization Reference has it', () => {
    const ops = ['DeleteTrail', 'StopLogging', 'PutEventSelectors', 'CreateAccessKey', 'AttachRolePolicy', 'UpdateAssumeRolePolicy', 'ScheduleKeyDeletion', 'StopConfigurationRecorder', 'AuthorizeSecurityGroupIngress', 'GetSessionToken'];
    const services = [...new Set(Object.keys(serviceLoaders))].filter((s) => all.hasService(s));
    for (const op of ops) {
      const service = serviceOfOperation(op);
      expect(service, op).not.toBeNull();
      const owners = services.filter((s) => all.actionsOf(s).some((a) => a.name.toLowerCase() === op.toLowerCase()));
      expect(owners, op).toEqual([service]);
    }
  });

  it('names only actions that exist', () => {
    const ops = ['ListObjectsV2', 'HeadObject', 'HeadBucket', 'GetObjectAttributes', 'ListBuckets', 'ListMultipartUploads', 'ListParts', 'UploadPartCopy', 'DeleteObjects', 'GetPublicAccessBlock', 'PutPublicAccessBlock', 'GetBucketEncryption', 'GetBucketLifecycleConfiguration', 'GetBucketCors', 'GetBucketReplication', 'GetBucketAnalyticsConfiguration', 'GetBucketInventoryConfiguration', 'GetBucketMetricsConfiguration', 'GetBucketIntelligentTieringConfiguration', 'GetBucketAccelerateConfiguration', 'GetBucketNotificationConfiguration', 'GetObjectLockConfiguration', 'DeleteBucketOwnershipControls', 'DeleteBucketTagging', 'RestoreObject', 'GetBucketPolicyStatus'];
    const missing: string[] = [];
    for (const op of ops) for (const a of actionsForOperation(op, 's3')?.actions ?? ['none:none']) if (!all.action(a)) missing.push(`${op} → ${a}`);
    for (const [op, svc] of [['Invoke', 'lambda'], ['SendMessageBatch', 'sqs'], ['DeleteMessageBatch', 'sqs'], ['PublishBatch', 'sns'], ['TransactWriteItems', 'dynamodb'], ['Converse', 'bedrock'], ['ConverseStream', 'bedrock']] as const) {
      for (const a of actionsForOperation(op, svc)?.actions ?? ['none:none']) if (!all.action(a)) missing.push(`${op} → ${a}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('dependent actions', () => {
  it('iam:PassRole with the service that receives the role', () => {
    expect(passRoleNeed('lambda:CreateFunction')).toEqual({ passedToService: 'lambda.amazonaws.com', always: true });
    expect(passRoleNeed('ec2:RunInstances')?.always).toBe(false);
    expect(passRoleNeed('s3:GetObject')).toBeNull();
    expect(passedToServiceForOperation('CreateFunction')).toBe('lambda.amazonaws.com');
    expect(kmsNeedForS3('s3:GetObject')).toEqual({ actions: ['kms:Decrypt'] });
    expect(kmsNeedForS3('s3:PutObject')).toEqual({ actions: ['kms:GenerateDataKey', 'kms:Decrypt'] });
  });

  it('every action that passes a role exists and has iam:PassedToService-scoped PassRole available', async () => {
    const src = (await import('../../../lib/iam/dependent-actions?raw')).default as string;
    const actions = [...src.matchAll(/'([a-z0-9-]+:[a-z0-9]+)': \{ passedToService/g)].map((m) => m[1] ?? '');
    expect(actions.length).toBeGreaterThan(40);
    expect(actions.filter((a) => !all.action(a))).toEqual([]);
    expect(all.action('iam:PassRole')?.resourceTypes.map((r) => r.key)).toEqual(['role']);
  });
});
