// The RCP playbook, row by row.
import { describe, it } from 'vitest';
import { rcp } from '../../../../lib/explain/layers/rcp';
import { sentence, SESSION } from '../support';
import { runRow, type Row } from './table';

const rows: Row[] = [
  {
    name: 'an explicit deny: an edit of the RCP statement (Principal "*" stays)',
    finding: sentence(SESSION, 's3:PutObject', 'arn:aws:s3:::b/k', { policyType: 'rcp', denyKind: 'explicit' }),
    cause: { denyKind: 'explicit', likelihood: 'certain' },
    who: 'org-admin',
    fix: { edit: ['aws:PrincipalArn', ':role/Dev'] },
    checks: ['--filter RESOURCE_CONTROL_POLICY'],
  },
  {
    name: 'an implicit deny: RCPFullAWSAccess was detached',
    finding: sentence(SESSION, 's3:PutObject', 'arn:aws:s3:::b/k', { policyType: 'rcp', denyKind: 'implicit' }),
    cause: { likelihood: 'certain' },
    who: 'org-admin',
    reason: /resource control policy/,
    fix: { none: true, note: /RCPFullAWSAccess/ },
  },
];

describe('RCP playbook', () => {
  for (const row of rows) it(row.name, () => runRow(rcp, row));
});
