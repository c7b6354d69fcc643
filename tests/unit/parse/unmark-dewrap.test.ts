import { describe, expect, it } from 'vitest';
import { dewrap } from '../../../lib/parse/dewrap';
import { unmark } from '../../../lib/parse/unmark';

describe('unmark', () => {
  it('drops paired bold markers but keeps masks', () => {
    expect(unmark('role/**CreateCustomerFunction** is not')).toBe('role/CreateCustomerFunction is not');
    expect(unmark('arn:aws:sts::***:assumed-role/x ***REDACTED**')).toBe('arn:aws:sts::***:assumed-role/x ***REDACTED**');
  });

  it('drops bold around an ARN that ends in a wildcard, keeping the wildcard; a masked ARN keeps its stars', () => {
    expect(unmark('on resource: **arn:aws:cloudformation:us-east-1:111122223333:stack/app/*** now')).toBe('on resource: arn:aws:cloudformation:us-east-1:111122223333:stack/app/* now');
    expect(unmark('"arn": "arn:aws:sts::**:assumed-role/karpenter-****/***"')).toBe('"arn": "arn:aws:sts::**:assumed-role/karpenter-****/***"');
  });

  it('turns an autolink back into its text, leaves other links alone', () => {
    expect(unmark('user [alice@example.com](mailto:alice@example.com) is')).toBe('user alice@example.com is');
    expect(unmark('see [docs](https://example.com/other)')).toBe('see [docs](https://example.com/other)');
    // An editor's links of a host (scheme and slash added) and of an address with a colon (escaped as %3A).
    expect(unmark('"eventSource": "[kms.amazonaws.com](http://kms.amazonaws.com/)"')).toBe('"eventSource": "kms.amazonaws.com"');
    expect(unmark('"principalId": "[AROAEXAMPLE:ana@example.com](mailto:AROAEXAMPLE%3Aana@example.com)"')).toBe('"principalId": "AROAEXAMPLE:ana@example.com"');
    expect(unmark('[example.com](https://example.com/docs/)')).toBe('[example.com](https://example.com/docs/)');
    // A mail link shows its text only, also when an editor linked part of an ARN.
    expect(unmark("resource `arn:aws:ses:us-east-1:111122223333:[identity/](mailto:identity/a@example.com)xxxx'")).toBe("resource `arn:aws:ses:us-east-1:111122223333:identity/xxxx'");
  });
});

describe('dewrap', () => {
  it('joins an action cut by a terminal wrap', () => {
    const text = 'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: s3:GetOb\nject on resource: arn:aws:s3:::b/k';
    expect(dewrap(text)).toContain('s3:GetObject on resource');
  });

  it("keeps the next command's shell prompt off an ARN that ends its line", () => {
    const text =
      'An error occurred (AccessDenied) when calling the GetBucketPolicy operation: User: arn:aws:iam::111122223333:user/ops is not authorized to perform: s3:GetBucketPolicy on resource: arn:aws:s3:::logs-archive-2026\nubuntu@ip-10-0-0-5:~$ aws s3 ls\n[ops@bastion tmp]$ exit\nroot@build-01:/srv/app# make';
    expect(dewrap(text)).toBe(text);
  });

  it('joins a refusal constant cut in two, keeps two whole constants apart, and a macOS prompt after an ARN', () => {
    expect(dewrap('12:00:01.000|ERROR|ProducerCallback.cpp:46|STATUS_SERVICE_CALL_NOT_AUTHORIZE\nD_ERROR')).toBe(
      '12:00:01.000|ERROR|ProducerCallback.cpp:46|STATUS_SERVICE_CALL_NOT_AUTHORIZED_ERROR',
    );
    const two = '12:00:01.000|ERROR|ProducerCallback.cpp:46|STATUS_SERVICE_CALL_NOT_AUTHORIZED_ERROR\nSTATUS_SERVICE_CALL_NOT_AUTHORIZED_ERROR';
    expect(dewrap(two)).toBe(two);
    const prompt = 'User: arn:aws:sts::111122223333:assumed-role/a/b is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/x\nMac:dir me$ ls';
    expect(dewrap(prompt)).toBe(prompt);
  });

  it('keeps a break between two whole sentences', () => {
    const text = 'Access denied.\nPlease contact your administrator.';
    expect(dewrap(text)).toBe(text);
  });

  it('joins a long Japanese line cut between two letters, keeps short lines and ended sentences apart', () => {
    const cut = 'ユーザー: arn:aws:iam::111122223333:user/taro には、リソース arn:aws:s3:::reports に対して s3:GetObject を実行する権限がありま\nせん。';
    expect(dewrap(cut)).toContain('権限がありません。');
    const heading = 'アクセスが拒否されました\nユーザー: arn:aws:iam::111122223333:user/taro';
    expect(dewrap(heading)).toBe(heading);
    const ended = 'ユーザー: arn:aws:iam::111122223333:user/taro には s3:GetObject を実行する権限がありません。\n管理者に連絡してください。';
    expect(dewrap(ended)).toBe(ended);
  });
});
