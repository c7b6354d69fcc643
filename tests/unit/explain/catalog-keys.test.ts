// Keys the explainer builds from a value (a layer, a fix target, a guard, an operation) are looked up in typed
// tables; these tests show each lookup lands on a sentence in both languages, never on the raw key.
import { beforeAll, describe, expect, it } from 'vitest';
import { fixTargetLabel } from '../../../lib/explain/admin-request';
import { explainWith } from '../../../lib/explain/core';
import type { IamIndex } from '../../../lib/iam/index';
import { loadIndex } from '../../../lib/iam/load';
import { translator } from '../../../lib/i18n/index';
import { verdictMessages } from '../../../lib/i18n/explain-verdict';
import type { Finding, Fix, Lang, PolicyType } from '../../../lib/model';
import { finding, sentence, SESSION } from './support';

let iam: IamIndex;
beforeAll(async () => {
  iam = await loadIndex(['s3', 'iam', 'sts', 'ssm', 'kms']);
});
const ex = (f: Finding, lang: Lang = 'en') => explainWith(f, iam, lang);
const KEYISH = /\b(?:layer|link\.doc|note\.(?:op|guard))\.[\w-]+/;

describe('fix target labels', () => {
  const targets: Fix['target'][] = ['identity-policy', 'trust-policy', 'resource-policy', 'permissions-boundary', 'scp', 'rcp', 'session-policy', 'vpc-endpoint-policy', 'credentials'];
  it.each(['en', 'ja'] as const)('every target has its own %s label', (lang) => {
    const tv = translator(verdictMessages, lang);
    const labels = targets.map((target) => fixTargetLabel({ tv }, target));
    for (const l of labels) expect(l).not.toMatch(KEYISH);
    expect(new Set(labels).size).toBe(targets.length);
  });
});

describe('documentation link of the top cause', () => {
  const cases: Array<[PolicyType, string, string]> = [
    ['identity', 'How AWS evaluates policies', 'ポリシーの評価論理'],
    ['scp', 'Service control policies', 'サービスコントロールポリシー (SCP)'],
    ['boundary', 'Permissions boundaries', 'アクセス許可の境界'],
    ['session', 'Session policies', 'セッションポリシー'],
  ];
  it.each(cases)('%s: titled "%s"', (policyType, en, ja) => {
    const f = sentence(SESSION, 'ssm:GetParameter', 'arn:aws:ssm:us-east-1:111122223333:parameter/x', { policyType, denyKind: policyType === 'scp' ? 'explicit' : 'implicit' });
    const e = ex(f);
    expect(e.causes[0]?.policyType).toBe(policyType);
    expect(e.links.map((l) => l.label)).toContain(en);
    expect(ex(f, 'ja').links.map((l) => l.label)).toContain(ja);
    for (const l of e.links) expect(l.label).not.toMatch(KEYISH);
  });
});

describe('operation notes', () => {
  it('ListObjectsV2 says it is authorized as s3:ListBucket on the bucket, in both languages', () => {
    const f = finding({ operation: 'ListObjectsV2', errorCode: 'AccessDenied', message: 'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied' });
    const en = JSON.stringify(ex(f).fixes.map((x) => x.note));
    expect(en).toContain('ListObjectsV2 is authorized as s3:ListBucket on the bucket, not on the objects.');
    const ja = JSON.stringify(ex(f, 'ja').fixes.map((x) => x.note));
    expect(ja).toContain('オブジェクトではなくバケットに対する s3:ListBucket として認可されます');
    expect(en + ja).not.toMatch(KEYISH);
  });
});

describe('guard notes', () => {
  it('a denying statement that tests MFA asks for MFA first', () => {
    const text = 'User: arn:aws:sts::111122223333:assumed-role/Dev/alice is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:111122223333:parameter/x with an explicit deny in a service control policy (condition aws:MultiFactorAuthPresent)';
    const f = { ...sentence(SESSION, 'ssm:GetParameter', 'arn:aws:ssm:us-east-1:111122223333:parameter/x', { policyType: 'scp', denyKind: 'explicit' }), message: text };
    const note = ex(f).fixes.map((x) => x.note).join('\n');
    expect(note).toContain('sign in with MFA');
    expect(note).not.toMatch(KEYISH);
  });
});
