// The YAML reader gives the record families the same loose values a JSON record gives them.
import { describe, expect, it } from 'vitest';
import { get, items, str } from '../../../lib/parse/loose-json';
import { yamlRecords } from '../../../lib/parse/yaml-block';

const RECORD = [
  'eventVersion: "1.08"',
  'userIdentity:',
  '  type: IAMUser',
  '  arn: arn:aws:iam::111122223333:user/bob',
  'eventName: PutObject',
  'errorCode: AccessDenied',
  'requestParameters:',
  '  bucketName: reports',
  'resources:',
  '- ARN: arn:aws:s3:::reports/a.csv',
  '  type: AWS::S3::Object',
  '- ARN: arn:aws:s3:::reports',
  '  type: AWS::S3::Bucket',
].join('\n');

describe('yamlRecords', () => {
  it('reads nesting, quoted scalars and lists of maps, with the spans of the text', () => {
    const text = `Here is the event:\n${RECORD}\n\nThat is all.`;
    const [record] = yamlRecords(text);
    expect(record).toBeDefined();
    expect(str(get(record, 'eventVersion'))).toBe('1.08');
    expect(str(get(get(record, 'userIdentity'), 'arn'))).toBe('arn:aws:iam::111122223333:user/bob');
    expect(str(get(get(record, 'requestParameters'), 'bucketName'))).toBe('reports');
    const resources = items(get(record, 'resources'));
    expect(resources.map((r) => [str(get(r, 'ARN')), str(get(r, 'type'))])).toEqual([
      ['arn:aws:s3:::reports/a.csv', 'AWS::S3::Object'],
      ['arn:aws:s3:::reports', 'AWS::S3::Bucket'],
    ]);
    expect(text.slice(record!.start, record!.end)).toBe(RECORD);
  });

  it('reads a list of records, each one map', () => {
    const text = `Records:\n${RECORD.replace(/^/gm, '  ').replace(/^  eventVersion/m, '- eventVersion')}\n- eventName: Decrypt\n  errorCode: AccessDenied\n  userIdentity:\n    type: AWSService`;
    const [root] = yamlRecords(text);
    const records = items(get(root, 'Records'));
    expect(records.map((r) => str(get(r, 'eventName')))).toEqual(['PutObject', 'Decrypt']);
  });

  it.each([
    ['a JS object literal (the JSON reader reads it)', "const e = {\n  eventName: 'PutObject',\n  errorCode: 'AccessDenied',\n};"],
    ['a rule that matches on the code names no call or caller', 'rules:\n- name: deny-alert\n  condition:\n    errorCode: AccessDenied\n    eventSource: s3.amazonaws.com'],
    ['prose with the key in a sentence', 'Look for errorCode: AccessDenied in the trail.'],
  ])('no record: %s', (_name, text) => {
    expect(yamlRecords(text)).toEqual([]);
  });

  it("reads Splunk's expanded event view: bracket lines are indentation, collapsed members are empty", () => {
    const text = [' { [-]', '   errorCode: AccessDenied', '   eventName: GetObject', '   requestParameters: { [-]', '     bucketName: logs', '   }', '   sessionContext: { [+] }', '   userIdentity: { [-]', '     arn: arn:aws:iam::111122223333:user/bob', '     type: IAMUser', '   }', '} '].join('\n');
    const [record] = yamlRecords(text);
    expect(str(get(get(record, 'userIdentity'), 'arn'))).toBe('arn:aws:iam::111122223333:user/bob');
    expect(str(get(get(record, 'requestParameters'), 'bucketName'))).toBe('logs');
    expect(record!.keys).toEqual(['errorCode', 'eventName', 'requestParameters', 'sessionContext', 'userIdentity']);
  });

  it('reads a closing brace as the end of the block where the text has no Splunk markers', () => {
    const text = 'handler:\n  errorCode: AccessDenied\n  eventName: GetObject\n}\nuserIdentity:\n  arn: arn:aws:iam::111122223333:user/other';
    const [record] = yamlRecords(text);
    expect(get(record, 'userIdentity')).toBeUndefined();
  });

  it('reads a bounded block around the code, however long the run of YAML lines', () => {
    const text = `${'key: value\n'.repeat(50_000)}errorCode: AccessDenied\neventName: X`;
    const [record] = yamlRecords(text);
    expect(str(get(record, 'eventName'))).toBe('X');
    expect(record!.keys.length).toBeLessThan(1000);
  });
});
