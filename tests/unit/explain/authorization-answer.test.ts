// Issue 12, the parts tests/unit/explain/authorization.test.ts leaves open: the ID, the link and the clean policy ARN
// through every envelope a denial arrives in (CLI, SDK tracebacks, JSON bodies, CloudTrail, a console alert copied
// as text), and a pasted get-request-authorization-details answer — one finding per evaluation that did not end in
// ALLOW (an RCP named by its URI, the implicitly denied dependent action), the layer the answer names stated with
// certainty, and the get-request-authorization-policy command while the deciding statement's document is missing.
// Built from the documented shapes (IAM User Guide message, IAM Toolbox API reference); documentation accounts.
import { beforeAll, describe, expect, it } from 'vitest';
import { explainWith } from '../../../lib/explain/core';
import { exportCsv } from '../../../lib/history/transfer';
import type { IamIndex } from '../../../lib/iam/index';
import type { Explanation, Lang } from '../../../lib/model';
import { parse } from '../../../lib/parse/index';
import { makeFinding, makeRecord } from '../history/fixtures/findings';
import { allServices } from '../iam/all-services';

let iam: IamIndex;
beforeAll(() => {
  iam = allServices();
});

const ID = 'example1a2b3c4d5e6f7g8h9i0j';
const LINK = `https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/authorization-details/${ID}`;
const COMMAND = `aws iam-toolbox get-request-authorization-details --authorization-id ${ID}`;
const DENY_ARN = 'arn:aws:iam::123456789012:policy/ExampleDenyPolicy';
const M = `User: arn:aws:iam::123456789012:user/janedoe is not authorized to perform: iam:CreateInstanceProfile on resource: arn:aws:iam::123456789012:instance-profile/web with an explicit deny in an identity-based policy: ${DENY_ARN}. Go to ${LINK} for complete details, or call the GetRequestAuthorizationDetails API with the following authorization id: ${ID}`;

describe('the ID, the link and the clean policy ARN in every envelope the message arrives in', () => {
  const cases: Array<[string, string]> = [
    ['AWS CLI', `\nAn error occurred (AccessDenied) when calling the CreateInstanceProfile operation: ${M}\n`],
    ['boto3 traceback', `botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the CreateInstanceProfile operation: ${M}`],
    ['Java SDK v2', `software.amazon.awssdk.services.iam.model.IamException: ${M} (Service: Iam, Status Code: 403, Request ID: 1a2b3c4d-1111-2222-3333-444455556666)`],
    ['JavaScript SDK', `AccessDenied: ${M}\n    at Request.extractError (/app/node_modules/aws-sdk/lib/protocol/query.js:50:29)`],
    ['Terraform / Go SDK', `Error: creating IAM Instance Profile (web): operation error IAM: CreateInstanceProfile, https response error StatusCode: 403, RequestID: 1a2b3c4d, api error AccessDenied: ${M}`],
    ['JSON error body', JSON.stringify({ __type: 'AccessDeniedException', Message: M })],
    ['CloudTrail record', JSON.stringify({ eventSource: 'iam.amazonaws.com', eventName: 'CreateInstanceProfile', errorCode: 'AccessDenied', errorMessage: M, userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::123456789012:user/janedoe' } })],
    ['console alert copied as text', `Failed to create instance profile web\n${M}\nDismiss`],
    ['cut by a 100-column terminal', `An error occurred (AccessDenied) when calling the CreateInstanceProfile operation: ${M}`.match(/.{1,100}/g)!.join('\n')],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const found = parse(text);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ action: 'iam:CreateInstanceProfile', authorizationId: ID, authorizationUrl: LINK, policyArn: DENY_ARN, denyKind: 'explicit', policyType: 'identity' });
      for (const lang of ['en', 'ja'] as const) {
        const e = explainWith(found[0]!, iam, { lang, context: text });
        expect(e.steps[0]!.command).toBe(COMMAND);
        expect(e.steps[0]!.url).toBe(LINK);
        for (const part of [ID, LINK, COMMAND]) expect(e.adminRequest).toContain(part);
      }
    });
  }
});

const DENY_URI = 'arn:aws:iam::111122223333:policy/DenyLargeInstances';
const RCP_URI = 'arn:aws:organizations::999988887777:policy/o-exampleorgid/resource_control_policy/p-examplercp';
const AID = 'd1e2f3a4b5c6d7e8f9a0b';
const DETAILS = `$ aws iam-toolbox get-request-authorization-details --authorization-id ${AID}
{
  "requestContext": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/Builder", "aws:PrincipalAccount": "111122223333"},
  "evaluations": [
    {"action": "ec2:RunInstances", "resource": "arn:aws:ec2:us-east-1:111122223333:instance/*", "context": {"ec2:InstanceType": "m5.4xlarge"},
     "evaluatedEffect": "EXPLICIT_DENY",
     "matchedPolicies": [{"uri": "${DENY_URI}", "matchedStatements": [{"evaluatedEffect": "DENY", "sid": "DenyLargeInstances"}]}]},
    {"action": "iam:PassRole", "resource": "arn:aws:iam::111122223333:role/AppInstanceRole", "evaluatedEffect": "IMPLICIT_DENY", "matchedPolicies": []},
    {"action": "s3:GetObject", "resource": "arn:aws:s3:::build-artifacts/app.zip", "evaluatedEffect": "EXPLICIT_DENY",
     "matchedPolicies": [{"uri": "${RCP_URI}", "matchedStatements": [{"evaluatedEffect": "DENY", "sid": "EnforceOrgIdentities"}]}]}
  ],
  "policies": [
    {"type": "IDENTITY_BASED_POLICY", "inline": false, "uri": "${DENY_URI}", "attachedTo": [{"arn": "arn:aws:iam::111122223333:role/Builder"}]}
  ]
}`;
const POLICY = `{"policyDocument": ${JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'DenyLargeInstances', Effect: 'Deny', Action: 'ec2:RunInstances', Resource: '*', Condition: { StringNotLike: { 'ec2:InstanceType': 't3.*' } } }] })}}`;

const explained = (text: string, lang: Lang): Explanation[] => parse(text).map((f) => explainWith(f, iam, { lang, context: text }));

describe('a pasted details answer', () => {
  it('one finding per evaluation not ALLOWed: deny kind, layer and ARN from the matched uri (an RCP by its form)', () => {
    expect(parse(DETAILS).map((f) => [f.action, f.denyKind, f.policyType, f.policyArn, f.authorizationId])).toEqual([
      ['ec2:RunInstances', 'explicit', 'identity', DENY_URI, AID],
      ['iam:PassRole', 'implicit', 'unknown', null, AID],
      ['s3:GetObject', 'explicit', 'rcp', RCP_URI, AID],
    ]);
  });

  for (const lang of ['en', 'ja'] as const) {
    it(`states the layer the answer names as certain, and asks for the deciding policy's document (${lang})`, () => {
      const [ec2, passRole, rcp] = explained(DETAILS, lang);
      expect(ec2!.causes[0]).toMatchObject({ policyType: 'identity', likelihood: 'certain' });
      expect(ec2!.causes[0]!.reason).toContain(DENY_URI);
      expect(ec2!.verdict).toMatch(lang === 'en' ? /^An identity-based policy of role Builder explicitly denies ec2:RunInstances/ : /アイデンティティベースのポリシーが ec2:RunInstances を明示的に拒否/);
      expect(rcp!.causes[0]).toMatchObject({ policyType: 'rcp', likelihood: 'certain' });
      // The dependent action is its own implicit denial: no certainty the answer did not give.
      expect(passRole!.causes[0]!.likelihood).not.toBe('certain');
      expect(ec2!.steps[0]!.command).toBe(
        `aws iam-toolbox get-request-authorization-details --authorization-id ${AID}\naws iam-toolbox get-request-authorization-policy --authorization-id ${AID} --policy-uri ${DENY_URI}`,
      );
      expect(ec2!.steps[0]!.meaning).toContain('iam:GetRequestAuthorizationPolicy');
      expect(ec2!.commands[0]!.command).toBe(ec2!.steps[0]!.command);
    });
  }

  it('no second command once the document is pasted with the answer', () => {
    const [ec2] = explained(`${DETAILS}\n${POLICY}`, 'en');
    expect(ec2!.steps[0]!.command).toBe(`aws iam-toolbox get-request-authorization-details --authorization-id ${AID}`);
    expect(ec2!.fixes[0]!.edit).toMatchObject({ action: 'ec2:RunInstances', sid: 'DenyLargeInstances' });
  });
});

describe('the CSV export', () => {
  it('carries the authorization ID and link after the older columns', () => {
    const record = makeRecord(1, { finding: makeFinding({ authorizationId: ID, authorizationUrl: LINK }) });
    const [header, row] = exportCsv([record], { mask: false }).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(header!.split(',').slice(-4)).toEqual(['"id"', '"fingerprint"', '"authorizationId"', '"authorizationUrl"']);
    expect(row!.endsWith(`"${ID}","${LINK}"`)).toBe(true);
  });
});
