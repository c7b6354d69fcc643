// IAM Access Troubleshooter (issue 12): an authorization ID makes reading the request's details the first step, the
// admin request carries the ID, the link and the command, and a pasted details answer with its policy document
// aims the fix at the very statement that denied — checked with the IAM engine.
import { describe, expect, it } from 'vitest';
import { formatExplanation } from '../../../lib/explain/format-text';
import { explain } from '../../../lib/explain/index';
import type { Explanation, Finding, Lang, PolicyDocument, PolicyStatement } from '../../../lib/model';
import { parse } from '../../../lib/parse/index';
import { authorizationDetailsUrl, authorizationWindow } from '../../../lib/steps/authorization';
import { evaluate } from '../../support/iam-engine';

const ID = 'EXAMPLE1a2b3c4d5e6f7g8h9i0j';
const LINK = `https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/authorization-details/${ID}`;
const COMMAND = `aws iam-toolbox get-request-authorization-details --authorization-id ${ID}`;
const MESSAGE = `User: arn:aws:iam::123456789012:user/janedoe is not authorized to perform: iam:CreateInstanceProfile on resource: arn:aws:iam::123456789012:instance-profile/my-instance-profile with an explicit deny in an identity-based policy: arn:aws:iam::123456789012:policy/ExampleDenyPolicy. Go to ${LINK} for complete details, or call the GetRequestAuthorizationDetails API with the following authorization id: ${ID}`;

const first = (text: string): Finding => {
  const f = parse(text)[0];
  if (!f) throw new Error('no finding');
  return f;
};

describe.each<Lang>(['en', 'ja'])('a denial with an authorization ID (%s)', (lang) => {
  it('reads the details first, with the link, the command and who can run it', async () => {
    const e = await explain(first(MESSAGE), { lang });
    const step = e.steps[0]!;
    expect(step.command).toBe(COMMAND);
    expect(step.url).toBe(LINK);
    expect(step.title).toContain(ID);
    expect(step.meaning).toContain('iam:GetRequestAuthorizationDetails');
    expect(step.meaning).toContain('24');
    expect(e.commands[0]?.command).toBe(COMMAND);
    expect(e.links[0]?.url).toBe(LINK);
  });

  it('hands the ID, the link and the command to the admin', async () => {
    const e = await explain(first(MESSAGE), { lang });
    const request = e.adminRequest;
    for (const part of [ID, LINK, COMMAND, 'iam:GetRequestAuthorizationDetails']) expect(request).toContain(part);
    // Before the proposed change: what the admin reads first.
    expect(request.indexOf(COMMAND)).toBeLessThan(request.indexOf('"Condition"'));
  });
});

describe('the details link', () => {
  it('is composed from the ID and the region, never the address as printed', () => {
    const hostile = { authorizationId: ID, authorizationUrl: `https://eu-west-1.console.aws.amazon.com/x"><img src=x onerror=alert(1)>?region=eu-west-1#/authorization-details/${ID}` };
    expect(authorizationDetailsUrl(hostile, 'aws')).toBe(`https://eu-west-1.console.aws.amazon.com/iam/home?region=eu-west-1#/authorization-details/${ID}`);
    expect(authorizationDetailsUrl({ authorizationId: ID, authorizationUrl: null }, 'aws')).toBe(`https://console.aws.amazon.com/iam/home#/authorization-details/${ID}`);
    expect(authorizationDetailsUrl({ authorizationId: 'not an id!', authorizationUrl: LINK }, 'aws')).toBeNull();
    expect(authorizationDetailsUrl({ authorizationId: ID, authorizationUrl: null }, 'aws-cn')).toBe(`https://console.amazonaws.cn/iam/home#/authorization-details/${ID}`);
  });

  it('a message without an ID gets no such step, link or request lines', async () => {
    const e = await explain(first(MESSAGE.slice(0, MESSAGE.indexOf('. Go to'))), { lang: 'en' });
    expect(e.steps.some((s) => s.command?.includes('iam-toolbox'))).toBe(false);
    expect(e.adminRequest).not.toContain('Authorization ID');
  });
});

describe('availability of the details', () => {
  it('lasts 24 hours from when the denial was first seen', () => {
    const seen = Date.UTC(2026, 11, 4, 10, 0);
    expect(authorizationWindow(seen, seen + 3_600_000)).toEqual({ until: seen + 86_400_000, expired: false });
    expect(authorizationWindow(seen, seen + 86_400_000)?.expired).toBe(true);
    expect(authorizationWindow(Number.NaN, seen)).toBeNull();
  });
});

// What `get-request-authorization-details` prints for the documented denial (IAM Toolbox API reference:
// requestContext, evaluations[] with evaluatedEffect and matchedPolicies[].matchedStatements[], policies[]), and the
// policy document `get-request-authorization-policy` returns for the matched URI.
const POLICY_ARN = 'arn:aws:iam::123456789012:policy/ExampleDenyPolicy';
const DENY_STATEMENT: PolicyStatement = {
  Sid: 'DenyInstanceProfiles',
  Effect: 'Deny',
  Action: ['iam:CreateInstanceProfile', 'iam:AddRoleToInstanceProfile'],
  Resource: '*',
  Condition: { ArnNotLike: { 'aws:PrincipalArn': ['arn:aws:iam::123456789012:role/platform-admin'] } },
};
const DETAILS = JSON.stringify({
  requestContext: { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:user/janedoe', 'aws:PrincipalAccount': '123456789012' },
  evaluations: [
    {
      action: 'iam:CreateInstanceProfile',
      resource: 'arn:aws:iam::123456789012:instance-profile/my-instance-profile',
      evaluatedEffect: 'EXPLICIT_DENY',
      matchedPolicies: [{ uri: POLICY_ARN, matchedStatements: [{ sid: 'DenyInstanceProfiles', evaluatedEffect: 'DENY' }] }],
    },
    { action: 'iam:PassRole', resource: 'arn:aws:iam::123456789012:role/app', evaluatedEffect: 'IMPLICIT_DENY', matchedPolicies: [] },
  ],
  policies: [{ type: 'IDENTITY_BASED_POLICY', inline: false, uri: POLICY_ARN, attachedTo: [{ arn: 'arn:aws:iam::123456789012:user/janedoe' }] }],
}, null, 2);
const POLICY: PolicyDocument = { Version: '2012-10-17', Statement: [DENY_STATEMENT] };
const PASTE = `$ aws iam-toolbox get-request-authorization-details --authorization-id ${ID}\n${DETAILS}\n$ aws iam-toolbox get-request-authorization-policy --authorization-id ${ID} --policy-uri ${POLICY_ARN}\n${JSON.stringify(POLICY, null, 2)}`;

/** The statement with the edit's Condition merged in, as the owner would apply it. */
function applied(statement: PolicyStatement, e: Explanation): PolicyStatement {
  const edit = e.fixes.find((f) => f.edit)?.edit;
  if (!edit) throw new Error('no edit');
  const condition: Record<string, Record<string, string | string[] | boolean>> = structuredClone(statement.Condition ?? {});
  for (const [op, block] of Object.entries(edit.addCondition)) condition[op] = { ...(condition[op] ?? {}), ...block };
  return { ...statement, Condition: condition };
}

describe('a pasted details answer with its policy document', () => {
  const findings = parse(PASTE);

  it('gives the explicitly denied action and the implicitly denied dependent one', () => {
    expect(findings.map((f) => [f.action, f.denyKind])).toEqual([
      ['iam:CreateInstanceProfile', 'explicit'],
      ['iam:PassRole', 'implicit'],
    ]);
    expect(findings[0]).toMatchObject({ policyType: 'identity', policyArn: POLICY_ARN, authorizationId: ID });
  });

  it.each<Lang>(['en', 'ja'])('names the matched statement and aims the fix at it (%s)', async (lang) => {
    const e = await explain(findings[0]!, { lang, context: PASTE });
    expect(e.causes[0]?.reason).toContain('DenyInstanceProfiles');
    const fix = e.fixes.find((f) => f.edit);
    expect(fix?.policy).toBeNull();
    expect(fix?.edit?.sid).toBe('DenyInstanceProfiles');
    // The statement already exempts the platform admins on the same operator: their ARN stays in the list.
    expect(fix?.edit?.addCondition).toEqual({ ArnNotLike: { 'aws:PrincipalArn': ['arn:aws:iam::123456789012:role/platform-admin', 'arn:aws:iam::123456789012:user/janedoe'] } });
    expect(formatExplanation(e)).toContain('DenyInstanceProfiles');
  });

  it('the engine agrees: janedoe allowed, the admins still allowed, everyone else still denied', async () => {
    const e = await explain(findings[0]!, { lang: 'en', context: PASTE });
    const allowAll: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }] };
    const fixed: PolicyDocument = { Version: '2012-10-17', Statement: [applied(DENY_STATEMENT, e)] };
    const request = (principal: string) => ({
      principal,
      action: 'iam:CreateInstanceProfile',
      resource: 'arn:aws:iam::123456789012:instance-profile/my-instance-profile',
      resourceAccount: '123456789012',
      // The engine reads global condition keys from the request context only, as AWS sets them.
      context: { 'aws:PrincipalArn': principal },
    });
    const jane = 'arn:aws:iam::123456789012:user/janedoe';
    expect((await evaluate(request(jane), { identity: [allowAll, POLICY] })).result).toBe('ExplicitlyDenied');
    expect((await evaluate(request(jane), { identity: [allowAll, fixed] })).result).toBe('Allowed');
    expect((await evaluate(request('arn:aws:iam::123456789012:role/platform-admin'), { identity: [allowAll, fixed] })).result).toBe('Allowed');
    expect((await evaluate(request('arn:aws:iam::123456789012:user/bob'), { identity: [allowAll, fixed] })).result).toBe('ExplicitlyDenied');
  });
});
