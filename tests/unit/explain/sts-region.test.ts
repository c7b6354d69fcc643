// STS not activated in the Region a call went to (RegionDisabledException) is an account setting: no trust or
// identity policy is read, so the explanation names the setting and the other Region's endpoint, never a policy.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../lib/explain/index';
import { toFinding } from '../../../lib/history/validate';
import { parse } from '../../../lib/parse/index';

const TEXT =
  'An error occurred (RegionDisabledException) when calling the AssumeRoleWithWebIdentity operation: STS is not activated in this region for account:111122223333. Your account administrator can activate STS in this region using the IAM Console.';

describe('STS not activated in the Region', () => {
  it('is read as the account setting', () => {
    expect(parse(TEXT)[0]).toMatchObject({ category: 'access-denied', accountSetting: 'sts-region', errorCode: 'RegionDisabledException', operation: 'AssumeRoleWithWebIdentity' });
  });

  it('is explained without a policy: the setting, who changes it, the step with its page', async () => {
    const e = await explain(parse(TEXT)[0]!, { lang: 'en', context: TEXT });
    expect(e.verdict).toMatch(/STS is not activated in this Region/);
    expect(e.causes.map((c) => c.policyType)).toEqual(['unknown']);
    expect(e.fixes).toHaveLength(1);
    expect(e.fixes[0]).toMatchObject({ target: 'credentials', who: 'account-admin', policy: null });
    expect(e.fixes[0]!.note).toMatch(/Security Token Service \(STS\) → Endpoints/);
    expect(e.steps[0]).toMatchObject({ title: 'Activate STS in the Region the call went to', url: 'https://console.aws.amazon.com/iam/home#/account_settings' });
    // The trust policy's web-identity advice would be wrong here.
    expect(JSON.stringify(e)).not.toMatch(/OIDC_PROVIDER|trust policy of the role/);
  });

  it('in Japanese too', async () => {
    const e = await explain(parse(TEXT)[0]!, { lang: 'ja', context: TEXT });
    expect(e.verdict).toMatch(/STS が有効化されていません/);
    expect(e.steps[0]!.title).toBe('呼び出し先のリージョンで STS を有効化する');
  });

  it('a stored finding keeps the setting', () => {
    const f = parse(TEXT)[0]!;
    expect(toFinding(JSON.parse(JSON.stringify(f))).accountSetting).toBe('sts-region');
  });
});
