// Who must act on a layer — DESIGN.md's `who` — in one small table apart from the playbooks, so the console card's
// verdict (content script, kept small) can say it without loading them; each playbook's `owner` is this function.
import type { PolicyType, Who } from '../model';
import type { Facts } from './facts';

export function ownerOf(layer: PolicyType, f: Facts): Who {
  switch (layer) {
    case 'identity':
      // Identity Center permission sets are managed from the organization's management (or delegated) account.
      return f.principal.permissionSet ? 'org-admin' : 'account-admin';
    case 'scp':
    case 'rcp':
      return 'org-admin';
    case 'resource':
      return 'resource-owner';
    case 'trust':
      // A role in another account (or one whose account is not known to be the caller's) belongs to its owner.
      return f.crossAccount || f.resourceAccountMask ? 'resource-owner' : 'account-admin';
    case 'boundary':
      return 'account-admin';
    case 'session':
      // Session policies are passed by whoever calls AssumeRole / GetFederationToken — usually the caller's tooling.
      return 'you';
    case 'vpce':
      // The VPC endpoint belongs to whoever runs the network (often a central networking account).
      return 'account-admin';
    default:
      // A change only AWS makes is asked of whoever administers its source: the permission set, the account's policies.
      if (f.awsOwned) return f.awsOwned.kind === 'sso-role' ? 'org-admin' : 'account-admin';
      return 'you';
  }
}
