// The permissions boundary playbook, row by row.
import { describe, it } from 'vitest';
import { boundary } from '../../../../lib/explain/layers/boundary';
import { sentence, SESSION, USER } from '../support';
import { runRow, type Row } from './table';

const rows: Row[] = [
  {
    name: 'a missing Allow in the boundary',
    finding: sentence(USER, 'ssm:GetParameter', 'arn:aws:ssm:us-east-1:111122223333:parameter/app/db', { policyType: 'boundary', denyKind: 'implicit' }),
    cause: { likelihood: 'certain' },
    who: 'account-admin',
    fix: { policy: ['ssm:GetParameter'] },
    checks: ['aws iam get-user --user-name bob --query User.PermissionsBoundary'],
  },
  {
    name: 'a missing iam:* Allow in the boundary names the escalation risk',
    finding: sentence(SESSION, 'iam:CreateRole', 'arn:aws:iam::111122223333:role/app', { policyType: 'boundary', denyKind: 'implicit' }),
    cause: { likelihood: 'certain' },
    who: 'account-admin',
    fix: { policy: ['iam:CreateRole'], note: /privilege-escalation risk/ },
    checks: ['aws iam get-role --role-name Dev --query Role.PermissionsBoundary'],
  },
  {
    name: 'an explicit deny of iam:CreateRole: the required boundary first, the risk named',
    finding: sentence(USER, 'iam:CreateRole', 'arn:aws:iam::111122223333:role/app', { policyType: 'boundary', denyKind: 'explicit', policyArn: 'arn:aws:iam::111122223333:policy/DeveloperBoundary' }),
    cause: { denyKind: 'explicit', likelihood: 'certain' },
    who: 'account-admin',
    fix: { edit: ['ArnNotEquals'], note: /^The deny probably wants this: create the role or user with the permissions boundary/ },
    checks: ['aws iam get-policy-version --policy-arn arn:aws:iam::111122223333:policy/DeveloperBoundary'],
  },
];

describe('permissions boundary playbook', () => {
  for (const row of rows) it(row.name, () => runRow(boundary, row));
});
