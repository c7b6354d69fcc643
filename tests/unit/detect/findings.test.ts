import { describe, expect, it } from 'vitest';
import { findingsIn, mergeAgreeing } from '../../../lib/detect/findings';
import { fakeParse, finding } from './fake-parse';

describe('findingsIn', () => {
  it('merges the banner header and the full sentence into one denial', () => {
    const text =
      'Access denied to s3:PutObject\nUser: arn:aws:iam::111122223333:user/u is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::b/k because no identity-based policy allows the s3:PutObject action';
    const found = findingsIn(text, fakeParse, 'strong');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      principal: 'arn:aws:iam::111122223333:user/u',
      action: 's3:PutObject',
      resource: 'arn:aws:s3:::b/k',
      policyType: 'identity',
      denyKind: 'implicit',
    });
  });

  it('keeps distinct denials of one container apart', () => {
    const text =
      'User: arn:aws:iam::1:user/u is not authorized to perform: ec2:DescribeVolumes\nUser: arn:aws:iam::1:user/u is not authorized to perform: ec2:DescribeAddresses';
    expect(findingsIn(text, fakeParse, 'strong').map((f) => f.action)).toEqual(['ec2:DescribeVolumes', 'ec2:DescribeAddresses']);
  });

  it('fills the action of an encoded EC2 message from the status reason prefix', () => {
    const text = 'API: ec2:RunInstances You are not authorized to perform this operation. Encoded authorization failure message: abc';
    expect(findingsIn(text, fakeParse, 'strong')).toEqual([
      expect.objectContaining({ action: 'ec2:RunInstances', encoded: true, principal: null, policyType: 'unknown' }),
    ]);
  });

  it('does not invent an action for an encoded message without one', () => {
    const text = 'Failed to stop the instance i-0abc\nYou are not authorized to perform this operation. Encoded authorization failure message: abc';
    expect(findingsIn(text, fakeParse, 'strong')).toEqual([expect.objectContaining({ action: null, resource: null, encoded: true })]);
  });

  it('asks weak containers for a specific finding and ignores log records', () => {
    expect(findingsIn('Access denied', fakeParse, 'strong')).toHaveLength(1);
    expect(findingsIn('Access denied', fakeParse, 'weak')).toHaveLength(0);
    expect(findingsIn('AccessDenied', fakeParse, 'weak')).toHaveLength(0);
    const record = '{ "errorCode": "AccessDenied", "errorMessage": "User: arn:aws:iam::1:user/u is not authorized to perform: s3:ListAllMyBuckets" }';
    expect(findingsIn(record, fakeParse, 'weak')).toHaveLength(0);
  });

  it('survives a parser that throws', () => {
    const boom = () => {
      throw new Error('bug');
    };
    const text = "You don't have permission to perform billing:GetBillingDetails.";
    expect(findingsIn(text, boom, 'strong')).toEqual([expect.objectContaining({ action: 'billing:GetBillingDetails' })]);
  });

  it('caps the message it keeps', () => {
    const text = 'Access denied\n' + 'x '.repeat(5_000);
    expect(findingsIn(text, () => [finding({ message: 'm' })], 'strong')[0]?.message).toBe('m');
    const [fromBlock] = findingsIn(
      'User: arn:aws:iam::1:user/u\nAction: s3:GetObject\nContext: no identity-based policy allows the action\n' + 'y '.repeat(5_000),
      fakeParse,
      'strong',
    );
    expect(fromBlock?.message.length).toBeLessThanOrEqual(2_000);
  });
});

describe('mergeAgreeing', () => {
  it('never merges conflicting values', () => {
    const merged = mergeAgreeing([
      finding({ action: 's3:GetObject', principal: 'a' }),
      finding({ action: 's3:GetObject', principal: 'b' }),
      finding({ action: 's3:GetObject', policyType: 'scp', denyKind: 'explicit' }),
    ]);
    expect(merged).toHaveLength(2);
    expect(merged[0]).toMatchObject({ principal: 'a', policyType: 'scp', denyKind: 'explicit' });
  });
});
