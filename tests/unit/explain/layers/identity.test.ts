// The identity playbook, row by row: owner, reason, fixes and checks.
import { describe, it } from 'vitest';
import { identity } from '../../../../lib/explain/layers/identity';
import { sentence, SESSION, USER } from '../support';
import { runRow, type Row } from './table';

const SSO = 'arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Developers_0123456789abcdef/alice@example.com';
const rows: Row[] = [
  {
    name: 'a missing Allow on the role behind a session',
    finding: sentence(SESSION, 's3:GetObject', 'arn:aws:s3:::b/k', { policyType: 'identity', denyKind: 'implicit' }),
    cause: { likelihood: 'certain' },
    who: 'account-admin',
    fix: { policy: ['"Action":"s3:GetObject"', '"Resource":"arn:aws:s3:::b/k"'], note: /role Dev/ },
    checks: ['aws iam list-attached-role-policies --role-name Dev', 'aws iam simulate-principal-policy'],
  },
  {
    name: 'Identity Center: the permission set, by the org admin',
    finding: sentence(SSO, 'sqs:SendMessage', 'arn:aws:sqs:us-east-1:111122223333:q', { policyType: 'identity', denyKind: 'implicit' }),
    cause: { detail: 'permission-set' },
    who: 'org-admin',
    reason: /permission set Developers/,
    fix: { policy: ["sqs:SendMessage"], note: /permission set Developers/ },
  },
  {
    name: 'a user: its policies and groups',
    finding: sentence(USER, 'dynamodb:PutItem', 'arn:aws:dynamodb:us-east-1:111122223333:table/t', { policyType: 'identity', denyKind: 'implicit' }),
    cause: {},
    who: 'account-admin',
    fix: { policy: ['dynamodb:PutItem'] },
    checks: ['aws iam list-groups-for-user --user-name bob'],
  },
  {
    name: 'an explicit deny in the caller’s own policies: an edit, the shared-policy caveat',
    finding: sentence(USER, 's3:DeleteObject', 'arn:aws:s3:::logs/a', { policyType: 'identity', denyKind: 'explicit' }),
    cause: { denyKind: 'explicit', likelihood: 'certain' },
    who: 'account-admin',
    fix: { edit: ['ArnNotEquals', 'arn:aws:iam::111122223333:user/bob'], note: /managed or group policy/ },
  },
  {
    name: 'the caller’s side of a cross-account AssumeRole',
    finding: sentence(SESSION, 'sts:AssumeRole', 'arn:aws:iam::444455556666:role/deployer', { policyType: 'unknown', denyKind: 'unknown' }),
    cause: { detail: 'both-sides' },
    who: 'account-admin',
    reason: /caller’s own identity-based policy/,
    fix: { policy: ['sts:AssumeRole', 'arn:aws:iam::444455556666:role/deployer'] },
  },
];

describe('identity playbook', () => {
  for (const row of rows) it(row.name, () => runRow(identity, row));
});
