// Every generated identity, trust and resource fix (and the other layers' fixes) is checked with a real IAM
// evaluation engine: the denied request becomes Allowed, a near miss stays denied; every edit of a denying statement
// lets the denied request through while another principal stays denied, on this resource and on others.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../lib/explain/index';
import type { Finding } from '../../../lib/model';
import { checkExplanation } from '../../support/fix-check';
import { finding, sentence, SESSION, USER } from './support';

const cases: [string, Finding][] = [
  ['identity implicit, S3 bucket', sentence(SESSION, 's3:ListBucket', 'arn:aws:s3:::my-bucket', { policyType: 'identity', denyKind: 'implicit' })],
  ['identity implicit, S3 object', sentence(SESSION, 's3:GetObject', 'arn:aws:s3:::my-bucket/reports/q1.csv', { policyType: 'identity', denyKind: 'implicit' })],
  ['identity implicit, wildcard-only action', sentence(SESSION, 'ecr:GetAuthorizationToken', '*', { policyType: 'identity', denyKind: 'implicit' })],
  ['identity implicit, user, DynamoDB', sentence(USER, 'dynamodb:PutItem', 'arn:aws:dynamodb:eu-west-1:111122223333:table/orders', { policyType: 'identity', denyKind: 'implicit' })],
  ['identity implicit, lambda:CreateFunction needs iam:PassRole', sentence(SESSION, 'lambda:CreateFunction', 'arn:aws:lambda:us-east-1:111122223333:function:api', { policyType: 'identity', denyKind: 'implicit' })],
  ['identity implicit, iam:PassRole from CreateFunction', sentence(USER, 'iam:PassRole', 'arn:aws:iam::111122223333:role/lambda-ex', { policyType: 'identity', denyKind: 'implicit' }, { operation: 'CreateFunction' })],
  ['identity implicit, IAM role named by name', sentence(USER, 'iam:AttachRolePolicy', 'role app-role', { policyType: 'identity', denyKind: 'implicit' })],
  ['identity implicit, secret by name', sentence(SESSION, 'secretsmanager:GetSecretValue', 'prod/db', { policyType: 'identity', denyKind: 'implicit' })],
  ['identity implicit, SSO permission set', sentence('arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Developers_0123456789abcdef/alice@example.com', 'sqs:SendMessage', 'arn:aws:sqs:us-east-1:111122223333:jobs', { policyType: 'identity', denyKind: 'implicit' })],
  ['identity explicit', sentence(USER, 's3:DeleteObject', 'arn:aws:s3:::logs/app.log', { policyType: 'identity', denyKind: 'explicit' })],
  ['scp explicit with policy ARN', sentence(SESSION, 's3:PutObject', 'arn:aws:s3:::data/exports/2026.csv', { policyType: 'scp', denyKind: 'explicit', policyArn: 'arn:aws:organizations::999999999999:policy/o-abc123/service_control_policy/p-abcd1234' })],
  ['scp implicit', sentence(USER, 'ec2:DescribeInstances', null, { policyType: 'scp', denyKind: 'implicit' })],
  ['rcp explicit', sentence(SESSION, 's3:PutObject', 'arn:aws:s3:::data/exports/2026.csv', { policyType: 'rcp', denyKind: 'explicit' })],
  ['boundary implicit', sentence(USER, 'ssm:GetParameter', 'arn:aws:ssm:us-east-1:111122223333:parameter/app/db', { policyType: 'boundary', denyKind: 'implicit' })],
  ['boundary explicit', sentence(USER, 'iam:CreatePolicyVersion', 'arn:aws:iam::111122223333:policy/dev-tools', { policyType: 'boundary', denyKind: 'explicit', policyArn: 'arn:aws:iam::111122223333:policy/DeveloperBoundary' })],
  ['session implicit', sentence(SESSION, 's3:ListBucket', 'arn:aws:s3:::my-bucket', { policyType: 'session', denyKind: 'implicit' })],
  ['vpce implicit', sentence(SESSION, 'dynamodb:GetItem', 'arn:aws:dynamodb:us-east-1:111122223333:table/t', { policyType: 'vpce', denyKind: 'implicit' })],
  ['vpce explicit', sentence(SESSION, 'dynamodb:GetItem', 'arn:aws:dynamodb:us-east-1:111122223333:table/t', { policyType: 'vpce', denyKind: 'explicit' })],
  ['resource implicit, KMS key policy', sentence(SESSION, 'kms:Decrypt', 'arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', { policyType: 'resource', denyKind: 'implicit' })],
  ['resource implicit, cross-account bucket (both sides)', sentence(SESSION, 's3:GetObject', 'arn:aws:s3:::partner-bucket/in/file', { policyType: 'resource', denyKind: 'implicit' })],
  ['resource implicit, cross-account queue', sentence(SESSION, 'sqs:SendMessage', 'arn:aws:sqs:us-east-1:444455556666:partner-queue', { policyType: 'resource', denyKind: 'implicit' })],
  ['resource explicit', sentence(USER, 'secretsmanager:DescribeSecret', 'arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf', { policyType: 'resource', denyKind: 'explicit' })],
  ['trust AssumeRole same account', sentence(USER, 'sts:AssumeRole', 'arn:aws:iam::111122223333:role/deployer', { policyType: 'unknown', denyKind: 'unknown' })],
  ['trust AssumeRole cross account', sentence(SESSION, 'sts:AssumeRole', 'arn:aws:iam::444455556666:role/deployer', { policyType: 'unknown', denyKind: 'unknown' })],
  ['trust GitHub Actions OIDC', finding({ action: 'sts:AssumeRoleWithWebIdentity', policyType: 'trust', message: 'Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity' })],
  ['trust sts:TagSession', sentence(SESSION, 'sts:TagSession', 'arn:aws:iam::111122223333:role/deployer', { policyType: 'unknown', denyKind: 'unknown' })],
  ['trust sts:SetSourceIdentity', sentence(USER, 'sts:SetSourceIdentity', 'arn:aws:iam::111122223333:role/deployer', { policyType: 'unknown', denyKind: 'unknown' })],
  ['trust SAML', finding({ action: 'sts:AssumeRoleWithSAML', policyType: 'trust', message: 'Not authorized to perform sts:AssumeRoleWithSAML' })],
  ['silent, S3 operation only', finding({ operation: 'ListObjectsV2', errorCode: 'AccessDenied', message: 'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied' })],
  ['silent, cross-account queue', sentence(SESSION, 'sqs:SendMessage', 'arn:aws:sqs:us-east-1:444455556666:partner-queue', { policyType: 'unknown', denyKind: 'unknown' })],
  ['legacy explicit deny', sentence(USER, 'cloudformation:DescribeStacks', 'arn:aws:cloudformation:eu-central-1:111122223333:stack/api-dev/*', { policyType: 'unknown', denyKind: 'explicit' })],
  ['wildcard spanning several name parts (WAFv2 regional/webacl/*)', sentence(SESSION, 'wafv2:GetWebACLForResource', 'arn:aws:wafv2:us-west-2:111122223333:regional/webacl/*', { policyType: 'unknown', denyKind: 'unknown' })],
  ['scp explicit, caller garbled past its account (a docs page)', sentence('arn:aws:sts::account::ID:', 'acm:RequestCertificate', 'arn:aws:acm:region:account:certificate/*', { policyType: 'scp', denyKind: 'explicit' })],
  ['masked account', sentence('arn:aws:sts::XXXXXXXXXXXX:assumed-role/ci/build', 'kms:Decrypt', 'arn:aws:kms:eu-west-2:xxx:key/x', { policyType: 'identity', denyKind: 'implicit' })],
];

describe('fixes are confirmed by the IAM engine (iam-simulate)', () => {
  for (const [name, f] of cases) {
    it(name, async () => {
      const e = await explain(f, { lang: 'en' });
      const policyFixes = e.fixes.filter((x) => x.policy || x.edit);
      expect(policyFixes.length).toBeGreaterThan(0);
      const result = await checkExplanation(e);
      const failures = result.checked.filter((c) => !c.ok).map((c) => ({ target: c.target, probes: c.probes.filter((p) => !p.ok), skipped: c.skipped, policy: e.fixes[c.index]?.policy }));
      expect(failures, JSON.stringify(failures, null, 1)).toEqual([]);
      expect(result.checked.length).toBe(policyFixes.length);
    });
  }
});

describe('the engine check of a deny edit keeps the guardrail', () => {
  const f = sentence(SESSION, 's3:PutObject', 'arn:aws:s3:::data/exports/2026.csv', { policyType: 'scp', denyKind: 'explicit' });
  const withEdit = async (addCondition: object) => {
    const e = await explain(f, { lang: 'en' });
    return checkExplanation({ ...e, fixes: [{ target: 'scp', who: 'org-admin', attachTo: null, note: '', policy: null, edit: { action: 's3:PutObject', addCondition: addCondition as never }, placeholders: [] }] });
  };
  it('accepts the exemption of exactly the denied role', async () => {
    expect((await withEdit({ ArnNotEquals: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/Dev' } })).confirmed).toBe(true);
  });
  it('rejects a wildcard exemption that lets other roles through', async () => {
    const r = await withEdit({ ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/*' } });
    expect(r.confirmed).toBe(false);
    expect(r.checked[0]?.probes.find((p) => p.what.startsWith('another principal') && !p.ok)).toBeDefined();
  });
  it('rejects an exemption of the whole account', async () => {
    expect((await withEdit({ StringNotEquals: { 'aws:PrincipalAccount': '111122223333' } })).confirmed).toBe(false);
  });
});

describe('the engine check is not a rubber stamp', () => {
  const f = sentence(SESSION, 's3:GetObject', 'arn:aws:s3:::my-bucket/a.txt', { policyType: 'identity', denyKind: 'implicit' });
  const withFix = async (policy: object, target: 'identity-policy' | 'scp' = 'identity-policy') => {
    const e = await explain(f, { lang: 'en' });
    return checkExplanation({ ...e, fixes: [{ target, who: 'account-admin', attachTo: null, note: '', policy: policy as never, placeholders: [] }] });
  };
  it('rejects the wrong resource type (bucket ARN for an object action)', async () => {
    const r = await withFix({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::my-bucket' }] });
    expect(r.confirmed).toBe(false);
  });
  it('rejects a blanket Allow (the near miss gets through)', async () => {
    const r = await withFix({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] });
    expect(r.confirmed).toBe(false);
    expect(r.checked[0]?.probes.find((p) => p.expect === 'Denied' && !p.ok)).toBeDefined();
  });
  it('rejects a narrowed deny that still denies this request', async () => {
    const r = await withFix({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:GetObject', Resource: '*' }] }, 'scp');
    expect(r.confirmed).toBe(false);
  });
});
