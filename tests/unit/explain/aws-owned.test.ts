// Roles and policies AWS owns: a denied change to them is explained as AWS's (no Allow to paste), and only the
// changes IAM really refuses count — the ordinary permissions on the same entities keep their fixes.
import { describe, expect, it } from 'vitest';
import { awsOwned } from '../../../lib/explain/aws-owned';
import { explain } from '../../../lib/explain/index';
import { verdict } from '../../../lib/explain/verdict';
import type { Explanation } from '../../../lib/model';
import { parse } from '../../../lib/parse/index';
import { notFixableReason } from '../../../scripts/eval/_fixable';
import { evaluate } from '../../support/iam-engine';

const SSO_ROLE = 'arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_Data_Engineer_0123456789abcdef';
const SLR = 'arn:aws:iam::111122223333:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport';
const MANAGED = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

const denial = (action: string, resource: string, tail = ` because no identity-based policy allows the ${action} action`) =>
  `User: arn:aws:sts::111122223333:assumed-role/platform-admin/jo is not authorized to perform: ${action} on resource: ${resource}${tail}`;

async function explained(text: string, lang: 'en' | 'ja' = 'en'): Promise<Explanation> {
  const [f] = parse(text);
  expect(f).toBeDefined();
  return explain(f!, { lang, context: text });
}

describe('awsOwned', () => {
  it.each([
    ['iam:CreateRole', SSO_ROLE, { kind: 'sso-role', name: 'Data_Engineer' }],
    ['iam:PutRolePolicy', SSO_ROLE, { kind: 'sso-role', name: 'Data_Engineer' }],
    ['iam:DetachRolePolicy', SLR, { kind: 'service-linked-role', name: 'AWSServiceRoleForSupport' }],
    ['iam:CreatePolicyVersion', MANAGED, { kind: 'managed-policy', name: 'ReadOnlyAccess' }],
    ['IAM:deletepolicy', 'arn:aws-us-gov:iam::aws:policy/service-role/AWSConfigRole', { kind: 'managed-policy', name: 'AWSConfigRole' }],
    // A masked account keeps the role AWS's.
    ['iam:TagRole', 'arn:aws:iam::XXXXXX:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_ReadOnly_c86792cc4b864594', { kind: 'sso-role', name: 'ReadOnly' }],
  ])('%s on %s is AWS’s', (action, resource, want) => {
    expect(awsOwned(action, resource)).toEqual(want);
  });

  it.each([
    // What anyone may do with them stays an ordinary permission.
    ['iam:GetRole', SSO_ROLE],
    ['iam:PassRole', SSO_ROLE],
    ['iam:DeleteServiceLinkedRole', SLR],
    ['iam:UpdateRoleDescription', SLR],
    ['iam:AttachRolePolicy', MANAGED],
    ['iam:GetPolicyVersion', MANAGED],
    // A customer managed policy or a role of an ordinary path is the account's own.
    ['iam:CreatePolicyVersion', 'arn:aws:iam::111122223333:policy/ReadOnlyAccess'],
    ['iam:PutRolePolicy', 'arn:aws:iam::111122223333:role/service-role/codebuild-app'],
    ['iam:PutRolePolicy', 'arn:aws:iam::111122223333:role/team/aws-reserved-like'],
    ['s3:GetObject', 'arn:aws:s3:::aws-reserved/x'],
    ['iam:CreateRole', null],
    [null, SSO_ROLE],
  ])('%s on %s is not', (action, resource) => {
    expect(awsOwned(action, resource)).toBeNull();
  });
});

describe('explaining a refused change to what AWS owns', () => {
  it('an Identity Center role: no Allow, the permission set instead, by the org admin', async () => {
    const text = denial('iam:PutRolePolicy', SSO_ROLE);
    const e = await explained(text);
    expect(e.verdict).toContain('IAM Identity Center owns');
    expect(e.verdict).toContain('Data_Engineer');
    expect(e.causes).toHaveLength(1);
    expect(e.causes[0]).toMatchObject({ policyType: 'unknown', likelihood: 'certain' });
    expect(e.causes[0]!.reason).toContain('UnmodifiableEntity');
    expect(e.fixes).toHaveLength(1);
    expect(e.fixes[0]).toMatchObject({ who: 'org-admin', policy: null, attachTo: null });
    expect(e.fixes[0]!.note).toContain('permission set Data_Engineer');
    expect(e.adminRequest).not.toContain('"Effect": "Allow"');
    // The eval counts it as explained, not as a fix for the engine to confirm.
    expect(await notFixableReason(parse(text)[0]!, text)).toMatch(/AWS owns/);
  });

  it('so does the engine: an Allow of the change still leaves it denied', async () => {
    const allow = { Version: '2012-10-17' as const, Statement: [{ Effect: 'Allow' as const, Action: 'iam:PutRolePolicy', Resource: SSO_ROLE }] };
    const req = { principal: 'arn:aws:iam::111122223333:role/platform-admin', action: 'iam:PutRolePolicy', resourceAccount: '111122223333', context: {} };
    expect((await evaluate({ ...req, resource: SSO_ROLE }, { identity: [allow] })).result).toBe('ImplicitlyDenied');
    const own = 'arn:aws:iam::111122223333:role/platform-admin';
    expect((await evaluate({ ...req, resource: own }, { identity: [{ ...allow, Statement: [{ ...allow.Statement[0]!, Resource: own }] }] })).result).toBe('Allowed');
  });

  it('an explicit deny named on the same change still ranks AWS’s ownership alone (lifting the deny changes nothing)', async () => {
    const e = await explained(denial('iam:DeleteRole', SSO_ROLE, ' with an explicit deny in a service control policy'));
    expect(e.causes.map((c) => c.likelihood)).toEqual(['certain']);
    expect(e.fixes.every((f) => f.policy === null && !f.edit)).toBe(true);
  });

  it('a service-linked role: leave it, delete it with DeleteServiceLinkedRole', async () => {
    const e = await explained(denial('iam:DetachRolePolicy', SLR));
    expect(e.verdict).toContain('service-linked role');
    expect(e.fixes[0]).toMatchObject({ who: 'account-admin', policy: null });
    expect(e.fixes[0]!.note).toContain('aws iam delete-service-linked-role --role-name AWSServiceRoleForSupport');
  });

  it('an AWS managed policy: copy it into a customer managed one', async () => {
    const e = await explained(denial('iam:CreatePolicyVersion', MANAGED));
    expect(e.verdict).toContain('AWS managed policy');
    expect(e.fixes[0]!.note).toContain(`aws iam get-policy --policy-arn ${MANAGED}`);
  });

  it('in Japanese too', async () => {
    const e = await explained(denial('iam:PutRolePolicy', SSO_ROLE), 'ja');
    expect(e.verdict).toContain('IAM Identity Center が所有するロール');
    expect(e.fixes[0]!.note).toContain('アクセス許可セット Data_Engineer');
    expect(e.causes[0]!.reason).toContain('UnmodifiableEntity');
  });

  it('an ordinary permission on the same role keeps its Allow', async () => {
    const e = await explained(denial('iam:GetRole', SSO_ROLE));
    const allow = e.fixes.find((f) => f.policy)?.policy?.Statement[0];
    expect(allow).toMatchObject({ Effect: 'Allow', Action: 'iam:GetRole' });
  });
});

describe('the checks of a refused change to what AWS owns', () => {
  it('show the owner and where to change it, not the caller’s missing Allow', async () => {
    const e = await explained(denial('iam:PutRolePolicy', SSO_ROLE));
    expect(e.steps[0]!.title).toContain('permission set `Data_Engineer`');
    expect(e.steps[0]!.command).toContain('grep -w -- Data_Engineer');
    const commands = e.steps.map((s) => s.command ?? '').join('\n');
    expect(commands).not.toContain('simulate-principal-policy');
    expect(commands).not.toContain('list-attached-role-policies --role-name platform-admin');
    expect(e.commands.map((c) => c.command)).toContain(e.steps[0]!.command);
  });

  it('name the service-linked role and the managed policy as printed', async () => {
    const slr = await explained(denial('iam:DetachRolePolicy', SLR));
    expect(slr.steps[0]!.command).toBe("aws iam get-role --role-name AWSServiceRoleForSupport --query 'Role.[Path,Description]' --output text");
    const managed = await explained(denial('iam:CreatePolicyVersion', MANAGED));
    expect(managed.steps[0]!.command).toContain(`aws iam get-policy --policy-arn ${MANAGED} --query Policy.DefaultVersionId`);
    expect(managed.steps[0]!.command).toContain('aws iam create-policy --policy-name ReadOnlyAccess-copy');
  });
});

describe('the console card', () => {
  it('says who changes it without the IAM data', () => {
    const [f] = parse(denial('iam:PutRolePolicy', SSO_ROLE));
    expect(verdict(f!, 'en')).toMatchObject({ who: 'org-admin', likelihood: 'certain' });
    const [m] = parse(denial('iam:DeletePolicy', MANAGED));
    expect(verdict(m!, 'en').who).toBe('account-admin');
  });
});
