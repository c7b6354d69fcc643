// The VPC endpoint policy playbook, row by row.
import { describe, it } from 'vitest';
import { vpce } from '../../../../lib/explain/layers/vpce';
import { sentence, SESSION } from '../support';
import { runRow, type Row } from './table';

const rows: Row[] = [
  {
    name: 'a missing Allow: Principal "*" narrowed to the caller',
    finding: sentence(SESSION, 'dynamodb:GetItem', 'arn:aws:dynamodb:us-east-1:111122223333:table/t', { policyType: 'vpce', denyKind: 'implicit' }),
    cause: { likelihood: 'certain' },
    who: 'account-admin',
    fix: { policy: ['"Principal":"*"', 'ArnLike', ':role/Dev'] },
    checks: ['aws ec2 describe-vpc-endpoints --filters Name=service-name,Values=com.amazonaws.us-east-1.dynamodb'],
  },
  {
    name: 'an explicit deny: an edit for the network team',
    finding: sentence(SESSION, 'dynamodb:GetItem', 'arn:aws:dynamodb:us-east-1:111122223333:table/t', { policyType: 'vpce', denyKind: 'explicit' }),
    cause: { denyKind: 'explicit', likelihood: 'certain' },
    who: 'account-admin',
    fix: { edit: ['aws:PrincipalArn'], note: /network team/ },
  },
];

describe('VPC endpoint policy playbook', () => {
  for (const row of rows) it(row.name, () => runRow(vpce, row));
});
