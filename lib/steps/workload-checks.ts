// The workload's own check: ask the service which role the workload really runs with, so the fix lands on that
// role and not on the console user, the execution role instead of the task role, or the node instead of the pod.
import type { Step } from '../model';
import { isCloudFormationName } from '../workload/session';
import { say, sentences } from './common';
import { iamName, sh } from './shell';
import type { StepValues } from './values';
import type { WorkloadGuess } from '../workload/types';

/** What every workload's check is built from: the values, the guess, the role (name and shell-quoted), the region flag. */
interface Ctx {
  v: StepValues;
  g: WorkloadGuess;
  role: string;
  r: string;
  reg: string;
}

export function workloadStep(v: StepValues): Step | null {
  const g = v.guess;
  if (!g) return null;
  const role = v.roleName ?? 'ROLE_NAME';
  const c: Ctx = { v, g, role, r: sh(role), reg: v.region ? ` --region ${sh(v.region)}` : '' };
  switch (g.kind) {
    case 'lambda':
    case 'ecs-task':
    case 'ecs-task-execution':
    case 'ec2-instance':
    case 'codebuild':
      return computeStep(c);
    case 'github-actions':
    case 'cloudformation':
    case 'cdk':
      return deployStep(c);
    case 'eks-irsa':
    case 'eks-pod-identity':
    case 'identity-center':
    case 'service-linked':
    case 'iam-user':
      return identityStep(c);
    case 'root':
      return null;
    case 'other':
      return otherStep(v, role, c.reg);
  }
}

/** Compute that runs with a role: which role the function, task, instance or build really has. */
function computeStep(c: Ctx): Step | null {
  const { v, g, role, reg } = c;
  switch (g.kind) {
    case 'lambda': {
      const fn = iamName(g.name);
      if (!fn) {
        return {
          title: say(v, 'wl.lambda.find.title', { role }),
          command: `aws lambda list-functions${reg} --query "Functions[?ends_with(Role, '/${role.replace(/[^\w+=,.@-]/g, '')}')].FunctionName" --output text`,
          meaning: say(v, 'wl.lambda.find.meaning', { role }),
        };
      }
      const stack = isCloudFormationName(fn) && say(v, 'wl.lambda.stack', { fn });
      return {
        title: say(v, 'wl.lambda.title'),
        command: `aws lambda get-function-configuration --function-name ${sh(fn)}${reg} --query Role --output text`,
        meaning: sentences(v, say(v, 'wl.lambda.meaning', { fn, role }), stack),
      };
    }
    case 'ecs-task':
    case 'ecs-task-execution': {
      const task = g.name && /^[0-9a-f-]{32,36}$/.test(g.name) ? g.name : 'TASK_ID';
      const which = say(v, g.kind === 'ecs-task' ? 'wl.ecs.task' : 'wl.ecs.execution', { role });
      return {
        title: say(v, 'wl.ecs.title'),
        command: [
          `aws ecs describe-tasks --cluster CLUSTER_NAME --tasks ${sh(task)}${reg} --query 'tasks[].[taskDefinitionArn,overrides.taskRoleArn,overrides.executionRoleArn]' --output text`,
          `aws ecs describe-task-definition --task-definition TASK_DEFINITION${reg} --query 'taskDefinition.[taskRoleArn,executionRoleArn]' --output text`,
        ].join('\n'),
        meaning: sentences(v, say(v, 'wl.ecs.meaning', { task }), which, say(v, 'wl.ecs.stopped')),
      };
    }
    case 'ec2-instance': {
      const instance = g.name && /^i-[0-9a-f]{8,17}$/.test(g.name) ? g.name : 'INSTANCE_ID';
      const extra = g.platform === 'ecs-host' ? say(v, 'wl.ec2.ecsHost') : g.platform === 'eks-node' ? say(v, 'wl.ec2.eksNode') : null;
      return {
        title: say(v, 'wl.ec2.title'),
        command: [
          `aws ec2 describe-iam-instance-profile-associations --filters Name=instance-id,Values=${sh(instance)}${reg} --query 'IamInstanceProfileAssociations[].[State,IamInstanceProfile.Arn]' --output text`,
          `aws iam get-instance-profile --instance-profile-name INSTANCE_PROFILE_NAME --query 'InstanceProfile.Roles[].Arn' --output text`,
        ].join('\n'),
        meaning: sentences(v, say(v, 'wl.ec2.meaning', { instance, role }), extra),
      };
    }
    case 'codebuild': {
      const build = g.name && /^[0-9a-f-]{36}$/i.test(g.name) ? g.name : 'BUILD_UUID';
      return {
        title: say(v, 'wl.codebuild.title'),
        command: [
          `aws codebuild list-builds${reg} --query "ids[?ends_with(@, ':${build}')]" --output text`,
          `aws codebuild batch-get-projects --names PROJECT_NAME${reg} --query 'projects[].serviceRole' --output text`,
        ].join('\n'),
        meaning: say(v, 'wl.codebuild.meaning', { build, role }),
      };
    }
    default:
      return null;
  }
}

/** Deployments: the CI role's trust, the stack's service role, the CDK bootstrap roles. */
function deployStep(c: Ctx): Step | null {
  const { v, g, role, r, reg } = c;
  switch (g.kind) {
    case 'github-actions': {
      const trustRole = iamName(v.targetRoleName) ?? (g.roleArn ? iamName(g.roleArn.split('/').pop()) : null);
      if ((v.action ?? '').toLowerCase() === 'sts:assumerolewithwebidentity' || !v.finding.principal) {
        return {
          title: say(v, 'wl.github.trust.title'),
          command: [
            `aws iam get-role --role-name ${sh(trustRole ?? 'ROLE_NAME')} --query Role.AssumeRolePolicyDocument`,
            `aws iam list-open-id-connect-providers --query "OpenIDConnectProviderList[?contains(Arn, 'token.actions.githubusercontent.com')]"`,
          ].join('\n'),
          meaning: say(v, 'wl.github.trust.meaning', { partition: v.partition ?? 'aws' }),
        };
      }
      return {
        title: say(v, 'wl.github.title'),
        command: 'grep -rn -e role-to-assume -e role-session-name .github/workflows',
        meaning: say(v, 'wl.github.meaning', { role }),
      };
    }
    case 'cloudformation': {
      if (g.platform === 'cloudformation-extension') {
        return {
          title: say(v, 'wl.cfnext.title'),
          command: `aws cloudformation describe-type --type RESOURCE --type-name TYPE_NAME${reg} --query ExecutionRoleArn --output text`,
          meaning: say(v, 'wl.cfnext.meaning', { role }),
        };
      }
      const stack = stackName(v) ?? 'STACK_NAME';
      const s = sh(stack);
      return {
        title: say(v, 'wl.cfn.title'),
        command: [
          `aws cloudformation describe-stacks --stack-name ${s}${reg} --query 'Stacks[].RoleARN' --output text`,
          `aws cloudformation describe-stack-events --stack-name ${s}${reg} --query "StackEvents[?contains(ResourceStatus, 'FAILED')].[Timestamp,LogicalResourceId,ResourceStatusReason]" --output text`,
        ].join('\n'),
        meaning: say(v, 'wl.cfn.meaning', { stack, role }),
      };
    }
    case 'cdk': {
      if (g.platform === 'cdk-eks-provider') {
        return {
          title: say(v, 'wl.cdkeks.title', { role }),
          command: `aws cloudformation describe-stack-resources --physical-resource-id ${r}${reg} --query 'StackResources[].[StackName,LogicalResourceId]' --output text`,
          meaning: say(v, 'wl.cdkeks.meaning'),
        };
      }
      const qualifier = /^cdk-([a-z0-9]{1,10})-/.exec(role)?.[1] ?? 'hnb659fds';
      const cdkRegion = /-role-[^-]+-([a-z]{2}(?:-[a-z]+)+-\d)$/.exec(role)?.[1] ?? v.region;
      const creg = cdkRegion ? ` --region ${sh(cdkRegion)}` : '';
      return {
        title: say(v, 'wl.cdk.title'),
        command: [
          `aws cloudformation describe-stacks --stack-name CDKToolkit${creg} --query "Stacks[0].Parameters[?ParameterKey=='CloudFormationExecutionPolicies' || ParameterKey=='TrustedAccounts' || ParameterKey=='Qualifier']" --output table`,
          `aws ssm get-parameter --name /cdk-bootstrap/${qualifier}/version${creg} --query Parameter.Value --output text`,
        ].join('\n'),
        meaning: say(v, 'wl.cdk.meaning'),
      };
    }
    default:
      return null;
  }
}

/** Roles handed out by Kubernetes, Identity Center or a service, and IAM users. */
function identityStep(c: Ctx): Step | null {
  const { v, g, role, r, reg } = c;
  switch (g.kind) {
    case 'eks-irsa':
      return {
        title: say(v, 'wl.irsa.title'),
        command: [
          `kubectl get serviceaccount SERVICE_ACCOUNT -n NAMESPACE -o jsonpath='{.metadata.annotations.eks\\.amazonaws\\.com/role-arn}'`,
          `aws eks describe-cluster --name CLUSTER_NAME${reg} --query cluster.identity.oidc.issuer --output text`,
        ].join('\n'),
        meaning: say(v, 'wl.irsa.meaning', { role }),
      };
    case 'eks-pod-identity':
      return {
        title: say(v, 'wl.podid.title'),
        command: [
          `aws eks list-pod-identity-associations --cluster-name CLUSTER_NAME${reg} --query 'associations[].[namespace,serviceAccount,associationId]' --output text`,
          `aws eks describe-pod-identity-association --cluster-name CLUSTER_NAME --association-id ASSOCIATION_ID${reg} --query association.roleArn --output text`,
        ].join('\n'),
        meaning: say(v, 'wl.podid.meaning', { session: g.sessionName ?? 'eks-CLUSTER-POD-…', role }),
      };
    case 'identity-center': {
      const ps = g.name ?? 'PERMISSION_SET';
      return {
        title: say(v, 'wl.sso.title', { ps }),
        command: permissionSetCommands(ps).join('\n'),
        meaning: say(v, 'wl.sso.meaning'),
      };
    }
    case 'service-linked':
      return {
        title: say(v, 'wl.slr.title'),
        command: `aws iam get-role --role-name ${r} --query 'Role.[Arn,Description]' --output text`,
        meaning: say(v, 'wl.slr.meaning', { role }),
      };
    case 'iam-user': {
      if (!v.userName) return null;
      const u = sh(v.userName);
      return {
        title: say(v, 'wl.user.title', { user: v.userName }),
        command: [
          `aws iam list-access-keys --user-name ${u} --query 'AccessKeyMetadata[].[AccessKeyId,Status,CreateDate]' --output text`,
          `aws iam list-groups-for-user --user-name ${u} --query 'Groups[].GroupName' --output text`,
        ].join('\n'),
        meaning: say(v, 'wl.user.meaning'),
      };
    }
    default:
      return null;
  }
}


function otherStep(v: StepValues, role: string, reg: string): Step | null {
  const g = v.guess;
  switch (g?.platform) {
    case 'cognito-identity': {
      const pool = g.name ?? 'POOL_NAME';
      return {
        title: say(v, 'wl.cognito.title'),
        command: [
          `aws cognito-identity list-identity-pools --max-results 60${reg} --query "IdentityPools[?IdentityPoolName=='${pool.replace(/[^\w -]/g, '')}']"`,
          `aws cognito-identity get-identity-pool-roles --identity-pool-id IDENTITY_POOL_ID${reg}`,
        ].join('\n'),
        meaning: say(v, 'wl.cognito.meaning', { pool, role }),
      };
    }
    case 'sagemaker':
      return {
        title: say(v, 'wl.sagemaker.title'),
        command: `aws sagemaker describe-notebook-instance --notebook-instance-name NOTEBOOK_NAME${reg} --query RoleArn --output text`,
        meaning: say(v, 'wl.sagemaker.meaning', { role }),
      };
    case 'glue':
      return {
        title: say(v, 'wl.glue.title'),
        command: `aws glue get-job --job-name JOB_NAME${reg} --query Job.Role --output text`,
        meaning: say(v, 'wl.glue.meaning', { role }),
      };
    case 'greengrass':
      return {
        title: say(v, 'wl.greengrass.title'),
        command: `aws iot describe-role-alias --role-alias GreengrassV2TokenExchangeRoleAlias${reg} --query roleAliasDescription.roleArn --output text`,
        meaning: say(v, 'wl.greengrass.meaning', { role }),
      };
    case 'iot-credentials':
      return { title: say(v, 'wl.iot.title'), command: `aws iot list-role-aliases${reg}`, meaning: say(v, 'wl.iot.meaning', { role }) };
    case 'step-functions':
      return {
        title: say(v, 'wl.sfn.title'),
        command: `aws stepfunctions describe-state-machine --state-machine-arn STATE_MACHINE_ARN${reg} --query roleArn --output text`,
        meaning: say(v, 'wl.sfn.meaning', { role }),
      };
    case 'vault':
      return { title: say(v, 'wl.vault.title'), command: 'vault read aws/roles/VAULT_ROLE', meaning: say(v, 'wl.vault.meaning') };
    case 'terraform-cloud':
      return { title: say(v, 'wl.tfc.title'), command: null, meaning: say(v, 'wl.tfc.meaning', { role }) };
    case 'kube2iam':
      return {
        title: say(v, 'wl.kube2iam.title'),
        command: `kubectl get pod POD_NAME -n NAMESPACE -o jsonpath='{.metadata.annotations.iam\\.amazonaws\\.com/role}'`,
        meaning: say(v, 'wl.kube2iam.meaning', { role }),
      };
    case 'sdk-default-session':
      return {
        title: say(v, 'wl.sdk.title'),
        command: [`grep -n -B3 -A3 role_arn ~/.aws/config`, `env | grep -E '^AWS_(PROFILE|ROLE_ARN|ROLE_SESSION_NAME|WEB_IDENTITY_TOKEN_FILE)='`].join('\n'),
        meaning: say(v, 'wl.sdk.meaning', { role }),
      };
    default:
      return null;
  }
}

/** The stack named by the resource ARN or the text (`…:stack/NAME/…`). */
function stackName(v: StepValues): string | null {
  const text = `${v.finding.resource ?? ''} ${(v.finding.message ?? '').slice(0, 20_000)}`;
  const m = /:stack\/([A-Za-z][A-Za-z0-9-]{0,127})\//.exec(text);
  return m?.[1] ?? null;
}

/** Finds the permission set by name, then lists everything it grants (run where Identity Center is administered). */
export function permissionSetCommands(ps: string): string[] {
  return [
    `INSTANCE_ARN=$(aws sso-admin list-instances --query 'Instances[0].InstanceArn' --output text)`,
    `for PS in $(aws sso-admin list-permission-sets --instance-arn "$INSTANCE_ARN" --query 'PermissionSets[]' --output text); do aws sso-admin describe-permission-set --instance-arn "$INSTANCE_ARN" --permission-set-arn "$PS" --query 'PermissionSet.[Name,PermissionSetArn]' --output text; done | grep -w -- ${sh(ps)}`,
    `aws sso-admin list-managed-policies-in-permission-set --instance-arn "$INSTANCE_ARN" --permission-set-arn PERMISSION_SET_ARN`,
    `aws sso-admin list-customer-managed-policy-references-in-permission-set --instance-arn "$INSTANCE_ARN" --permission-set-arn PERMISSION_SET_ARN`,
    `aws sso-admin get-inline-policy-for-permission-set --instance-arn "$INSTANCE_ARN" --permission-set-arn PERMISSION_SET_ARN`,
    `aws sso-admin get-permissions-boundary-for-permission-set --instance-arn "$INSTANCE_ARN" --permission-set-arn PERMISSION_SET_ARN`,
  ];
}
