// The session policy playbook, row by row.
import { describe, it } from 'vitest';
import { session } from '../../../../lib/explain/layers/session';
import { sentence, SESSION } from '../support';
import { runRow, type Row } from './table';

const rows: Row[] = [
  {
    name: 'a missing Allow: include it in the session request',
    finding: sentence(SESSION, 's3:ListBucket', 'arn:aws:s3:::b', { policyType: 'session', denyKind: 'implicit' }),
    cause: { likelihood: 'certain' },
    who: 'you',
    fix: { policy: ['s3:ListBucket'], note: /--policy or --policy-arns/ },
    checks: ['AttributeValue=AssumeRole'],
  },
  {
    name: 'an explicit deny: change the session request or sign in again, never exempt the own role',
    finding: sentence(SESSION, 's3:ListBucket', 'arn:aws:s3:::b', { policyType: 'session', denyKind: 'explicit' }),
    cause: { denyKind: 'explicit', likelihood: 'certain' },
    who: 'you',
    fix: { none: true, note: /Never add an exception for your own role/ },
  },
];

describe('session policy playbook', () => {
  for (const row of rows) it(row.name, () => runRow(session, row));
});
