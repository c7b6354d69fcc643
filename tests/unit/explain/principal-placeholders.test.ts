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
