import { describe, expect, it } from 'vitest';
import {
  actionOnlyFinding,
  actionsIn,
  apiPrefixAction,
  blockSentence,
  readContext,
  readDiagnosticBlock,
} from '../../../lib/detect/console-phrasing';

describe('diagnostic block', () => {
  it('reads the English block into the IAM sentence', () => {
    const text = [
      'Access denied to iam:ListUsers',
      "You don't have permission to iam:ListUsers. To request access, copy the following text and send it to your AWS administrator.",
      'User: arn:aws:iam::111122223333:user/test-user',
      'Service: iam',
      'Action: iam:ListUsers',
      'On resource(s): arn:aws:iam::111122223333:user/',
      'Context: no identity-based policy allows the action',
      'Copy',
    ].join('\n');
    const block = readDiagnosticBlock(text);
    expect(block).toEqual({
      user: 'arn:aws:iam::111122223333:user/test-user',
      action: 'iam:ListUsers',
      resource: 'arn:aws:iam::111122223333:user/',
      context: 'no identity-based policy allows the action',
    });
    expect(blockSentence(block!)).toBe(
      'User: arn:aws:iam::111122223333:user/test-user is not authorized to perform: iam:ListUsers on resource: ' +
        'arn:aws:iam::111122223333:user/ because no identity-based policy allows the iam:ListUsers action',
    );
  });

  it('reads Japanese labels and context', () => {
    const text = [
      'sqs:ListQueues へのアクセスが拒否されました',
      'ユーザー: arn:aws:sts::444455556666:assumed-role/Ops/bob',
      'サービス: sqs',
      'アクション: sqs:ListQueues',
      'リソース: *',
      'コンテキスト: アクションを許可するセッションポリシーがありません',
    ].join('\n');
    const block = readDiagnosticBlock(text)!;
    expect(block.user).toBe('arn:aws:sts::444455556666:assumed-role/Ops/bob');
    expect(block.resource).toBe('*');
    expect(blockSentence(block)).toBe(
      'User: arn:aws:sts::444455556666:assumed-role/Ops/bob is not authorized to perform: sqs:ListQueues on resource: * ' +
        'because no session policy allows the sqs:ListQueues action',
    );
  });

  it('says explicit deny for explicit contexts, and nothing for an unknown one', () => {
    expect(readContext('a service control policy explicitly denies the action')).toEqual({ policyType: 'scp', denyKind: 'explicit' });
    expect(readContext('サービスコントロールポリシーによってアクションが明示的に拒否されています')).toEqual({
      policyType: 'scp',
      denyKind: 'explicit',
    });
    expect(readContext('no permissions boundary allows the action')).toEqual({ policyType: 'boundary', denyKind: 'implicit' });
    expect(readContext('something else')).toBeNull();
    const block = { user: 'arn:aws:iam::1:user/a', action: 's3:GetObject', resource: null, context: 'an explicit deny somewhere' };
    expect(blockSentence(block)).toBe('User: arn:aws:iam::1:user/a is not authorized to perform: s3:GetObject with an explicit deny');
  });

  it('is not fooled by an Actions button or a label without a real action', () => {
    expect(readDiagnosticBlock('Actions\nUser: arn:aws:iam::1:user/a\nAction: none')).toBeNull();
    expect(readDiagnosticBlock('Action: s3:GetObject')).toBeNull();
  });
});

describe('console-only sentences', () => {
  it('names the one action of an empty state or a permission alert', () => {
    const s3 = "You don't have permissions to list objects\nAfter you or your AWS administrator has updated your permissions to allow the s3:ListBucket action, refresh the page.";
    expect(actionOnlyFinding(s3, s3)).toMatchObject({ action: 's3:ListBucket', principal: null, policyType: 'unknown', denyKind: 'unknown' });
    const ja = 'オブジェクトを一覧表示するアクセス許可がありません\nお客様または AWS 管理者が s3:ListBucket アクションを許可するようにアクセス許可を更新した後';
    expect(actionOnlyFinding(ja, ja)?.action).toBe('s3:ListBucket');
    const billing = 'You don’t have permission to perform ce:GetCostAndUsage. Contact your administrator.';
    expect(actionOnlyFinding(billing, billing)?.action).toBe('ce:GetCostAndUsage');
    const insufficient = 'Insufficient permissions\nYou need permission to perform ce:GetCostAndUsage to view this page.';
    expect(actionOnlyFinding(insufficient, insufficient)?.action).toBe('ce:GetCostAndUsage');
  });

  it('stays silent without a lack-of-permission phrase or with several actions', () => {
    expect(actionOnlyFinding('Allowed actions: s3:GetObject', 'x')).toBeNull();
    expect(actionOnlyFinding('Access denied: needs s3:GetObject and kms:Decrypt', 'x')).toBeNull();
  });

  it('does not take ARN parts or labels for actions', () => {
    expect(actionsIn('arn:aws:lambda:us-east-1:111122223333:function:MyFunc Service:AmazonS3 Message:Stack s3:GetObject')).toEqual([
      's3:GetObject',
    ]);
  });

  it('reads the API prefix of status reasons', () => {
    expect(apiPrefixAction('API: ec2:CreateSecurityGroup You are not authorized to perform this operation.')).toBe('ec2:CreateSecurityGroup');
    expect(apiPrefixAction('API: ec2:A x API: ec2:B y')).toBeNull();
  });
});
