// THE table of workload naming patterns. Each row names the convention it relies on and where it comes from;
// tests/unit/workload/patterns.test.ts has cases for every row, including near misses that must stay
// unclassified. Confidence rules: `certain` only where AWS itself sets the name and nobody plausibly copies it
// (AWSReservedSSO_, AWSCodeBuild-<uuid>, AWSCloudFormation, an EC2 instance id); `probable` for a strong
// convention that a user could override (GitHubActions, the CDK CLI's aws-cdk-<user>); `possible` for hints.
import { ecsActionJob, ecsRoleNameSays } from './ecs';
import {
  cloudFormationMarker,
  cloudFormationRequestToken,
  githubMarker,
  kubernetesMarker,
  lambdaRuntimeMarker,
} from './markers';
import { isWhollyMasked } from '../mask';
import { codeBuildBuildUuid, isCloudFormationName } from './session';
import type { CdkRole, Clues, PatternRow, RowMatch } from './types';

const isWebIdentityCall = (c: Clues): boolean =>
  c.action === 'sts:assumerolewithwebidentity' || /AssumeRoleWithWebIdentity/.test(c.text);

/** The role named in a denied sts:AssumeRole* call: for trust-policy denials that is the workload's role. */
const assumedRoleTarget = (c: Clues): string | null => {
  if (!c.action.startsWith('sts:assumerole')) return null;
  const r = c.finding.resource ?? '';
  return /^arn:[a-z-]+:iam::[^:]*:role\/\S+$/.test(r) ? r : null;
};

const fnSession = (c: Clues): string | null => (c.shape === 'function-like' && c.session ? c.session : null);

export const PATTERNS: readonly PatternRow[] = [
  {
    id: 'root',
    convention: 'arn:<partition>:iam::<account>:root — the account root user (IAM User Guide, "AWS account root user").',
    match: (c) =>
      c.principal.kind === 'root' || c.finding.principalType === 'root'
        ? { kind: 'root', confidence: 'certain', name: c.principal.account && !isWhollyMasked(c.principal.account) ? c.principal.account : null }
        : null,
  },
  {
    id: 'iam-user',
    convention: 'arn:<partition>:iam::<account>:user/[path/]<name> — an IAM user signing with its password or access keys.',
    match: (c) =>
      c.principal.kind === 'user'
        ? { kind: 'iam-user', confidence: 'certain', name: isWhollyMasked(c.principal.userName) ? null : c.principal.userName }
        : null,
  },
  {
    id: 'identity-center',
    convention:
      'AWSReservedSSO_<PermissionSetName>_<16 hex> under /aws-reserved/sso.amazonaws.com/ — the role IAM Identity Center ' +
      'provisions for a permission set in each assigned account (Identity Center User Guide, "Referencing permission sets").',
    match: (c) => {
      const m = /^AWSReservedSSO_(.+)_([0-9a-f]{16})$/.exec(c.roleName ?? '');
      return m ? { kind: 'identity-center', confidence: 'certain', name: m[1] ?? null } : null;
    },
  },
  {
    id: 'service-linked-path',
    convention: 'role path /aws-service-role/<service>.amazonaws.com/ — a service-linked role (only AWS services create roles there).',
    match: (c) => {
      const m = /^\/aws-service-role\/([^/]+)\//.exec(c.principal.rolePath ?? '');
      return m ? { kind: 'service-linked', confidence: 'certain', name: m[1] ?? null } : null;
    },
  },
  {
    id: 'service-linked-name',
    convention:
      'AWSServiceRoleFor<Service> — the name prefix of service-linked roles; assumed-role ARNs drop the path, so the name is ' +
      'all that is left (a customer could reuse the prefix, hence probable).',
    match: (c) => {
      const m = /^AWSServiceRoleFor(.+)$/.exec(c.roleName ?? '');
      return m ? { kind: 'service-linked', confidence: 'probable', name: m[1] ?? null } : null;
    },
  },
  {
    id: 'cdk-bootstrap-role',
    convention:
      'cdk-<qualifier>-(deploy|cfn-exec|file-publishing|image-publishing|lookup)-role-<account>-<region> — the roles ' +
      '`cdk bootstrap` creates (default qualifier hnb659fds).',
    match: (c) => {
      const m = /^cdk-([a-z0-9]{1,10})-(deploy|cfn-exec|file-publishing|image-publishing|lookup)-role-([^-]+)-(.+)$/.exec(c.roleName ?? '');
      if (!m) return null;
      return { kind: 'cdk', confidence: 'certain', name: null, cdkRole: m[2] as CdkRole };
    },
  },
  {
    id: 'cdk-cli-session',
    convention: 'session aws-cdk-<os user> — the CDK CLI names the sessions it opens on bootstrap (or --role-arn) roles this way.',
    match: (c) => {
      const m = /^aws-cdk-(.+)$/.exec(c.session ?? '');
      return m ? { kind: 'cdk', confidence: 'probable', name: m[1] ?? null } : null;
    },
  },
  {
    id: 'cdk-eks-provider',
    convention: 'session AWSCDK.EKSCluster.<Create|Update|Delete>.<uuid> — the aws-eks cluster resource provider of the CDK.',
    match: (c) =>
      /^AWSCDK\.EKSCluster\./.test(c.session ?? '')
        ? { kind: 'cdk', confidence: 'probable', name: null, platform: 'cdk-eks-provider' }
        : null,
  },
  {
    id: 'cloudformation-service-role',
    convention: 'session AWSCloudFormation — CloudFormation acting with a stack service role (or the CDK cfn-exec role).',
    match: (c) => (c.session === 'AWSCloudFormation' ? { kind: 'cloudformation', confidence: 'certain', name: null } : null),
  },
  {
    id: 'cloudformation-extension',
    convention:
      'a <uuid> session in a "Resource handler returned message" — a registry extension (resource type) handler running with ' +
      'its execution role; the session is the handler request token.',
    match: (c) => {
      if (c.shape !== 'uuid' || !c.session) return null;
      if (cloudFormationRequestToken(c.text)?.toLowerCase() === c.session.toLowerCase())
        return { kind: 'cloudformation', confidence: 'probable', name: null, platform: 'cloudformation-extension' };
      return cloudFormationMarker(c.text)
        ? { kind: 'cloudformation', confidence: 'possible', name: null, platform: 'cloudformation-extension' }
        : null;
    },
  },
  {
    id: 'codebuild',
    convention: 'session AWSCodeBuild-<build uuid> — CodeBuild running a build with the project service role.',
    match: (c) => (c.shape === 'codebuild' ? { kind: 'codebuild', confidence: 'certain', name: codeBuildBuildUuid(c.session ?? '') } : null),
  },
  {
    id: 'glue-job',
    convention: 'session GlueJobRunnerSession — an AWS Glue job running with its IAM role.',
    match: (c) => (c.session === 'GlueJobRunnerSession' ? { kind: 'other', platform: 'glue', confidence: 'certain', name: null } : null),
  },
  {
    id: 'cognito-identity-session',
    convention: 'session CognitoIdentityCredentials — credentials an Amazon Cognito identity pool handed to an app user.',
    match: (c) =>
      c.session === 'CognitoIdentityCredentials'
        ? { kind: 'other', platform: 'cognito-identity', confidence: 'certain', name: cognitoPool(c.roleName) }
        : null,
  },
  {
    id: 'cognito-identity-role',
    convention: 'Cognito_<pool>Auth_Role / Cognito_<pool>Unauth_Role — the role names the Cognito console creates for an identity pool.',
    match: (c) =>
      cognitoPool(c.roleName) !== null
        ? { kind: 'other', platform: 'cognito-identity', confidence: 'probable', name: cognitoPool(c.roleName) }
        : null,
  },
  {
    id: 'sagemaker-session',
    convention: 'session SageMaker — notebook instances, training and processing jobs assume their execution role with it.',
    match: (c) => (c.session === 'SageMaker' ? { kind: 'other', platform: 'sagemaker', confidence: 'probable', name: null } : null),
  },
  {
    id: 'sagemaker-role',
    convention: 'AmazonSageMaker-ExecutionRole-<timestamp> — the execution role the SageMaker console creates.',
    match: (c) =>
      /^AmazonSageMaker-ExecutionRole-/.test(c.roleName ?? '')
        ? { kind: 'other', platform: 'sagemaker', confidence: 'probable', name: null }
        : null,
  },
  {
    id: 'greengrass-token-exchange',
    convention:
      'GreengrassV2TokenExchangeRole (…TokenExchangeRole) — the role Greengrass core devices get credentials for through the ' +
      'AWS IoT credentials provider and a role alias.',
    match: (c) =>
      /TokenExchangeRole/i.test(c.roleName ?? '')
        ? { kind: 'other', platform: 'greengrass', confidence: 'probable', name: c.shape === 'hex64' ? c.session : null }
        : null,
  },
  {
    id: 'iot-credentials-provider',
    convention: 'a 64-hex session — the AWS IoT credentials provider names sessions after the device certificate id.',
    match: (c) => (c.shape === 'hex64' ? { kind: 'other', platform: 'iot-credentials', confidence: 'possible', name: c.session } : null),
  },
  {
    id: 'ec2-instance',
    convention:
      'session i-<8 or 17 hex> — EC2 delivers instance-profile credentials with the instance id as session name (also ' +
      'for ECS container instances and EKS nodes, whose tasks and pods fall back to this role).',
    match: (c) => {
      if (c.shape !== 'ec2-instance' && c.shape !== 'ec2-instance-masked') return null;
      const role = c.roleName ?? '';
      const platform = /eks|node|karpenter/i.test(role) ? 'eks-node' : /ecs/i.test(role) ? 'ecs-host' : undefined;
      const exact = c.shape === 'ec2-instance';
      return {
        kind: 'ec2-instance',
        confidence: exact ? 'certain' : 'probable',
        name: exact ? c.session : null,
        ...(platform ? { platform } : {}),
      };
    },
  },
  {
    id: 'ec2-hostname-text',
    convention:
      'a masked session next to an EC2 default host name (ip-10-0-1-23 in a syslog line) — the process ran on an EC2 ' +
      'instance, so the session is most likely its instance profile (or a container on it).',
    match: (c) =>
      (c.shape === 'masked' || c.shape === 'missing') && c.principal.kind === 'assumed-role' && /\bip-\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}\b/.test(c.text)
        ? { kind: 'ec2-instance', confidence: 'possible', name: null }
        : null,
  },
  {
    id: 'ecs-task-id',
    convention:
      'session <32 hex> — the ECS task id; ECS names task-role and task-execution-role sessions after the task ' +
      '(amazon-ecs-agent #3498). Which role: by the role name, else by the action (ecs.ts).',
    match: (c) => (c.shape === 'ecs-task-id' ? ecsMatch(c, 'probable') : null),
  },
  {
    id: 'ecs-uuid-session',
    convention: 'a <uuid> session on a role named for ECS — older ECS task ids were UUIDs.',
    match: (c) => (c.shape === 'uuid' && /ecs|task/i.test(c.roleName ?? '') ? ecsMatch(c, 'possible') : null),
  },
  {
    id: 'github-actions-default-session',
    convention: 'session GitHubActions — the default role-session-name of aws-actions/configure-aws-credentials.',
    match: (c) => (c.session === 'GitHubActions' ? { kind: 'github-actions', confidence: 'probable', name: null } : null),
  },
  {
    id: 'github-actions-named',
    convention: 'a session or role named for GitHub (github-…, gha-…) — a custom role-session-name or role naming convention.',
    match: (c) => {
      if (/github/i.test(c.session ?? '') && c.shape !== 'email') return { kind: 'github-actions', confidence: 'probable', name: null };
      if (/github|^gha[-_]/i.test(c.roleName ?? '') && c.shape !== 'person' && c.shape !== 'email')
        return { kind: 'github-actions', confidence: 'possible', name: null };
      return null;
    },
  },
  {
    id: 'github-oidc-text',
    convention:
      'token.actions.githubusercontent.com or configure-aws-credentials\' "Could not assume role with OIDC" in the text — ' +
      'a GitHub Actions run federating through OIDC (a denial here is the role\'s trust policy).',
    match: (c) =>
      githubMarker(c.text)
        ? // Only the web identity call's target is the workflow's own role; a plain AssumeRole by a session that the
          // workflow already holds is role chaining, and the caller's role is the one the session names.
          { kind: 'github-actions', confidence: 'probable', name: null, roleArn: isWebIdentityCall(c) ? assumedRoleTarget(c) : null }
        : null,
  },
  {
    id: 'eks-pod-identity',
    convention:
      'session eks-<cluster>-<pod>-<uuid> (cut at 64 characters) — EKS Pod Identity (EKS Auth API, AssumedRoleUser).',
    match: (c) => {
      const m = /^eks-(.+?)-([0-9a-f]{8}-[0-9a-f-]*)$/.exec(c.session ?? '');
      if (m) return { kind: 'eks-pod-identity', confidence: 'probable', name: m[1] ?? null };
      if (/^eks-[a-z0-9][\w-]*-[\w.-]+$/i.test(c.session ?? '') && (c.session ?? '').length >= 60)
        return { kind: 'eks-pod-identity', confidence: 'possible', name: null };
      return null;
    },
  },
  {
    id: 'eks-irsa-text',
    convention:
      'AssumeRoleWithWebIdentity or an SDK default session next to Kubernetes clues (oidc.eks…, service account, kubectl) — ' +
      'IAM roles for service accounts (IRSA).',
    match: (c) => {
      if (!kubernetesMarker(c.text)) return null;
      if (isWebIdentityCall(c)) return { kind: 'eks-irsa', confidence: 'probable', name: null, roleArn: assumedRoleTarget(c) };
      if (c.shape === 'sdk-default') return { kind: 'eks-irsa', confidence: 'probable', name: null };
      return null;
    },
  },
  {
    id: 'kube2iam',
    convention: 'session <hash>-kube2iam — kube2iam, which hands a pod the role in its iam.amazonaws.com/role annotation.',
    match: (c) => (/-kube2iam$/.test(c.session ?? '') ? { kind: 'other', platform: 'kube2iam', confidence: 'probable', name: null } : null),
  },
  {
    id: 'terraform-cloud',
    convention: 'session terraform-run-<run id> — HCP Terraform (Terraform Cloud) dynamic provider credentials.',
    match: (c) =>
      /^terraform-run-/.test(c.session ?? '') ? { kind: 'other', platform: 'terraform-cloud', confidence: 'probable', name: null } : null,
  },
  {
    id: 'vault',
    convention: 'federated user or session vault-<display name>-<role>-<unix time>-<random> — HashiCorp Vault\'s AWS secrets engine.',
    match: (c) => {
      const name = c.principal.federatedName ?? c.session ?? '';
      return /^vault-[\w.+=@-]+$/.test(name) ? { kind: 'other', platform: 'vault', confidence: 'probable', name: null } : null;
    },
  },
  {
    id: 'step-functions-role',
    convention: 'StepFunctions-<state machine>-role-<8 hex> — the execution role the Step Functions console creates.',
    match: (c) => {
      const m = /^StepFunctions-(.+)-role-[0-9a-f]{8}$/.exec(c.roleName ?? '');
      return m ? { kind: 'other', platform: 'step-functions', confidence: 'probable', name: m[1] ?? null } : null;
    },
  },
  {
    id: 'lambda-legacy-session',
    convention: 'session awslambda_<n>_<timestamp> — the session name Lambda used before it switched to the function name.',
    match: (c) => (/^awslambda_\d+_\d{14,17}$/.test(c.session ?? '') ? { kind: 'lambda', confidence: 'probable', name: null } : null),
  },
  {
    id: 'lambda-serverless-framework',
    convention: '<service>-<stage>-<region>-lambdaRole with session <service>-<stage>-<function> — the Serverless Framework\'s names.',
    match: (c) => {
      const m = /^(.+)-([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d)-lambdaRole$/.exec(c.roleName ?? '');
      if (!m) return null;
      const session = fnSession(c);
      const sameApp = session !== null && session.startsWith(`${m[1]}-`);
      return { kind: 'lambda', confidence: 'probable', name: sameApp ? session : null };
    },
  },
  {
    id: 'lambda-cloudformation-name',
    convention:
      'a session that is a CloudFormation-generated function name, <stack>-<LogicalId>-<12–13 random> — Lambda names ' +
      'the session after the function, and SAM/CDK/CloudFormation functions get such names.',
    match: (c) => {
      const session = fnSession(c);
      return session && isCloudFormationName(session) ? { kind: 'lambda', confidence: 'probable', name: session } : null;
    },
  },
  {
    id: 'lambda-pulumi-autoname',
    convention: 'role <base>-<7 hex> with session <base>-<7 hex> — Pulumi auto-names a function and its role from one resource name.',
    match: (c) => {
      const s = /^(.+)-[0-9a-f]{7}$/.exec(fnSession(c) ?? '');
      const r = /^(.+)-[0-9a-f]{7}$/.exec(c.roleName ?? '');
      return s && r && s[1] === r[1] && c.session !== c.roleName ? { kind: 'lambda', confidence: 'probable', name: c.session } : null;
    },
  },
  {
    id: 'lambda-function-session',
    convention:
      'a function-like session (CamelCase or hyphenated, not a login) plus Lambda clues: a role named for Lambda, the ' +
      'Lambda runtime in the text (/var/task, RequestId lines), a role named "execution role". Two clues → probable, one → possible.',
    match: (c) => {
      const session = fnSession(c);
      if (!session) return null;
      const role = c.roleName ?? '';
      let score = 0;
      if (/lambda/i.test(role)) score += /controller|admin|deploy|developer|pipeline|github|terraform|ci[-_]?cd/i.test(role) ? 1 : 2;
      const runtime = lambdaRuntimeMarker(c.text);
      score += runtime === 'strong' ? 2 : runtime === 'weak' ? 1 : 0;
      if (/execution[-_]?role|exec[-_]role/i.test(role) && !/ecs|task|sagemaker|glue|states|stepfunction|cfn|cloudformation|cdk/i.test(role)) score += 1;
      if (score >= 2) return { kind: 'lambda', confidence: 'probable', name: session };
      if (score === 1) return { kind: 'lambda', confidence: 'possible', name: session };
      return null;
    },
  },
  {
    id: 'sdk-default-session',
    convention:
      'botocore-session-<epoch>, aws-go-sdk-<ns>, aws-sdk-java-<ms>, aws-sdk-js-session-<ms> — an SDK assumed the role ' +
      'without a chosen name: role_arn in a profile, or a web identity token (EKS IRSA).',
    match: (c) =>
      c.shape === 'sdk-default' ? { kind: 'other', platform: 'sdk-default-session', confidence: 'possible', name: null } : null,
  },
];

function cognitoPool(roleName: string | null): string | null {
  const m = /^Cognito_(.+?)_?(?:Unauth|Auth)_?Role$/i.exec(roleName ?? '');
  return m?.[1] ?? null;
}

/** Task role or execution role, from the role's name first and the action's job second. */
function ecsMatch(c: Clues, base: 'probable' | 'possible'): RowMatch {
  const says = ecsRoleNameSays(c.roleName ?? '');
  const job = ecsActionJob(c.action);
  const name = c.session;
  if (says === 'execution' && job !== 'application') return { kind: 'ecs-task-execution', confidence: base, name };
  if (says === 'execution') return { kind: 'ecs-task', confidence: 'possible', name }; // an execution role used as taskRoleArn
  if (says === 'task') return { kind: 'ecs-task', confidence: base, name };
  if (job === 'image-or-logs')
    return { kind: 'ecs-task-execution', confidence: 'possible', name, also: [{ kind: 'ecs-task', confidence: 'possible' }] };
  if (job === 'secrets')
    return { kind: 'ecs-task', confidence: 'possible', name, also: [{ kind: 'ecs-task-execution', confidence: 'possible' }] };
  return { kind: 'ecs-task', confidence: base, name };
}
