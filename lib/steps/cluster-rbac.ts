// Kubernetes' authorization in an EKS cluster refused an IAM identity the cluster had authenticated (RBAC, an access
// entry's access policies): the commands that show what the cluster grants it — no IAM policy is at issue.
import type { Step } from '../model';
import { say } from './common';
import { sh } from './shell';
import type { StepValues } from './values';

/** The IAM principal an access entry names: the role (not its session) or the user; a placeholder when unknown. */
function entryPrincipal(v: StepValues): string {
  if (v.roleArnExact) return v.roleArnExact;
  if (v.userArn) return v.userArn;
  const partition = v.partition ?? 'aws';
  if (v.roleName && v.account) return `arn:${partition}:iam::${v.account}:role/${v.roleName}`;
  if (v.userName && v.account) return `arn:${partition}:iam::${v.account}:user/${v.userName}`;
  return 'PRINCIPAL_ARN';
}

export function clusterRbacStep(v: StepValues): Step | null {
  if (v.finding.accountSetting !== 'cluster-rbac') return null;
  const reg = v.region ? ` --region ${sh(v.region)}` : '';
  return {
    title: say(v, 'clusterRbac.title'),
    command: [`aws eks list-associated-access-policies --cluster-name CLUSTER_NAME --principal-arn ${sh(entryPrincipal(v))}${reg}`, 'kubectl auth can-i --list'].join('\n'),
    meaning: say(v, 'clusterRbac.meaning'),
    url: null,
  };
}
