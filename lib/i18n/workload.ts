// Texts of workload recognition and of "which role the fix must land on", in English and Japanese. Japanese uses
// AWS's own console terms (実行ロール, タスクロール, タスク実行ロール, インスタンスプロファイル, 信頼ポリシー,
// アクセス許可セット, サービスにリンクされたロール …). `{name}` placeholders are filled by lib/workload/text.ts;
// tests/unit/workload/i18n.test.ts checks that both languages have the same keys and placeholders.
import type { Lang } from '../model';

const en = {
  // What the workload is, for a one-line summary.
  'kind.lambda': 'Lambda function',
  'kind.ecs-task': 'ECS task (task role)',
  'kind.ecs-task-execution': 'ECS task (task execution role)',
  'kind.ec2-instance': 'EC2 instance (instance profile)',
  'kind.codebuild': 'CodeBuild build',
  'kind.github-actions': 'GitHub Actions workflow (OIDC)',
  'kind.cloudformation': 'CloudFormation stack operation',
  'kind.cdk': 'AWS CDK deployment',
  'kind.eks-irsa': 'EKS pod (IAM roles for service accounts)',
  'kind.eks-pod-identity': 'EKS pod (EKS Pod Identity)',
  'kind.identity-center': 'IAM Identity Center user (permission set)',
  'kind.service-linked': 'AWS service (service-linked role)',
  'kind.root': 'Root user',
  'kind.iam-user': 'IAM user',
  'kind.other': 'Workload',
  'platform.cognito-identity': 'Cognito identity pool user',
  'platform.sagemaker': 'SageMaker job or notebook',
  'platform.glue': 'Glue job',
  'platform.greengrass': 'Greengrass core device',
  'platform.iot-credentials': 'IoT device (credentials provider)',
  'platform.step-functions': 'Step Functions state machine',
  'platform.vault': 'HashiCorp Vault-issued credentials',
  'platform.terraform-cloud': 'HCP Terraform run',
  'platform.kube2iam': 'Kubernetes pod (kube2iam)',
  'platform.sdk-default-session': 'Program that assumed the role through an SDK',
  'platform.cloudformation-extension': 'CloudFormation extension (resource type) handler',
  'platform.cdk-eks-provider': 'CDK EKS cluster resource provider',
  'platform.ecs-host': 'ECS container instance',
  'platform.eks-node': 'EKS worker node',
  'confidence.certain': 'certain',
  'confidence.probable': 'probably',
  'confidence.possible': 'possibly',
  'summary.named': '{what} `{name}` ({confidence})',
  'summary.unnamed': '{what} ({confidence})',
  'summary.alternatives': 'Other readings: {list}.',
  'summary.label': '{what} `{name}`',

  // Said before the note when the reading is not certain: the evidence, the other readings, and that the fix still
  // goes on the role that made the call.
  'hedge.probable': 'The call probably came from {what}: naming conventions point there, but they are not proof — confirm it with the workload check in the steps.',
  'hedge.possible': 'The call may have come from {what}, but the evidence is weak — confirm it with the workload check in the steps before changing anything.',
  'hedge.alternatives': 'It could also be: {list}.',
  'hedge.role': 'Whichever it is, the call was made with the role `{role}`.',

  // Where the fix goes: a short noun phrase for the admin request.
  'where.lambda': 'the execution role `{role}` of the Lambda function `{fn}`',
  'where.lambda.noName': 'the execution role `{role}` of the Lambda function',
  'where.ecs-task': 'the task role `{role}` (taskRoleArn of the ECS task)',
  'where.ecs-task-execution': 'the task execution role `{role}` (executionRoleArn of the ECS task)',
  'where.ec2-instance': 'the role `{role}` of the EC2 instance profile',
  'where.codebuild': 'the service role `{role}` of the CodeBuild project',
  'where.github-actions': 'the role `{role}` that the GitHub Actions workflow assumes',
  'where.cloudformation': 'the stack service role `{role}`',
  'where.cloudformation-extension': 'the execution role `{role}` of the CloudFormation extension',
  'where.cdk': 'the CDK role `{role}`',
  'where.eks-irsa': 'the role `{role}` of the pod\'s Kubernetes service account (IRSA)',
  'where.eks-pod-identity': 'the role `{role}` of the EKS Pod Identity association',
  'where.identity-center': 'the permission set `{ps}` in IAM Identity Center',
  'where.iam-user': 'the IAM user `{user}`',
  'where.role': 'the role `{role}`',

  // Where the fix goes and why: a full note.
  'target.lambda':
    'Add it to the execution role `{role}` of the Lambda function `{fn}` (Role in the function\'s configuration) — not to your own user or to whoever deployed the function.',
  'target.lambda.noName':
    'Add it to the Lambda function\'s execution role `{role}` (Role in the function\'s configuration) — not to your own user or to whoever deployed the function.',
  'target.ecs-task':
    'Add it to the task role `{role}` (taskRoleArn of the ECS task definition), not to the task execution role or the container instance role: the application in the container made this call.',
  'target.ecs-task.executionName':
    'The role `{role}` is named like a task execution role, yet the application made this call, so the task definition probably uses it as its task role (taskRoleArn). Add it there — or better, give the task its own task role and keep the execution role for ECS itself.',
  'target.ecs-task-execution':
    'Add it to the task execution role `{role}` (executionRoleArn of the task definition), not to the task role: ECS itself uses the execution role to pull the image from ECR, send awslogs output to CloudWatch Logs and fetch the container definition\'s secrets before your code runs.',
  'target.ec2-instance':
    'Add it to the role `{role}` of the instance profile attached to the EC2 instance `{instance}` — not to the user who launched the instance.',
  'target.ec2-instance.noName':
    'Add it to the role `{role}` of the instance profile attached to the EC2 instance — not to the user who launched the instance.',
  'target.ec2-instance.ecs-host':
    'If a container on this ECS container instance made the call, its task has no task role and the SDK fell back to the instance role that every task on the host shares: give the task a task role (taskRoleArn) instead of widening this role.',
  'target.ec2-instance.eks-node':
    'If a pod made the call, it fell back to the node role that every pod on the node shares: give its service account a role with IRSA or EKS Pod Identity instead of widening the node role.',
  'target.codebuild':
    'Add it to the CodeBuild project\'s service role `{role}` (serviceRole of the project) — not to the user who started the build.',
  'target.github-actions':
    'Add it to the role `{role}` that the workflow assumes (role-to-assume of aws-actions/configure-aws-credentials) — not to an IAM user or to your own role.',
  'target.github-actions.trust':
    'The workflow could not assume the role `{role}`: fix that role\'s trust policy. It must allow sts:AssumeRoleWithWebIdentity for the OIDC provider token.actions.githubusercontent.com with aud sts.amazonaws.com and a sub condition that matches the repository and branch or environment (repo:OWNER/REPO:…).',
  'target.github-actions.trust.noRole':
    'The workflow could not assume its role: fix the trust policy of the role in role-to-assume. It must allow sts:AssumeRoleWithWebIdentity for the OIDC provider token.actions.githubusercontent.com with aud sts.amazonaws.com and a sub condition that matches the repository and branch or environment (repo:OWNER/REPO:…).',
  'target.cloudformation':
    'Add it to the stack\'s service role `{role}` (the RoleARN that CloudFormation assumes for this stack) — not to the user who started the deployment: with a service role, CloudFormation acts with that role\'s permissions only.',
  'target.cloudformation-extension':
    'Add it to the execution role `{role}` of the CloudFormation extension (the resource type\'s ExecutionRoleArn, set when the type was registered or activated) — not to the stack\'s service role or to your user.',
  'target.cdk.cfn-exec':
    'Add it to the CDK CloudFormation execution role `{role}`. Its policies come from `cdk bootstrap --cloudformation-execution-policies` (AdministratorAccess by default): bootstrap again with the policy you need rather than editing the role by hand, or the next bootstrap undoes the change.',
  'target.cdk.deploy':
    '`{role}` is the CDK deploy role from `cdk bootstrap`: the CLI uses it to start the CloudFormation deployment, and its policy comes from the bootstrap template — the resources themselves are created by the cfn-exec role. A denial here usually means the stack asks for something the template does not allow (such as iam:PassRole of a role other than the cfn-exec role): change the stack, or customise the bootstrap template (`cdk bootstrap --show-template`) and bootstrap again.',
  'target.cdk.file-publishing':
    '`{role}` is the CDK file-publishing role (asset uploads to the bootstrap bucket). Its policy comes from the bootstrap template: customise the template and bootstrap again rather than editing the role, and check the bucket policy and its KMS key.',
  'target.cdk.image-publishing':
    '`{role}` is the CDK image-publishing role (container assets pushed to the bootstrap ECR repository). Its policy comes from the bootstrap template: customise the template and bootstrap again rather than editing the role, and check the repository policy.',
  'target.cdk.lookup':
    '`{role}` is the CDK lookup role (read-only context lookups during synth). Its policy comes from the bootstrap template: customise the template and bootstrap again rather than editing the role.',
  'target.cdk.cli':
    'The CDK CLI assumed `{role}` for this deployment (session aws-cdk-{user}). Add it to `{role}`; if that role was created by `cdk bootstrap`, change it through the bootstrap template instead of by hand.',
  'target.cdk.eks-provider':
    'The CDK EKS cluster resource provider made this call with the cluster creation role `{role}`. Add it to that role in the CDK app (for example with addToPrincipalPolicy) — the construct owns the role, so a manual edit is lost on the next deployment.',
  'target.eks-irsa':
    'Add it to the role `{role}` annotated on the pod\'s Kubernetes service account (eks.amazonaws.com/role-arn) — not to the node instance role.',
  'target.eks-irsa.trust':
    'The pod could not assume its role: fix the trust policy of the role in the service account\'s eks.amazonaws.com/role-arn annotation. It must allow sts:AssumeRoleWithWebIdentity for the cluster\'s OIDC provider with a sub condition system:serviceaccount:NAMESPACE:SERVICE_ACCOUNT and aud sts.amazonaws.com.',
  'target.eks-pod-identity':
    'Add it to the role `{role}` of the EKS Pod Identity association for the pod\'s service account — not to the node role.',
  'target.identity-center':
    'Change the permission set `{ps}` in IAM Identity Center (in the management account or the delegated administrator account) — not the role `{role}`: Identity Center owns that role and overwrites edits to it. Users get the change when they sign in again.',
  'target.service-linked':
    '`{role}` is a service-linked role: AWS owns its permissions and you cannot edit them (service control policies do not restrict it either). Look at the other side of the call — a resource policy or KMS key policy that must admit this role, or a VPC endpoint policy on the way.',
  'target.root':
    'This is the root user of account `{account}`, which is allowed everything in its own account: there is no policy to add to it. A denial comes from a service control policy or resource control policy of the organization, or from a resource policy in another account — ask the organization administrator, and do daily work with a role rather than the root user.',
  'target.root.noName':
    'This is the root user, which is allowed everything in its own account: there is no policy to add to it. A denial comes from a service control policy or resource control policy of the organization, or from a resource policy in another account — ask the organization administrator, and do daily work with a role rather than the root user.',
  'target.iam-user':
    'Add it to the IAM user `{user}` (directly or through one of its groups). If a program uses this user\'s access keys, consider giving that program a role instead (instance profile, task role, OIDC) rather than long-term keys.',
  'target.cognito.unauth':
    'Add it to the unauthenticated (guest) role `{role}` of the Cognito identity pool `{pool}`. Every visitor who has not signed in gets this role, so allow only what anonymous users may do.',
  'target.cognito.auth':
    'Add it to the authenticated role `{role}` of the Cognito identity pool `{pool}`. Every signed-in user of the pool shares it: scope per-user data with the ${cognito-identity.amazonaws.com:sub} policy variable.',
  'target.cognito.unknown':
    'Add it to the role `{role}` that the Cognito identity pool gives its users. Every user of the pool shares it, so keep it narrow.',
  'target.sagemaker':
    'Add it to the SageMaker execution role `{role}` (RoleArn of the notebook instance, training or processing job, or the domain\'s user profile) — not to your console user.',
  'target.glue':
    'Add it to the Glue job\'s IAM role `{role}` (Role of the job) — not to the user who started the job.',
  'target.greengrass':
    'Add it to the token exchange role `{role}` that the core device\'s role alias points to (the token exchange service hands its credentials to components) — not to the device\'s AWS IoT policy.',
  'target.iot-credentials':
    'A device got these credentials from the AWS IoT credentials provider: add it to the role `{role}` behind the device\'s role alias.',
  'target.step-functions':
    'Add it to the state machine\'s execution role `{role}` (roleArn of the state machine).',
  'target.vault':
    'HashiCorp Vault\'s AWS secrets engine issued these credentials: change the Vault role that issued them (its policy_document, policy_arns or role_arns), not an IAM policy of this session.',
  'target.terraform-cloud':
    'Add it to the role `{role}` that HCP Terraform assumes for the workspace (TFC_AWS_RUN_ROLE_ARN).',
  'target.kube2iam':
    'Add it to the role `{role}` named in the pod\'s iam.amazonaws.com/role annotation (kube2iam).',
  'target.sdk-default-session':
    'An SDK assumed `{role}` with its default session name (a profile with role_arn, or a web identity token such as EKS IRSA): add it to `{role}`, not to the credentials that assumed it.',
  'target.role': 'Add it to the role `{role}`.',
} as const;

export type WorkloadTextKey = keyof typeof en;

const ja: Record<WorkloadTextKey, string> = {
  'kind.lambda': 'Lambda 関数',
  'kind.ecs-task': 'ECS タスク（タスクロール）',
  'kind.ecs-task-execution': 'ECS タスク（タスク実行ロール）',
  'kind.ec2-instance': 'EC2 インスタンス（インスタンスプロファイル）',
  'kind.codebuild': 'CodeBuild のビルド',
  'kind.github-actions': 'GitHub Actions ワークフロー（OIDC）',
  'kind.cloudformation': 'CloudFormation のスタック操作',
  'kind.cdk': 'AWS CDK のデプロイ',
  'kind.eks-irsa': 'EKS の Pod（サービスアカウントの IAM ロール / IRSA）',
  'kind.eks-pod-identity': 'EKS の Pod（EKS Pod Identity）',
  'kind.identity-center': 'IAM Identity Center のユーザー（アクセス許可セット）',
  'kind.service-linked': 'AWS のサービス（サービスにリンクされたロール）',
  'kind.root': 'ルートユーザー',
  'kind.iam-user': 'IAM ユーザー',
  'kind.other': 'ワークロード',
  'platform.cognito-identity': 'Cognito ID プールのユーザー',
  'platform.sagemaker': 'SageMaker のジョブまたはノートブック',
  'platform.glue': 'Glue ジョブ',
  'platform.greengrass': 'Greengrass コアデバイス',
  'platform.iot-credentials': 'IoT デバイス（認証情報プロバイダー）',
  'platform.step-functions': 'Step Functions のステートマシン',
  'platform.vault': 'HashiCorp Vault が発行した認証情報',
  'platform.terraform-cloud': 'HCP Terraform の実行',
  'platform.kube2iam': 'Kubernetes の Pod（kube2iam）',
  'platform.sdk-default-session': 'SDK 経由でロールを引き受けたプログラム',
  'platform.cloudformation-extension': 'CloudFormation 拡張機能（リソースタイプ）のハンドラー',
  'platform.cdk-eks-provider': 'CDK の EKS クラスターリソースプロバイダー',
  'platform.ecs-host': 'ECS コンテナインスタンス',
  'platform.eks-node': 'EKS ワーカーノード',
  'confidence.certain': '確実',
  'confidence.probable': 'おそらく',
  'confidence.possible': '可能性あり',
  'summary.named': '{what} `{name}`（{confidence}）',
  'summary.unnamed': '{what}（{confidence}）',
  'summary.alternatives': 'ほかの可能性: {list}。',
  'summary.label': '{what} `{name}`',

  'hedge.probable': 'この呼び出しはおそらく {what} によるものです。命名規則からの推定で確証ではないため、手順のワークロードの確認で確かめてください。',
  'hedge.possible': 'この呼び出しは {what} によるものかもしれませんが、根拠が弱いため、変更する前に手順のワークロードの確認で確かめてください。',
  'hedge.alternatives': 'ほかに考えられるもの: {list}。',
  'hedge.role': 'いずれの場合も、呼び出しはロール `{role}` で行われています。',

  'where.lambda': 'Lambda 関数 `{fn}` の実行ロール `{role}`',
  'where.lambda.noName': 'Lambda 関数の実行ロール `{role}`',
  'where.ecs-task': 'タスクロール `{role}`（ECS タスクの taskRoleArn）',
  'where.ecs-task-execution': 'タスク実行ロール `{role}`（ECS タスクの executionRoleArn）',
  'where.ec2-instance': 'EC2 インスタンスプロファイルのロール `{role}`',
  'where.codebuild': 'CodeBuild プロジェクトのサービスロール `{role}`',
  'where.github-actions': 'GitHub Actions ワークフローが引き受けるロール `{role}`',
  'where.cloudformation': 'スタックのサービスロール `{role}`',
  'where.cloudformation-extension': 'CloudFormation 拡張機能の実行ロール `{role}`',
  'where.cdk': 'CDK のロール `{role}`',
  'where.eks-irsa': 'Pod の Kubernetes サービスアカウントに関連付けたロール `{role}`（IRSA）',
  'where.eks-pod-identity': 'EKS Pod Identity の関連付けのロール `{role}`',
  'where.identity-center': 'IAM Identity Center のアクセス許可セット `{ps}`',
  'where.iam-user': 'IAM ユーザー `{user}`',
  'where.role': 'ロール `{role}`',

  'target.lambda':
    'Lambda 関数 `{fn}` の実行ロール `{role}`（関数の設定の「実行ロール」）に追加してください。ご自身のユーザーや関数をデプロイしたユーザーではありません。',
  'target.lambda.noName':
    'Lambda 関数の実行ロール `{role}`（関数の設定の「実行ロール」）に追加してください。ご自身のユーザーや関数をデプロイしたユーザーではありません。',
  'target.ecs-task':
    'タスクロール `{role}`（ECS タスク定義の taskRoleArn）に追加してください。タスク実行ロールやコンテナインスタンスのロールではありません。この呼び出しはコンテナ内のアプリケーションが行ったものです。',
  'target.ecs-task.executionName':
    'ロール `{role}` はタスク実行ロールのような名前ですが、この呼び出しはアプリケーションが行っています。タスク定義がこのロールをタスクロール（taskRoleArn）として使っている可能性が高いので、追加先はこのロールです。ただし、タスク専用のタスクロールを作成し、タスク実行ロールは ECS 自身の処理に限定するのが望ましい構成です。',
  'target.ecs-task-execution':
    'タスク実行ロール `{role}`（タスク定義の executionRoleArn）に追加してください。タスクロールではありません。ECR からのイメージのプル、awslogs による CloudWatch Logs へのログ送信、コンテナ定義のシークレットの取得は、コードが動く前に ECS 自身がタスク実行ロールで行います。',
  'target.ec2-instance':
    'EC2 インスタンス `{instance}` にアタッチされたインスタンスプロファイルのロール `{role}` に追加してください。インスタンスを起動したユーザーではありません。',
  'target.ec2-instance.noName':
    'EC2 インスタンスにアタッチされたインスタンスプロファイルのロール `{role}` に追加してください。インスタンスを起動したユーザーではありません。',
  'target.ec2-instance.ecs-host':
    'この ECS コンテナインスタンス上のコンテナが呼び出した場合、そのタスクにはタスクロールがなく、SDK がホスト上の全タスクで共有されるインスタンスロールにフォールバックしています。このロールを広げるのではなく、タスクにタスクロール（taskRoleArn）を設定してください。',
  'target.ec2-instance.eks-node':
    'Pod が呼び出した場合、ノード上の全 Pod で共有されるノードロールにフォールバックしています。ノードロールを広げるのではなく、IRSA または EKS Pod Identity でサービスアカウントにロールを割り当ててください。',
  'target.codebuild':
    'CodeBuild プロジェクトのサービスロール `{role}`（プロジェクトの serviceRole）に追加してください。ビルドを開始したユーザーではありません。',
  'target.github-actions':
    'ワークフローが引き受けるロール `{role}`（aws-actions/configure-aws-credentials の role-to-assume）に追加してください。IAM ユーザーやご自身のロールではありません。',
  'target.github-actions.trust':
    'ワークフローはロール `{role}` を引き受けられませんでした。このロールの信頼ポリシーを修正してください。OIDC プロバイダー token.actions.githubusercontent.com に対して sts:AssumeRoleWithWebIdentity を許可し、aud が sts.amazonaws.com、sub がリポジトリとブランチまたは環境（repo:OWNER/REPO:…）に一致する条件が必要です。',
  'target.github-actions.trust.noRole':
    'ワークフローはロールを引き受けられませんでした。role-to-assume に指定したロールの信頼ポリシーを修正してください。OIDC プロバイダー token.actions.githubusercontent.com に対して sts:AssumeRoleWithWebIdentity を許可し、aud が sts.amazonaws.com、sub がリポジトリとブランチまたは環境（repo:OWNER/REPO:…）に一致する条件が必要です。',
  'target.cloudformation':
    'スタックのサービスロール `{role}`（CloudFormation がこのスタックで引き受ける RoleARN）に追加してください。デプロイを開始したユーザーではありません。サービスロールがある場合、CloudFormation はそのロールのアクセス許可だけで処理します。',
  'target.cloudformation-extension':
    'CloudFormation 拡張機能の実行ロール `{role}`（リソースタイプの登録または有効化時に指定した ExecutionRoleArn）に追加してください。スタックのサービスロールやご自身のユーザーではありません。',
  'target.cdk.cfn-exec':
    'CDK の CloudFormation 実行ロール `{role}` に追加してください。このロールのポリシーは `cdk bootstrap --cloudformation-execution-policies`（既定は AdministratorAccess）で決まります。手で編集すると次のブートストラップで元に戻るため、必要なポリシーを指定してブートストラップし直してください。',
  'target.cdk.deploy':
    '`{role}` は `cdk bootstrap` が作成した CDK のデプロイロールです。CLI が CloudFormation のデプロイを開始するために使い、ポリシーはブートストラップテンプレートで決まります。リソース自体は cfn-exec ロールが作成します。ここでの拒否は、テンプレートが許可していないこと（cfn-exec ロール以外のロールの iam:PassRole など）をスタックが求めている場合がほとんどです。スタックを見直すか、ブートストラップテンプレートをカスタマイズして（`cdk bootstrap --show-template`）ブートストラップし直してください。',
  'target.cdk.file-publishing':
    '`{role}` は CDK のファイル発行ロール（ブートストラップバケットへのアセットのアップロード）です。ポリシーはブートストラップテンプレートで決まるため、ロールを直接編集せずテンプレートをカスタマイズしてブートストラップし直してください。バケットポリシーと KMS キーも確認してください。',
  'target.cdk.image-publishing':
    '`{role}` は CDK のイメージ発行ロール（ブートストラップの ECR リポジトリへのコンテナアセットのプッシュ）です。ポリシーはブートストラップテンプレートで決まるため、ロールを直接編集せずテンプレートをカスタマイズしてブートストラップし直してください。リポジトリポリシーも確認してください。',
  'target.cdk.lookup':
    '`{role}` は CDK のルックアップロール（synth 時の読み取り専用のコンテキスト参照）です。ポリシーはブートストラップテンプレートで決まるため、ロールを直接編集せずテンプレートをカスタマイズしてブートストラップし直してください。',
  'target.cdk.cli':
    'CDK CLI がこのデプロイのために `{role}` を引き受けました（セッション名 aws-cdk-{user}）。`{role}` に追加してください。`cdk bootstrap` が作成したロールであれば、手で編集せずブートストラップテンプレートで変更してください。',
  'target.cdk.eks-provider':
    'CDK の EKS クラスターリソースプロバイダーが、クラスター作成ロール `{role}` でこの呼び出しを行いました。CDK アプリ側で（addToPrincipalPolicy などで）このロールに追加してください。ロールはコンストラクトが管理しているため、手動の編集は次のデプロイで失われます。',
  'target.eks-irsa':
    'Pod の Kubernetes サービスアカウントのアノテーション（eks.amazonaws.com/role-arn）に指定したロール `{role}` に追加してください。ノードのインスタンスロールではありません。',
  'target.eks-irsa.trust':
    'Pod がロールを引き受けられませんでした。サービスアカウントの eks.amazonaws.com/role-arn に指定したロールの信頼ポリシーを修正してください。クラスターの OIDC プロバイダーに対して sts:AssumeRoleWithWebIdentity を許可し、sub が system:serviceaccount:NAMESPACE:SERVICE_ACCOUNT、aud が sts.amazonaws.com に一致する条件が必要です。',
  'target.eks-pod-identity':
    'Pod のサービスアカウントに対する EKS Pod Identity の関連付けのロール `{role}` に追加してください。ノードロールではありません。',
  'target.identity-center':
    'IAM Identity Center のアクセス許可セット `{ps}` を変更してください（管理アカウントまたは委任管理者アカウントで操作）。ロール `{role}` ではありません。このロールは Identity Center が管理しており、直接の編集は上書きされます。変更はユーザーが再度サインインしたときに反映されます。',
  'target.service-linked':
    '`{role}` はサービスにリンクされたロールです。アクセス許可は AWS が管理しており、編集できません（サービスコントロールポリシー（SCP）の制限も受けません）。呼び出し先の側 — このロールを許可する必要があるリソースベースのポリシーや KMS キーポリシー、経路上の VPC エンドポイントポリシー — を確認してください。',
  'target.root':
    'これはアカウント `{account}` のルートユーザーで、自アカウントではすべてが許可されています。追加すべきポリシーはありません。拒否の原因は組織のサービスコントロールポリシー（SCP）やリソースコントロールポリシー（RCP）、または別アカウントのリソースベースのポリシーです。組織の管理者に確認し、日常の作業にはルートユーザーではなくロールを使ってください。',
  'target.root.noName':
    'これはルートユーザーで、自アカウントではすべてが許可されています。追加すべきポリシーはありません。拒否の原因は組織のサービスコントロールポリシー（SCP）やリソースコントロールポリシー（RCP）、または別アカウントのリソースベースのポリシーです。組織の管理者に確認し、日常の作業にはルートユーザーではなくロールを使ってください。',
  'target.iam-user':
    'IAM ユーザー `{user}` に（直接、または所属するグループ経由で）追加してください。プログラムがこのユーザーのアクセスキーを使っている場合は、長期的なキーではなくロール（インスタンスプロファイル、タスクロール、OIDC）の利用を検討してください。',
  'target.cognito.unauth':
    'Cognito ID プール `{pool}` の認証されていない（ゲスト）ロール `{role}` に追加してください。サインインしていないすべての訪問者がこのロールを使うため、匿名ユーザーに許してよい操作だけを許可してください。',
  'target.cognito.auth':
    'Cognito ID プール `{pool}` の認証されたロール `{role}` に追加してください。プールのサインイン済みユーザー全員が共有するため、ユーザーごとのデータは ${cognito-identity.amazonaws.com:sub} ポリシー変数で範囲を絞ってください。',
  'target.cognito.unknown':
    'Cognito ID プールがユーザーに渡すロール `{role}` に追加してください。プールの全ユーザーが共有するため、最小限にしてください。',
  'target.sagemaker':
    'SageMaker の実行ロール `{role}`（ノートブックインスタンス、トレーニングジョブ、処理ジョブ、またはドメインのユーザープロファイルの RoleArn）に追加してください。コンソールのユーザーではありません。',
  'target.glue':
    'Glue ジョブの IAM ロール `{role}`（ジョブの Role）に追加してください。ジョブを開始したユーザーではありません。',
  'target.greengrass':
    'コアデバイスのロールエイリアスが指すトークン交換ロール `{role}` に追加してください（トークン交換サービスがコンポーネントにこの認証情報を渡します）。デバイスの AWS IoT ポリシーではありません。',
  'target.iot-credentials':
    'デバイスは AWS IoT の認証情報プロバイダーからこの認証情報を取得しています。デバイスのロールエイリアスの背後にあるロール `{role}` に追加してください。',
  'target.step-functions':
    'ステートマシンの実行ロール `{role}`（ステートマシンの roleArn）に追加してください。',
  'target.vault':
    'この認証情報は HashiCorp Vault の AWS シークレットエンジンが発行したものです。このセッションの IAM ポリシーではなく、発行元の Vault ロール（policy_document、policy_arns、role_arns）を変更してください。',
  'target.terraform-cloud':
    'HCP Terraform がワークスペースで引き受けるロール `{role}`（TFC_AWS_RUN_ROLE_ARN）に追加してください。',
  'target.kube2iam':
    'Pod の iam.amazonaws.com/role アノテーションに指定したロール `{role}`（kube2iam）に追加してください。',
  'target.sdk-default-session':
    'SDK が既定のセッション名で `{role}` を引き受けています（role_arn を指定したプロファイル、または EKS IRSA などのウェブ ID トークン）。引き受け元の認証情報ではなく、`{role}` に追加してください。',
  'target.role': 'ロール `{role}` に追加してください。',
};

export const WORKLOAD_TEXTS: Record<Lang, Record<WorkloadTextKey, string>> = { en, ja };
