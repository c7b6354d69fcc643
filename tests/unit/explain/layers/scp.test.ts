// The SCP playbook, row by row.
import { describe, it } from 'vitest';
import { scp } from '../../../../lib/explain/layers/scp';
import { sentence, SESSION, USER } from '../support';
import { runRow, type Row } from './table';

const POLICY = 'arn:aws:organizations::999999999999:policy/o-abc123/service_control_policy/p-abcd1234';
const rows: Row[] = [
  {
    name: 'an explicit deny named with its policy: an edit in the management account',
    finding: sentence(SESSION, 's3:PutObject', 'arn:aws:s3:::b/k', { policyType: 'scp', denyKind: 'explicit', policyArn: POLICY }),
    cause: { denyKind: 'explicit', likelihood: 'certain' },
    who: 'org-admin',
    fix: { edit: ['"action":"s3:PutObject"', 'aws:PrincipalArn'], note: /management account/ },
    checks: ['aws organizations describe-policy --policy-id p-abcd1234', 'aws organizations list-policies-for-target --target-id 111122223333 --filter SERVICE_CONTROL_POLICY'],
  },
  {
    name: 'an allow-list SCP lacking the action',
    finding: sentence(USER, 'ec2:DescribeInstances', null, { policyType: 'scp', denyKind: 'implicit' }),
    cause: { likelihood: 'certain' },
    who: 'org-admin',
    fix: { policy: ['ec2:DescribeInstances', '"Resource":"*"'], note: /allow lists/ },
  },
  {
    name: 'the legacy bare explicit deny: possibly an SCP',
    finding: sentence(USER, 'ec2:RunInstances', 'arn:aws:ec2:us-east-1:111122223333:instance/*', { policyType: 'unknown', denyKind: 'explicit' }),
    cause: { denyKind: 'explicit', detail: 'legacy-explicit' },
    who: 'org-admin',
    reason: /service control policy of the organization/,
    fix: { edit: ['ArnNotEquals', 'arn:aws:iam::111122223333:user/bob'] },
  },
];

describe('SCP playbook', () => {
  for (const row of rows) it(row.name, () => runRow(scp, row));
});
