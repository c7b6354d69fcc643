// Console addresses per partition. Only partitions whose addresses AWS documents publicly get a link; for the
// others (aws-us-gov's simulator, the isolated partitions) the steps keep the CLI command and give no URL.
import type { Partition } from '../arn';

/** The IAM policy simulator console (IAM User Guide, "Testing IAM policies with the IAM policy simulator"). */
export function policySimulatorUrl(partition: Partition | null): string | null {
  switch (partition ?? 'aws') {
    case 'aws':
      return 'https://policysim.aws.amazon.com/';
    case 'aws-cn':
      return 'https://policysim.amazonaws.cn/';
    default:
      return null;
  }
}

/** The IAM console page of a role's permissions. */
export function iamRoleUrl(partition: Partition | null, roleName: string): string | null {
  const host = consoleHost(partition);
  return host ? `${host}/iam/home#/roles/details/${encodeURIComponent(roleName)}?section=permissions` : null;
}

/** The IAM console page of a user's permissions. */
export function iamUserUrl(partition: Partition | null, userName: string): string | null {
  const host = consoleHost(partition);
  return host ? `${host}/iam/home#/users/details/${encodeURIComponent(userName)}?section=permissions` : null;
}

/** The console host of a partition whose console addresses AWS documents, or null. */
export function consoleHost(partition: Partition | null): string | null {
  switch (partition ?? 'aws') {
    case 'aws':
      return 'https://console.aws.amazon.com';
    case 'aws-cn':
      return 'https://console.amazonaws.cn';
    case 'aws-us-gov':
      return 'https://console.amazonaws-us-gov.com';
    default:
      return null;
  }
}
