// The card's verdict: one line, the layer and who must act — without the IAM index, so the content script stays
// small (DESIGN: the content script aims at ≤ 15 kB gzip in all).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { verdict } from '../../../lib/explain/verdict';
import { finding, sentence, SESSION, USER } from './support';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('verdict', () => {
  it('names the action, the layer, the target and who acts', () => {
    const v = verdict(sentence(SESSION, 's3:ListBucket', 'arn:aws:s3:::b', { policyType: 'identity', denyKind: 'implicit' }), 'en');
    expect(v).toEqual({
      text: 'No identity-based policy allows s3:ListBucket — add it to role Dev',
      layer: 'identity',
      layerLabel: 'Identity-based policy',
      who: 'account-admin',
      whoLabel: 'Account administrator',
      likelihood: 'certain',
    });
    const ja = verdict(sentence(SESSION, 's3:ListBucket', 'arn:aws:s3:::b', { policyType: 'identity', denyKind: 'implicit' }), 'ja');
    expect(ja.text).toBe('s3:ListBucket を許可するアイデンティティベースのポリシーがありません — ロール Dev に追加してください');
    expect(ja.layerLabel).toBe('アイデンティティベースのポリシー');
  });

  it.each([
    [sentence(USER, 'ec2:DescribeRegions', null, { policyType: 'scp', denyKind: 'explicit' }), 'scp', 'org-admin', 'A service control policy denies ec2:DescribeRegions'],
    [sentence(USER, 'iam:CreateRole', 'arn:aws:iam::111122223333:role/x', { policyType: 'boundary', denyKind: 'explicit' }), 'boundary', 'account-admin', 'The permissions boundary of user bob denies iam:CreateRole'],
    [sentence(SESSION, 's3:GetObject', 'arn:aws:s3:::b/k', { policyType: 'session', denyKind: 'implicit' }), 'session', 'you', 'The session policy does not allow s3:GetObject'],
    [sentence(SESSION, 'sts:AssumeRole', 'arn:aws:iam::111122223333:role/deployer', { policyType: 'unknown', denyKind: 'unknown' }), 'trust', 'account-admin', 'Probably the trust policy of role deployer does not let role Dev call sts:AssumeRole'],
    [sentence(SESSION, 'kms:Decrypt', 'arn:aws:kms:us-east-1:444455556666:key/k', { policyType: 'resource', denyKind: 'implicit' }), 'resource', 'resource-owner', 'No resource-based policy on arn:aws:kms:us-east-1:444455556666:key/k allows kms:Decrypt for role Dev'],
    // A KMS key admits even its account's root user only through its key policy.
    [finding({ principal: 'arn:aws:iam::111122223333:root', principalType: 'root', action: 'kms:DisableKey' }), 'resource', 'resource-owner', 'The KMS key policy probably does not allow kms:DisableKey'],
    [finding({ principal: 'arn:aws:iam::111122223333:root', principalType: 'root', action: 'ec2:RunInstances' }), 'scp', 'org-admin', 'The root user was denied ec2:RunInstances'],
    [finding({ category: 'credentials', policyType: null, denyKind: null, errorCode: 'ExpiredToken', message: 'ExpiredToken: The security token included in the request is expired' }), 'credentials', 'you', 'The credentials have expired'],
    [finding({ message: 'Access Denied' }), 'identity', 'account-admin', 'Access was denied — the message does not say which action'],
    // Athena names the S3 location it was refused, not the action: its wording says which direction failed.
    [finding({ resource: 'arn:aws:s3:::lake/raw/x.parquet', message: 'Permission denied on S3 path: s3://lake/raw/x.parquet' }), 'identity', 'account-admin', 'Athena could not read arn:aws:s3:::lake/raw/x.parquet — the identity running the query probably lacks s3:GetObject and s3:ListBucket there'],
    [finding({ resource: 'arn:aws:s3:::results/q.csv', message: 'Access denied when writing output to url: s3://results/q.csv' }), 'identity', 'account-admin', 'Athena could not write query results to arn:aws:s3:::results/q.csv'],
    // A resource without an action in any other wording: the verdict names what it has.
    [finding({ resource: 'arn:aws:s3:::lake/raw/x.parquet', message: 'Access to arn:aws:s3:::lake/raw/x.parquet is forbidden' }), 'identity', 'account-admin', 'Access to arn:aws:s3:::lake/raw/x.parquet was denied — the message does not say which action'],
    // A rejection without a printed code says so, with no "?" where the code would be.
    [finding({ category: 'credentials', policyType: null, denyKind: null, errorCode: null, message: 'The request was rejected: credentials not accepted' }), 'credentials', 'you', 'The credentials were rejected — check'],
  ])('case %#', (f, layer, who, text) => {
    const v = verdict(f, 'en');
    expect(v.layer).toBe(layer);
    expect(v.who).toBe(who);
    expect(v.text.startsWith(text)).toBe(true);
    expect(verdict(f, 'ja').text).toMatch(/[\u3040-\u30ff]/);
  });

  it('does not import the IAM index and stays small', async () => {
    const result = await build({
      entryPoints: [resolve(root, 'lib/explain/verdict.ts')],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      metafile: true,
      logLevel: 'silent',
      absWorkingDir: root,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => /lib\/iam\/(generated|index|load)|lib\/i18n\/explain\.ts|arn-template/.test(i))).toEqual([]);
    const gzip = gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array()).length;
    // Both languages' verdict texts (≈3 kB) and the operation → action map (≈2.3 kB) are most of it; reading the
    // clues that decide the first cause (a named layer, SSE-KMS, a CDK role, an access point, a KMS ciphertext
    // message, an account setting such as billing access, Athena's refused location, an unsigned request, a service
    // principal) adds ≈2.5 kB; operations printed as Ruby or Python methods (`assume_role`) and the calls only one
    // service has a few hundred bytes; the principal shapes read by hand (an ARN quoted from its account on, a role
    // retyped under sts) a few dozen; a change only AWS makes (an Identity Center or service-linked role, an AWS managed
    // policy: aws-owned.ts and its three verdicts in both languages) ≈0.5 kB, and so do the verdicts of the credentials
    // failures fixed outside a profile (API Gateway's unknown route, CloudFront's signed URLs, an identity pool's guests,
    // a database's IAM token); the services a caller names itself by (CodeBuild, CloudWatch Alarms → their service
    // principals, ≈0.2 kB), STS not activated in a Region (an account setting, ≈0.2 kB in both languages) and a
    // signature for the wrong region (a credentials kind with its verdict in both languages, ≈0.2 kB), an image EC2
    // will not launch for the account and an Aurora DSQL token for the other action (their clues and verdicts in both
    // languages, ≈0.6 kB), a role ARN written wrong for sts:AssumeRole (its verdict in both languages, ≈0.15 kB), and
    // Redshift's database user read as Redshift and a name IAM cannot hold read as a placeholder (≈0.05 kB), and an EKS
    // cluster's own authorization refusing an IAM identity (its verdict in both languages, ≈0.15 kB) the rest.
    // It loads with the card's engine chunk, not the content script's first bytes.
    expect(gzip).toBeLessThan(18.4 * 1024);
  });
});
