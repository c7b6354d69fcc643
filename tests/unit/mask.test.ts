import { describe, expect, it } from 'vitest';
import { containsMask, isWhollyMasked } from '../../lib/mask';

describe('isWhollyMasked: the whole value is hidden', () => {
  it.each(['XXXX', '***', '<account-id>', '{role-arn}', '${ACCOUNT}', '$ACCOUNT', '[id]', '***REDACTED**', '', '   ', '…'])('%j', (v) => {
    expect(isWhollyMasked(v)).toBe(true);
  });
  it('absent values are masked', () => {
    expect(isWhollyMasked(null)).toBe(true);
    expect(isWhollyMasked(undefined)).toBe(true);
  });
  it.each(['orders-api-task', 'xxxxxxxx-cluster-CreationRole-ABC', '123456789012', 'yyyy', 'my-redacted-role'])('%j keeps its naming clues', (v) => {
    expect(isWhollyMasked(v)).toBe(false);
  });
});

describe('containsMask: any part of the value is hidden', () => {
  it.each(['XXXX', 'yyyy', 'zz', '***', '<account-id>', '${ACCOUNT}', 'xxxxxxxx-cluster-CreationRole-ABC', 'my-redacted-role', 'role/ab**cd', 'bucket-##', 'arn:aws:s3:::reports...'])('%j', (v) => {
    expect(containsMask(v)).toBe(true);
  });
  it.each(['orders-api-task', '123456789012', 'arn:aws:s3:::reports', 'Dev', 'role/x-y'])('%j is a plain value', (v) => {
    expect(containsMask(v)).toBe(false);
  });
  it('is a superset of isWhollyMasked on these samples', () => {
    for (const v of ['XXXX', '***', '<a>', '${A}', '[id]', '***REDACTED**', '', null]) expect(containsMask(v)).toBe(true);
  });
});
