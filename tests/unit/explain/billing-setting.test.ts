// Billing pages refuse IAM identities while the account's "IAM user and role access to Billing information" is off:
// the explanation sends the user to the root user and that setting first, and the policy comes second.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../lib/explain/index';
import type { Lang } from '../../../lib/model';
import { parse } from '../../../lib/parse/index';
import { BILLING_ACCOUNT_SETTINGS_URL } from '../../../lib/steps/billing-setting';

const TEXT = "You don't have permission to perform ce:DescribeReport\nIAM user access not activated";

describe.each<Lang>(['en', 'ja'])('IAM access to billing not activated (%s)', (lang) => {
  it('names the setting and the root user before any policy', async () => {
    const finding = parse(TEXT)[0]!;
    expect(finding.accountSetting).toBe('billing-iam-access');
    const e = await explain(finding, { lang });
    expect(e.verdict).toMatch(lang === 'en' ? /root user/ : /ルートユーザー/);
    expect(e.causes[0]).toMatchObject({ policyType: 'unknown', likelihood: 'certain' });
    expect(e.steps[0]?.url).toBe(BILLING_ACCOUNT_SETTINGS_URL);
    expect(e.steps[0]?.command).toBeNull();
    expect(e.links[0]?.url).toBe(BILLING_ACCOUNT_SETTINGS_URL);
    // The Allow is still needed afterwards, and says so.
    const fix = e.fixes[0];
    expect(fix?.target).toBe('identity-policy');
    expect(fix?.note).toMatch(lang === 'en' ? /root user has activated/ : /ルートユーザーが/);
  });
});

it('an ordinary billing denial (setting on) is explained as a policy gap, without the setting step', async () => {
  const e = await explain(parse('User: arn:aws:iam::123456789012:user/ana is not authorized to perform: ce:GetCostAndUsage on resource: * because no identity-based policy allows the ce:GetCostAndUsage action')[0]!, { lang: 'en' });
  expect(e.steps.some((s) => s.url === BILLING_ACCOUNT_SETTINGS_URL)).toBe(false);
  expect(e.causes[0]?.policyType).toBe('identity');
});
