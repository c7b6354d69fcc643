// One playbook per policy layer: who must act, where the fix lands and what it contains.
import { beforeAll, describe, expect, it } from 'vitest';
import { explainWith } from '../../../lib/explain/core';
import type { IamIndex } from '../../../lib/iam/index';
import { loadIndex } from '../../../lib/iam/load';
import type { Explanation, Finding, Lang, PolicyStatement } from '../../../lib/model';
import { finding, ROLE, sentence, SESSION, USER } from './support';

let iam: IamIndex;
beforeAll(async () => {
  iam = await loadIndex(['s3', 'kms', 'iam', 'sts', 'lambda', 'dynamodb', 'sqs', 'sns', 'secretsmanager', 'ecr', 'logs', 'ec2', 'cloudformation', 'ssm', 'glue']);
});

const ex = (f: Finding, lang: Lang = 'en'): Explanation => explainWith(f, iam, lang);
const statements = (e: Explanation, i = 0): PolicyStatement[] => e.fixes[i]?.policy?.Statement ?? [];
const SSO_SESSION = 'arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Developers_0123456789abcdef/alice@example.com';

describe('identity policy, implicit deny', () => {
  it('adds exactly the denied action on the bucket ARN for s3:ListBucket, to the role behind the session', () => {
    const e = ex(sentence(SESSION, 's3:ListBucket', 'arn:aws:s3:::my-bucket', { policyType: 'identity', denyKind: 'implicit' }));
    const fix = e.fixes[0];
    expect(fix?.target).toBe('identity-policy');
    expect(fix?.who).toBe('account-admin');
    expect(fix?.attachTo).toBe(ROLE);
    expect(fix?.attachTo).not.toContain('assumed-role');
    expect(statements(e)).toEqual([{ Sid: 'AllowS3ListBucket', Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::my-bucket' }]);
    expect(fix?.note).toContain('get-role');
    expect(e.causes[0]).toMatchObject({ policyType: 'identity', likelihood: 'certain' });
    expect(e.verdict).toBe('No identity-based policy allows s3:ListBucket — add it to role Dev');
  });

  it('uses the object ARN for s3:GetObject and the user ARN for a user', () => {
    const e = ex(sentence(USER, 's3:GetObject', 'arn:aws:s3:::my-bucket/a/b.txt', { policyType: 'identity', denyKind: 'implicit' }));
    expect(e.fixes[0]?.attachTo).toBe(USER);
    expect(statements(e)[0]?.Resource).toBe('arn:aws:s3:::my-bucket/a/b.txt');
  });

  it.each([
    ['ListObjectsV2', 's3:ListBucket', 'arn:aws:s3:::BUCKET_NAME'],
    ['HeadBucket', 's3:ListBucket', 'arn:aws:s3:::BUCKET_NAME'],
    ['HeadObject', 's3:GetObject', 'arn:aws:s3:::BUCKET_NAME/OBJECT_NAME'],
    ['GetPublicAccessBlock', 's3:GetBucketPublicAccessBlock', 'arn:aws:s3:::BUCKET_NAME'],
    ['ListBuckets', 's3:ListAllMyBuckets', '*'],
  ])('maps the operation %s to %s with a marked placeholder resource', (operation, action, resource) => {
    const e = ex(finding({ operation, errorCode: 'AccessDenied', message: `An error occurred (AccessDenied) when calling the ${operation} operation: Access Denied` }));
    const identity = e.fixes.find((f) => f.target === 'identity-policy');
    expect(identity?.policy?.Statement[0]).toMatchObject({ Action: action, Resource: resource });
    if (resource !== '*') expect(identity?.placeholders).toContain('BUCKET_NAME');
  });

  it('uses "*" only for actions without resource-level permissions', () => {
    const wildcard = ex(sentence(SESSION, 'ecr:GetAuthorizationToken', '*', { policyType: 'identity', denyKind: 'implicit' }));
    expect(statements(wildcard)[0]?.Resource).toBe('*');
    expect(wildcard.fixes[0]?.note).toContain('does not support resource-level permissions');
    // The message says nothing about the table: a placeholder, never a wildcard.
    const missing = ex(sentence(SESSION, 'dynamodb:PutItem', null, { policyType: 'identity', denyKind: 'implicit' }));
    expect(statements(missing)[0]?.Resource).toBe('arn:aws:dynamodb:REGION:111122223333:table/TABLE_NAME');
    expect(missing.fixes[0]?.placeholders).toEqual(expect.arrayContaining(['REGION', 'TABLE_NAME']));
  });

  it('adds iam:PassRole limited by iam:PassedToService for an action that passes a role', () => {
    const e = ex(sentence(SESSION, 'lambda:CreateFunction', 'arn:aws:lambda:us-east-1:111122223333:function:api', { policyType: 'identity', denyKind: 'implicit' }));
    const pass = statements(e).find((s) => s.Action === 'iam:PassRole');
    expect(pass).toMatchObject({
      Resource: 'arn:aws:iam::111122223333:role/PASSED_ROLE_NAME',
      Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
    });
    expect(e.fixes[0]?.placeholders).toContain('PASSED_ROLE_NAME');
  });

  it('scopes a denied iam:PassRole to the service of the operation that passed it', () => {
    const e = ex(sentence(USER, 'iam:PassRole', 'arn:aws:iam::111122223333:role/lambda-ex', { policyType: 'identity', denyKind: 'implicit' }, { operation: 'CreateFunction' }));
    expect(statements(e)[0]).toMatchObject({
      Action: 'iam:PassRole',
      Resource: 'arn:aws:iam::111122223333:role/lambda-ex',
      Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
    });
  });

  it('aims at the permission set, not the AWSReservedSSO_ role', () => {
    const e = ex(sentence(SSO_SESSION, 'sqs:SendMessage', 'arn:aws:sqs:us-east-1:111122223333:jobs', { policyType: 'identity', denyKind: 'implicit' }));
    const fix = e.fixes[0];
    expect(fix?.attachTo).toBe('permission-set/Developers');
    expect(fix?.who).toBe('org-admin');
    expect(fix?.note).toContain('permission set `Developers`');
    expect(fix?.note).toContain('not the role `AWSReservedSSO_Developers_0123456789abcdef`');
    expect(e.verdict).toContain('permission set Developers');
  });

  it('says a service-linked role cannot be edited and proposes no policy for it', () => {
    const slr = 'arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForAutoScaling/AutoScaling';
    const e = ex(sentence(slr, 'kms:CreateGrant', 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', { policyType: 'unknown', denyKind: 'unknown' }));
    const identity = e.fixes.find((f) => f.target === 'identity-policy');
    expect(identity?.policy).toBeNull();
    expect(identity?.note).toContain('you cannot edit them');
    expect(identity?.note).toContain('service control policies do not restrict it');
    expect(e.causes.some((c) => c.policyType === 'scp')).toBe(false); // SCPs do not apply to service-linked roles
    expect(e.fixes[0]?.target).toBe('resource-policy'); // the key policy
  });

  it('shapes ARNs from names: IAM role, secret, log group, masked account, empty region', () => {
    const role = ex(sentence(USER, 'iam:AttachRolePolicy', 'role app-role', { policyType: 'identity', denyKind: 'implicit' }));
    expect(statements(role)[0]?.Resource).toBe('arn:aws:iam::111122223333:role/app-role');
    const secret = ex(sentence(SESSION, 'secretsmanager:GetSecretValue', 'prod/db', { policyType: 'identity', denyKind: 'implicit' }));
    expect(statements(secret)[0]?.Resource).toBe('arn:aws:secretsmanager:REGION:111122223333:secret:prod/db-??????');
    const logs = ex(sentence(SESSION, 'logs:CreateLogGroup', 'arn:aws:logs:eu-central-1:111122223333:log-group:/aws/lambda/x:log-stream:', { policyType: 'identity', denyKind: 'implicit' }));
    // AWS prints the log group of CreateLogGroup with an empty stream: every stream of that group.
    expect(statements(logs)[0]?.Resource).toBe('arn:aws:logs:eu-central-1:111122223333:log-group:/aws/lambda/x:log-stream:*');
    const masked = ex(sentence('arn:aws:sts::XXXXXXXXXXXX:assumed-role/ci/build', 'dynamodb:GetItem', 'arn:aws:dynamodb:eu-west-1:XXXXXXXXXXXX:table/orders', { policyType: 'identity', denyKind: 'implicit' }));
    // Two masked accounts may differ: two placeholders, never one for both.
    expect(masked.fixes[0]?.attachTo).toBe('arn:aws:iam::CALLER_ACCOUNT_ID:role/ci');
    expect(statements(masked)[0]?.Resource).toBe('arn:aws:dynamodb:eu-west-1:TARGET_ACCOUNT_ID:table/orders');
    expect(masked.fixes[0]?.placeholders).toEqual(expect.arrayContaining(['CALLER_ACCOUNT_ID', 'TARGET_ACCOUNT_ID']));
    expect(masked.fixes[0]?.note).toContain('same value only if both are in one account');
    const sns = ex(sentence(SESSION, 'SNS:Publish', 'arn:aws:sns:::alerts', { policyType: 'identity', denyKind: 'implicit' }));
    expect(statements(sns)[0]).toMatchObject({ Action: 'sns:Publish', Resource: 'arn:aws:sns:REGION:111122223333:alerts' });
  });

  it('adds the other resources an action always needs (ec2:RunInstances)', () => {
    const e = ex(sentence(USER, 'ec2:RunInstances', 'arn:aws:ec2:ap-southeast-1:111122223333:instance/*', { policyType: 'identity', denyKind: 'implicit' }));
    const resources = statements(e)[0]?.Resource as string[];
    expect(resources[0]).toBe('arn:aws:ec2:ap-southeast-1:111122223333:instance/*');
    expect(resources).toEqual(expect.arrayContaining(['arn:aws:ec2:ap-southeast-1:111122223333:subnet/*', 'arn:aws:ec2:ap-southeast-1:111122223333:network-interface/*']));
  });
});

describe('explicit deny: an edit of the denying statement, never a policy to paste', () => {
  const cases: [Finding['policyType'], string, string, string | null][] = [
    ['identity', 'identity-policy', 'account-admin', null],
    ['scp', 'scp', 'org-admin', 'arn:aws:organizations::999999999999:policy/o-abc123/service_control_policy/p-abcd1234'],
    ['rcp', 'rcp', 'org-admin', null],
    ['boundary', 'permissions-boundary', 'account-admin', 'arn:aws:iam::111122223333:policy/DeveloperBoundary'],
    ['vpce', 'vpc-endpoint-policy', 'account-admin', null],
    ['resource', 'resource-policy', 'resource-owner', null],
  ];
  for (const [layer, target, who, policyArn] of cases) {
    it(`${layer}: ${target} for ${who}, exempting exactly the role behind the session`, () => {
      const e = ex(sentence(SESSION, 's3:DeleteObject', 'arn:aws:s3:::logs/app.log', { policyType: layer ?? 'unknown', denyKind: 'explicit', policyArn }));
      const fix = e.fixes[0];
      expect(fix?.target).toBe(target);
      expect(fix?.who).toBe(who);
      if (policyArn) expect(fix?.attachTo).toBe(policyArn);
      // Nothing to paste over the statement: its Resource, NotResource and Action stay as the owner wrote them.
      expect(fix?.policy).toBeNull();
      expect(fix?.edit).toEqual({
        action: 's3:DeleteObject',
        addCondition: { ArnNotLike: { 'aws:PrincipalArn': ['arn:aws:iam::111122223333:role/Dev', 'arn:aws:iam::111122223333:role/*/Dev'] } },
      });
      expect(fix?.note).toContain('no Allow overrides a deny');
      expect(fix?.note).toContain('keep the statement that denies s3:DeleteObject as it is');
      expect(fix?.note).not.toMatch(/narrow/i);
      expect(e.causes[0]).toMatchObject({ policyType: layer, likelihood: 'certain' });
    });
  }

  it('an exact role ARN gets ArnNotEquals; a user its user ARN', () => {
    const role = ex(sentence(ROLE, 's3:DeleteObject', 'arn:aws:s3:::logs/a', { policyType: 'scp', denyKind: 'explicit' }));
    expect(role.fixes[0]?.edit?.addCondition).toEqual({ ArnNotEquals: { 'aws:PrincipalArn': ROLE } });
    const user = ex(sentence(USER, 's3:DeleteObject', 'arn:aws:s3:::logs/a', { policyType: 'scp', denyKind: 'explicit' }));
    expect(user.fixes[0]?.edit?.addCondition).toEqual({ ArnNotEquals: { 'aws:PrincipalArn': USER } });
  });

  it('a session policy is changed by the session request, never by exempting the own role', () => {
    const e = ex(sentence(SESSION, 's3:ListBucket', 'arn:aws:s3:::b', { policyType: 'session', denyKind: 'explicit' }));
    expect(e.fixes[0]).toMatchObject({ target: 'session-policy', who: 'you', policy: null, edit: null });
    expect(e.fixes[0]?.note).toContain('sign in again through the broker');
    expect(e.fixes[0]?.note).toContain('Never add an exception for your own role');
  });

  it('names the risk of a shared role: an Identity Center permission set, a CI role', () => {
    const sso = ex(sentence(SSO_SESSION, 's3:DeleteObject', 'arn:aws:s3:::logs/a', { policyType: 'scp', denyKind: 'explicit' }));
    expect(sso.fixes[0]?.edit?.addCondition).toEqual({ ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/*AWSReservedSSO_Developers_0123456789abcdef' } });
    expect(sso.fixes[0]?.note).toContain('everyone assigned that permission set');
    const ci = ex(sentence('arn:aws:sts::111122223333:assumed-role/github-actions-deploy/GitHubActions', 's3:DeleteObject', 'arn:aws:s3:::logs/a', { policyType: 'scp', denyKind: 'explicit' }));
    expect(ci.fixes[0]?.note).toContain('every pipeline and person that uses it');
  });

  it('a boundary guarding iam:* names the escalation risk and what the guard usually wants first', () => {
    const e = ex(sentence(USER, 'iam:CreateRole', 'arn:aws:iam::111122223333:role/app', { policyType: 'boundary', denyKind: 'explicit', policyArn: 'arn:aws:iam::111122223333:policy/DeveloperBoundary' }));
    const note = e.fixes[0]?.note ?? '';
    expect(note).toContain('--permissions-boundary');
    expect(note).toContain('privilege escalation');
    expect(note.indexOf('--permissions-boundary')).toBeLessThan(note.indexOf('If an exception is still needed'));
  });

  it('meets the condition a decoded message shows before any exception', () => {
    const f = sentence(SESSION, 'ec2:RunInstances', 'arn:aws:ec2:us-east-1:111122223333:instance/*', { policyType: 'scp', denyKind: 'explicit' });
    const e = explainWith({ ...f, message: `${f.message}\n{"allowed":false,"explicitDeny":true,"context":{"conditions":{"items":[{"key":"aws:RequestedRegion","values":{"items":[{"value":"us-east-1"}]}}]}}}` }, iam, 'en');
    expect(e.fixes[0]?.note).toMatch(/^Meet the condition first: call in a region the policy allows/);
  });

  it('a resource policy denying everyone is not exempted for an anonymous caller: it says what the deny protects', () => {
    const e = ex(finding({ principal: 'anonymous', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', policyType: 'resource', denyKind: 'explicit', message: 'User: anonymous is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::b/k" with an explicit deny in a resource-based policy' }));
    expect(e.fixes[0]).toMatchObject({ target: 'resource-policy', policy: null, edit: null });
    expect(e.fixes[0]?.note).toContain('aws:SecureTransport');
  });

  it('the legacy bare "with an explicit deny" lists the layers that can deny', () => {
    const e = ex(sentence(USER, 'cloudformation:DescribeStacks', 'arn:aws:cloudformation:eu-central-1:111122223333:stack/api/*', { policyType: 'unknown', denyKind: 'explicit' }));
    expect(e.causes.map((c) => c.policyType)).toEqual(expect.arrayContaining(['identity', 'scp', 'boundary']));
    expect(e.fixes.map((f) => f.target)).toEqual(['identity-policy', 'scp']);
    expect(e.verdict).toContain('explicit deny');
  });
});

describe('trust policy', () => {
  it('admits the role behind the calling session for sts:AssumeRole, on the role being assumed', () => {
    const e = ex(sentence(SESSION, 'sts:AssumeRole', 'arn:aws:iam::111122223333:role/deployer', { policyType: 'unknown', denyKind: 'unknown' }));
    const fix = e.fixes[0];
    expect(fix?.target).toBe('trust-policy');
    expect(fix?.attachTo).toBe('arn:aws:iam::111122223333:role/deployer');
    expect(statements(e)[0]).toEqual({ Sid: 'AllowStsAssumeRole', Effect: 'Allow', Principal: { AWS: ROLE }, Action: 'sts:AssumeRole' });
    expect(e.causes[0]).toMatchObject({ policyType: 'trust', likelihood: 'likely' });
  });

  it('adds the caller side when the role is in another account', () => {
    const e = ex(sentence(SESSION, 'sts:AssumeRole', 'arn:aws:iam::444455556666:role/deployer', { policyType: 'unknown', denyKind: 'unknown' }));
    expect(e.fixes.map((f) => f.target)).toEqual(['trust-policy', 'identity-policy']);
    expect(e.fixes[0]?.who).toBe('resource-owner');
    expect(statements(e, 1)[0]).toMatchObject({ Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::444455556666:role/deployer' });
  });

  it('GitHub Actions OIDC: the provider as Federated principal with aud and sub conditions', () => {
    const e = ex(finding({ action: 'sts:AssumeRoleWithWebIdentity', policyType: 'trust', message: 'Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity' }));
    expect(statements(e)[0]).toMatchObject({
      Principal: { Federated: 'arn:aws:iam::ACCOUNT_ID:oidc-provider/token.actions.githubusercontent.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: {
          'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
          'token.actions.githubusercontent.com:sub': 'repo:GITHUB_OWNER/GITHUB_REPO:ref:refs/heads/GITHUB_BRANCH',
        },
      },
    });
    expect(e.fixes[0]?.placeholders).toEqual(expect.arrayContaining(['GITHUB_OWNER', 'GITHUB_REPO', 'GITHUB_BRANCH']));
  });

  it('SAML: SAML:aud is the sign-in endpoint of the partition', () => {
    const cn = ex(finding({ action: 'sts:AssumeRoleWithSAML', policyType: 'trust', resource: 'arn:aws-cn:iam::111122223333:role/federated', message: 'Not authorized to perform sts:AssumeRoleWithSAML' }));
    expect(statements(cn)[0]?.Condition).toEqual({ StringEquals: { 'SAML:aud': 'https://signin.amazonaws.cn/saml' } });
    expect(JSON.stringify(cn.fixes[0]?.policy)).toContain('arn:aws-cn:iam::111122223333:saml-provider/SAML_PROVIDER_NAME');
  });

  it('a user ARN as the role to assume gets no policy, but the reason', () => {
    const e = ex(sentence(USER, 'sts:AssumeRole', USER, { policyType: 'unknown', denyKind: 'unknown' }));
    expect(e.fixes[0]).toMatchObject({ target: 'trust-policy', policy: null });
    expect(e.verdict).toContain('is a user, not a role');
  });

  it.each([
    ['a colon for the slash', 'arn:aws:iam::111122223333:role:deployer'],
    ["a session's ARN", 'arn:aws:sts::111122223333:assumed-role/deployer/ci'],
  ])('a role ARN written wrong (%s) gets no policy, but the ARN to write', (_name, resource) => {
    const e = ex(sentence(USER, 'sts:AssumeRole', resource, { policyType: 'unknown', denyKind: 'unknown' }));
    expect(e.fixes).toHaveLength(1);
    expect(e.fixes[0]).toMatchObject({ target: 'trust-policy', policy: null });
    expect(e.fixes[0]?.note).toContain('role/NAME');
    expect(e.verdict).toContain('is not a role ARN');
    expect(ex(sentence(USER, 'sts:AssumeRole', resource, { policyType: 'unknown', denyKind: 'unknown' }), 'ja').verdict).toContain('ロールの ARN ではありません');
  });
});

describe('resource-based policies', () => {
  it('KMS: the key policy names the role, with Resource "*"', () => {
    const key = 'arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const e = ex(sentence(SESSION, 'kms:Decrypt', key, { policyType: 'resource', denyKind: 'implicit' }));
    expect(e.fixes[0]).toMatchObject({ target: 'resource-policy', who: 'resource-owner', attachTo: key });
    expect(statements(e)[0]).toEqual({ Sid: 'AllowKmsDecrypt', Effect: 'Allow', Principal: { AWS: ROLE }, Action: 'kms:Decrypt', Resource: '*' });
  });

  it('cross-account S3: the bucket policy names the role and the caller side is added', () => {
    const e = ex(sentence(SESSION, 'sqs:SendMessage', 'arn:aws:sqs:us-east-1:444455556666:partner', { policyType: 'resource', denyKind: 'implicit' }));
    expect(e.fixes.map((f) => f.target)).toEqual(['resource-policy', 'identity-policy']);
    expect(statements(e)[0]?.Principal).toEqual({ AWS: ROLE });
    expect(e.fixes[0]?.note).toContain('another account');
  });

  it('S3 bare Access Denied: bucket policy, then the caller, Block Public Access, Object Ownership, the KMS key', () => {
    const e = ex(finding({ operation: 'GetObject', errorCode: 'AccessDenied', message: 'An error occurred (AccessDenied) when calling the GetObject operation: Access Denied' }));
    expect(e.causes.slice(0, 2).map((c) => c.policyType)).toEqual(['resource', 'identity']);
    const notes = e.fixes.map((f) => f.note).join('\n');
    expect(notes).toContain('Block Public Access');
    expect(notes).toContain('Object Ownership');
    const kms = e.fixes.find((f) => f.attachTo?.includes(':kms:'));
    expect(kms?.policy?.Statement[0]?.Condition).toEqual({ StringEquals: { 'kms:ViaService': 's3.REGION.amazonaws.com' } });
    expect(e.verdict).toContain('S3 denied the request');
  });
});

describe('credentials', () => {
  it('ExpiredToken: a checklist for you, no policy', () => {
    const e = ex(finding({ category: 'credentials', policyType: null, denyKind: null, errorCode: 'ExpiredToken', message: 'An error occurred (ExpiredToken) when calling the ListBuckets operation: The security token included in the request is expired' }));
    expect(e.fixes).toEqual([expect.objectContaining({ target: 'credentials', who: 'you', policy: null })]);
    expect(e.commands.map((c) => c.command)).toContain('aws sts get-caller-identity\naws configure list');
    expect(e.verdict).toContain('expired');
  });
});

describe('workload hook (issue 6)', () => {
  it('lands identity fixes on the role of a workload the caller gives, and says which role the message shows', () => {
    const f = sentence('arn:aws:sts::111122223333:assumed-role/orders-exec/i-0abc', 's3:GetObject', 'arn:aws:s3:::b/k', { policyType: 'identity', denyKind: 'implicit' });
    const workload = { kind: 'ecs-task' as const, name: 'orders', roleArn: 'arn:aws:iam::111122223333:role/orders-task', confidence: 'certain' as const };
    const e = explainWith(f, iam, { lang: 'en', workload });
    expect(e.fixes[0]?.attachTo).toBe(workload.roleArn);
    expect(e.fixes[0]?.note).toContain('task role `orders-task`');
    expect(e.fixes[0]?.note).toContain('The message shows role orders-exec making the call, not orders-task');
    expect(e.workload).toEqual(workload);
    // Left to itself, the explainer reads "i-0abc" as a shortened instance id (probably EC2) and fixes the caller.
    expect(ex(f).workload).toMatchObject({ kind: 'ec2-instance', confidence: 'probable' });
    expect(ex(f).fixes[0]?.attachTo).toBe('arn:aws:iam::111122223333:role/orders-exec');
    // `workload: null` says "none", even where one would be recognised.
    const lambda = sentence('arn:aws:sts::111122223333:assumed-role/orders-lambda-role/createOrderHandler', 's3:GetObject', 'arn:aws:s3:::b/k', { policyType: 'identity', denyKind: 'implicit' });
    expect(ex(lambda).workload?.kind).toBe('lambda');
    expect(explainWith(lambda, iam, { lang: 'en', workload: null }).workload).toBeNull();
  });
});
