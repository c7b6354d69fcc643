// Texts of the step-by-step check list, in English and Japanese (AWS's Japanese console terms). `{name}`
// placeholders are filled by lib/steps with values from the message; tests/unit/steps/i18n.test.ts checks that
// both languages have the same keys and the same placeholders.
import type { Lang } from '../model';
import { WORKLOAD_STEP_TEXTS } from './steps-workload';

const en = {
  'word.theAction': 'the denied action',
  'word.theResource': 'the resource',
  'word.theEvent': 'the operation',

  'billing.title': 'Have the root user activate IAM access to billing information',
  'billing.meaning':
    'Sign in as the root user of the account, open Account → "IAM user and role access to Billing information" → Edit, select Activate IAM Access and update. Until then no policy lets an IAM user or role see these pages.',
  'billing.after': 'After that, the caller still needs an Allow of {action} in its own policies.',
  'image.title': 'Check whether this account can see the image',
  'image.meaning':
    'An empty list (or InvalidAMIID.NotFound) means the image is not shared with this account or no longer exists; ProductCodes means a Marketplace product: subscribe to it. The owner lists who may launch it with aws ec2 describe-image-attribute --image-id IMAGE_ID --attribute launchPermission.',
  'dsqlToken.title': 'Generate the token the database role `{user}` connects with',
  'dsqlToken.meaning':
    'The admin role takes a DbConnectAdmin token, every other role a DbConnect token; use the token as the password within its lifetime (15 minutes by default).',
  'dmsRole.title': 'Check DMS’s role `{role}`: its trust policy and attached policies',
  'dmsRole.meaning':
    'NoSuchEntity means the role does not exist: create it. The trust policy must allow dms.amazonaws.com to call sts:AssumeRole, and its AWS managed policy must be attached.',
  'clusterRbac.title': 'See what the cluster lets this identity do',
  'clusterRbac.meaning':
    'The first command lists the access policies associated with the identity’s access entry (none, or a namespace scope that leaves this one out, is the gap); the second, run with the same credentials, lists what Kubernetes allows them. A cluster that still maps identities in the aws-auth ConfigMap has no access entry: look there, and at the RoleBindings of the mapped groups (kubectl get rolebindings,clusterrolebindings -A -o wide).',
  'stsRegion.title': 'Activate STS in the Region the call went to',
  'stsRegion.meaning':
    'In the IAM console, open Account settings → Security Token Service (STS) → Endpoints and activate the Region (an administrator of the account can; opt-in Regions must be enabled for the account first). Or send the STS call to an active Region: set the SDK’s Region for STS, AWS_STS_REGIONAL_ENDPOINTS or sts_regional_endpoints.',
  'owned.sso.title': 'Change the permission set `{ps}` in IAM Identity Center, not the role',
  'owned.sso.meaning':
    'A path of /aws-reserved/sso.amazonaws.com/ shows the role is the one IAM Identity Center made from the permission set `{ps}`. Run the other commands in the management account or the delegated administrator account: they find the permission set and list what it grants. Change it there (put-inline-policy-to-permission-set, attach-managed-policy-to-permission-set …), then aws sso-admin provision-permission-set updates the role in every account it is assigned to.',
  'owned.slr.title': 'Confirm the role is a service-linked role',
  'owned.slr.meaning':
    'A path under /aws-service-role/ marks a role its AWS service created and alone changes. To remove it, run aws iam delete-service-linked-role --role-name {role}, then aws iam get-service-linked-role-deletion-status --deletion-task-id TASK_ID: the service refuses while its resources still use the role.',
  'owned.managed.title': 'Copy the AWS managed policy {name} into a policy of your own',
  'owned.managed.meaning':
    'The commands write its current document to policy.json and create a customer managed policy from it: change the copy (edit policy.json before the last command, or create-policy-version later) and attach it where the managed policy was attached.',
  'authz.title': 'Read the details AWS kept for this request (authorization ID {id})',
  'authz.meaning':
    'They name the policy and the statement that decided, for every action and resource the request needed — dependent actions such as iam:PassRole included, which the message does not show. Open the link, or run the command.',
  'authz.who':
    'Reading them needs iam:GetRequestAuthorizationDetails, which the denied identity usually lacks: your account administrator or security team usually has it — send them the ID (the access request below carries it).',
  'authz.kept': 'AWS keeps the details for at least 24 hours after the request; after that, the checks below find the same answer.',
  'authz.policy':
    'The answer names the deciding statement `{sid}` in {uri}: the second command returns that policy as it was when the request was evaluated (it needs iam:GetRequestAuthorizationPolicy). Paste it here with the answer, and the fix keeps the statement\'s own exemptions.',
  'identity.title': 'Confirm who you are, and in which account, partition and region',
  'identity.self':
    'The output should be `{principal}` or the role behind it. Another ARN means the failing command ran with other credentials: fix AWS_PROFILE or the credential chain (environment variables win over profiles) before changing any policy.',
  'identity.workload':
    'The denied caller was `{principal}` — {what}, not you — so expect your own ARN here. Run the next steps with credentials that can read IAM in the same account.',
  'identity.noPrincipal':
    'The message does not name the caller: this shows the identity the failing command used, if it ran with the same profile.',
  'identity.anonymous':
    'The request reached AWS unsigned (anonymous): the tool sent no credentials — a missing or empty profile, `--no-sign-request`, or a plain public URL. This shows the identity your credentials would sign with.',
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
  ...WORKLOAD_STEP_TEXTS.en,
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
  'image.title': 'このアカウントからイメージが見えるか確認する',
  'image.meaning':
    '空の一覧 (または InvalidAMIID.NotFound) は、イメージがこのアカウントに共有されていないか、もう存在しないことを示します。ProductCodes があれば Marketplace 製品なので、サブスクライブしてください。所有者は aws ec2 describe-image-attribute --image-id IMAGE_ID --attribute launchPermission で起動を許可された相手を確認できます。',
  'dsqlToken.title': 'データベースロール `{user}` が接続に使うトークンを生成する',
  'dsqlToken.meaning':
    'admin ロールには DbConnectAdmin トークン、それ以外のロールには DbConnect トークンを使います。トークンは有効期限内 (既定 15 分) にパスワードとして使ってください。',
  'dmsRole.title': 'DMS のロール `{role}` の信頼ポリシーとアタッチされたポリシーを確認する',
  'dmsRole.meaning':
    'NoSuchEntity はロールがないことを示すので、作成してください。信頼ポリシーで dms.amazonaws.com に sts:AssumeRole を許可し、AWS マネージドポリシーをアタッチする必要があります。',
  'clusterRbac.title': 'クラスターがこの ID に何を許可しているかを確認する',
  'clusterRbac.meaning':
    '1 つ目のコマンドは ID のアクセスエントリに関連付けたアクセスポリシーを一覧表示します (何もない、または名前空間のスコープにこの名前空間が含まれていないことが原因です)。2 つ目は同じ認証情報で実行し、Kubernetes が許可している操作を一覧表示します。aws-auth ConfigMap で ID をマッピングしているクラスターにはアクセスエントリがありません: そちらと、マッピング先のグループの RoleBinding を確認してください (kubectl get rolebindings,clusterrolebindings -A -o wide)。',
  'stsRegion.title': '呼び出し先のリージョンで STS を有効化する',
  'stsRegion.meaning':
    'IAM コンソールのアカウント設定で Security Token Service (STS) のエンドポイントを開き、そのリージョンを有効化します (アカウントの管理者が行えます。オプトインリージョンは先にアカウントで有効化が必要です)。または、STS の呼び出しを有効なリージョンへ送ります: SDK の STS のリージョン、AWS_STS_REGIONAL_ENDPOINTS または sts_regional_endpoints を設定します。',
  'owned.sso.title': 'ロールではなく、IAM Identity Center でアクセス許可セット `{ps}` を変更する',
  'owned.sso.meaning':
    'パスが /aws-reserved/sso.amazonaws.com/ であれば、IAM Identity Center がアクセス許可セット `{ps}` から作成したロールです。残りのコマンドは管理アカウントまたは委任管理者アカウントで実行してください。アクセス許可セットを探し、付与している内容を一覧表示します。変更はそこで行い (put-inline-policy-to-permission-set、attach-managed-policy-to-permission-set など)、aws sso-admin provision-permission-set で割り当て先のすべてのアカウントのロールを更新します。',
  'owned.slr.title': 'ロールがサービスにリンクされたロールであることを確認する',
  'owned.slr.meaning':
    'パスが /aws-service-role/ の下にあるロールは、AWS サービスが作成し、そのサービスだけが変更します。削除するには aws iam delete-service-linked-role --role-name {role} を実行し、aws iam get-service-linked-role-deletion-status --deletion-task-id TASK_ID で結果を確認します。サービスのリソースがまだロールを使っている間は削除できません。',
  'owned.managed.title': 'AWS 管理ポリシー {name} を自分のポリシーにコピーする',
  'owned.managed.meaning':
    'コマンドは現在のドキュメントを policy.json に書き出し、それからカスタマー管理ポリシーを作成します。コピーを変更し (最後のコマンドの前に policy.json を編集するか、後から create-policy-version で)、管理ポリシーがアタッチされていた場所にアタッチしてください。',
  'authz.title': 'このリクエストについて AWS が保持している詳細を確認する (認可 ID {id})',
  'authz.meaning':
    '詳細には、リクエストに必要だったアクションとリソースごとに、判定したポリシーとステートメントが示されます。メッセージに出ない iam:PassRole などの依存アクションも含まれます。リンクを開くか、コマンドを実行してください。',
  'authz.who':
    '読むには iam:GetRequestAuthorizationDetails のアクセス許可が必要で、拒否されたプリンシパルには通常ありません。通常はアカウントの管理者かセキュリティチームが持っているので、認可 ID を伝えてください (下のアクセス申請に含まれています)。',
  'authz.kept': '詳細はリクエストから少なくとも 24 時間保持されます。それを過ぎたら、以下の確認手順で同じ答えを探してください。',
  'authz.policy':
    '応答は {uri} のステートメント `{sid}` が判定したと示しています。2 つ目のコマンドは、リクエストが評価された時点のそのポリシーを返します (iam:GetRequestAuthorizationPolicy のアクセス許可が必要)。応答と一緒にここに貼り付けると、修正はそのステートメントの既存の除外を保ちます。',
  'identity.title': '自分が誰か、どのアカウント・パーティション・リージョンで操作しているかを確認する',
  'identity.self':
    '出力は `{principal}` またはその背後のロールになるはずです。別の ARN が出た場合、失敗したコマンドは別の認証情報で実行されています。ポリシーを変更する前に AWS_PROFILE や認証情報の優先順位（環境変数はプロファイルより優先されます）を直してください。',
  'identity.workload':
    '拒否された呼び出し元は `{principal}` で、あなたではありません（{what}）。ここにはご自身の ARN が表示されます。以降の手順は、同じアカウントの IAM を読み取れる認証情報で実行してください。',
  'identity.noPrincipal':
    'メッセージに呼び出し元が含まれていません。同じプロファイルで実行した場合、これが失敗したコマンドの ID です。',
  'identity.anonymous':
    'リクエストは署名なし（匿名）で AWS に届きました。ツールが認証情報を送っていません（プロファイルの未設定や空、`--no-sign-request`、公開 URL の直接利用）。このコマンドは、お使いの認証情報が署名に使う ID を表示します。',
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
  ...WORKLOAD_STEP_TEXTS.ja,
};

export const STEP_TEXTS: Record<Lang, Record<StepTextKey, string>> = { en, ja };
