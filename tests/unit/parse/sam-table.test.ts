// The SAM CLI's table of CloudFormation events, its reason column wrapped the way Python's textwrap wraps it (this
// table was made with textwrap.wrap(width=30)): each row's reason is read back whole.
import { describe, expect, it } from 'vitest';
import { unwrapSamTable } from '../../../lib/parse/sam-table';
import { parse } from '../../../lib/parse/index';

const TABLE = "------------------------------------------------------------------------------------------------------------------------------\nResourceStatus                  ResourceType                    LogicalResourceId               ResourceStatusReason\n------------------------------------------------------------------------------------------------------------------------------\nCREATE_IN_PROGRESS              AWS::CloudFormation::Stack      api-dev                         User Initiated\nCREATE_FAILED                   AWS::Lambda::Function           ApiFunction                     Resource handler returned\n                                                                                                message: \"User: arn:aws:sts::1\n                                                                                                11122223333:assumed-\n                                                                                                role/deploy/ci is not\n                                                                                                authorized to perform:\n                                                                                                iam:PassRole on resource: arn:\n                                                                                                aws:iam::111122223333:role/api\n                                                                                                -exec because no identity-\n                                                                                                based policy allows the\n                                                                                                iam:PassRole action\"\n                                                                                                (RequestToken: 8f1c,\n                                                                                                HandlerErrorCode:\n                                                                                                AccessDenied)\nROLLBACK_IN_PROGRESS            AWS::CloudFormation::Stack      api-dev                         The following resource(s)\n                                                                                                failed to create:\n                                                                                                [ApiFunction]. Rollback\n                                                                                                requested by user.\n------------------------------------------------------------------------------------------------------------------------------\nError: Failed to create/update the stack: api-dev, Waiter StackCreateComplete failed: Waiter encountered a terminal failure state";

describe('unwrapSamTable', () => {
  it('joins a row whose reason textwrap cut inside ARNs and after hyphens', () => {
    const text = unwrapSamTable(TABLE);
    expect(text).toContain(
      'Resource handler returned message: "User: arn:aws:sts::111122223333:assumed-role/deploy/ci is not authorized to perform: iam:PassRole on resource: arn:aws:iam::111122223333:role/api-exec because no identity-based policy allows the iam:PassRole action" (RequestToken: 8f1c, HandlerErrorCode: AccessDenied)',
    );
    expect(text).toContain('The following resource(s) failed to create: [ApiFunction]. Rollback requested by user.');
    // What follows the table is left as it was.
    expect(text.endsWith('Error: Failed to create/update the stack: api-dev, Waiter StackCreateComplete failed: Waiter encountered a terminal failure state')).toBe(true);
  });

  it('parse() reads the denial of the wrapped row', () => {
    const [f] = parse(TABLE);
    expect(f).toMatchObject({
      principal: 'arn:aws:sts::111122223333:assumed-role/deploy/ci',
      action: 'iam:PassRole',
      resource: 'arn:aws:iam::111122223333:role/api-exec',
      policyType: 'identity',
      denyKind: 'implicit',
      errorCode: 'AccessDenied',
    });
  });

  it('a log that prints each line after a comma, the table cut in a row', () => {
    const text = [
      ',ResourceStatus           ResourceType             LogicalResourceId        ResourceStatusReason   ',
      ',CREATE_FAILED            AWS::IAM::Role           AppRole                  API: iam:CreateRole    ',
      ',                                                                           User: arn:aws:iam::111 ',
      '                                                                           122223333:user/deploye ',
      '                                                                           r is not authorized    ',
      ',                                                                           to perform:            ',
      ',                                                                           iam:CreateRole on      ',
    ].join('\n');
    expect(parse(text)[0]).toMatchObject({ principal: 'arn:aws:iam::111122223333:user/deployer', action: 'iam:CreateRole' });
  });

  it('leaves a text without the header alone', () => {
    const text = 'ResourceStatus CREATE_FAILED\n    User: arn:aws:iam::111122223333:user/x';
    expect(unwrapSamTable(text)).toBe(text);
  });
});
