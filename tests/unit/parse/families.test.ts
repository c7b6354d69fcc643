// Every message family against examples written for these tests (examples.ts).
import { describe, expect, it } from 'vitest';
import { parse } from '../../../lib/parse/index';
import { EXAMPLES } from './examples';

const families = [...new Set(EXAMPLES.map((e) => e.family))];

for (const family of families) {
  describe(`family: ${family}`, () => {
    for (const ex of EXAMPLES.filter((e) => e.family === family)) {
      it(ex.name, () => {
        const findings = parse(ex.text);
        if (ex.expect === null) {
          expect(findings).toEqual([]);
          return;
        }
        expect(findings.length).toBe(ex.count ?? 1);
        expect(findings.length).toBeGreaterThan(0);
        expect(findings[0]).toMatchObject(ex.expect);
      });
    }
  });
}

describe('finding shape', () => {
  it('fills every field of the contract and caps the message', () => {
    const long = 'User: arn:aws:iam::123456789012:user/a is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/' + 'k'.repeat(3000);
    const [f] = parse(long);
    expect(f).toBeDefined();
    expect(Object.keys(f!).sort()).toEqual(
      [
        'accountId',
        'accountSetting',
        'action',
        'authorizationId',
        'authorizationUrl',
        'category',
        'denyKind',
        'encoded',
        'errorCode',
        'matchedStatements',
        'message',
        'operation',
        'policyArn',
        'policyType',
        'principal',
        'principalType',
        'resource',
      ].sort(),
    );
    expect(f!.message.length).toBeLessThanOrEqual(2000);
  });

  it('message is the trimmed span of the message, envelope included', () => {
    const [f] = parse('  log: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied  \n');
    expect(f!.message).toBe('An error occurred (AccessDenied) when calling the GetObject operation: Access Denied');
  });

  it('a code told alone above the sentence it reports shows the sentence as the message', () => {
    const [f] = parse('The call returned an `AccessDeniedException`, citing the SCP:\n\n> `User: ...assumed-role/Admin/s is not authorized to perform: cloudtrail:StopLogging with an explicit deny in a service control policy`');
    expect(f).toMatchObject({ errorCode: 'AccessDeniedException', policyType: 'scp' });
    expect(f!.message).toMatch(/^User: \.\.\.assumed-role\/Admin\/s is not authorized/);
  });

  it('a debug log line that lends the operation stays out of the message', () => {
    const [f] = parse("DEBUG - Response body:\nb'<Error><Code>AccessDenied</Code></Error>'\nDEBUG - Event needs-retry.s3.PutObject: calling handler <RetryHandler>");
    expect(f).toMatchObject({ operation: 'PutObject', errorCode: 'AccessDenied', message: '<Code>AccessDenied</Code>' });
  });

  it('keeps text order across families', () => {
    const text = [
      'Unable to locate credentials. You can configure credentials by running "aws configure".',
      'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
    ].join('\n');
    expect(parse(text).map((f) => f.category)).toEqual(['credentials', 'access-denied']);
  });

  it('the account of a denying policy or of the resource is never the principal account', () => {
    const [f] = parse(
      'User: arn:aws:iam::<masked>:user/a is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b with an explicit deny in a resource control policy: arn:aws:organizations::999999999999:policy/o-x/resource_control_policy/p-y',
    );
    expect(f!.accountId).toBe('<masked>');
    expect(f!.policyArn).toBe('arn:aws:organizations::999999999999:policy/o-x/resource_control_policy/p-y');
  });
});
