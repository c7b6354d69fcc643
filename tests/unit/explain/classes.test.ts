// The classes of mistakes a reviewing IAM engineer found (REVIEW.md §2–4), each as a table over its family rather
// than one message: cross-account pairs, dependent actions, list-vs-resource actions, AssumeRole ranking, Block
// Public Access and access points, KMS ciphertext messages, honest confidence, distinct placeholders, clean values.
import { beforeAll, describe, expect, it } from 'vitest';
import { explainWith } from '../../../lib/explain/core';
import type { IamIndex } from '../../../lib/iam/index';
import type { Explanation, Finding, PolicyStatement } from '../../../lib/model';
import { parse } from '../../../lib/parse/index';
import { allServices } from '../iam/all-services';
import { finding, sentence, SESSION, USER } from './support';

let iam: IamIndex;
beforeAll(() => {
  iam = allServices();
});

const ex = (f: Finding, context?: string): Explanation => explainWith(f, iam, { lang: 'en', ...(context ? { context } : {}) });
const exText = (text: string): Explanation => {
  const f = parse(text)[0];
  if (!f) throw new Error(`no finding in ${text}`);
  return ex(f, text);
};
const statements = (e: Explanation): PolicyStatement[] => e.fixes.flatMap((f) => f.policy?.Statement ?? []);
const fixOf = (e: Explanation, target: string) => e.fixes.find((f) => f.target === target);
const actionsOf = (st: PolicyStatement): string[] => (Array.isArray(st.Action) ? st.Action : st.Action ? [st.Action] : []);

describe('cross-account: both sides, each for its owner', () => {
  it.each([
    ['sqs:SendMessage', 'arn:aws:sqs:us-east-1:444455556666:q', 'resource-policy'],
    ['kms:Decrypt', 'arn:aws:kms:us-east-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab', 'resource-policy'],
    ['lambda:InvokeFunction', 'arn:aws:lambda:us-east-1:444455556666:function:f', 'resource-policy'],
    ['ecr:BatchGetImage', 'arn:aws:ecr:us-east-1:444455556666:repository/app', 'resource-policy'],
    ['sts:AssumeRole', 'arn:aws:iam::444455556666:role/deployer', 'trust-policy'],
    ['sts:TagSession', 'arn:aws:iam::444455556666:role/deployer', 'trust-policy'],
    ['sts:SetSourceIdentity', 'arn:aws:iam::444455556666:role/deployer', 'trust-policy'],
  ])('%s on another account’s resource: the %s and the caller’s identity policy', (action, resource, target) => {
    for (const layer of ['unknown', 'resource'] as const) {
      if (layer === 'resource' && target === 'trust-policy') continue;
      const e = ex(sentence(SESSION, action, resource, { policyType: layer, denyKind: layer === 'unknown' ? 'unknown' : 'implicit' }));
      const theirs = fixOf(e, target);
      const mine = fixOf(e, 'identity-policy');
      expect(theirs?.who, `${action} ${layer}`).toBe('resource-owner');
      expect(mine?.who, `${action} ${layer}`).toBe('account-admin');
      expect(mine?.attachTo).toBe('arn:aws:iam::111122223333:role/Dev');
      // The caller's side allows the very action on the other account's resource.
      expect(mine?.policy?.Statement.some((st) => actionsOf(st).includes(action) && JSON.stringify(st.Resource).includes('444455556666'))).toBe(true);
    }
  });

  it('masked accounts that may differ get two placeholders (CALLER_ACCOUNT_ID, TARGET_ACCOUNT_ID)', () => {
    const e = exText(
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::<main_account_id>:assumed-role/<role_name>/<session_name> is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::<prod_account_id>:role/deployer',
    );
    const trust = fixOf(e, 'trust-policy');
    const mine = fixOf(e, 'identity-policy');
    expect(trust?.attachTo).toBe('arn:aws:iam::TARGET_ACCOUNT_ID:role/deployer');
    expect(JSON.stringify(trust?.policy)).toContain('arn:aws:iam::CALLER_ACCOUNT_ID:role/ROLE_NAME');
    expect(mine?.attachTo).toBe('arn:aws:iam::CALLER_ACCOUNT_ID:role/ROLE_NAME');
    expect(JSON.stringify(mine?.policy)).toContain('arn:aws:iam::TARGET_ACCOUNT_ID:role/deployer');
  });

  it('a mask inside a name that repeats the account mask is the same placeholder', () => {
    const e = exText(
      'User: arn:aws:sts::<TRUSTED_ACCOUNT>:assumed-role/pod-role/s is not authorized to perform: sts:TagSession on resource: arn:aws:iam::<TARGET_ACCOUNT>:role/cdk-hnb659fds-lookup-role-<TARGET_ACCOUNT>-us-east-1',
    );
    expect(fixOf(e, 'trust-policy')?.attachTo).toBe('arn:aws:iam::TARGET_ACCOUNT_ID:role/cdk-hnb659fds-lookup-role-TARGET_ACCOUNT_ID-us-east-1');
  });
});

describe('dependent actions, in the JSON', () => {
  it.each([
    // [text around the denial, denied action, resource, actions the identity fix must add, condition]
    ['aws s3 cp ./f s3://b/k --acl bucket-owner-full-control', 's3:PutObject', 'arn:aws:s3:::b/k', ['s3:PutObjectAcl'], null],
    ['aws s3 cp ./f s3://b/k --sse aws:kms', 's3:PutObject', 'arn:aws:s3:::b/k', ['kms:GenerateDataKey', 'kms:Decrypt'], 'kms:ViaService'],
    ['aws s3 cp s3://b/k . (object encrypted with SSE-KMS)', 's3:GetObject', 'arn:aws:s3:::b/k', ['kms:Decrypt'], 'kms:ViaService'],
    ['docker pull 444455556666.dkr.ecr.us-east-1.amazonaws.com/app:latest', 'ecr:BatchGetImage', 'arn:aws:ecr:us-east-1:444455556666:repository/app', ['ecr:GetDownloadUrlForLayer', 'ecr:GetAuthorizationToken'], null],
    ['', 'lambda:CreateFunction', 'arn:aws:lambda:us-east-1:111122223333:function:f', ['iam:PassRole'], 'iam:PassedToService'],
  ])('%s → %s needs %j', (context, action, resource, needs, condition) => {
    const f = sentence(SESSION, action, resource, { policyType: 'identity', denyKind: 'implicit' });
    const e = ex(f, context ? `${context}\n${f.message}` : undefined);
    const st = fixOf(e, 'identity-policy')?.policy?.Statement ?? [];
    for (const a of needs) expect(st.some((s) => actionsOf(s).includes(a)), a).toBe(true);
    if (condition) expect(JSON.stringify(st)).toContain(condition);
    // ECR: the login token is registry-wide, so "*"; the layers come from the repository.
    if (needs.includes('ecr:GetAuthorizationToken')) expect(st.find((s) => actionsOf(s).includes('ecr:GetAuthorizationToken'))?.Resource).toBe('*');
  });

  it.each([
    ['RunTask', 'ecs-tasks.amazonaws.com'],
    ['CreateFunction', 'lambda.amazonaws.com'],
    ['RunInstances', 'ec2.amazonaws.com'],
    [null, 'PASSED_TO_SERVICE'],
  ])('a denied iam:PassRole (operation %s) carries iam:PassedToService = %s in the policy', (operation, service) => {
    const e = ex(sentence(USER, 'iam:PassRole', 'arn:aws:iam::111122223333:role/worker', { policyType: 'identity', denyKind: 'implicit' }, operation ? { operation } : {}));
    expect(fixOf(e, 'identity-policy')?.policy?.Statement[0]?.Condition).toEqual({ StringEquals: { 'iam:PassedToService': service } });
    if (service === 'PASSED_TO_SERVICE') expect(fixOf(e, 'identity-policy')?.placeholders).toContain('PASSED_TO_SERVICE');
  });

  it('reads the service a role goes to from the envelope or the role name', () => {
    const bedrock = exText('operation error Bedrock: PutModelInvocationLoggingConfiguration, https response error StatusCode: 403, User: arn:aws:sts::210287912431:assumed-role/terraform-cloud/run is not authorized to perform: iam:PassRole on resource: arn:aws:iam::210287912431:role/chat-access-role because no identity-based policy allows the iam:PassRole action');
    expect(JSON.stringify(bedrock.fixes[0]?.policy)).toContain('"iam:PassedToService":"bedrock.amazonaws.com"');
    const ecs = exText('User: arn:aws:sts::111122223333:assumed-role/sfn/x is not authorized to perform: iam:PassRole on resource: arn:aws:iam::111122223333:role/ecsTaskExecutionRole (Service: AmazonECS; Status Code: 400; Error Code: AccessDeniedException)');
    expect(JSON.stringify(ecs.fixes[0]?.policy)).toContain('"iam:PassedToService":"ecs-tasks.amazonaws.com"');
  });

  it('an unsigned (anonymous) request is fixed by signing it: no identity-based policy for a caller that has none', () => {
    for (const text of [
      'User: anonymous is not authorized to perform: es:ESHttpGet',
      '{"eventSource": "s3.amazonaws.com", "eventName": "GetObject", "userIdentity": {"type": "AWSAccount", "principalId": "", "accountId": "ANONYMOUS_PRINCIPAL"}, "requestParameters": {"bucketName": "public-site", "key": "index.html"}, "errorCode": "AccessDenied", "errorMessage": "Access Denied"}',
    ]) {
      const e = exText(text);
      expect(e.causes[0]?.reason, text).toMatch(/unsigned/);
      expect(e.fixes[0]).toMatchObject({ target: 'credentials', who: 'you', policy: null });
      expect(e.fixes.some((f) => f.target === 'identity-policy'), text).toBe(false);
      expect(e.verdict).toMatch(/unsigned/);
    }
    // A caller the message does not name is not an anonymous one: the note says to find it, not that it had none.
    const unnamed = exText('User is not authorized to perform: s3:PutObject with an explicit deny in a resource-based policy');
    expect(unnamed.fixes[0]?.policy ?? null).toBeNull();
    expect(unnamed.fixes[0]?.note).toMatch(/does not say who called/);
    expect(exText('User: anonymous is not authorized to perform: s3:PutObject with an explicit deny in a resource-based policy').fixes[0]?.note).toMatch(/no principal it could name/);
    // A resource-based policy the message names still gets its fix.
    const named = exText('User: anonymous is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::site/a.html because no resource-based policy allows the s3:GetObject action');
    expect(named.fixes[0]?.target).toBe('resource-policy');
  });

  it("a region named in the message puts the fix in that region's partition (EU sovereign cloud, ISO-B)", () => {
    for (const [region, partition] of [['eusc-de-east-1', 'aws-eusc'], ['us-isob-east-1', 'aws-iso-b']] as const) {
      const e = exText(`An error occurred (AccessDeniedException) when calling the GetSecretValue operation: User: XXXX is not authorized to perform: secretsmanager:GetSecretValue (region ${region})`);
      expect(JSON.stringify(statements(e))).toContain(`arn:${partition}:secretsmanager:${region}:`);
    }
  });

  it("reads the action of a Ruby SDK log from its service module and method (`Aws::STS` + `assume_role`)", () => {
    const e = exText('[Aws::STS::Client 403 0.2977 0 retries] assume_role(role_arn:"arn:aws:iam::111122223333:role/Admin",role_session_name:"t") Aws::STS::Errors::AccessDenied Access denied');
    expect(e.finding.operation).toBe('assume_role');
    expect(e.fixes.some((f) => f.target === 'trust-policy' && JSON.stringify(f.policy).includes('"sts:AssumeRole"'))).toBe(true);
  });
});

describe('list and create calls take "*"; object actions take objects', () => {
  it.each([
    ['s3:ListAllMyBuckets', '*', '*'],
    ['ec2:DescribeInstances', '*', '*'],
    ['secretsmanager:ListSecrets', null, '*'],
    ['s3:GetObject', 'arn:aws:s3:::b', 'arn:aws:s3:::b/*'],
    ['s3:GetObject', 'arn:aws:s3:::b/', 'arn:aws:s3:::b/*'],
    // A key may end with a slash (a folder marker): that object, as printed.
    ['s3:PutObject', 'arn:aws:s3:::b/reports/', 'arn:aws:s3:::b/reports/'],
    ['cloudformation:DescribeStacks', 'arn:aws:cloudformation:us-east-1:111122223333:stack/app/', 'arn:aws:cloudformation:us-east-1:111122223333:stack/app/*'],
    ['ec2:RunInstances', 'arn:aws:ec2:us-east-1:111122223333:instance/', 'arn:aws:ec2:us-east-1:111122223333:instance/*'],
  ])('%s on %s → Resource %s', (action, resource, want) => {
    const e = ex(sentence(SESSION, action, resource, { policyType: 'identity', denyKind: 'implicit' }));
    const first = fixOf(e, 'identity-policy')?.policy?.Statement[0]?.Resource;
    expect(Array.isArray(first) ? first[0] : first).toBe(want);
  });

  it('an account-level call is never sent to a resource-based policy', () => {
    for (const e of [
      ex(finding({ operation: 'ListBuckets', errorCode: 'AccessDenied', message: 'An error occurred (AccessDenied) when calling the ListBuckets operation: Access Denied' })),
      ex(sentence(SESSION, 's3:ListAllMyBuckets', null, { policyType: 'unknown', denyKind: 'unknown' })),
    ]) {
      expect(e.causes[0]?.policyType).toBe('identity');
      expect(e.causes.some((c) => c.policyType === 'resource')).toBe(false);
      expect(e.fixes.some((f) => f.target === 'resource-policy')).toBe(false);
      expect(statements(e).every((st) => st.Resource === '*')).toBe(true);
    }
  });
});

describe('AssumeRole: ranked against the caller’s own policy and a missing role, never asserted', () => {
  it('same account: the trust policy likely, the caller’s policy and a missing role ranked too, nothing certain', () => {
    const e = ex(sentence(SESSION, 'sts:AssumeRole', 'arn:aws:iam::111122223333:role/deployer', { policyType: 'unknown', denyKind: 'unknown' }));
    expect(e.causes[0]).toMatchObject({ policyType: 'trust', likelihood: 'likely' });
    expect(e.causes.some((c) => c.policyType === 'identity')).toBe(true);
    expect(e.causes.some((c) => /may not exist/.test(c.reason))).toBe(true);
    expect(e.causes.some((c) => c.likelihood === 'certain')).toBe(false);
  });

  it('the parser’s inferred "trust" is not the message naming it', () => {
    const e = exText('An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::111122223333:user/bob is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/deployer');
    expect(e.causes.every((c) => c.likelihood !== 'certain')).toBe(true);
    expect(e.causes.map((c) => c.reason).join(' ')).not.toContain('names the layer');
  });

  it('a CDK bootstrap role trusts its account: the caller’s policy first', () => {
    const e = ex(sentence(SESSION, 'sts:AssumeRole', 'arn:aws:iam::111122223333:role/cdk-hnb659fds-deploy-role-111122223333-us-east-1', { policyType: 'unknown', denyKind: 'unknown' }));
    expect(e.causes[0]).toMatchObject({ policyType: 'identity', likelihood: 'likely' });
    expect(e.causes.find((c) => c.policyType === 'trust')?.likelihood).toBe('possible');
    expect(e.fixes[0]?.target).toBe('identity-policy');
  });

  it('the message naming the trust policy is certain', () => {
    const e = ex(finding({ principal: SESSION, action: 'sts:AssumeRole', resource: 'arn:aws:iam::111122223333:role/deployer', policyType: 'trust', denyKind: 'implicit', message: `User: ${SESSION} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/deployer because no role trust policy allows the sts:AssumeRole action` }));
    expect(e.causes[0]).toMatchObject({ policyType: 'trust', likelihood: 'certain' });
  });

  it('trust policies never carry Resource', () => {
    for (const action of ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity']) {
      const e = ex(sentence(USER, action, 'arn:aws:iam::111122223333:role/deployer', { policyType: 'unknown', denyKind: 'unknown' }));
      const trust = fixOf(e, 'trust-policy');
      expect(trust?.policy?.Statement.every((st) => st.Resource === undefined && st.NotResource === undefined && st.Principal), action).toBe(true);
    }
  });
});

describe('S3: Block Public Access first for public grants; access points have their own policy', () => {
  it.each(['PutBucketPolicy', 'PutBucketAcl'])('a denied %s ranks Block Public Access first and checks it', (operation) => {
    const e = ex(finding({ operation, errorCode: 'AccessDenied', message: `An error occurred (AccessDenied) when calling the ${operation} operation: Access Denied` }));
    expect(e.causes[0]?.reason).toContain('Block Public Access');
    expect(e.fixes[0]?.note).toContain('Block Public Access');
    expect(e.fixes[0]?.policy).toBeNull();
    expect(e.steps.some((s) => s.command?.includes('get-public-access-block'))).toBe(true);
  });

  it('a request through an access point: its policy, with the bucket delegating', () => {
    const e = exText('An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::123456789012:assumed-role/DataPipelineRole/session is not authorized to perform: s3:GetObject on resource: arn:aws:s3:us-east-1:123456789012:accesspoint/my-ap/object/data/file.parquet because no resource-based policy allows the s3:GetObject action');
    const fix = fixOf(e, 'resource-policy');
    expect(fix?.attachTo).toBe('arn:aws:s3:us-east-1:123456789012:accesspoint/my-ap');
    expect(fix?.note).toContain('s3:DataAccessPointAccount');
    expect(fix?.policy?.Statement[0]?.Resource).toBe('arn:aws:s3:us-east-1:123456789012:accesspoint/my-ap/object/data/file.parquet');
    expect(e.steps.some((s) => s.command?.includes('get-access-point-policy'))).toBe(true);
  });
});

describe('KMS ciphertext messages: one treatment, whichever call surfaced them', () => {
  const wordings = [
    'AccessDeniedException: The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
    'botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the GetParameter operation: The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access. (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException)',
    '<Error><Code>AccessDenied</Code><Message>The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.</Message><RequestId>X</RequestId><HostId>Y</HostId></Error>',
  ];
  it('the same verdict, causes and fix shape: kms:Decrypt on the key, the key policy and the caller', () => {
    const all = wordings.map(exText);
    for (const e of all) {
      expect(e.verdict).toBe(all[0]?.verdict);
      expect(e.causes.map((c) => [c.policyType, c.likelihood])).toEqual(all[0]?.causes.map((c) => [c.policyType, c.likelihood]));
      expect(e.causes[0]).toMatchObject({ policyType: 'resource', likelihood: 'likely' });
      expect(e.causes.some((c) => /region/.test(c.reason))).toBe(true);
      expect(statements(e).every((st) => actionsOf(st).every((a) => a === 'kms:Decrypt'))).toBe(true);
      expect(e.fixes.slice(0, 2).map((f) => f.target)).toEqual(['resource-policy', 'identity-policy']);
    }
  });
});

describe('a KMS refusal another service forwards for its own call', () => {
  it.each([
    // [message, the KMS action the outer call needs, the service it goes through]
    ['An error occurred (KMS.AccessDeniedException) when calling the SendMessage operation: null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: r)', 'kms:GenerateDataKey', 'sqs'],
    ['An error occurred (KMS.AccessDeniedException) when calling the ReceiveMessage operation: null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException)', 'kms:Decrypt', 'sqs'],
  ])('%s', (text, action, service) => {
    const e = exText(text);
    // Never the outer call under KMS's prefix (kms:SendMessage is no action).
    const actions = statements(e).flatMap(actionsOf);
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.every((a) => a === action)).toBe(true);
    expect(JSON.stringify(e.fixes[0]?.policy)).toContain(`${service}.`);
  });
});

describe('a KMS key a service could not use for the caller (it cannot say why)', () => {
  it.each([
    'KMSKeyNotAccessibleFault: The specified KMS key [alias/aws/rds] does not exist, is not enabled or you do not have permissions to access it.',
    'An error occurred (KMSKeyNotAccessibleFault) when calling the RestoreDBClusterFromSnapshot operation: The specified KMS key [arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab] does not exist, is not enabled or you do not have permissions to access it.',
    'AMI snapshot copy failed with error: Given key ID is not accessible. You must have DescribeKey permissions on the default CMK',
  ])('%s', (text) => {
    const e = exText(text);
    // The three causes the message cannot tell apart, and the key actions the service needs — never the outer call.
    expect(e.verdict).toMatch(/does not exist here, is disabled, or its policy/);
    expect(e.causes[0]).toMatchObject({ policyType: 'resource', likelihood: 'likely' });
    expect(e.causes.some((c) => /region/.test(c.reason))).toBe(true);
    const actions = statements(e).flatMap(actionsOf);
    expect(new Set(actions)).toEqual(new Set(['kms:DescribeKey', 'kms:CreateGrant']));
    expect(e.fixes.map((f) => f.note ?? '').join(' ')).not.toMatch(/through\s{2}|through \(/);
    // The grant only for the service's own use of the key, in a statement of its own: the condition key exists only
    // on grant calls, so beside kms:DescribeKey it would refuse DescribeKey.
    for (const st of statements(e)) {
      const grantOnly = st.Condition?.Bool?.['kms:GrantIsForAWSResource'];
      if (actionsOf(st).includes('kms:CreateGrant')) expect([actionsOf(st), grantOnly]).toEqual([['kms:CreateGrant'], 'true']);
      else expect(grantOnly).toBeUndefined();
    }
    // The grant is on the key the message named, never a placeholder beside it.
    const named = /\[(arn:aws:kms:[^\]]+)\]/.exec(text)?.[1];
    if (named) expect(JSON.stringify(fixOf(e, 'identity-policy')?.policy)).not.toContain('KEY_ID');
    if (named) expect(e.fixes.map((f) => f.note ?? '').join(' ')).not.toContain('KEY_ID');
  });
});

describe('clean values: nothing from the message beyond the value goes into a policy', () => {
  it.each([
    'User: arn:aws:sts::111122223333:assumed-role/app/s is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::b/k.txt" because no identity-based policy allows the s3:GetObject action',
    'User: arn:aws:sts::111122223333:assumed-role/app/s is not authorized to perform: s3:GetObject on resource: `arn:aws:s3:::b/k.txt` because no identity-based policy allows the s3:GetObject action',
    'User: arn:aws:sts::111122223333:assumed-role/app/s is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k.txt because no identity-based policy allows the s3:GetObject action ---> Amazon.Runtime.Internal.HttpErrorResponseException',
    '**Aws::S3::Errors::AccessDenied**\nUser: arn:aws:sts::111122223333:assumed-role/app/s is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::b/k.txt" because no identity-based policy allows the s3:GetObject action',
  ])('%s', (text) => {
    const e = exText(text);
    expect(fixOf(e, 'identity-policy')?.policy?.Statement[0]?.Resource).toBe('arn:aws:s3:::b/k.txt');
  });

  it('an action without its service prefix or not in the reference gets no policy', () => {
    const e = ex(sentence(USER, 'ec2:CreateRole', 'arn:aws:iam::111122223333:role/x', { policyType: 'identity', denyKind: 'implicit' }));
    expect(e.fixes[0]?.policy).toBeNull();
    expect(e.fixes[0]?.note).toContain('would grant nothing');
  });

  it('a cut ARN is no name: the action’s resource type with placeholders stands for it', () => {
    const e = ex(sentence(SESSION, 'sns:Publish', 'arn:aws:sns:e', { policyType: 'identity', denyKind: 'implicit' }));
    expect(fixOf(e, 'identity-policy')?.policy?.Statement[0]?.Resource).toBe('arn:aws:sns:REGION:111122223333:TOPIC_NAME');
  });
});

describe('an action a service asks for with a trailing wildcard', () => {
  it('is granted as asked, on the resource the message names (CloudFront deploying Lambda@Edge)', () => {
    const e = exText(
      'Lambda@Edge cannot enable replication for the specified Lambda function.\nUpdate the IAM policy to add permission: lambda:EnableReplication* for resource: arn:aws:lambda:us-east-1:111122223333:function:edge-fn:2 and try again.',
    );
    const st = fixOf(e, 'identity-policy')?.policy?.Statement[0];
    expect(st).toMatchObject({ Action: 'lambda:EnableReplication*', Resource: 'arn:aws:lambda:us-east-1:111122223333:function:edge-fn:2' });
  });

  it('a wildcard that stems from no action stays unwritable', () => {
    const e = exText('User: arn:aws:iam::111122223333:user/u is not authorized to perform: lambda:NoSuchThing* on resource: arn:aws:lambda:us-east-1:111122223333:function:f');
    expect(e.fixes[0]?.policy ?? null).toBeNull();
  });
});

describe('an image EC2 will not launch for the account ("Not authorized for images")', () => {
  it.each([
    ['CREATE FAILED - API: ec2:RunInstances Not authorized for images: [ami-0abc1234]', 'ami-0abc1234'],
    ['An error occurred (AuthFailure) when calling the RunInstances operation: Not authorized for images: [ami-0abc1234def567890]', 'ami-0abc1234def567890'],
  ])('%s', (text, image) => {
    const e = exText(text);
    // Not a missing Allow: the image's owner shares it, or the account subscribes — and the check shows which.
    expect(e.verdict).toContain(image);
    expect(e.causes).toHaveLength(1);
    expect(e.fixes).toHaveLength(1);
    expect(e.fixes[0]).toMatchObject({ who: 'resource-owner', policy: null });
    expect(e.fixes[0]?.note).toMatch(/launch-permission/);
    expect(e.commands.map((c) => c.command).join('\n')).toContain(`aws ec2 describe-images --image-ids ${image}`);
    expect(e.commands.map((c) => c.command).join('\n')).not.toMatch(/simulate-principal-policy|list-attached/);
  });
});

describe("an S3 event notification's destination that does not admit S3", () => {
  it.each([
    ['queue', 'sqs:SendMessage', 'arn:aws:sqs:REGION:ACCOUNT_ID:QUEUE_NAME'],
    ['topic', 'sns:Publish', 'arn:aws:sns:REGION:ACCOUNT_ID:TOPIC_NAME'],
    ['function', 'lambda:InvokeFunction', 'arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME'],
  ])('the destination %s', (kind, action, attachTo) => {
    const e = exText(
      `An error occurred (InvalidArgument) when calling the PutBucketNotificationConfiguration operation: Unable to validate the following destination configurations. Permissions on the destination ${kind} do not allow S3 to publish notifications from this bucket`,
    );
    // The destination's own policy admits S3 for this bucket: never an Allow of s3:PutBucketNotification for the caller.
    expect(e.causes).toEqual([expect.objectContaining({ policyType: 'resource' })]);
    expect(e.fixes).toHaveLength(1);
    expect(e.fixes[0]).toMatchObject({ target: 'resource-policy', who: 'resource-owner', attachTo });
    expect(statements(e)).toEqual([
      expect.objectContaining({ Principal: { Service: 's3.amazonaws.com' }, Action: action, Resource: attachTo, Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::BUCKET_NAME' }, StringEquals: { 'aws:SourceAccount': 'ACCOUNT_ID' } } }),
    ]);
    expect(JSON.stringify(e.fixes)).not.toContain('s3:PutBucketNotification');
    const ja = explainWith(parse(`Permissions on the destination ${kind} do not allow S3 to publish notifications from this bucket`)[0]!, iam, { lang: 'ja' });
    expect(ja.verdict).toContain('s3.amazonaws.com');
  });
});

describe("Aurora DSQL's token for the other action than the database role connects with", () => {
  it.each([
    ['admin', 'DbConnect', 'generate-db-connect-admin-auth-token'],
    ['app_reader', 'DbConnectAdmin', 'generate-db-connect-auth-token'],
  ])('role %s with a %s token', (user, action, verb) => {
    const e = exText(`FATAL: unable to accept connection, access denied\nHINT: Wrong user to action mapping. user: ${user}, action: ${action}`);
    // No policy of the caller's is read: the right token is the fix, never a statement naming the bare action.
    expect(e.verdict).toContain(user);
    expect(e.fixes).toEqual([expect.objectContaining({ target: 'credentials', policy: null })]);
    expect(e.commands.map((c) => c.command).join('\n')).toContain(`aws dsql ${verb}`);
  });
});

describe("DMS's own role that is missing or set up wrong", () => {
  it.each([
    ['Error: creating DMS Replication Subnet Group (x): AccessDeniedFault: The IAM Role arn:aws:iam::111122223333:role/dms-vpc-role is not configured properly.', 'arn:aws:iam::111122223333:role/dms-vpc-role', 'AmazonDMSVPCManagementRole'],
    ['AccessDeniedFault: The IAM Role arn:aws:iam::############:role/dms-cloudwatch-logs-role is not configured properly.', 'arn:aws:iam::ACCOUNT_ID:role/dms-cloudwatch-logs-role', 'AmazonDMSCloudWatchLogsRole'],
  ])('%s', (text, attachTo, managed) => {
    const e = exText(text);
    // The role's trust for DMS and its managed policy — not a permission of the caller's.
    expect(e.fixes).toHaveLength(1);
    expect(e.fixes[0]).toMatchObject({ target: 'trust-policy', who: 'account-admin', attachTo });
    expect(e.fixes[0]?.policy?.Statement[0]).toMatchObject({ Principal: { Service: 'dms.amazonaws.com' }, Action: 'sts:AssumeRole' });
    expect(e.fixes[0]?.note).toContain(`arn:aws:iam::aws:policy/service-role/${managed}`);
    expect(e.commands.map((c) => c.command).join('\n')).toMatch(/aws iam get-role --role-name dms-/);
  });
});

describe('a layer whose words a paste broke over lines', () => {
  it('is still the layer the message names: the SCP, for the org admin', () => {
    const e = exText(
      '{"Message":"User:\n  arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Admin_abc123/dev is not\n  authorized to perform: bedrock:InvokeModel on resource:\n  arn:aws:bedrock:::foundation-model/x with an explicit deny in a service\n  control policy"}',
    );
    expect(e.causes[0]).toMatchObject({ policyType: 'scp', likelihood: 'certain' });
    expect(e.fixes[0]).toMatchObject({ target: 'scp', who: 'org-admin' });
  });
});
