import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../lib/history/fingerprint';
import { makeFinding } from './fixtures/findings';

describe('fingerprint', () => {
  it('is the same for the same denial seen through another channel or retry', () => {
    const console = makeFinding();
    const pasted = makeFinding({
      message: 'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: User: … request id 4F2A',
      errorCode: 'AccessDeniedException',
      encoded: true,
    });
    expect(fingerprint(pasted)).toBe(fingerprint(console));
  });

  it('treats IAM action names case-insensitively', () => {
    expect(fingerprint(makeFinding({ action: 's3:listbucket' }))).toBe(fingerprint(makeFinding({ action: 'S3:ListBucket' })));
  });

  it('differs when who, what, where or the blamed layer differs', () => {
    const base = fingerprint(makeFinding());
    const variants = [
      makeFinding({ principal: 'arn:aws:sts::123456789012:assumed-role/Dev/bob' }),
      makeFinding({ action: 's3:GetObject' }),
      makeFinding({ resource: 'arn:aws:s3:::other-bucket' }),
      makeFinding({ policyType: 'scp' }),
      makeFinding({ denyKind: 'explicit' }),
      makeFinding({ policyArn: 'arn:aws:organizations::111122223333:policy/o-abc/service_control_policy/p-1' }),
    ];
    const prints = new Set(variants.map(fingerprint));
    expect(prints.size).toBe(variants.length);
    expect(prints.has(base)).toBe(false);
  });

  it('keeps field boundaries: moving text between fields changes the fingerprint', () => {
    const a = makeFinding({ action: 's3:Get', resource: 'Object' });
    const b = makeFinding({ action: 's3:GetObject', resource: '' });
    expect(fingerprint(a)).not.toBe(fingerprint(b));
  });

  it('tells credentials failures apart by their error code', () => {
    const cred = { category: 'credentials' as const, principal: null, principalType: null, accountId: null, action: null, resource: null, policyType: null, denyKind: null, policyArn: null, operation: null };
    const expired = makeFinding({ ...cred, errorCode: 'ExpiredToken' });
    const invalid = makeFinding({ ...cred, errorCode: 'InvalidClientTokenId' });
    expect(fingerprint(expired)).not.toBe(fingerprint(invalid));
  });

  it('uses the operation when the text names no action', () => {
    const a = makeFinding({ action: null, operation: 'PutObject' });
    const b = makeFinding({ action: null, operation: 'DeleteObject' });
    expect(fingerprint(a)).not.toBe(fingerprint(b));
  });

  it('is a short stable string with a version prefix', () => {
    const fp = fingerprint(makeFinding());
    expect(fp).toMatch(/^f1-[0-9a-f]{16}$/);
    expect(fingerprint(makeFinding())).toBe(fp);
  });

  it('has no collisions across many distinct denials', () => {
    const prints = new Set<string>();
    for (let i = 0; i < 20_000; i++) prints.add(fingerprint(makeFinding({ resource: `arn:aws:s3:::b/${i}` })));
    expect(prints.size).toBe(20_000);
  });
});
