// A chat's code spans around the placeholders of a pasted principal are markup, not part of any IAM name: the fix's
// target names the role without them.
import { describe, expect, it } from 'vitest';
import { policyPrincipal } from '../../../lib/explain/principal';

describe('markup inside a printed principal', () => {
  it('backticks around placeholders are dropped', () => {
    const p = policyPrincipal({ principal: 'arn:aws:sts::`<account-ID>`:assumed-role/`<service-role-name>`/AWSCodeBuild-`<UUID>`', principalType: 'assumed-role', accountId: '`<account-ID>`' });
    expect(p.roleArn).toBe('arn:aws:iam::ACCOUNT_ID:role/ROLE_NAME');
    expect(p.roleArn).not.toMatch(/`/);
  });

  it('a backtick inside a value is no markup: no account is read from it (a fuzz counterexample)', () => {
    const p = policyPrincipal({ principal: 'arn:aws:iam::1`11122223333:user/app', principalType: 'user', accountId: null });
    expect(p.account).toBeNull();
  });

  it('a plain principal is unchanged', () => {
    expect(policyPrincipal({ principal: 'arn:aws:sts::111122223333:assumed-role/app/s', principalType: 'assumed-role', accountId: '111122223333' }).roleArn).toBe('arn:aws:iam::111122223333:role/app');
  });
});
