import { describe, expect, it } from 'vitest';
import { accountOf, asPartition, describePrincipal, dnsSuffix, isAnonymousPrincipal, partitionOfRegion, PARTITIONS, isAccountId, isKnownPartition, parseArn, principalTypeAndAccount, principalTypeOf, roleArnFromSession, ssoPermissionSetOf } from '../../lib/arn';

describe('parseArn', () => {
  it('splits an ARN and keeps colons inside the resource', () => {
    expect(parseArn('arn:aws:lambda:us-east-1:123456789012:function:resize:live')).toEqual({
      partition: 'aws',
      service: 'lambda',
      region: 'us-east-1',
      account: '123456789012',
      resource: 'function:resize:live',
      hasPrefix: true,
    });
  });

  it.each(['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'])('reads the %s partition', (partition) => {
    const arn = parseArn(`arn:${partition}:iam::123456789012:role/x`);
    expect(arn?.partition).toBe(partition);
    expect(isKnownPartition(partition)).toBe(true);
  });

  it('keeps S3 ARNs with empty region and account', () => {
    expect(parseArn('arn:aws:s3:::my-bucket/key.txt')).toMatchObject({ service: 's3', region: '', account: '', resource: 'my-bucket/key.txt' });
  });

  it('tolerates masks, stray spaces and a missing arn: prefix', () => {
    expect(parseArn('arn:aws:iam::XXXX :user/xxxx')?.account).toBe('XXXX');
    expect(parseArn('arn:aws:iam::<account-id>:user/me')?.account).toBe('<account-id>');
    expect(parseArn('aws:iam::########:user/Name')).toMatchObject({ hasPrefix: false, account: '########', resource: 'user/Name' });
  });

  it('reads a truncated ARN that stops at the account', () => {
    expect(parseArn('arn:aws:sts::***REDACTED**')).toMatchObject({ service: 'sts', account: '***REDACTED**', resource: '' });
  });

  it('rejects text that is not ARN-shaped', () => {
    for (const text of ['', 'hello', 'error: foo: bar: baz', 'https://example.com', 'x'.repeat(5000)]) {
      expect(parseArn(text)).toBeNull();
    }
  });
});

describe('describePrincipal', () => {
  it('reads an IAM user with a path', () => {
    expect(describePrincipal('arn:aws:iam::123456789012:user/division/team/ana')).toMatchObject({
      type: 'user',
      accountId: '123456789012',
      name: 'ana',
      path: '/division/team/',
      partition: 'aws',
    });
  });

  it('reads an assumed role: role name, session, and the role ARN with an unknown path', () => {
    const info = describePrincipal('arn:aws:sts::123456789012:assumed-role/deploy/gha-run-42');
    expect(info).toMatchObject({
      type: 'assumed-role',
      accountId: '123456789012',
      name: 'deploy',
      sessionName: 'gha-run-42',
      roleArn: 'arn:aws:iam::123456789012:role/deploy',
      rolePathUnknown: true,
      ssoPermissionSet: null,
      serviceLinked: false,
    });
  });

  it('keeps the partition when it rebuilds the role ARN', () => {
    expect(roleArnFromSession('arn:aws-us-gov:sts::123456789012:assumed-role/Ops/j')).toEqual({
      roleArn: 'arn:aws-us-gov:iam::123456789012:role/Ops',
      roleName: 'Ops',
      pathUnknown: true,
    });
    expect(roleArnFromSession('arn:aws:iam::123456789012:user/x')).toBeNull();
  });

  it('names the IAM Identity Center permission set, also when it contains underscores', () => {
    expect(describePrincipal('arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_AdministratorAccess_8c8dbb6dc8164670/ana').ssoPermissionSet).toBe(
      'AdministratorAccess',
    );
    expect(ssoPermissionSetOf('AWSReservedSSO_data_eng_read_0123456789abcdef')).toBe('data_eng_read');
    expect(ssoPermissionSetOf('MyRole')).toBeNull();
    const role = describePrincipal('arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_Dev_0123456789abcdef');
    expect(role).toMatchObject({ type: 'role', ssoPermissionSet: 'Dev', path: '/aws-reserved/sso.amazonaws.com/eu-west-1/' });
  });

  it('recognizes service-linked roles by path and by session', () => {
    expect(describePrincipal('arn:aws:iam::123456789012:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS')).toMatchObject({
      type: 'role',
      serviceLinked: true,
      service: 'ecs.amazonaws.com',
      name: 'AWSServiceRoleForECS',
    });
    expect(describePrincipal('arn:aws:sts::123456789012:assumed-role/AWSServiceRoleForAutoScaling/AutoScaling').serviceLinked).toBe(true);
  });

  it('reads root, federated users, service principals and web identities', () => {
    expect(describePrincipal('arn:aws:iam::123456789012:root')).toMatchObject({ type: 'root', accountId: '123456789012' });
    expect(describePrincipal('arn:aws:sts::123456789012:federated-user/broker')).toMatchObject({ type: 'federated-user', name: 'broker' });
    expect(describePrincipal('states.amazonaws.com')).toMatchObject({ type: 'service', service: 'states.amazonaws.com' });
    expect(describePrincipal('lambda.amazonaws.com.cn').type).toBe('service');
    expect(describePrincipal('cognito-identity.amazonaws.com').type).toBe('web-identity');
    expect(describePrincipal('accounts.google.com').type).toBe('web-identity');
    expect(describePrincipal('arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com').type).toBe('web-identity');
  });

  it('says unknown for masks and names, and keeps the masked account', () => {
    expect(describePrincipal('<user-arn>')).toMatchObject({ type: 'unknown', accountId: null });
    expect(describePrincipal('XXXXXX')).toMatchObject({ type: 'unknown', accountId: null });
    expect(describePrincipal('anonymous').type).toBe('unknown');
    expect(isAnonymousPrincipal('anonymous')).toBe(true);
    expect(isAnonymousPrincipal('ANONYMOUS_PRINCIPAL')).toBe(true);
    expect(isAnonymousPrincipal('anonymous-user')).toBe(false);
    expect(describePrincipal('arn:aws:sts::***REDACTED**')).toMatchObject({ type: 'unknown', accountId: '***REDACTED**' });
    expect(describePrincipal('arn:aws:sts::{account-id}:assumed-role/{role-arn}')).toMatchObject({ type: 'assumed-role', accountId: '{account-id}' });
    expect(describePrincipal('arn:aws:sts:::assumed-role/r/s')).toMatchObject({ type: 'assumed-role', accountId: null });
    // Retyped by hand under iam: the type word still says it is a role session.
    expect(describePrincipal('arn:aws:iam::<ACCOUNT_ID>:assumed-role/lab-role/test')).toMatchObject({ type: 'assumed-role', accountId: '<ACCOUNT_ID>', name: 'lab-role' });
  });

  it('keeps a session name with a space as printed', () => {
    expect(describePrincipal('arn:aws:sts::123456789012:assumed-role/Cognito_Unauth_Role/ CognitoIdentityCredentials').sessionName).toBe(
      'CognitoIdentityCredentials',
    );
  });

  it('never throws on hostile input', () => {
    for (const text of ['arn:', 'arn:::::', ':'.repeat(10000), 'arn:aws:sts::1:assumed-role/', 'arn:aws:iam::1:user/', '\u0000\uffff']) {
      expect(() => describePrincipal(text)).not.toThrow();
    }
    // A name its writer removed leaves the kind said (as `…:assumed-role` cut at its type word does), with no name.
    const emptied = describePrincipal('arn:aws:sts::1:assumed-role/');
    expect([emptied.type, emptied.name, emptied.roleArn]).toEqual(['assumed-role', null, null]);
    expect(describePrincipal('arn:aws:iam::1:role/').type).toBe('role');
  });
});

describe('small helpers', () => {
  it('asPartition reads a documented partition as written, else null', () => {
    expect(asPartition(' AWS-CN ')).toBe('aws-cn');
    expect(asPartition('aws-eusc')).toBe('aws-eusc');
    expect(asPartition('aws-moon')).toBeNull();
    expect(asPartition(null)).toBeNull();
  });

  it('principalTypeOf, accountOf, isAccountId', () => {
    expect(principalTypeOf('arn:aws:iam::123456789012:role/x')).toBe('role');
    expect(accountOf('arn:aws:s3:::bucket')).toBeNull();
    expect(accountOf('arn:aws:iam::123456789012:user/x')).toBe('123456789012');
    expect(isAccountId('123456789012')).toBe(true);
    expect(isAccountId('XXXXXXXXXXXX')).toBe(false);
    expect(isAccountId(null)).toBe(false);
  });
});

describe('dnsSuffix', () => {
  it.each([
    ['aws', 'amazonaws.com'],
    ['aws-cn', 'amazonaws.com.cn'],
    ['aws-us-gov', 'amazonaws.com'],
    ['aws-iso', 'c2s.ic.gov'],
    ['aws-iso-b', 'sc2s.sgov.gov'],
    ['aws-eusc', 'amazonaws.eu'],
    ['aws-unknown-future', 'amazonaws.com'],
  ])('%s → %s', (partition, suffix) => expect(dnsSuffix(partition)).toBe(suffix));

  it('every documented partition has its suffix', () => {
    for (const p of PARTITIONS) expect(dnsSuffix(p)).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
  });
});

describe('partitionOfRegion', () => {
  it('names the partition of each region family, aws for the rest', () => {
    expect(partitionOfRegion('cn-north-1')).toBe('aws-cn');
    expect(partitionOfRegion('us-gov-west-1')).toBe('aws-us-gov');
    expect(partitionOfRegion('us-iso-east-1')).toBe('aws-iso');
    expect(partitionOfRegion('us-isob-east-1')).toBe('aws-iso-b');
    expect(partitionOfRegion('eu-isoe-west-1')).toBe('aws-iso-e');
    expect(partitionOfRegion('us-isof-south-1')).toBe('aws-iso-f');
    expect(partitionOfRegion('eusc-de-east-1')).toBe('aws-eusc');
    expect(partitionOfRegion('eu-west-1')).toBe('aws');
    expect(partitionOfRegion('US-GOV-EAST-1 ')).toBe('aws-us-gov');
  });
});

describe('an ARN cut right after its type word', () => {
  it('still says the type and the account', () => {
    expect(principalTypeAndAccount('arn:aws:sts::111122223333:role')).toEqual({ type: 'role', accountId: '111122223333' });
    expect(principalTypeAndAccount('arn:aws:iam::111122223333:user')).toEqual({ type: 'user', accountId: '111122223333' });
    expect(principalTypeAndAccount('arn:aws:sts::111122223333:assumed-role')).toEqual({ type: 'assumed-role', accountId: '111122223333' });
  });

  it('another service’s resource word is no principal type', () => {
    expect(principalTypeAndAccount('arn:aws:s3:::role').type).toBe('unknown');
  });
});

describe('a mask that swallowed the colons around the account', () => {
  it('keeps the type word and the mask as the account', () => {
    expect(principalTypeAndAccount('arn:aws:sts:XXXXXXXXXassumed-role/node/i-0abc')).toEqual({ type: 'assumed-role', accountId: 'XXXXXXXXX' });
    expect(principalTypeAndAccount('arn:aws:sts…:assumed-role/ci-role/pipeline')).toEqual({ type: 'assumed-role', accountId: '…' });
    expect(principalTypeAndAccount('arn:aws:iam:111122223333user/ana')).toEqual({ type: 'user', accountId: '111122223333' });
  });

  it('needs the caller’s services and a type word', () => {
    expect(principalTypeAndAccount('arn:aws:s3:XXXXrole/x').type).toBe('unknown');
    expect(principalTypeAndAccount('arn:aws:sts:XXXXXXXXXsession/x').type).toBe('unknown');
  });
});

describe('a writer’s doubled colon after a masked account', () => {
  it('still names an IAM user', () => {
    const d = describePrincipal('arn:aws:iam::{user id}::user/ana');
    expect(d.type).toBe('user');
    expect(d.accountId).toBe('{user id}');
    expect(parseArn('arn:aws:iam::{user id}::user/ana')?.resource).toBe('user/ana');
  });

  it('is left alone where a resource may start with a colon', () => {
    expect(parseArn('arn:aws:logs:us-east-1:111122223333::user/x')?.resource).toBe(':user/x');
  });
});
