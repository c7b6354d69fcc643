// S3 server access logs, raw and as a log pipeline renders them (examples written for the class, after AWS's documented
// format): a refused request is a finding, a served one is not.
import { describe, expect, it } from 'vitest';
import { parse } from '../../../lib/parse/index';
import { actionOfLoggedOperation } from '../../../lib/parse/s3-access-log';

const OWNER = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';
const line = (requester: string, op: string, key: string, uri: string, status: string, code: string) =>
  `${OWNER} reports-bucket [06/Feb/2026:00:00:38 +0000] 192.0.2.3 ${requester} 3E57427F3EXAMPLE ${op} ${key} "${uri}" ${status} ${code} 243 - 9 - "-" "aws-cli/2.15.30" - s9lzHYrFp76ZVxRcpX9+5cjAnEH2ROuNkd2BHfIa6UkFVdtjf5mKR3/eTPFvsiP/XV/VLi31234= SigV4 ECDHE-RSA-AES128-GCM-SHA256 AuthHeader reports-bucket.s3.eu-west-1.amazonaws.com TLSv1.2 - -`;

describe('S3 server access logs', () => {
  it('a refused GET names the requester, the object, s3:GetObject and the code', () => {
    const [f] = parse(line('arn:aws:iam::111122223333:user/ci', 'REST.GET.OBJECT', '2026/q1%20final.csv', 'GET /reports-bucket/2026/q1%20final.csv HTTP/1.1', '403', 'AccessDenied'));
    expect(f).toMatchObject({
      category: 'access-denied',
      principal: 'arn:aws:iam::111122223333:user/ci',
      principalType: 'user',
      accountId: '111122223333',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::reports-bucket/2026/q1 final.csv',
      errorCode: 'AccessDenied',
      operation: 'REST.GET.OBJECT',
    });
  });

  it('a line wrapped by the page it was pasted from reads the same; HEAD on the bucket is s3:ListBucket', () => {
    const wrapped = line('arn:aws:iam::111122223333:user/config', 'REST.HEAD.BUCKET', '-', 'HEAD / HTTP/1.1', '403', 'AccessDenied').replace(/ (?=192\.0|REST\.|- "HEAD|SigV4)/g, '  \n');
    expect(parse(wrapped)[0]).toMatchObject({ action: 's3:ListBucket', resource: 'arn:aws:s3:::reports-bucket', operation: 'REST.HEAD.BUCKET' });
  });

  it("a writer's [redacted] in the bucket and the caller keeps the line a finding", () => {
    const redacted = `be9fe0fecc654069de91eae291bd5c9c [redacted]-media-[redacted] [01/Nov/2026:00:28:18 +0000] 10.0.0.9 arn:aws:sts::[redacted]:assumed-role/[redacted]-Transcoder/Session 232D99AD8CED877E REST.HEAD.BUCKET - "HEAD /[redacted]-media-[redacted] HTTP/1.1" 403 AccessDenied 243 - 9 - "-" "-" -`;
    expect(parse(redacted)[0]).toMatchObject({
      principal: 'arn:aws:sts::[redacted]:assumed-role/[redacted]-Transcoder/Session',
      action: 's3:ListBucket',
      resource: 'arn:aws:s3:::[redacted]-media-[redacted]',
      errorCode: 'AccessDenied',
      operation: 'REST.HEAD.BUCKET',
    });
  });

  it('a signature mismatch is a credentials failure; an anonymous requester (-) names no caller', () => {
    const [f] = parse(line('-', 'REST.PUT.OBJECT', 'a.txt', 'PUT /reports-bucket/a.txt HTTP/1.1', '403', 'SignatureDoesNotMatch'));
    expect(f).toMatchObject({ category: 'credentials', principal: null, errorCode: 'SignatureDoesNotMatch', operation: 'REST.PUT.OBJECT' });
  });

  it('a served request (200, no code) and a missing key (404 NoSuchKey) are no findings', () => {
    expect(parse(line('arn:aws:iam::111122223333:user/ci', 'REST.GET.OBJECT', 'a.txt', 'GET /reports-bucket/a.txt HTTP/1.1', '200', '-'))).toEqual([]);
    expect(parse(line('arn:aws:iam::111122223333:user/ci', 'REST.GET.OBJECT', 'a.txt', 'GET /reports-bucket/a.txt HTTP/1.1', '404', 'NoSuchKey'))).toEqual([]);
  });

  it("a line its writer shortened with […]: bucket, key, operation and code still read; no caller guessed", () => {
    const [f] = parse('```\n[..] exfil-bucket […] 8.8.8.8 – […] REST.GET.OBJECT Secret%20Data "GET /Secret%20Data HTTP/1.1" 403 AccessDenied 243 - 18 - "-" "agent" – […]\n```');
    expect(f).toMatchObject({ principal: null, action: 's3:GetObject', resource: 'arn:aws:s3:::exfil-bucket/Secret Data', errorCode: 'AccessDenied', operation: 'REST.GET.OBJECT' });
  });

  it('the fields as a log pipeline renders them', () => {
    const [f] = parse('{"bucket": "audit-logs", "requester": "arn:aws:iam::111122223333:user/delivery", "operation": "REST.GET.OBJECT", "key": "2026/a.json", "httpstatus": 403, "errorcode": "AccessDenied"}');
    expect(f).toMatchObject({ principal: 'arn:aws:iam::111122223333:user/delivery', action: 's3:GetObject', resource: 'arn:aws:s3:::audit-logs/2026/a.json', errorCode: 'AccessDenied', operation: 'REST.GET.OBJECT' });
  });

  it.each([
    ['REST.GET.BUCKET', null, 's3:ListBucket'],
    ['REST.PUT.OBJECT', 'a', 's3:PutObject'],
    ['REST.DELETE.OBJECT', 'a', 's3:DeleteObject'],
    ['REST.GET.BUCKETPOLICY', null, 's3:GetBucketPolicy'],
    ['REST.GET.ACL', 'a', 's3:GetObjectAcl'],
    ['REST.GET.ACL', null, 's3:GetBucketAcl'],
    ['REST.GET.OBJECT_TAGGING', 'a', 's3:GetObjectTagging'],
    ['REST.POST.UPLOADS', 'a', 's3:PutObject'],
  ])('%s (key %s) is %s', (op, key, action) => {
    expect(actionOfLoggedOperation(op, key)).toBe(action);
  });
});
