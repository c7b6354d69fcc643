// Bad input never crashes or hangs the explainer: arbitrary, huge, hostile findings still give a well-formed
// explanation whose policies are valid documents and whose links are ours.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { explainWith } from '../../../lib/explain/core';
import { formatExplanation } from '../../../lib/explain/format-text';
import { verdict } from '../../../lib/explain/verdict';
import type { IamIndex } from '../../../lib/iam/index';
import { loadIndex } from '../../../lib/iam/load';
import type { Finding } from '../../../lib/model';

let iam: IamIndex;
beforeAll(async () => {
  iam = await loadIndex(['s3', 'kms', 'iam', 'sts', 'ec2', 'lambda', 'secretsmanager']);
});

const piece = fc.oneof(
  fc.string(),
  fc.constantFrom('arn:aws:sts::111122223333:assumed-role/Dev/a', 'arn:aws:iam::XXXX:user/x', 'arn:aws-cn:iam::1:role/', 'arn:', '::::::', '*', '${A}', '<b>x</b>', "'; rm -rf /", '\u0000\u202e', 'role ', 'policy arn:aws:iam::1:policy/p'),
  fc.constantFrom('s3:GetObject', 'sts:AssumeRole', 'iam:PassRole', 'lambda:CreateFunction', 'ec2:RunInstances', 'x:y', 'SNS:Publish', 'kms:'),
);
const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

const findingArb: fc.Arbitrary<Finding> = fc.record({
  category: fc.constantFrom('access-denied', 'credentials'),
  principal: nullable(piece),
  principalType: nullable(fc.constantFrom('user', 'assumed-role', 'role', 'root', 'federated-user', 'service', 'web-identity', 'unknown')),
  accountId: nullable(piece),
  action: nullable(piece),
  resource: nullable(piece),
  policyType: nullable(fc.constantFrom('identity', 'scp', 'rcp', 'boundary', 'session', 'resource', 'vpce', 'trust', 'unknown')),
  denyKind: nullable(fc.constantFrom('explicit', 'implicit', 'unknown')),
  policyArn: nullable(piece),
  errorCode: nullable(piece),
  operation: nullable(fc.oneof(piece, fc.constantFrom('GetObject', 'ListObjectsV2', 'AssumeRole', 'InvokeModel'))),
  encoded: fc.boolean(),
  message: fc.oneof(piece, fc.string({ maxLength: 2000 })),
}) as fc.Arbitrary<Finding>;

describe('explainer robustness', () => {
  it('explains any finding without throwing, with valid policies and our own https links', () => {
    fc.assert(
      fc.property(findingArb, fc.constantFrom('en', 'ja'), (f, lang) => {
        const e = explainWith(f, iam, lang as 'en' | 'ja');
        expect(typeof e.verdict).toBe('string');
        expect(e.verdict.length).toBeGreaterThan(0);
        for (const fix of e.fixes) {
          if (fix.policy) {
            expect(fix.policy.Version).toBe('2012-10-17');
            expect(fix.policy.Statement.length).toBeGreaterThan(0);
            expect(JSON.parse(JSON.stringify(fix.policy))).toEqual(fix.policy);
          }
        }
        for (const l of e.links) expect(l.url).toMatch(/^https:\/\/(docs\.aws\.amazon\.com|[a-z0-9.-]*console\.aws\.amazon\.com|console\.amazonaws\.cn|console\.amazonaws-us-gov\.com|policysim\.aws\.amazon\.com)\//);
        expect(typeof formatExplanation(e)).toBe('string');
        expect(verdict(f, lang as 'en' | 'ja').text).toBe(e.verdict);
      }),
      { numRuns: 400 },
    );
  });

  it('explains huge and pathological values', () => {
    const big = 'arn:aws:s3:::' + 'a/'.repeat(100_000);
    const colons = 'arn:' + ':'.repeat(200_000);
    const f: Finding = {
      category: 'access-denied',
      principal: 'arn:aws:sts::111122223333:assumed-role/' + 'x'.repeat(200_000),
      principalType: 'assumed-role',
      accountId: '111122223333',
      action: 's3:GetObject',
      resource: big,
      policyType: 'unknown',
      denyKind: 'unknown',
      policyArn: colons,
      errorCode: 'AccessDenied',
      operation: 'GetObject'.repeat(1000),
      encoded: true,
      message: ('Encoded authorization failure message: ' + 'A'.repeat(50) + ' User: ').repeat(5000),
    };
    // Its time is measured by `npm run bench` (scripts/bench/hostile.ts), not asserted here.
    const e = explainWith(f, iam, 'en');
    expect(e.fixes.length).toBeGreaterThan(0);
    expect(e.adminRequest.length).toBeLessThan(20_000);
  });
});
