// Texts of the step-by-step check list, in English and Japanese (AWS's Japanese console terms). `{name}`
// placeholders are filled by lib/steps with values from the message; tests/unit/steps/i18n.test.ts checks that
// both languages have the same keys and the same placeholders.
import type { Lang } from '../model';

const en = {
  'word.theAction': 'the denied action',
  'word.theResource': 'the resource',
  'word.theEvent': 'the operation',

  'billing.title': 'Have the root user activate IAM access to billing information',
  'billing.meaning':
    'Sign in as the root user of the account, open Account → "IAM user and role access to Billing information" → Edit, select Activate IAM Access and update. Until then no policy lets an IAM user or role see these pages.',
  'billing.after': 'After that, the caller still needs an Allow of {action} in its own policies.',
  'authz.title': 'Read the details AWS kept for this request (authorization ID {id})',
  'authz.meaning':
    'They name the policy and the statement that decided, for every action and resource the request needed — dependent actions such as iam:PassRole included, which the message does not show. Open the link, or run the command.',
  'authz.who':
    'Reading them needs iam:GetRequestAuthorizationDetails, which the denied identity usually lacks: your account administrator or security team usually has it — send them the ID (the access request below carries it).',
  'authz.kept': 'AWS keeps the details for at least 24 hours after the request; after that, the checks below find the same answer.',
  'identity.title': 'Confirm who you are, and in which account, partition and region',
  'identity.self':
    'The output should be `{principal}` or the role behind it. Another ARN means the failing command ran with other credentials: fix AWS_PROFILE or the credential chain (environment variables win over profiles) before changing any policy.',
  'identity.workload':
    'The denied caller was `{principal}` — {what}, not you — so expect your own ARN here. Run the next steps with credentials that can read IAM in the same account.',
  'identity.noPrincipal':
    'The message does not name the caller: this shows the identity the failing command used, if it ran with the same profile.',
  'identity.account': 'The account must be {account}.',
  'identity.partition':
    'The ARN must start with arn:{partition}: — other partitions (aws-cn, aws-us-gov) have their own credentials and profiles.',
  'identity.region': 'Run the regional commands below in {region}.',

  'policies.role.title': 'Read the policies of the role `{role}`',
  'policies.role.meaning':
    'Lists the managed and inline policies and the permissions boundary of the role. Read an inline policy with `aws iam get-role-policy --role-name {role} --policy-name NAME`, a managed one with `aws iam get-policy-version --policy-arn ARN --version-id VERSION` (VERSION from `aws iam get-policy --policy-arn ARN`). Look for an Allow of {action} on {resource} and for any Deny; a permissions boundary must allow it too. The Arn shows the role\'s real path, which the session ARN in the message leaves out.',
  'policies.sso':
    'IAM Identity Center provisions this role from the permission set `{ps}`: read it here, but change the permission set.',
  'policies.slr': 'It is a service-linked role: you can read its policies but not change them.',
  'policies.user.title': 'Read the policies of the IAM user `{user}`',
  'policies.user.meaning':
    'Lists the user\'s managed and inline policies, its groups and its permissions boundary. Group policies apply too (`aws iam list-attached-group-policies --group-name GROUP`, `aws iam list-group-policies --group-name GROUP`). Look for an Allow of {action} on {resource} and for any Deny.',

  'simulate.title': 'Simulate the request with the IAM policy simulator',
  'simulate.meaning':
    'allowed: the identity-based policies, the permissions boundary and the organization\'s SCPs allow it, so the denial comes from something the simulator does not evaluate. implicitDeny: no identity-based policy allows it — this is what the fix adds. explicitDeny: a Deny matched; run with --output json to see MatchedStatements. Caveats: give the role ARN, never the session ARN; the simulator does not evaluate session policies, resource control policies, VPC endpoint policies or trust policies, and resource-based policies only when passed with --resource-policy; condition keys (aws:SourceIp, aws:PrincipalTag, aws:SourceVpce …) need --context-entries, otherwise they are listed under MissingContextValues.',
  'simulate.assumeRole':
    'For sts:AssumeRole* this checks the caller\'s side only: the target role\'s trust policy decides as well (see its step).',

  'cloudtrail.title': 'Find the denied call in CloudTrail',
  'cloudtrail.meaning':
    'Lists recent {event} calls that failed with {code}: time, user name and event id. Show one with `aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventId,AttributeValue=EVENT_ID`: userIdentity.arn is the real caller, errorMessage the full reason, vpcEndpointId a VPC endpoint on the way, sessionContext the session issuer and source identity.',
  'cloudtrail.region': 'CloudTrail is regional: this looks in {region}.',
  'cloudtrail.noRegion': 'CloudTrail is regional: add --region with the region of the failing call.',
  'cloudtrail.time': 'It looks at the 30 minutes around {time}.',
  'cloudtrail.noTime':
    'It looks at the latest 50 {event} events; add --start-time and --end-time to search a window further back.',
  'cloudtrail.dataEvent':
    '{event} is a data event: event history does not keep data events, so look in a trail or CloudTrail Lake event data store that records them.',
  'cloudtrail.history': 'Event history keeps 90 days of management events.',

  'decode.title': 'Decode the encoded authorization failure message',
  'decode.meaning':
    'Shows the denied action and resource, whether a Deny matched (explicitDeny) or nothing allowed it, and the request context with the condition values. You need sts:DecodeAuthorizationMessage for this.',
  'decode.placeholder': 'Replace ENCODED_MESSAGE with the whole encoded blob from the error.',

  'trust.title': 'Read the trust policy of the role `{role}`',
  'trust.meaning':
    'sts:AssumeRole* is decided by this trust policy together with the caller\'s identity-based policy. A statement must allow {action} for the caller — matched through its role or user ARN or its account, never a session ARN — with every Condition satisfied (sts:ExternalId, aws:PrincipalOrgID …); session tags also need sts:TagSession and a source identity sts:SetSourceIdentity.',
  'trust.webIdentity':
    'For web identity the Principal is the identity provider ({"Federated": "arn:…:oidc-provider/…"}) and the aud and sub conditions must match the token.',
  'trust.missing':
    'An error NoSuchEntity means the role does not exist under this name in this account: check the ARN in the configuration (account, name, path) before any policy.',

  'scp.title': 'List the service control policies that apply to account {account}',
  'rcp.title': 'List the resource control policies that apply to account {account}',
  'scp.meaning':
    'Run it in the organization\'s management account or a delegated administrator account. Policies attached to the root and to every OU above the account apply too: list those with `aws organizations list-parents --child-id {account}` and the same command per parent. Read one with `aws organizations describe-policy --policy-id POLICY_ID`.',
  'orgpolicy.title': 'Read the organization policy named in the message',
  'orgpolicy.meaning':
    'This is the policy that denied the request. Find the Deny statement that matches {action}: what its conditions test is what the guardrail wants. If an exception is agreed, it is a condition added to that statement (ArnNotEquals on aws:PrincipalArn with the caller’s role ARN) in the management account — its Action and Resource stay as they are.',
  'iampolicy.title':
    'Read the policy `{policy}` named in the message',
  'iampolicy.meaning':
    'This is the policy that denied the request. Find the Deny statement that matches {action} and read what its conditions test: meeting them comes before any exception, which its owner decides.',
  'boundary.title':
    'Read the permissions boundary of {target}',
  'boundary.meaning':
    'Shows which managed policy is the boundary (empty: none). Read it with `aws iam get-policy-version`: it must allow {action} too, and its Deny statements are often privilege-escalation guards (for example: new roles must carry the same boundary).',
  'session.title':
    'Find the session policy passed when role `{role}` was assumed',
  'session.meaning':
    'Lists recent AssumeRole events of session `{session}`: requestParameters.policy and policyArns are the session policy that limits it. Change it in the tool or broker that creates the session, or sign in again through it.',
  'vpce.title':
    'Read the VPC endpoints for {service} and their policies',
  'vpce.meaning':
    'A request that went through one of these endpoints must be allowed by its policy too (the default policy allows everything). The endpoint of the request is in the CloudTrail event (vpcEndpointId).',

  's3policy.title': 'Read the bucket policy of `{bucket}`',
  's3policy.meaning':
    'Look for a Deny that matches this request (often a condition on aws:SourceVpce, aws:PrincipalOrgID, aws:SecureTransport or an encryption header) and, for a caller from another account, an Allow of its role ARN. S3 Block Public Access, object ownership and ACLs, and the KMS key policy of encrypted objects can deny too.',
  'bpa.title':
    'Read the Block Public Access settings of `{bucket}` and of the account',
  'bpa.meaning':
    'BlockPublicPolicy or BlockPublicAcls set to true, on the bucket or the account, rejects any public bucket policy or ACL before policies are read; RestrictPublicBuckets blocks access granted to everyone. Keep them on and grant the callers by ARN instead.',
  'headobject.title':
    'See whether the object is encrypted with a KMS key, and which',
  'headobject.meaning':
    'aws:kms with a key ARN: the caller needs kms:Decrypt (reads) or kms:GenerateDataKey (writes) on that key, in its identity-based policy and in the key policy. AES256: no KMS key is involved.',
  'accesspoint.title':
    'Read the policy of access point `{name}` and its bucket',
  'accesspoint.meaning':
    'The access point policy must allow the caller, and the bucket it shows must delegate access control to its access points (a bucket policy statement with the condition s3:DataAccessPointAccount) or allow the same access itself.',
  'kmspolicy.title': 'Read the key policy of the KMS key',
  'kmspolicy.meaning':
    'The key policy must allow {action} for the caller — directly, or by letting IAM policies decide (a statement for the account root principal) together with an identity-based Allow. Grants can allow it too: `aws kms list-grants --key-id {key}`.',
  'grants.title':
    'List the grants of the KMS key',
  'grants.meaning':
    'A grant can allow the caller too; a retired or revoked grant ends that access. Create a new grant only if the key policy is not the place for this caller.',
  'lambdapolicy.title':
    'Read the resource-based policy of the Lambda function',
  'queuepolicy.title':
    'Read the access policy of the SQS queue',
  'topicpolicy.title':
    'Read the access policy of the SNS topic',
  'secretpolicy.title':
    'Read the resource policy of the secret',
  'repopolicy.title':
    'Read the repository policy of the ECR repository',
  'respolicy.meaning':
    'Look for a Deny that matches {action} and, for a caller from another account, an Allow that names its role ARN (never its session ARN); an error saying there is no policy means nothing allows other accounts.',

  'console.title': 'Check it in the IAM policy simulator console',
  'console.meaning':
    'Choose the role or user on the left, then the service and action, and set the resource ARN under the action. It gives the same verdicts as the command above and highlights the statements that matched.',

  'wl.lambda.title': 'Confirm the Lambda function\'s execution role',
  'wl.lambda.meaning':
    'Prints the execution role of `{fn}`. It should be the role `{role}`; another role means the function was changed since, or you are looking at another function, alias or region. The fix goes on this role.',
  'wl.lambda.find.title': 'Find the Lambda functions that use the role `{role}`',
  'wl.lambda.find.meaning':
    'Lists the functions whose execution role is `{role}` (the session name does not say which function). The fix goes on this role; every function listed gets it.',
  'wl.lambda.stack':
    'The function name was generated by CloudFormation: `aws cloudformation describe-stack-resources --physical-resource-id {fn}` shows the stack and logical id, so the change goes into the template rather than the console.',
  'wl.ecs.title': 'Confirm the ECS task\'s task role and execution role',
  'wl.ecs.meaning':
    'The first command shows the task definition of task {task} and any per-task role override; the second shows taskRoleArn (the application\'s role) and executionRoleArn (ECS\'s own role for image pulls, awslogs and secrets).',
  'wl.ecs.stopped':
    'Stopped tasks can be described for about an hour only; after that, read the service\'s task definition (`aws ecs describe-services --cluster CLUSTER_NAME --services SERVICE_NAME --query \'services[].taskDefinition\'`).',
  'wl.ecs.task': 'This call was the application\'s, so it belongs to the task role (taskRoleArn) — it should be `{role}`.',
  'wl.ecs.execution':
    'This call was ECS pulling the image, sending logs or fetching secrets, so it belongs to the task execution role (executionRoleArn) — it should be `{role}`.',
  'wl.ec2.title': 'Confirm the instance profile of the EC2 instance',
  'wl.ec2.meaning':
    'The first command shows the instance profile associated with {instance}; the second its role, which should be `{role}` (a profile\'s name can differ from its role\'s). Policy changes apply to the instance\'s credentials at once; a replaced instance profile is picked up when the SDK refreshes its credentials.',
  'wl.ec2.ecsHost':
    'The role looks like an ECS container instance role: if a task made this call, check its task definition for taskRoleArn first.',
  'wl.ec2.eksNode':
    'The role looks like an EKS node role: if a pod made this call, check its service account for an IRSA annotation or a Pod Identity association first.',
  'wl.codebuild.title': 'Confirm the CodeBuild project\'s service role',
  'wl.codebuild.meaning':
    'The first command finds the build (its id is PROJECT:{build}) and so the project; the second prints the project\'s service role, which should be `{role}`. If the buildspec assumes another role, denied calls show that role\'s session instead of AWSCodeBuild-….',
  'wl.github.title': 'Find the workflow step that assumes the role',
  'wl.github.meaning':
    'Run it in the repository: it shows role-to-assume and role-session-name of each configure-aws-credentials step. The denied run used `{role}`; the workflow needs `permissions: id-token: write` for OIDC.',
  'wl.github.trust.title': 'Check the role\'s trust policy and the GitHub OIDC provider',
  'wl.github.trust.meaning':
    'The trust policy must have a Federated principal arn:{partition}:iam::ACCOUNT_ID:oidc-provider/token.actions.githubusercontent.com, the condition token.actions.githubusercontent.com:aud = sts.amazonaws.com, and a token.actions.githubusercontent.com:sub that matches the run: repo:OWNER/REPO:ref:refs/heads/BRANCH, repo:OWNER/REPO:environment:NAME or repo:OWNER/REPO:pull_request. The second command must list that provider in this account.',
  'wl.cfn.title': 'Confirm the stack\'s service role and the failing resource',
  'wl.cfn.meaning':
    'RoleARN is the service role CloudFormation uses for `{stack}` — it should be `{role}`; empty means CloudFormation used the credentials of whoever started the deployment. The stack events show which resource failed and the full reason.',
  'wl.cfnext.title': 'Confirm the execution role of the CloudFormation extension',
  'wl.cfnext.meaning':
    'Prints the ExecutionRoleArn of the resource type (TYPE_NAME such as Vendor::Service::Resource, from the failing resource in the stack events). It should be `{role}`; the handler acts with that role, not with the stack\'s.',
  'wl.cdk.title': 'Check how the CDK environment was bootstrapped',
  'wl.cdk.meaning':
    'Shows the policies given to the cfn-exec role at bootstrap (CloudFormationExecutionPolicies), the accounts trusted to deploy, and the bootstrap version (the CDK CLI reports when it needs a newer one). Change these with `cdk bootstrap` options or a customised template, not by editing the roles.',
  'wl.cdkeks.title': 'Find the stack that owns the role `{role}`',
  'wl.cdkeks.meaning':
    'Shows the stack and logical id of the role, so the change goes into the CDK app that defines the cluster.',
  'wl.irsa.title': 'Check the service account\'s role and the cluster\'s OIDC provider',
  'wl.irsa.meaning':
    'The first command prints the eks.amazonaws.com/role-arn annotation of the pod\'s service account (it should be `{role}`); the second the cluster\'s OIDC issuer, which must be registered as an IAM OIDC provider (`aws iam list-open-id-connect-providers`) and named in the role\'s trust policy with a sub of system:serviceaccount:NAMESPACE:SERVICE_ACCOUNT. Pods pick up a changed annotation only when they restart.',
  'wl.podid.title': 'Confirm the EKS Pod Identity association',
  'wl.podid.meaning':
    'Lists the associations of the cluster (session {session} names the cluster and pod); the second command prints the role of one, which should be `{role}`. Its trust policy must allow pods.eks.amazonaws.com to call sts:AssumeRole and sts:TagSession.',
  'wl.sso.title': 'Find the permission set `{ps}` and read its policies',
  'wl.sso.meaning':
    'Run it in the management account or the Identity Center delegated administrator account. The loop prints the permission set\'s ARN; use it as PERMISSION_SET_ARN to read the AWS managed, customer managed and inline policies and the permissions boundary. Change them there and the user signs in again; the AWSReservedSSO_ role follows.',
  'wl.slr.title': 'Look at the service-linked role',
  'wl.slr.meaning':
    'AWS owns the permissions of `{role}`; you cannot edit them. A denial for it comes from an SCP, from a resource policy or KMS key policy that must admit the role, or from the caller who asked the service to act lacking a permission.',
  'wl.user.title': 'Confirm the access key and the groups of the IAM user `{user}`',
  'wl.user.meaning':
    'The access key that the program uses (`aws configure list` shows its last characters) must be one of these and Active. Group policies count as the user\'s own.',
  'wl.cognito.title': 'Confirm the roles of the Cognito identity pool',
  'wl.cognito.meaning':
    'The first command finds the identity pool {pool} and its id; the second prints its authenticated and unauthenticated roles and any role mappings. The denied session used `{role}`.',
  'wl.sagemaker.title': 'Confirm the SageMaker execution role',
  'wl.sagemaker.meaning':
    'Prints the RoleArn of a notebook instance; for a training or processing job use `aws sagemaker describe-training-job --training-job-name NAME --query RoleArn` (or describe-processing-job). It should be `{role}`; to pass the role on to jobs, the role also needs iam:PassRole on itself with iam:PassedToService sagemaker.amazonaws.com.',
  'wl.glue.title': 'Confirm the Glue job\'s role',
  'wl.glue.meaning': 'Prints the Role of the job; it should be `{role}`.',
  'wl.greengrass.title': 'Confirm the role alias of the Greengrass core device',
  'wl.greengrass.meaning':
    'Prints the role behind the token exchange role alias (GreengrassV2TokenExchangeRoleAlias unless you named it otherwise); it should be `{role}`. The core device\'s AWS IoT policy must allow iot:AssumeRoleWithCertificate on that alias.',
  'wl.iot.title': 'Find the role alias the device uses',
  'wl.iot.meaning': 'Lists the role aliases; `aws iot describe-role-alias --role-alias NAME` shows the role of one, which should be `{role}`.',
  'wl.sfn.title': 'Confirm the state machine\'s execution role',
  'wl.sfn.meaning': 'Prints the roleArn of the state machine; it should be `{role}`.',
  'wl.vault.title': 'Read the Vault role that issued the credentials',
  'wl.vault.meaning':
    'Shows credential_type and the policy_document, policy_arns or role_arns the Vault role grants; the credentials can do only what these allow (for federation tokens, also only what the Vault IAM user may do).',
  'wl.tfc.title': 'Check the workspace\'s AWS dynamic credentials',
  'wl.tfc.meaning':
    'In the HCP Terraform workspace, TFC_AWS_PROVIDER_AUTH must be true and TFC_AWS_RUN_ROLE_ARN `{role}`; the role\'s trust policy must admit app.terraform.io with a sub such as organization:ORG:project:PROJECT:workspace:WORKSPACE:run_phase:*.',
  'wl.kube2iam.title': 'Confirm the pod\'s kube2iam annotation',
  'wl.kube2iam.meaning':
    'Prints the iam.amazonaws.com/role annotation of the pod; it should be `{role}`, and the node role must be allowed to assume it.',
  'wl.sdk.title': 'Find the profile or token that assumed the role',
  'wl.sdk.meaning':
    'The session name is an SDK default, so a program assumed `{role}` itself: the first command shows profiles with role_arn, the second a web identity setup (AWS_ROLE_ARN with AWS_WEB_IDENTITY_TOKEN_FILE, as in EKS IRSA). Set role_session_name to tell such sessions apart in CloudTrail.',

  'cred.identity.title': 'Check which credentials the CLI finds',
  'cred.identity.meaning':
    'If get-caller-identity fails with the same error, the credentials themselves are the problem. `aws configure list` shows where each value comes from (env, shared-credentials-file, sso, iam-role, container-role): environment variables such as AWS_ACCESS_KEY_ID and a leftover AWS_SESSION_TOKEN win over any profile.',
  'cred.expired.title': 'Refresh the expired credentials',
  'cred.expired.meaning':
    'The temporary credentials are past their expiry: sign in again with IAM Identity Center, repeat your assume-role or MFA step, or unset AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN left in the environment.',
  'cred.invalid.title': 'Check that AWS knows this access key',
  'cred.invalid.meaning':
    'AWS does not recognise the access key: it was deleted or deactivated, it belongs to another partition (aws-cn and aws-us-gov have separate credentials), or the region is an opt-in region that is not enabled for the account. The first command shows the region in use; compare the key id from `aws configure list` with `aws iam list-access-keys` run with working credentials.',
  'cred.clock.title': 'Check the clock and the secret key',
  'cred.clock.meaning':
    'A signature that expired, or RequestTimeTooSkewed, means this machine\'s clock is more than 5 minutes off: sync it with NTP. Otherwise SignatureDoesNotMatch means a wrong secret access key (a pasted space, keys from another pair) or a proxy that rewrites the request.',
  'cred.missing.title': 'Give the CLI or SDK credentials',
  'cred.missing.meaning':
    'No credentials were found: no environment variables, no profile, no instance or container role. Set AWS_PROFILE to one of these profiles, run `aws configure sso` or `aws configure`, or give the workload a role.',
  'cred.eks.title': 'Check your access to the EKS cluster',
  'cred.eks.meaning':
    'The IAM identity from get-caller-identity has no access entry (or aws-auth mapping) in the cluster. An administrator of the cluster must add an access entry for that role or user ARN — the role ARN, not the session ARN — with an access policy.',
  'cred.ecr.title': 'Log Docker in to the ECR registry',
  'cred.ecr.meaning':
    'Docker has no login for this registry, or it is older than 12 hours. The caller also needs ecr:GetAuthorizationToken, and for pulls ecr:BatchGetImage and ecr:GetDownloadUrlForLayer on the repository.',
} as const;

export type StepTextKey = keyof typeof en;

const ja: Record<StepTextKey, string> = {
  'word.theAction': '拒否されたアクション',
  'word.theResource': '対象のリソース',
  'word.theEvent': '対象のオペレーション',

  'billing.title': 'ルートユーザーに請求情報への IAM アクセスを有効化してもらう',
  'billing.meaning':
    'アカウントのルートユーザーでサインインし、アカウントのページで請求情報への IAM ユーザーおよびロールのアクセスを編集し、IAM アクセスのアクティブ化を選んで更新します。それまでは、どのポリシーでも IAM ユーザーやロールはこれらのページを見られません。',
  'billing.after': 'その後も、呼び出し元自身のポリシーで {action} が許可されている必要があります。',
  'authz.title': 'このリクエストについて AWS が保持している詳細を確認する (認可 ID {id})',
  'authz.meaning':
    '詳細には、リクエストに必要だったアクションとリソースごとに、判定したポリシーとステートメントが示されます。メッセージに出ない iam:PassRole などの依存アクションも含まれます。リンクを開くか、コマンドを実行してください。',
  'authz.who':
    '読むには iam:GetRequestAuthorizationDetails のアクセス許可が必要で、拒否されたプリンシパルには通常ありません。通常はアカウントの管理者かセキュリティチームが持っているので、認可 ID を伝えてください (下のアクセス申請に含まれています)。',
  'authz.kept': '詳細はリクエストから少なくとも 24 時間保持されます。それを過ぎたら、以下の確認手順で同じ答えを探してください。',
  'identity.title': '自分が誰か、どのアカウント・パーティション・リージョンで操作しているかを確認する',
  'identity.self':
    '出力は `{principal}` またはその背後のロールになるはずです。別の ARN が出た場合、失敗したコマンドは別の認証情報で実行されています。ポリシーを変更する前に AWS_PROFILE や認証情報の優先順位（環境変数はプロファイルより優先されます）を直してください。',
  'identity.workload':
    '拒否された呼び出し元は `{principal}` で、あなたではありません（{what}）。ここにはご自身の ARN が表示されます。以降の手順は、同じアカウントの IAM を読み取れる認証情報で実行してください。',
  'identity.noPrincipal':
    'メッセージに呼び出し元が含まれていません。同じプロファイルで実行した場合、これが失敗したコマンドの ID です。',
  'identity.account': 'アカウントは {account} である必要があります。',
  'identity.partition':
    'ARN は arn:{partition}: で始まる必要があります。ほかのパーティション（aws-cn、aws-us-gov）には別の認証情報とプロファイルが必要です。',
  'identity.region': '以下のリージョン別のコマンドは {region} で実行してください。',

  'policies.role.title': 'ロール `{role}` のポリシーを確認する',
  'policies.role.meaning':
    'ロールのマネージドポリシー、インラインポリシー、アクセス許可の境界を一覧表示します。インラインポリシーは `aws iam get-role-policy --role-name {role} --policy-name NAME`、マネージドポリシーは `aws iam get-policy-version --policy-arn ARN --version-id VERSION`（VERSION は `aws iam get-policy --policy-arn ARN` で確認）で読めます。{resource} に対する {action} を許可する Allow と、該当する Deny がないかを確認してください。アクセス許可の境界でも許可されている必要があります。Arn にはメッセージのセッション ARN では省略されるロールのパスが表示されます。',
  'policies.sso':
    'このロールは IAM Identity Center がアクセス許可セット `{ps}` から作成しています。ここで内容を確認し、変更はアクセス許可セットで行ってください。',
  'policies.slr': 'サービスにリンクされたロールのため、ポリシーは参照できますが変更できません。',
  'policies.user.title': 'IAM ユーザー `{user}` のポリシーを確認する',
  'policies.user.meaning':
    'ユーザーのマネージドポリシー、インラインポリシー、所属グループ、アクセス許可の境界を一覧表示します。グループのポリシーも適用されます（`aws iam list-attached-group-policies --group-name GROUP`、`aws iam list-group-policies --group-name GROUP`）。{resource} に対する {action} を許可する Allow と、該当する Deny がないかを確認してください。',

  'simulate.title': 'IAM ポリシーシミュレーターでリクエストをシミュレートする',
  'simulate.meaning':
    'allowed: アイデンティティベースのポリシー、アクセス許可の境界、組織の SCP はこのリクエストを許可しています。拒否の原因はシミュレーターが評価しないものにあります。implicitDeny: 許可するアイデンティティベースのポリシーがありません。修正で追加するのはこの部分です。explicitDeny: Deny に一致しました。--output json で MatchedStatements を確認してください。注意点: セッション ARN ではなくロール ARN を指定してください。シミュレーターはセッションポリシー、リソースコントロールポリシー、VPC エンドポイントポリシー、信頼ポリシーを評価せず、リソースベースのポリシーは --resource-policy で渡した場合だけ評価します。条件キー（aws:SourceIp、aws:PrincipalTag、aws:SourceVpce など）は --context-entries で指定しないと MissingContextValues に表示されます。',
  'simulate.assumeRole':
    'sts:AssumeRole* の場合、これは呼び出し元側だけの確認です。引き受け先ロールの信頼ポリシーも判定に関わります（該当の手順を参照）。',

  'cloudtrail.title': 'CloudTrail で拒否された呼び出しを探す',
  'cloudtrail.meaning':
    '{code} で失敗した最近の {event} の呼び出しを、時刻・ユーザー名・イベント ID とともに一覧表示します。個別のイベントは `aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventId,AttributeValue=EVENT_ID` で表示できます。userIdentity.arn が実際の呼び出し元、errorMessage が理由の全文、vpcEndpointId は経由した VPC エンドポイント、sessionContext はセッションの発行元とソース ID です。',
  'cloudtrail.region': 'CloudTrail はリージョンごとです。ここでは {region} を検索します。',
  'cloudtrail.noRegion': 'CloudTrail はリージョンごとです。失敗した呼び出しのリージョンを --region で指定してください。',
  'cloudtrail.time': '{time} の前後 30 分を検索します。',
  'cloudtrail.noTime':
    '最新の {event} イベント 50 件を検索します。さらに前を検索するには --start-time と --end-time を指定してください。',
  'cloudtrail.dataEvent':
    '{event} はデータイベントです。イベント履歴にはデータイベントが残らないため、データイベントを記録する証跡または CloudTrail Lake のイベントデータストアを確認してください。',
  'cloudtrail.history': 'イベント履歴に残るのは過去 90 日間の管理イベントです。',

  'decode.title': 'エンコードされた認可失敗メッセージをデコードする',
  'decode.meaning':
    '拒否されたアクションとリソース、Deny に一致したか（explicitDeny）許可がなかったか、条件の値を含むリクエストコンテキストが表示されます。実行には sts:DecodeAuthorizationMessage が必要です。',
  'decode.placeholder': 'ENCODED_MESSAGE をエラーに含まれるエンコード文字列全体に置き換えてください。',

  'trust.title': 'ロール `{role}` の信頼ポリシーを確認する',
  'trust.meaning':
    'sts:AssumeRole* は、この信頼ポリシーと呼び出し元のアイデンティティベースのポリシーの両方で判定されます。呼び出し元に {action} を許可するステートメントが必要です（セッション ARN ではなく、ロールやユーザーの ARN またはアカウントで一致させます）。Condition（sts:ExternalId、aws:PrincipalOrgID など）もすべて満たす必要があり、セッションタグには sts:TagSession、ソース ID には sts:SetSourceIdentity も必要です。',
  'trust.webIdentity':
    'ウェブ ID の場合、Principal は ID プロバイダー（{"Federated": "arn:…:oidc-provider/…"}）で、aud と sub の条件がトークンと一致する必要があります。',
  'trust.missing':
    'エラー NoSuchEntity は、このアカウントにこの名前のロールが存在しないことを示します。ポリシーより先に、設定の ARN（アカウント、名前、パス）を確認してください。',

  'scp.title': 'アカウント {account} に適用されるサービスコントロールポリシー（SCP）を一覧表示する',
  'rcp.title': 'アカウント {account} に適用されるリソースコントロールポリシー（RCP）を一覧表示する',
  'scp.meaning':
    '組織の管理アカウントまたは委任管理者アカウントで実行してください。ルートとアカウントの上位のすべての OU にアタッチされたポリシーも適用されます。`aws organizations list-parents --child-id {account}` で親を確認し、親ごとに同じコマンドを実行してください。個々のポリシーは `aws organizations describe-policy --policy-id POLICY_ID` で読めます。',
  'orgpolicy.title': 'メッセージに示された組織のポリシーを確認する',
  'orgpolicy.meaning':
    'リクエストを拒否したのはこのポリシーです。{action} に一致する Deny ステートメントを見つけてください。その条件が評価しているものが、ガードレールの求めていることです。例外に合意した場合は、管理アカウントでそのステートメントに条件（呼び出し元のロール ARN を指定した aws:PrincipalArn に対する ArnNotEquals）を追加します。Action と Resource はそのまま残します。',
  'iampolicy.title':
    'メッセージに示されたポリシー `{policy}` を確認する',
  'iampolicy.meaning':
    'リクエストを拒否したのはこのポリシーです。{action} に一致する Deny ステートメントを見つけ、その条件が何を評価しているかを確認してください。例外を検討する前に条件を満たすことを考え、例外はポリシーの管理者が判断します。',
  'boundary.title':
    '{target} のアクセス許可の境界を確認する',
  'boundary.meaning':
    'どの管理ポリシーが境界かを表示します（空の場合は境界なし）。`aws iam get-policy-version` で内容を確認してください。境界でも {action} が許可されている必要があります。境界の Deny ステートメントは権限昇格を防ぐためのものが多くあります（例: 新しいロールにも同じ境界を付ける）。',
  'session.title':
    'ロール `{role}` の引き受け時に渡されたセッションポリシーを探す',
  'session.meaning':
    'セッション `{session}` の最近の AssumeRole イベントを表示します。requestParameters の policy と policyArns が、セッションを制限しているセッションポリシーです。セッションを作成するツールやブローカー側で変更するか、そこから再度サインインしてください。',
  'vpce.title':
    '{service} の VPC エンドポイントとそのポリシーを確認する',
  'vpce.meaning':
    'これらのエンドポイントを経由したリクエストは、エンドポイントのポリシーでも許可されている必要があります（既定のポリシーはすべてを許可します）。リクエストが経由したエンドポイントは CloudTrail イベント（vpcEndpointId）で確認できます。',

  's3policy.title': 'バケット `{bucket}` のバケットポリシーを確認する',
  's3policy.meaning':
    'このリクエストに一致する Deny（aws:SourceVpce、aws:PrincipalOrgID、aws:SecureTransport、暗号化ヘッダーの条件が多い）と、別アカウントの呼び出し元の場合はそのロール ARN への Allow を確認してください。S3 のパブリックアクセスブロック、オブジェクト所有者と ACL、暗号化されたオブジェクトの KMS キーポリシーも拒否の原因になります。',
  'bpa.title':
    '`{bucket}` とアカウントのブロックパブリックアクセスの設定を確認する',
  'bpa.meaning':
    'バケットまたはアカウントで BlockPublicPolicy や BlockPublicAcls が true の場合、ポリシーの評価より先に、パブリックなバケットポリシーや ACL はすべて拒否されます。RestrictPublicBuckets は全員に付与されたアクセスを遮断します。これらは有効のままにし、呼び出し元を ARN で許可してください。',
  'headobject.title':
    'オブジェクトが KMS キーで暗号化されているか、どのキーかを確認する',
  'headobject.meaning':
    'aws:kms とキー ARN が表示された場合: 呼び出し元には、そのキーに対する kms:Decrypt（読み取り）または kms:GenerateDataKey（書き込み）が、アイデンティティベースのポリシーとキーポリシーの両方で必要です。AES256 の場合、KMS キーは関係しません。',
  'accesspoint.title':
    'アクセスポイント `{name}` のポリシーとそのバケットを確認する',
  'accesspoint.meaning':
    'アクセスポイントのポリシーで呼び出し元が許可され、表示されたバケットがアクセス制御をアクセスポイントに委任している（条件 s3:DataAccessPointAccount を持つバケットポリシーのステートメント）か、同じアクセスを自身で許可している必要があります。',
  'kmspolicy.title': 'KMS キーのキーポリシーを確認する',
  'kmspolicy.meaning':
    'キーポリシーが呼び出し元に {action} を許可している必要があります（直接、またはアカウントのルートプリンシパルへのステートメントで IAM ポリシーに委ねたうえでアイデンティティベースの Allow）。グラントでも許可できます: `aws kms list-grants --key-id {key}`。',
  'grants.title':
    'KMS キーのグラントを一覧表示する',
  'grants.meaning':
    'グラントでも呼び出し元を許可できます。廃止または取り消されたグラントではアクセスできません。この呼び出し元をキーポリシーで許可すべきでない場合にだけ、新しいグラントを作成してください。',
  'lambdapolicy.title':
    'Lambda 関数のリソースベースのポリシーを確認する',
  'queuepolicy.title':
    'SQS キューのアクセスポリシーを確認する',
  'topicpolicy.title':
    'SNS トピックのアクセスポリシーを確認する',
  'secretpolicy.title':
    'シークレットのリソースポリシーを確認する',
  'repopolicy.title':
    'ECR リポジトリのリポジトリポリシーを確認する',
  'respolicy.meaning':
    '{action} に一致する Deny と、別アカウントの呼び出し元の場合はそのロール ARN（セッション ARN ではなく）を指定した Allow を確認してください。ポリシーがないというエラーは、他のアカウントを許可するものがないことを示します。',

  'console.title': 'IAM ポリシーシミュレーターのコンソールで確認する',
  'console.meaning':
    '左側でロールまたはユーザーを選び、サービスとアクションを選択して、アクションの下にリソース ARN を入力します。上のコマンドと同じ判定が表示され、一致したステートメントが強調表示されます。',

  'wl.lambda.title': 'Lambda 関数の実行ロールを確認する',
  'wl.lambda.meaning':
    '`{fn}` の実行ロールを表示します。ロール `{role}` のはずです。別のロールが表示された場合、関数がその後変更されたか、別の関数・エイリアス・リージョンを見ています。修正はこのロールに対して行います。',
  'wl.lambda.find.title': 'ロール `{role}` を使う Lambda 関数を探す',
  'wl.lambda.find.meaning':
    '実行ロールが `{role}` の関数を一覧表示します（セッション名からは関数を特定できません）。修正はこのロールに対して行い、一覧のすべての関数に反映されます。',
  'wl.lambda.stack':
    '関数名は CloudFormation が生成したものです。`aws cloudformation describe-stack-resources --physical-resource-id {fn}` でスタックと論理 ID がわかるので、変更はコンソールではなくテンプレートで行ってください。',
  'wl.ecs.title': 'ECS タスクのタスクロールとタスク実行ロールを確認する',
  'wl.ecs.meaning':
    '1 つ目のコマンドでタスク {task} のタスク定義とタスクごとのロールの上書きを、2 つ目で taskRoleArn（アプリケーションのロール）と executionRoleArn（イメージのプル、awslogs、シークレットの取得に ECS 自身が使うロール）を表示します。',
  'wl.ecs.stopped':
    '停止したタスクを参照できるのは約 1 時間だけです。それ以降はサービスのタスク定義（`aws ecs describe-services --cluster CLUSTER_NAME --services SERVICE_NAME --query \'services[].taskDefinition\'`）を確認してください。',
  'wl.ecs.task': 'この呼び出しはアプリケーションによるものなので、タスクロール（taskRoleArn）の担当です。`{role}` のはずです。',
  'wl.ecs.execution':
    'この呼び出しは ECS によるイメージのプル、ログ送信、シークレットの取得なので、タスク実行ロール（executionRoleArn）の担当です。`{role}` のはずです。',
  'wl.ec2.title': 'EC2 インスタンスのインスタンスプロファイルを確認する',
  'wl.ec2.meaning':
    '1 つ目のコマンドで {instance} に関連付けられたインスタンスプロファイルを、2 つ目でそのロールを表示します。`{role}` のはずです（インスタンスプロファイル名とロール名は異なる場合があります）。ポリシーの変更はインスタンスの認証情報にすぐ反映されます。インスタンスプロファイルを置き換えた場合は、SDK が認証情報を更新したときに反映されます。',
  'wl.ec2.ecsHost':
    'このロールは ECS コンテナインスタンスのロールのようです。タスクが呼び出した場合は、まずタスク定義の taskRoleArn を確認してください。',
  'wl.ec2.eksNode':
    'このロールは EKS ノードのロールのようです。Pod が呼び出した場合は、まずサービスアカウントの IRSA アノテーションまたは Pod Identity の関連付けを確認してください。',
  'wl.codebuild.title': 'CodeBuild プロジェクトのサービスロールを確認する',
  'wl.codebuild.meaning':
    '1 つ目のコマンドでビルド（ID は PROJECT:{build}）とそのプロジェクトを特定し、2 つ目でプロジェクトのサービスロールを表示します。`{role}` のはずです。buildspec で別のロールを引き受けている場合、拒否された呼び出しには AWSCodeBuild-… ではなくそのロールのセッションが表示されます。',
  'wl.github.title': 'ロールを引き受けるワークフローのステップを探す',
  'wl.github.meaning':
    'リポジトリで実行してください。configure-aws-credentials の各ステップの role-to-assume と role-session-name が表示されます。拒否された実行は `{role}` を使っていました。OIDC にはワークフローに `permissions: id-token: write` が必要です。',
  'wl.github.trust.title': 'ロールの信頼ポリシーと GitHub の OIDC プロバイダーを確認する',
  'wl.github.trust.meaning':
    '信頼ポリシーには、Federated プリンシパル arn:{partition}:iam::ACCOUNT_ID:oidc-provider/token.actions.githubusercontent.com、条件 token.actions.githubusercontent.com:aud = sts.amazonaws.com、そして実行に一致する token.actions.githubusercontent.com:sub（repo:OWNER/REPO:ref:refs/heads/BRANCH、repo:OWNER/REPO:environment:NAME、repo:OWNER/REPO:pull_request）が必要です。2 つ目のコマンドで、このアカウントにそのプロバイダーがあることを確認してください。',
  'wl.cfn.title': 'スタックのサービスロールと失敗したリソースを確認する',
  'wl.cfn.meaning':
    'RoleARN は CloudFormation が `{stack}` で使うサービスロールで、`{role}` のはずです。空の場合、CloudFormation はデプロイを開始したユーザーの認証情報を使っています。スタックイベントで、失敗したリソースと理由の全文がわかります。',
  'wl.cfnext.title': 'CloudFormation 拡張機能の実行ロールを確認する',
  'wl.cfnext.meaning':
    'リソースタイプ（TYPE_NAME。スタックイベントの失敗したリソースの Vendor::Service::Resource 形式の名前）の ExecutionRoleArn を表示します。`{role}` のはずです。ハンドラーはスタックのロールではなくこのロールで動作します。',
  'wl.cdk.title': 'CDK 環境のブートストラップ設定を確認する',
  'wl.cdk.meaning':
    'ブートストラップ時に cfn-exec ロールに与えたポリシー（CloudFormationExecutionPolicies）、デプロイを信頼するアカウント、ブートストラップのバージョン（新しいバージョンが必要な場合は CDK CLI が知らせます）を表示します。変更はロールの直接編集ではなく、`cdk bootstrap` のオプションまたはカスタマイズしたテンプレートで行ってください。',
  'wl.cdkeks.title': 'ロール `{role}` を管理するスタックを探す',
  'wl.cdkeks.meaning': 'ロールのスタックと論理 ID を表示します。変更はクラスターを定義している CDK アプリで行ってください。',
  'wl.irsa.title': 'サービスアカウントのロールとクラスターの OIDC プロバイダーを確認する',
  'wl.irsa.meaning':
    '1 つ目のコマンドで Pod のサービスアカウントの eks.amazonaws.com/role-arn アノテーション（`{role}` のはず）を、2 つ目でクラスターの OIDC 発行者を表示します。発行者は IAM の OIDC プロバイダーとして登録され（`aws iam list-open-id-connect-providers`）、ロールの信頼ポリシーで sub が system:serviceaccount:NAMESPACE:SERVICE_ACCOUNT として指定されている必要があります。アノテーションの変更は Pod の再起動後に反映されます。',
  'wl.podid.title': 'EKS Pod Identity の関連付けを確認する',
  'wl.podid.meaning':
    'クラスターの関連付けを一覧表示します（セッション名 {session} にクラスター名と Pod 名が含まれます）。2 つ目のコマンドで関連付けのロールを表示します。`{role}` のはずです。その信頼ポリシーは pods.eks.amazonaws.com に sts:AssumeRole と sts:TagSession を許可している必要があります。',
  'wl.sso.title': 'アクセス許可セット `{ps}` を探してポリシーを確認する',
  'wl.sso.meaning':
    '管理アカウントまたは Identity Center の委任管理者アカウントで実行してください。ループでアクセス許可セットの ARN が表示されるので、PERMISSION_SET_ARN に指定して AWS 管理ポリシー、カスタマー管理ポリシー、インラインポリシー、アクセス許可の境界を確認します。変更はそこで行い、ユーザーが再度サインインすると AWSReservedSSO_ ロールに反映されます。',
  'wl.slr.title': 'サービスにリンクされたロールを確認する',
  'wl.slr.meaning':
    '`{role}` のアクセス許可は AWS が管理しており、編集できません。このロールに対する拒否の原因は、SCP、このロールを許可する必要があるリソースベースのポリシーや KMS キーポリシー、またはサービスに処理を依頼した呼び出し元のアクセス許可不足です。',
  'wl.user.title': 'IAM ユーザー `{user}` のアクセスキーとグループを確認する',
  'wl.user.meaning':
    'プログラムが使うアクセスキー（`aws configure list` で末尾の文字がわかります）がこの中にあり、Active である必要があります。グループのポリシーもユーザー自身のポリシーとして扱われます。',
  'wl.cognito.title': 'Cognito ID プールのロールを確認する',
  'wl.cognito.meaning':
    '1 つ目のコマンドで ID プール {pool} とその ID を、2 つ目で認証されたロール、認証されていないロール、ロールのマッピングを表示します。拒否されたセッションは `{role}` を使っていました。',
  'wl.sagemaker.title': 'SageMaker の実行ロールを確認する',
  'wl.sagemaker.meaning':
    'ノートブックインスタンスの RoleArn を表示します。トレーニングジョブや処理ジョブは `aws sagemaker describe-training-job --training-job-name NAME --query RoleArn`（または describe-processing-job）で確認してください。`{role}` のはずです。ジョブにロールを渡すには、そのロール自身に対する iam:PassRole（iam:PassedToService が sagemaker.amazonaws.com）も必要です。',
  'wl.glue.title': 'Glue ジョブのロールを確認する',
  'wl.glue.meaning': 'ジョブの Role を表示します。`{role}` のはずです。',
  'wl.greengrass.title': 'Greengrass コアデバイスのロールエイリアスを確認する',
  'wl.greengrass.meaning':
    'トークン交換ロールのエイリアス（名前を変えていなければ GreengrassV2TokenExchangeRoleAlias）の背後のロールを表示します。`{role}` のはずです。コアデバイスの AWS IoT ポリシーは、そのエイリアスに対する iot:AssumeRoleWithCertificate を許可している必要があります。',
  'wl.iot.title': 'デバイスが使うロールエイリアスを探す',
  'wl.iot.meaning': 'ロールエイリアスを一覧表示します。`aws iot describe-role-alias --role-alias NAME` でロールを確認してください。`{role}` のはずです。',
  'wl.sfn.title': 'ステートマシンの実行ロールを確認する',
  'wl.sfn.meaning': 'ステートマシンの roleArn を表示します。`{role}` のはずです。',
  'wl.vault.title': '認証情報を発行した Vault ロールを確認する',
  'wl.vault.meaning':
    'Vault ロールの credential_type と、付与する policy_document、policy_arns、role_arns を表示します。認証情報ができるのはこれらが許可する操作だけです（フェデレーショントークンの場合は Vault の IAM ユーザーに許可された範囲内に限られます）。',
  'wl.tfc.title': 'ワークスペースの AWS 動的認証情報を確認する',
  'wl.tfc.meaning':
    'HCP Terraform のワークスペースで TFC_AWS_PROVIDER_AUTH が true、TFC_AWS_RUN_ROLE_ARN が `{role}` である必要があります。ロールの信頼ポリシーは app.terraform.io を、organization:ORG:project:PROJECT:workspace:WORKSPACE:run_phase:* のような sub で許可している必要があります。',
  'wl.kube2iam.title': 'Pod の kube2iam アノテーションを確認する',
  'wl.kube2iam.meaning':
    'Pod の iam.amazonaws.com/role アノテーションを表示します。`{role}` のはずです。ノードのロールがこのロールを引き受けられる必要があります。',
  'wl.sdk.title': 'ロールを引き受けたプロファイルまたはトークンを探す',
  'wl.sdk.meaning':
    'セッション名が SDK の既定値なので、プログラム自身が `{role}` を引き受けています。1 つ目のコマンドで role_arn を持つプロファイルを、2 つ目でウェブ ID の設定（EKS IRSA のような AWS_ROLE_ARN と AWS_WEB_IDENTITY_TOKEN_FILE）を表示します。role_session_name を設定すると、CloudTrail でセッションを区別できます。',

  'cred.identity.title': 'CLI が見つける認証情報を確認する',
  'cred.identity.meaning':
    'get-caller-identity が同じエラーで失敗する場合、認証情報そのものが原因です。`aws configure list` で各値の取得元（env、shared-credentials-file、sso、iam-role、container-role）がわかります。AWS_ACCESS_KEY_ID などの環境変数や残った AWS_SESSION_TOKEN はプロファイルより優先されます。',
  'cred.expired.title': '期限切れの認証情報を更新する',
  'cred.expired.meaning':
    '一時的な認証情報の有効期限が切れています。IAM Identity Center で再度サインインするか、ロールの引き受けや MFA の手順をやり直すか、環境に残った AWS_ACCESS_KEY_ID、AWS_SECRET_ACCESS_KEY、AWS_SESSION_TOKEN を削除してください。',
  'cred.invalid.title': 'AWS がこのアクセスキーを認識しているか確認する',
  'cred.invalid.meaning':
    'AWS がアクセスキーを認識していません。削除または無効化されたか、別のパーティションのキーである（aws-cn と aws-us-gov の認証情報は別です）か、アカウントで有効になっていないオプトインリージョンを使っています。1 つ目のコマンドで使用中のリージョンを確認し、`aws configure list` のキー ID を、正常な認証情報で実行した `aws iam list-access-keys` と比べてください。',
  'cred.clock.title': '時刻とシークレットキーを確認する',
  'cred.clock.meaning':
    '署名の期限切れや RequestTimeTooSkewed は、このマシンの時刻が 5 分以上ずれていることを示します。NTP で同期してください。それ以外の SignatureDoesNotMatch は、シークレットアクセスキーの誤り（貼り付け時の空白、別のペアのキー）か、リクエストを書き換えるプロキシが原因です。',
  'cred.missing.title': 'CLI や SDK に認証情報を設定する',
  'cred.missing.meaning':
    '認証情報が見つかりません（環境変数、プロファイル、インスタンスやコンテナのロールのいずれもありません）。AWS_PROFILE にこれらのプロファイルのいずれかを設定するか、`aws configure sso` または `aws configure` を実行するか、ワークロードにロールを割り当ててください。',
  'cred.eks.title': 'EKS クラスターへのアクセスを確認する',
  'cred.eks.meaning':
    'get-caller-identity の IAM ID に、クラスターのアクセスエントリ（または aws-auth のマッピング）がありません。クラスターの管理者が、その IAM ロールまたはユーザーの ARN（セッション ARN ではなくロール ARN）のアクセスエントリをアクセスポリシー付きで追加する必要があります。',
  'cred.ecr.title': 'Docker を ECR レジストリにログインさせる',
  'cred.ecr.meaning':
    'Docker にこのレジストリのログインがないか、12 時間以上前のログインです。呼び出し元には ecr:GetAuthorizationToken と、プルにはリポジトリに対する ecr:BatchGetImage と ecr:GetDownloadUrlForLayer も必要です。',
};

export const STEP_TEXTS: Record<Lang, Record<StepTextKey, string>> = { en, ja };
