// The advice lint (tests/support/advice-lint.ts) over every explanation of real denials — the shared corpus (when
// ../shared is there), the project's own collected denials (tests/data) and the hand-written examples of these
// tests — in both languages: every proposed document is valid for its kind, names real actions and clean ARNs, fits
// the action's resources, keeps guardrails, and is "certain" only where the message names the layer. For every
// explicit deny, the IAM engine shows the edit still denies another principal, here and on other resources.
import { beforeAll, describe, expect, it } from 'vitest';
import { explainWith } from '../../../lib/explain/core';
import type { IamIndex } from '../../../lib/iam/index';
import type { Explanation, Finding } from '../../../lib/model';
import { parse } from '../../../lib/parse/index';
import { lintExplanation } from '../../support/advice-lint';
import { ownDenials, sharedCorpus, SHARED_CORPUS } from '../../support/corpora';
import { checkExplanation } from '../../support/fix-check';
import { allServices } from '../iam/all-services';
import { finding, ROLE, sentence, SESSION, USER } from './support';

let iam: IamIndex;
beforeAll(() => {
  iam = allServices();
});

interface Case {
  id: string;
  finding: Finding;
  context: string;
}

const casesOf = (lines: Array<{ id: string; text: string }>): Case[] =>
  lines.flatMap((l) => parse(l.text).map((f, i, all) => ({ id: all.length > 1 ? `${l.id}#${i + 1}` : l.id, finding: f, context: l.text })));

/** Hand-written denials of every layer, deny kind and principal shape, beside the real ones. */
const HANDWRITTEN: Case[] = [
  sentence(SESSION, 's3:GetObject', 'arn:aws:s3:::b/k', { policyType: 'identity', denyKind: 'implicit' }),
  sentence(SESSION, 's3:PutObject', 'arn:aws:s3:::b/k', { policyType: 'scp', denyKind: 'explicit', policyArn: 'arn:aws:organizations::999999999999:policy/o-abc123/service_control_policy/p-abcd1234' }),
  sentence(SESSION, 's3:PutObject', 'arn:aws:s3:::b/k', { policyType: 'rcp', denyKind: 'explicit' }),
  sentence(USER, 'iam:CreateRole', 'arn:aws:iam::111122223333:role/x', { policyType: 'boundary', denyKind: 'explicit' }),
  sentence(SESSION, 'dynamodb:GetItem', 'arn:aws:dynamodb:us-east-1:111122223333:table/t', { policyType: 'vpce', denyKind: 'explicit' }),
  sentence(ROLE, 'secretsmanager:GetSecretValue', 'arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf', { policyType: 'resource', denyKind: 'explicit' }),
  sentence(SESSION, 'sqs:SendMessage', 'arn:aws:sqs:us-east-1:444455556666:q', { policyType: 'resource', denyKind: 'implicit' }),
  sentence(SESSION, 'sts:TagSession', 'arn:aws:iam::444455556666:role/deployer', { policyType: 'unknown', denyKind: 'unknown' }),
  sentence('arn:aws:sts::XXXX:assumed-role/ci/build', 'kms:Decrypt', 'arn:aws:kms:eu-west-2:YYYY:key/1234abcd-12ab-34cd-56ef-1234567890ab', { policyType: 'unknown', denyKind: 'unknown' }),
  sentence(SESSION, 'ecr:BatchGetImage', 'arn:aws:ecr:us-east-1:444455556666:repository/app', { policyType: 'identity', denyKind: 'implicit' }),
  sentence(SESSION, 'iam:PassRole', 'arn:aws:iam::111122223333:role/app-task', { policyType: 'identity', denyKind: 'implicit' }),
  sentence(SESSION, 'cloudformation:DescribeStacks', 'arn:aws:cloudformation:us-east-1:111122223333:stack/app/', { policyType: 'identity', denyKind: 'implicit' }),
  finding({ operation: 'PutBucketPolicy', errorCode: 'AccessDenied', message: 'An error occurred (AccessDenied) when calling the PutBucketPolicy operation: Access Denied' }),
  finding({ operation: 'ListBuckets', errorCode: 'AccessDenied', message: 'An error occurred (AccessDenied) when calling the ListBuckets operation: Access Denied' }),
].map((f, i) => ({ id: `hand-${i + 1}`, finding: f, context: f.message }));

function lintAll(cases: Case[]): { issues: string[]; documents: number; explicit: Explanation[] } {
  const issues: string[] = [];
  let documents = 0;
  const explicit: Explanation[] = [];
  for (const c of cases) {
    const en = explainWith(c.finding, iam, { lang: 'en', context: c.context });
    const ja = explainWith(c.finding, iam, { lang: 'ja', context: c.context });
    // The documents do not depend on the language: one fix, two languages of prose.
    expect(ja.fixes.map((f) => [f.target, f.who, f.attachTo, f.policy, f.edit ?? null]), c.id).toEqual(en.fixes.map((f) => [f.target, f.who, f.attachTo, f.policy, f.edit ?? null]));
    if (c.finding.category !== 'access-denied') continue;
    documents += en.fixes.filter((f) => f.policy || f.edit).length;
    for (const x of lintExplanation(en, iam)) issues.push(`${c.id} ${x.rule}: ${x.where}: ${x.detail}`);
    if (en.fixes.some((f) => f.edit)) explicit.push(en);
  }
  return { issues, documents, explicit };
}

/** Edits of a deny that let another principal through, on the denied resource or another one. */
async function guardrailsBroken(explanations: Explanation[]): Promise<string[]> {
  const out: string[] = [];
  for (const e of explanations) {
    const check = await checkExplanation(e);
    for (const c of check.checked) {
      if (!e.fixes[c.index]?.edit) continue;
      const others = c.probes.filter((p) => p.what.startsWith('another principal'));
      if (others.length === 0) out.push(`${e.finding.message.slice(0, 80)}: no probe of another principal`);
      for (const p of others) if (!p.ok) out.push(`${e.finding.message.slice(0, 80)}: ${p.what} → ${p.result}`);
    }
  }
  return out;
}

describe('advice lint', () => {
  const shared = sharedCorpus();
  it.skipIf(!shared)(`passes every explanation of the shared corpus${shared ? '' : ` (skipped: no corpus at ${SHARED_CORPUS})`}`, async () => {
    const { issues, documents, explicit } = lintAll(casesOf(shared ?? []));
    expect(documents).toBeGreaterThan(100);
    expect(issues).toEqual([]);
    expect(await guardrailsBroken(explicit)).toEqual([]);
  }, 60_000);

  it('passes every explanation of the collected real denials (tests/data)', async () => {
    const { issues, documents, explicit } = lintAll(casesOf(ownDenials()));
    expect(documents).toBeGreaterThan(80);
    expect(issues).toEqual([]);
    expect(await guardrailsBroken(explicit)).toEqual([]);
  }, 60_000);

  it('passes every hand-written example', async () => {
    const { issues, explicit } = lintAll(HANDWRITTEN);
    expect(issues).toEqual([]);
    expect(explicit.length).toBeGreaterThan(3);
    expect(await guardrailsBroken(explicit)).toEqual([]);
  });
});

describe('the lint is not a rubber stamp', () => {
  const base = (): Explanation => explainWith(sentence(SESSION, 's3:GetObject', 'arn:aws:s3:::b/k', { policyType: 'scp', denyKind: 'explicit' }), iam, 'en');
  const withFix = (fix: Partial<Explanation['fixes'][number]>): Explanation => {
    const e = base();
    return { ...e, fixes: [{ target: 'identity-policy', who: 'account-admin', attachTo: null, policy: null, note: '', placeholders: [], ...fix }] };
  };
  const rules = (e: Explanation) => lintExplanation(e, iam).map((x) => x.rule);
  const doc = (st: object) => ({ Version: '2012-10-17' as const, Statement: [st as never] });

  it('flags a trust policy with Resource, an action without prefix or not in the reference, a dirty ARN', () => {
    expect(rules(withFix({ target: 'trust-policy', policy: doc({ Effect: 'Allow', Principal: { AWS: ROLE }, Action: 'sts:AssumeRole', Resource: '*' }) }))).toContain('validator');
    expect(rules(withFix({ policy: doc({ Effect: 'Allow', Action: 'GetObject', Resource: 'arn:aws:s3:::b/k' }) }))).toContain('action');
    expect(rules(withFix({ policy: doc({ Effect: 'Allow', Action: 'ec2:CreateRole', Resource: '*' }) }))).toContain('action');
    for (const arn of ['`arn:aws:s3:::b/k`', 'arn:aws:s3:::b/k.', 'arn:aws:s3:::b/k ---> Amazon.Runtime', '**arn:aws:s3:::b/k**', 'arn:aws:s3:::b/k"']) {
      expect(rules(withFix({ policy: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: arn }) })), arn).toContain('arn');
    }
  });

  it('flags resources that do not fit the action', () => {
    expect(rules(withFix({ policy: doc({ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: 'arn:aws:s3:::b' }) }))).toContain('resource');
    expect(rules(withFix({ policy: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/' }) }))).toContain('resource');
    expect(rules(withFix({ policy: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b' }) }))).toContain('resource');
  });

  it('flags a deny rewritten to paste, a wildcard exemption, an exemption of someone else', () => {
    expect(rules(withFix({ target: 'scp', policy: doc({ Effect: 'Deny', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::b/k' }) }))).toContain('guardrail');
    expect(rules(withFix({ target: 'scp', edit: { action: 's3:GetObject', addCondition: { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/*' } } } }))).toContain('guardrail');
    expect(rules(withFix({ target: 'scp', edit: { action: 's3:GetObject', addCondition: { ArnNotEquals: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/Other' } } } }))).toContain('guardrail');
    expect(rules(withFix({ target: 'scp', edit: { action: 's3:GetObject', addCondition: { StringNotEquals: { 'aws:PrincipalAccount': '111122223333' } } } }))).toContain('guardrail');
    expect(rules(withFix({ target: 'scp', edit: { action: 's3:GetObject', addCondition: { ArnNotEquals: { 'aws:PrincipalArn': ROLE } } } }))).toEqual([]);
  });

  it('flags "certain" where the message does not name the layer, and unlisted placeholders', () => {
    const e = explainWith(sentence(SESSION, 'sts:AssumeRole', 'arn:aws:iam::111122223333:role/x', { policyType: 'unknown', denyKind: 'unknown' }), iam, 'en');
    expect(rules({ ...e, causes: [{ policyType: 'trust', likelihood: 'certain', reason: '' }] })).toContain('confidence');
    expect(rules(withFix({ policy: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::BUCKET_NAME/k' }) }))).toContain('placeholder');
  });

  it('takes a capitalised name the message printed for a name, not a placeholder', () => {
    const caller = 'arn:aws:sts::111122223333:assumed-role/ATX_EXECUTION_ROLE/s';
    const e = explainWith(sentence(caller, 's3:GetObject', 'arn:aws:s3:::b/k', { policyType: 'unknown', denyKind: 'unknown' }), iam, 'en');
    const named = { ...e, fixes: [{ target: 'identity-policy' as const, who: 'account-admin' as const, attachTo: 'arn:aws:iam::111122223333:role/ATX_EXECUTION_ROLE', policy: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/k' }), note: '', placeholders: [] }] };
    expect(rules(named)).not.toContain('placeholder');
    const other = { ...named, fixes: [{ ...named.fixes[0]!, attachTo: 'arn:aws:iam::111122223333:role/OTHER_ROLE' }] };
    expect(rules(other)).toContain('placeholder');
  });
});
