// A writer who replaced the account by a word in capitals wrote the rest of the ARN in the same style: its names in
// capitals with underscores are placeholders to replace, listed as such. Elsewhere such a name may be real.
import { describe, expect, it } from 'vitest';
import { policyPrincipal } from '../../../lib/explain/principal';

describe('names in capitals beside a written account placeholder', () => {
  it('are placeholders when the account is a word in capitals', () => {
    const p = policyPrincipal({ principal: 'arn:aws:sts::ACCOUNT:assumed-role/CUSTOM_EC2_ROLE/INSTANCE_ID', principalType: 'assumed-role', accountId: 'ACCOUNT' });
    expect(p.roleName).toBe('CUSTOM_EC2_ROLE');
    expect(p.placeholders).toContain('CUSTOM_EC2_ROLE');
  });

  it('stay names beside a real account', () => {
    const p = policyPrincipal({ principal: 'arn:aws:sts::111122223333:assumed-role/ADMIN_ROLE/s', principalType: 'assumed-role', accountId: '111122223333' });
    expect(p.roleName).toBe('ADMIN_ROLE');
    expect(p.placeholders).not.toContain('ADMIN_ROLE');
  });
});

describe('a mask that the ARN’s slash cut in two', () => {
  it('leaves no bracket in the role name: the name is a placeholder', () => {
    const p = policyPrincipal({ principal: 'arn:aws:sts::</>:assumed-role/platform-irsa-</>', principalType: 'assumed-role', accountId: '</>' });
    expect(p.roleName).toBe('ROLE_NAME');
    expect(p.roleArn).toBe('arn:aws:iam::ACCOUNT_ID:role/ROLE_NAME');
    expect(p.placeholders).toEqual(expect.arrayContaining(['ROLE_NAME', 'ACCOUNT_ID']));
  });

  it('beside a real account, a name is shown as printed (markup on a page stays the text it was)', () => {
    const p = policyPrincipal({ principal: 'arn:aws:iam::111122223333:user/onerror="x">', principalType: 'user', accountId: '111122223333' });
    expect(p.userName).toBe('onerror="x">');
  });

  it('keeps a placeholder written whole inside a name', () => {
    const p = policyPrincipal({ principal: 'arn:aws:sts::<ACCOUNT>:assumed-role/cdk-hnb659fds-cfn-exec-role-<ACCOUNT>-us-east-1/s', principalType: 'assumed-role', accountId: '<ACCOUNT>' });
    expect(p.roleName).toBe('cdk-hnb659fds-cfn-exec-role-ACCOUNT_ID-us-east-1');
  });
});
