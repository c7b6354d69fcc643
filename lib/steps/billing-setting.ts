// Billing pages refuse every IAM user and role while the account's "IAM user and role access to Billing
// information" setting is off — only the root user can activate it, so that is the first thing to do, and no
// command can (the setting has no API).
import type { Step } from '../model';
import { say, sentences } from './common';
import type { StepValues } from './values';

/** The root user's account settings page, where IAM access to billing is activated (commercial partition). */
export const BILLING_ACCOUNT_SETTINGS_URL = 'https://console.aws.amazon.com/billing/home#/account';

export function billingSettingStep(v: StepValues): Step | null {
  if (v.finding.accountSetting !== 'billing-iam-access') return null;
  return {
    title: say(v, 'billing.title'),
    command: null,
    meaning: sentences(v, say(v, 'billing.meaning'), v.action ? say(v, 'billing.after') : null),
    url: (v.partition ?? 'aws') === 'aws' ? BILLING_ACCOUNT_SETTINGS_URL : null,
  };
}
