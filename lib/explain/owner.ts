// Who must act on a layer — DESIGN.md's `who`. One place, so the card, the fixes and the admin request agree.
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
      return f.crossAccount ? 'resource-owner' : 'account-admin';
    case 'boundary':
      return 'account-admin';
    case 'session':
      // Session policies are passed by whoever calls AssumeRole / GetFederationToken — usually the caller's tooling.
      return 'you';
    case 'vpce':
      // The VPC endpoint belongs to whoever runs the network (often a central networking account).
      return 'account-admin';
    default:
      return 'you';
  }
}
