// The records of the synthetic trail (synthetic-trail.ts): ordinary traffic and every kind of denial CloudTrail
// records, built as the CloudTrail User Guide documents record contents. Accounts are documentation examples.
import type { Rand } from './prng';

type Rec = Record<string, unknown>;

export const ACCOUNT = '111122223333';
const OTHER = '444455556666';
export const REGIONS = ['us-east-1', 'eu-west-1', 'ap-northeast-1'];

function hex(r: Rand, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += Math.floor(r() * 16).toString(16);
  return out;
}
function uuid(r: Rand): string {
  return `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-8${hex(r, 3)}-${hex(r, 12)}`;
}
function pick<T>(r: Rand, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)]!;
}
function ip(r: Rand): string {
  return `${pick(r, ['203.0.113', '198.51.100', '192.0.2'])}.${1 + Math.floor(r() * 250)}`;
}

const ROLE_SESSION = (role: string, session: string, account = ACCOUNT) => ({
  type: 'AssumedRole',
  principalId: `AROA${role.toUpperCase().slice(0, 8).padEnd(8, 'X')}EXAMPLE:${session}`,
  arn: `arn:aws:sts::${account}:assumed-role/${role}/${session}`,
  accountId: account,
  accessKeyId: 'ASIAEXAMPLEKEY00001',
  sessionContext: {
    sessionIssuer: {
      type: 'Role',
      principalId: `AROA${role.toUpperCase().slice(0, 8).padEnd(8, 'X')}EXAMPLE`,
      arn: `arn:aws:iam::${account}:role/${role}`,
      accountId: account,
      userName: role,
    },
    webIdFederationData: {},
    attributes: { creationDate: '2026-03-02T08:00:00Z', mfaAuthenticated: 'false' },
  },
});
const USER = (name: string) => ({
  type: 'IAMUser',
  principalId: `AIDA${name.toUpperCase().padEnd(12, 'X')}EXAMPLE`,
  arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
  accountId: ACCOUNT,
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  userName: name,
});

function base(r: Rand, time: string, region: string, identity: unknown, source: string, name: string, agent: string): Rec {
  return {
    eventVersion: '1.09',
    userIdentity: identity,
    eventTime: time,
    eventSource: source,
    eventName: name,
    awsRegion: region,
    sourceIPAddress: ip(r),
    userAgent: agent,
  };
}

function tail(r: Rand, rec: Rec, type = 'AwsApiCall', category = 'Management'): Rec {
  rec.requestID = uuid(r);
  rec.eventID = uuid(r);
  rec.readOnly = true;
  rec.eventType = type;
  rec.managementEvent = category === 'Management';
  rec.recipientAccountId = ACCOUNT;
  rec.eventCategory = category;
  rec.tlsDetails = { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256', clientProvidedHostHeader: `${String(rec.eventSource).split('.')[0]}.${String(rec.awsRegion)}.amazonaws.com` };
  return rec;
}

const AGENTS = [
  'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.0 exe/x86_64.debian.12 prompt/off command/s3.cp',
  'Boto3/1.34.60 md/Botocore#1.34.60 ua/2.0 os/linux#6.1.0 md/arch#x86_64 lang/python#3.12.2 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.34.60',
  'aws-sdk-js/3.540.0 ua/2.0 os/linux#6.1.0 lang/js md/nodejs#20.11.1 api/s3#3.540.0',
  'AWS Internal',
  'console.amazonaws.com',
];

/** Ordinary traffic: successful calls (the first five) and errors that are not denials (the last three). */
export const OK_EVENTS: Array<(r: Rand, time: string, region: string) => Rec> = [
  (r, time, region) => {
    const rec = base(r, time, region, { type: 'AWSService', invokedBy: 'ec2.amazonaws.com' }, 'sts.amazonaws.com', 'AssumeRole', 'ec2.amazonaws.com');
    rec.sourceIPAddress = 'ec2.amazonaws.com';
    rec.requestParameters = { roleArn: `arn:aws:iam::${ACCOUNT}:role/app-instance`, roleSessionName: `i-0${hex(r, 16)}` };
    rec.responseElements = {
      credentials: { accessKeyId: `ASIA${hex(r, 16).toUpperCase()}`, sessionToken: hex(r, 180), expiration: 'Mar 2, 2026, 4:00:00 PM' },
      assumedRoleUser: { assumedRoleId: `AROAEXAMPLE:i-0${hex(r, 16)}`, arn: `arn:aws:sts::${ACCOUNT}:assumed-role/app-instance/i-0${hex(r, 16)}` },
    };
    rec.resources = [{ accountId: ACCOUNT, type: 'AWS::IAM::Role', ARN: `arn:aws:iam::${ACCOUNT}:role/app-instance` }];
    rec.sharedEventID = uuid(r);
    return tail(r, rec);
  },
  (r, time, region) => {
    const rec = base(r, time, region, ROLE_SESSION('Dev', 'ana'), 'ec2.amazonaws.com', 'DescribeInstances', pick(r, AGENTS));
    rec.requestParameters = { instancesSet: {}, filterSet: { items: [{ name: 'tag:team', valueSet: { items: [{ value: 'payments' }] } }] } };
    rec.responseElements = null;
    return tail(r, rec);
  },
  (r, time, region) => {
    const key = `exports/2026/03/${hex(r, 8)}.parquet`;
    const rec = base(r, time, region, ROLE_SESSION('etl', 'glue-job'), 's3.amazonaws.com', pick(r, ['GetObject', 'PutObject', 'HeadObject']), pick(r, AGENTS));
    rec.requestParameters = { bucketName: 'analytics-lake', Host: 'analytics-lake.s3.us-east-1.amazonaws.com', key };
    rec.responseElements = null;
    rec.additionalEventData = {
      SignatureVersion: 'SigV4',
      CipherSuite: 'TLS_AES_128_GCM_SHA256',
      bytesTransferredIn: 0,
      AuthenticationMethod: 'AuthHeader',
      'x-amz-id-2': hex(r, 76),
      bytesTransferredOut: Math.floor(r() * 5e6),
    };
    rec.resources = [
      { type: 'AWS::S3::Object', ARN: `arn:aws:s3:::analytics-lake/${key}` },
      { accountId: ACCOUNT, type: 'AWS::S3::Bucket', ARN: 'arn:aws:s3:::analytics-lake' },
    ];
    return tail(r, rec, 'AwsApiCall', 'Data');
  },
  (r, time, region) => {
    const rec = base(r, time, region, { type: 'AWSService', invokedBy: 'lambda.amazonaws.com' }, 'kms.amazonaws.com', 'Decrypt', 'lambda.amazonaws.com');
    rec.sourceIPAddress = 'lambda.amazonaws.com';
    rec.requestParameters = { encryptionAlgorithm: 'SYMMETRIC_DEFAULT', encryptionContext: { 'aws:lambda:FunctionArn': `arn:aws:lambda:${region}:${ACCOUNT}:function:orders` } };
    rec.responseElements = null;
    rec.resources = [{ accountId: ACCOUNT, type: 'AWS::KMS::Key', ARN: `arn:aws:kms:${region}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab` }];
    return tail(r, rec);
  },
  (r, time, region) => {
    const rec = base(r, time, region, USER('deploy-bot'), 'iam.amazonaws.com', 'GetRole', pick(r, AGENTS));
    rec.requestParameters = { roleName: pick(r, ['app-instance', 'etl', 'ci-deployer']) };
    rec.responseElements = null;
    return tail(r, rec);
  },
  (r, time, region) => {
    const rec = base(r, time, region, ROLE_SESSION('orders-api', 'orders-api'), 'dynamodb.amazonaws.com', 'PutItem', pick(r, AGENTS));
    rec.errorCode = 'ProvisionedThroughputExceededException';
    rec.errorMessage = 'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.';
    rec.requestParameters = { tableName: 'orders', key: { pk: `order#${hex(r, 10)}` } };
    rec.responseElements = null;
    return tail(r, rec, 'AwsApiCall', 'Data');
  },
  (r, time, region) => {
    const rec = base(r, time, region, ROLE_SESSION('Dev', 'ana'), 'ec2.amazonaws.com', 'DescribeInstanceStatus', pick(r, AGENTS));
    rec.errorCode = 'Client.InvalidInstanceID.NotFound';
    rec.errorMessage = `The instance ID 'i-0${hex(r, 16)}' does not exist`;
    rec.requestParameters = { instancesSet: { items: [{ instanceId: `i-0${hex(r, 16)}` }] } };
    rec.responseElements = null;
    return tail(r, rec);
  },
  (r, time, region) => {
    const rec = base(r, time, region, ROLE_SESSION('etl', 'glue-job'), 's3.amazonaws.com', 'GetObject', pick(r, AGENTS));
    rec.errorCode = 'NoSuchKey';
    rec.errorMessage = 'The specified key does not exist.';
    rec.requestParameters = { bucketName: 'analytics-lake', Host: 'analytics-lake.s3.amazonaws.com', key: `missing/${hex(r, 6)}` };
    rec.responseElements = null;
    return tail(r, rec, 'AwsApiCall', 'Data');
  },
];

export interface DenialKind {
  name: string;
  /** Share of the denials (relative weights). */
  weight: number;
  make: (r: Rand, time: string, region: string, i: number) => Rec;
}

/** The denial groups the trail holds; one group each (same principal, action, resource, layer). */
export const DENIALS: DenialKind[] = [
  {
    name: 's3-get-access-denied',
    weight: 30,
    make: (r, time, region) => {
      const rec = base(r, time, region, ROLE_SESSION('ci-runner', 'github-actions'), 's3.amazonaws.com', 'GetObject', AGENTS[0]!);
      rec.errorCode = 'AccessDenied';
      rec.errorMessage = 'Access Denied';
      rec.requestParameters = { bucketName: 'release-artifacts', Host: 'release-artifacts.s3.amazonaws.com', key: 'builds/latest/app.zip' };
      rec.responseElements = null;
      rec.additionalEventData = { SignatureVersion: 'SigV4', CipherSuite: 'TLS_AES_128_GCM_SHA256', bytesTransferredIn: 0, AuthenticationMethod: 'AuthHeader', 'x-amz-id-2': hex(r, 76), bytesTransferredOut: 243 };
      rec.resources = [
        { type: 'AWS::S3::Object', ARN: 'arn:aws:s3:::release-artifacts/builds/latest/app.zip' },
        { accountId: OTHER, type: 'AWS::S3::Bucket', ARN: 'arn:aws:s3:::release-artifacts' },
      ];
      return tail(r, rec, 'AwsApiCall', 'Data');
    },
  },
  {
    name: 'kms-decrypt-identity',
    weight: 20,
    make: (r, time, region) => {
      const rec = base(r, time, region, ROLE_SESSION('orders-api', 'orders-api'), 'kms.amazonaws.com', 'Decrypt', AGENTS[2]!);
      rec.errorCode = 'AccessDenied';
      rec.errorMessage = `User: arn:aws:sts::${ACCOUNT}:assumed-role/orders-api/orders-api is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:Decrypt action`;
      rec.requestParameters = { encryptionAlgorithm: 'SYMMETRIC_DEFAULT' };
      rec.responseElements = null;
      return tail(r, rec);
    },
  },
  {
    name: 'ec2-run-encoded',
    weight: 8,
    make: (r, time, region) => {
      const rec = base(r, time, region, USER('deploy-bot'), 'ec2.amazonaws.com', 'RunInstances', AGENTS[1]!);
      rec.errorCode = 'Client.UnauthorizedOperation';
      // The encoded blob differs on every request: one group still, since fingerprints leave the message out.
      rec.errorMessage = `You are not authorized to perform this operation. Encoded authorization failure message: ${hex(r, 40)}-${hex(r, 300)}`;
      rec.requestParameters = { instancesSet: { items: [{ imageId: 'ami-0abcdef1234567890', minCount: 1, maxCount: 1 }] }, instanceType: 't3.micro' };
      rec.responseElements = null;
      return tail(r, rec);
    },
  },
  {
    name: 'sts-assume-admin',
    weight: 10,
    make: (r, time, region) => {
      const rec = base(r, time, region, USER('alice'), 'sts.amazonaws.com', 'AssumeRole', AGENTS[4]!);
      rec.errorCode = 'AccessDenied';
      rec.errorMessage = `User: arn:aws:iam::${ACCOUNT}:user/alice is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${ACCOUNT}:role/Admin`;
      rec.requestParameters = { roleArn: `arn:aws:iam::${ACCOUNT}:role/Admin`, roleSessionName: `alice-${hex(r, 6)}` };
      rec.responseElements = null;
      return tail(r, rec);
    },
  },
  {
    name: 'iam-scp-explicit',
    weight: 6,
    make: (r, time, region) => {
      const rec = base(r, time, 'us-east-1', ROLE_SESSION('Dev', 'ana'), 'iam.amazonaws.com', 'CreateUser', AGENTS[4]!);
      rec.errorCode = 'AccessDenied';
      rec.errorMessage = `User: arn:aws:sts::${ACCOUNT}:assumed-role/Dev/ana is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::${ACCOUNT}:user/tmp-${'x'} with an explicit deny in a service control policy`;
      rec.requestParameters = { userName: 'tmp-x' };
      rec.responseElements = null;
      return tail(r, rec);
    },
  },
  {
    name: 'lambda-invoke-resource',
    weight: 5,
    make: (r, time, region) => {
      const rec = base(r, time, region, ROLE_SESSION('Dev', 'ana'), 'lambda.amazonaws.com', 'Invoke', AGENTS[0]!);
      rec.errorCode = 'AccessDeniedException';
      rec.errorMessage = `User: arn:aws:sts::${ACCOUNT}:assumed-role/Dev/ana is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:us-east-1:${OTHER}:function:billing because no resource-based policy allows the lambda:InvokeFunction action`;
      rec.requestParameters = { functionName: `arn:aws:lambda:us-east-1:${OTHER}:function:billing` };
      rec.responseElements = null;
      return tail(r, rec, 'AwsApiCall', 'Data');
    },
  },
  {
    name: 'dynamodb-explicit-identity',
    weight: 5,
    make: (r, time, region) => {
      const rec = base(r, time, region, ROLE_SESSION('orders-api', 'orders-api'), 'dynamodb.amazonaws.com', 'DeleteTable', AGENTS[2]!);
      rec.errorCode = 'AccessDeniedException';
      rec.errorMessage = `User: arn:aws:sts::${ACCOUNT}:assumed-role/orders-api/orders-api is not authorized to perform: dynamodb:DeleteTable on resource: arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders with an explicit deny in an identity-based policy`;
      rec.requestParameters = { tableName: 'orders' };
      rec.responseElements = null;
      return tail(r, rec);
    },
  },
  {
    name: 'service-put-trail-bucket',
    weight: 4,
    make: (r, time, region) => {
      const rec = base(r, time, region, { type: 'AWSService', invokedBy: 'cloudtrail.amazonaws.com' }, 's3.amazonaws.com', 'PutObject', 'cloudtrail.amazonaws.com');
      rec.sourceIPAddress = 'cloudtrail.amazonaws.com';
      rec.errorCode = 'AccessDenied';
      rec.errorMessage = 'Access Denied';
      // One object per region: three groups of this kind.
      rec.requestParameters = { bucketName: 'org-trail-logs', key: `AWSLogs/${ACCOUNT}/CloudTrail/${region}/2026/03/02/${ACCOUNT}_CloudTrail_${region}_20260302T1000Z_0a1b2c3d.json.gz` };
      rec.responseElements = null;
      return tail(r, rec, 'AwsApiCall', 'Data');
    },
  },
  {
    name: 'invalid-token',
    weight: 7,
    make: (r, time, region) => {
      const rec = base(r, time, region, { type: 'IAMUser', principalId: 'AIDAOLDKEYEXAMPLE', accountId: ACCOUNT, accessKeyId: 'AKIAOLDKEYEXAMPLE00', userName: 'legacy-job' }, 'sqs.amazonaws.com', 'SendMessage', AGENTS[1]!);
      rec.errorCode = 'InvalidClientTokenId';
      rec.errorMessage = 'The security token included in the request is invalid.';
      rec.requestParameters = null;
      rec.responseElements = null;
      return tail(r, rec);
    },
  },
  {
    name: 'expired-token',
    weight: 5,
    make: (r, time, region) => {
      const rec = base(r, time, region, ROLE_SESSION('Dev', 'ana'), 'logs.amazonaws.com', 'PutLogEvents', AGENTS[2]!);
      rec.errorCode = 'ExpiredToken';
      rec.errorMessage = 'The security token included in the request is expired';
      rec.requestParameters = null;
      rec.responseElements = null;
      return tail(r, rec);
    },
  },
];
