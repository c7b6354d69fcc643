// The small rules the structured families rely on, as tables.
import { describe, expect, it } from 'vitest';
import { servicePrefixFromEventSource } from '../../../lib/iam/event-sources';
import { actionForEvent, operationFromEventName } from '../../../lib/iam/operations';
import { policyTypeOfUri } from '../../../lib/parse/authorization-details';
import { withServicePrefix } from '../../../lib/parse/decoded-authorization';
import { parse } from '../../../lib/parse/index';

describe('CloudTrail eventSource + eventName → action', () => {
  const table: Array<[string, string, string | null]> = [
    ['s3.amazonaws.com', 'GetObject', 's3:GetObject'],
    ['s3.amazonaws.com', 'ListObjectsV2', 's3:ListBucket'],
    ['s3.amazonaws.com', 'HeadObject', 's3:GetObject'],
    ['s3.amazonaws.com', 'ListBuckets', 's3:ListAllMyBuckets'],
    ['lambda.amazonaws.com', 'Invoke', 'lambda:InvokeFunction'],
    ['lambda.amazonaws.com', 'UpdateFunctionCode20150331v2', 'lambda:UpdateFunctionCode'],
    ['monitoring.amazonaws.com', 'PutMetricData', 'cloudwatch:PutMetricData'],
    ['kms.amazonaws.com', 'Decrypt', 'kms:Decrypt'],
    ['bedrock.amazonaws.com', 'Converse', 'bedrock:InvokeModel'],
    ['ec2.amazonaws.com.cn', 'RunInstances', 'ec2:RunInstances'],
    ['not a host', 'GetObject', null],
    ['s3.amazonaws.com', 'Get Object', null],
  ];
  for (const [source, name, action] of table) {
    it(`${source} ${name}`, () => expect(actionForEvent(source, name)).toBe(action));
  }
  it('prefixes and versioned names', () => {
    expect(servicePrefixFromEventSource('email.amazonaws.com')).toBe('ses');
    expect(servicePrefixFromEventSource('iam-toolbox.amazonaws.com')).toBe('iam');
    expect(operationFromEventName('CreateEventSourceMapping20150331')).toBe('CreateEventSourceMapping');
    expect(operationFromEventName('GetObject')).toBe('GetObject');
  });
});

describe('decoded messages: the service prefix of a bare action', () => {
  const table: Array<[string, string | null, string | null, string]> = [
    ['RunInstances', 'arn:aws:ec2:us-east-1:111122223333:instance/*', null, 'ec2:RunInstances'],
    ['DescribeInstances', '*', 'ec2', 'ec2:DescribeInstances'],
    ['PassRole', 'arn:aws:iam::111122223333:role/App', 'ec2', 'iam:PassRole'],
    ['iam:PassRole', 'arn:aws:iam::111122223333:role/App', 'ec2', 'iam:PassRole'],
    ['RunInstances', '*', null, 'RunInstances'],
  ];
  for (const [action, resource, service, expected] of table) {
    it(`${action} on ${resource}`, () => expect(withServicePrefix(action, resource, service)).toBe(expected));
  }
});

describe('Access Troubleshooter: the layer of a policy URI', () => {
  const table: Array<[string, string | null]> = [
    ['arn:aws:organizations::999988887777:policy/o-abc/service_control_policy/p-123', 'scp'],
    ['arn:aws:organizations::999988887777:policy/o-abc/resource_control_policy/p-456', 'rcp'],
    ['arn:aws:iam::123456789012:policy/DenyProfiles', 'identity'],
    ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'identity'],
    ['inline-7f3a9c', null],
  ];
  for (const [uri, type] of table) it(uri, () => expect(policyTypeOfUri(uri)).toBe(type));
});

describe('structured input stays linear and safe', () => {
  it('a large Records file is read in one pass', () => {
    const record = (i: number) =>
      `{"eventVersion":"1.09","userIdentity":{"type":"IAMUser","arn":"arn:aws:iam::111122223333:user/u${i}"},"eventSource":"s3.amazonaws.com","eventName":"GetObject","errorCode":"${i % 50 === 0 ? 'AccessDenied' : 'NoSuchKey'}","requestParameters":{"bucketName":"b","key":"k${i}"}}`;
    const text = `{"Records":[${Array.from({ length: 3000 }, (_, i) => record(i)).join(',')}]}`;
    // Its time is measured by `npm run bench` (scripts/bench/hostile.ts), not asserted here.
    const found = parse(text);
    expect(found.map((f) => f.principal)).toEqual(Array.from({ length: 60 }, (_, i) => `arn:aws:iam::111122223333:user/u${i * 50}`));
  });
});
