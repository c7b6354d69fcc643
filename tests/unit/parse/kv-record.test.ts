// The key/value reader gives the record families the flat loose values a query tool's record gives them.
import { describe, expect, it } from 'vitest';
import { get, str } from '../../../lib/parse/loose-json';
import { kvRecords } from '../../../lib/parse/kv-record';

describe('kvRecords', () => {
  it('reads one record a logfmt line, each with its own values', () => {
    const text = [
      'level=warn eventSource=s3.amazonaws.com eventName=GetObject errorCode=AccessDenied userIdentity.arn=arn:aws:iam::111122223333:user/a',
      'level=warn eventSource=sqs.amazonaws.com eventName=SendMessage errorCode=AccessDenied userIdentity.arn=arn:aws:iam::111122223333:user/b',
    ].join('\n');
    const records = kvRecords(text);
    expect(records.map((r) => [str(get(r, 'eventName')), str(get(r, 'userIdentity.arn'))])).toEqual([
      ['GetObject', 'arn:aws:iam::111122223333:user/a'],
      ['SendMessage', 'arn:aws:iam::111122223333:user/b'],
    ]);
  });

  it('reads a group (@{…} or {…}) into flattened identity keys and a nested request', () => {
    const [ps] = kvRecords('errorCode    : AccessDenied\neventName    : Decrypt\nuserIdentity : @{type=AssumedRole; arn=arn:aws:sts::111122223333:assumed-role/app/s}');
    expect([str(get(ps, 'userIdentity.type')), str(get(ps, 'userIdentity.arn'))]).toEqual(['AssumedRole', 'arn:aws:sts::111122223333:assumed-role/app/s']);
    const [flow] = kvRecords('errorCode: AccessDenied, eventName: GetObject, requestParameters: {bucketName: logs, key: a.txt}');
    expect([str(get(get(flow, 'requestParameters'), 'bucketName')), str(get(get(flow, 'requestParameters'), 'key'))]).toEqual(['logs', 'a.txt']);
  });

  it('keeps a sentence value whole up to its cell or its line end', () => {
    const [row] = kvRecords('| errorCode | AccessDenied |\n| eventName | PutItem |\n| errorMessage | User: arn:aws:iam::111122223333:user/c is not authorized to perform: dynamodb:PutItem |');
    expect(str(get(row, 'errorMessage'))).toBe('User: arn:aws:iam::111122223333:user/c is not authorized to perform: dynamodb:PutItem');
  });

  it.each([
    ['prose naming fields', 'Check the errorCode  in the event, then its eventName and eventSource.'],
    ['a code with no call or caller beside it', 'errorCode=AccessDenied requestId=abc'],
    ['an Athena WHERE', "WHERE errorcode = 'AccessDenied' AND eventname = 'GetObject' AND eventsource = 's3.amazonaws.com'"],
    ['a Logs Insights filter', '| filter errorCode = "AccessDenied" and eventName = "PutObject"'],
    ['values of the wrong shape', 'errorCode=AccessDenied eventSource=somewhere eventName=get-object'],
  ])('no record: %s', (_name, text) => {
    expect(kvRecords(text)).toEqual([]);
  });

  it('stays linear on a flood of code keys', () => {
    const text = 'errorCode  X\n'.repeat(50_000);
    const started = performance.now();
    expect(kvRecords(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
