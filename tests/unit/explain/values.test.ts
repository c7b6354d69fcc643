// The small readers every explainer module copies message values with (lib/explain/values.ts).
import { describe, expect, it } from 'vitest';
import { clean, isPlaceholderToken, isRegion, PLACEHOLDER_TOKENS, tokenFor, unmaskWithin, withoutSentenceEnd } from '../../../lib/explain/values';

describe('explainer values', () => {
  it.each([
    ['arn:aws:s3:::reports.', 'arn:aws:s3:::reports'],
    ['arn:aws:sqs:eu-west-1:111122223333:jobs;', 'arn:aws:sqs:eu-west-1:111122223333:jobs'],
    ['arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/edge/...', 'arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/edge/...'],
    ['arn:aws:kms:eu-west-1:111122223333:key/0063c4a6-…', 'arn:aws:kms:eu-west-1:111122223333:key/0063c4a6-…'],
  ])('drops the sentence’s punctuation after %s but keeps an elided tail', (value, want) => {
    expect(withoutSentenceEnd(value, /[.,;]+$/)).toBe(want);
  });

  it('tells placeholder tokens from names', () => {
    expect(['ID', 'TABLE_NAME', 'ACCOUNT_ID'].map(isPlaceholderToken)).toEqual([true, true, true]);
    expect(['orders', 'Orders_2026', 'my-table', ''].map(isPlaceholderToken)).toEqual([false, false, false, false]);
    expect('stream/APP_DELIVERY_STREAM-v2 in REGION'.match(PLACEHOLDER_TOKENS)).toEqual(['APP_DELIVERY_STREAM']);
  });

  it('reads regions, bounded clean values and masks inside names', () => {
    expect([isRegion('us-gov-west-1'), isRegion('eusc-de-east-1'), isRegion('REGION'), isRegion('us-east')]).toEqual([true, true, false, false]);
    expect(clean('  a\u0000b\n c ')).toBe('a b c');
    expect(clean('x'.repeat(3000))).toBeNull();
    expect(tokenFor('eks-pod-role')).toBe('EKS_POD_ROLE');
    const placeholders: string[] = [];
    expect(unmaskWithin('cdk-lookup-role-<TARGET_ACCOUNT>-us-east-1', placeholders)).toBe('cdk-lookup-role-TARGET_ACCOUNT-us-east-1');
    expect(placeholders).toEqual(['TARGET_ACCOUNT']);
  });
});
