// The trust playbook, row by row.
import { describe, it } from 'vitest';
import { trust } from '../../../../lib/explain/layers/trust';
import { finding, sentence, SESSION, USER } from '../support';
import { runRow, type Row } from './table';

const rows: Row[] = [
  {
    name: 'sts:AssumeRole in one account: the caller’s role as principal, no Resource',
    finding: sentence(USER, 'sts:AssumeRole', 'arn:aws:iam::111122223333:role/deployer', { policyType: 'unknown', denyKind: 'unknown' }),
    cause: {},
    who: 'account-admin',
    reason: /trust policy decides sts:AssumeRole/,
    fix: { policy: ['"Principal":{"AWS":"arn:aws:iam::111122223333:user/bob"}', '"Action":"sts:AssumeRole"'] },
    checks: ['aws iam get-role --role-name deployer --query Role.AssumeRolePolicyDocument'],
  },
  {
    name: 'sts:TagSession across accounts: the role’s owner admits TagSession',
    finding: sentence(SESSION, 'sts:TagSession', 'arn:aws:iam::444455556666:role/deployer', { policyType: 'unknown', denyKind: 'unknown' }),
    cause: {},
    who: 'resource-owner',
    fix: { policy: ['"Action":"sts:TagSession"'], note: /session tags/ },
  },
  {
    name: 'sts:SetSourceIdentity',
    finding: sentence(SESSION, 'sts:SetSourceIdentity', 'arn:aws:iam::111122223333:role/deployer', { policyType: 'unknown', denyKind: 'unknown' }),
    cause: {},
    who: 'account-admin',
    fix: { policy: ['"Action":"sts:SetSourceIdentity"'], note: /source identity/ },
  },
  {
    name: 'GitHub Actions OIDC: the provider, aud and sub',
    finding: finding({ action: 'sts:AssumeRoleWithWebIdentity', policyType: 'trust', message: 'Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity' }),
    cause: { detail: 'web-identity' },
    who: 'account-admin',
    reason: /Federated principal/,
    fix: { policy: ['oidc-provider/token.actions.githubusercontent.com', 'token.actions.githubusercontent.com:sub'] },
  },
  {
    name: 'a CDK bootstrap role: re-bootstrap with --trust',
    finding: sentence(SESSION, 'sts:AssumeRole', 'arn:aws:iam::111122223333:role/cdk-hnb659fds-deploy-role-111122223333-us-east-1', { policyType: 'unknown', denyKind: 'unknown' }),
    cause: { detail: 'cdk-bootstrap', likelihood: 'possible' },
    who: 'account-admin',
    reason: /CDK bootstrap role trusts its own account/,
    fix: { policy: ['sts:AssumeRole'], note: /--trust/ },
  },
];

describe('trust playbook', () => {
  for (const row of rows) it(row.name, () => runRow(trust, row));
});
