// Console alerts as the detector hands them over (and as people copy them into the popup): the diagnostic block
// in English and Japanese, with and without its header, the Japanese console's Context wordings, the "you lack
// permission to <action>" alerts and status reasons. Written for these tests (accounts are documentation examples).
import type { Finding } from '../../../lib/model';

export interface ConsoleExample {
  name: string;
  text: string;
  expect: Partial<Finding> | null;
}

const BLOCK_JA = (context: string) =>
  [
    'ec2:DescribeInstances へのアクセスが拒否されました',
    'ec2:DescribeInstances に対するアクセス許可がありません。アクセスをリクエストするには、次のテキストをコピーして AWS 管理者に送信してください。',
    'ユーザー: arn:aws:sts::111122223333:assumed-role/ReadOnlyDev/alice',
    'サービス: ec2',
    'アクション: ec2:DescribeInstances',
    'リソース: *',
    `コンテキスト: ${context}`,
    'コピー',
  ].join('\n');

export const CONSOLE_EXAMPLES: ConsoleExample[] = [
  {
    name: 'English diagnostic block with its header',
    text: [
      'Access denied to iam:ListUsers',
      "You don't have permission to iam:ListUsers. To request access, copy the following text and send it to your AWS administrator. Learn more about troubleshooting access denied errors.",
      'User: arn:aws:iam::111122223333:user/test-user',
      'Service: iam',
      'Action: iam:ListUsers',
      'On resource(s): arn:aws:iam::111122223333:user/',
      'Context: no identity-based policy allows the action',
      'Copy',
    ].join('\n'),
    expect: {
      principal: 'arn:aws:iam::111122223333:user/test-user',
      action: 'iam:ListUsers',
      resource: 'arn:aws:iam::111122223333:user/',
      policyType: 'identity',
      denyKind: 'implicit',
    },
  },
  {
    name: 'English block without the header, explicit deny in an SCP',
    text: [
      'User: arn:aws:sts::444455556666:assumed-role/Ops/bob',
      'Service: s3',
      'Action: s3:PutBucketPolicy',
      'On resource(s): arn:aws:s3:::logs-bucket',
      'Context: a service control policy explicitly denies the action',
    ].join('\n'),
    expect: { principal: 'arn:aws:sts::444455556666:assumed-role/Ops/bob', action: 's3:PutBucketPolicy', policyType: 'scp', denyKind: 'explicit' },
  },
  {
    name: 'Japanese block: no session policy allows the action',
    text: BLOCK_JA('アクションを許可するセッションポリシーがありません'),
    expect: { principal: 'arn:aws:sts::111122223333:assumed-role/ReadOnlyDev/alice', action: 'ec2:DescribeInstances', resource: '*', policyType: 'session', denyKind: 'implicit' },
  },
  {
    name: 'Japanese block: the identity-based policy does not allow the action (passive wording)',
    text: BLOCK_JA('ID ベースのポリシーでアクションが許可されていません'),
    expect: { action: 'ec2:DescribeInstances', policyType: 'identity', denyKind: 'implicit' },
  },
  {
    name: 'Japanese block: an SCP explicitly denies the action',
    text: BLOCK_JA('サービスコントロールポリシーによってアクションが明示的に拒否されています'),
    expect: { action: 'ec2:DescribeInstances', policyType: 'scp', denyKind: 'explicit' },
  },
  {
    name: 'Japanese block: permissions boundary',
    text: BLOCK_JA('アクションを許可するアクセス許可の境界がありません'),
    expect: { policyType: 'boundary', denyKind: 'implicit' },
  },
  {
    name: 'Japanese block with a qualified resource label',
    text: [
      'ユーザー: arn:aws:iam::111122223333:user/dev',
      'アクション: kms:ListKeys',
      'リソース (複数): *',
      'コンテキスト: アクションを許可するアイデンティティベースのポリシーがありません',
    ].join('\n'),
    expect: { principal: 'arn:aws:iam::111122223333:user/dev', action: 'kms:ListKeys', resource: '*', policyType: 'identity', denyKind: 'implicit' },
  },
  {
    name: "S3's empty state names the one action",
    text: "You don't have permissions to list buckets\nAfter you or your AWS administrator has updated your permissions to allow the s3:ListAllMyBuckets action, refresh the page.",
    expect: { action: 's3:ListAllMyBuckets', principal: null, policyType: 'unknown', denyKind: 'unknown' },
  },
  {
    name: "S3's empty state in Japanese",
    text: 'バケットを一覧表示するアクセス許可がありません\nお客様または AWS 管理者が s3:ListAllMyBuckets アクションを許可するようにアクセス許可を更新した後、ページを更新してください。',
    expect: { action: 's3:ListAllMyBuckets' },
  },
  {
    name: "Billing's page without permission",
    text: "You don't have permission to perform billing:GetBillingDetails. Contact your administrator.",
    expect: { action: 'billing:GetBillingDetails' },
  },
  {
    name: 'Cost Explorer: insufficient permissions',
    text: 'Insufficient permissions\nYou need permission to perform ce:GetCostAndUsage to view this page.',
    expect: { action: 'ce:GetCostAndUsage' },
  },
  {
    name: 'Billing: IAM user access to Billing information is not activated',
    text: "You don't have permission to perform ce:DescribeReport\nIAM user access not activated",
    expect: { action: 'ce:DescribeReport', accountSetting: 'billing-iam-access' },
  },
  {
    name: 'status reason with an API prefix and an encoded message',
    text: 'API: ec2:RunInstances You are not authorized to perform this operation. Encoded authorization failure message: abcDEF123',
    expect: { action: 'ec2:RunInstances', encoded: true, principal: null },
  },
  {
    name: 'an alert naming two actions does not pick one',
    text: 'Access denied: this page needs s3:GetObject and kms:Decrypt',
    expect: { action: null },
  },
  {
    name: 'a list of allowed actions is no denial',
    text: 'Allowed actions: s3:GetObject',
    expect: null,
  },
];
