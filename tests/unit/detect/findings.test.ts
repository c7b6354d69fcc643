// What lib/detect decides itself: weak containers need a specific finding, log records shown as data are not the
// user's, a throwing parser takes nothing down, messages are capped. The console's wording is the parser's job
// (tests/unit/parse/console-alert.test.ts), and the card path gives exactly parse()'s findings
// (tests/unit/detect/console-agreement.test.ts).
import { describe, expect, it } from 'vitest';
import { findingsIn, isSpecific } from '../../../lib/detect/findings';
import { fakeParse, finding } from './fake-parse';

describe('findingsIn', () => {
  it("gives strong containers the parser's findings, in its order", () => {
    const text =
      'User: arn:aws:iam::1:user/u is not authorized to perform: ec2:DescribeVolumes\nUser: arn:aws:iam::1:user/u is not authorized to perform: ec2:DescribeAddresses';
    expect(findingsIn(text, fakeParse, 'strong').map((f) => f.action)).toEqual(['ec2:DescribeVolumes', 'ec2:DescribeAddresses']);
  });

  it('asks weak containers for a specific finding and ignores log records', () => {
    expect(findingsIn('Access denied', fakeParse, 'strong')).toHaveLength(1);
    expect(findingsIn('Access denied', fakeParse, 'weak')).toHaveLength(0);
    expect(findingsIn('AccessDenied', fakeParse, 'weak')).toHaveLength(0);
    const record = '{ "errorCode": "AccessDenied", "errorMessage": "User: arn:aws:iam::1:user/u is not authorized to perform: s3:ListAllMyBuckets" }';
    expect(findingsIn(record, fakeParse, 'weak')).toHaveLength(0);
    expect(findingsIn(record, fakeParse, 'strong')).toHaveLength(1);
  });

  it('survives a parser that throws or answers nonsense', () => {
    const boom = () => {
      throw new Error('bug');
    };
    expect(findingsIn("You don't have permission to perform billing:GetBillingDetails.", boom, 'strong')).toEqual([]);
    expect(findingsIn('Access denied', () => null as never, 'strong')).toEqual([]);
  });

  it('caps the message it keeps', () => {
    const [f] = findingsIn('x', () => [finding({ message: 'm'.repeat(5_000) })], 'strong');
    expect(f?.message.length).toBe(2_000);
  });

  it('counts a finding as specific when it names an action, principal, resource, or is encoded or credentials', () => {
    expect(isSpecific(finding({}))).toBe(false);
    expect(isSpecific(finding({ action: 's3:GetObject' }))).toBe(true);
    expect(isSpecific(finding({ encoded: true }))).toBe(true);
    expect(isSpecific(finding({ category: 'credentials', policyType: null, denyKind: null }))).toBe(true);
  });
});
