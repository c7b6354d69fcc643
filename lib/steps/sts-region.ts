// STS refuses every call in a Region the account has not activated it in (RegionDisabledException): the setting is
// in the IAM console's account settings, and no command can read or change it (it has no API).
import type { Step } from '../model';
import { say } from './common';
import type { StepValues } from './values';

/** IAM's account settings page, where STS is activated per Region (commercial partition). */
export const IAM_ACCOUNT_SETTINGS_URL = 'https://console.aws.amazon.com/iam/home#/account_settings';

export function stsRegionStep(v: StepValues): Step | null {
  if (v.finding.accountSetting !== 'sts-region') return null;
  return {
    title: say(v, 'stsRegion.title'),
    command: null,
    meaning: say(v, 'stsRegion.meaning'),
    url: (v.partition ?? 'aws') === 'aws' ? IAM_ACCOUNT_SETTINGS_URL : null,
  };
}
