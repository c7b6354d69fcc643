// Causes that are no policy layer: a KMS key in another region (or deleted), a role that does not exist, what the
// root user cannot do, a request sent without credentials, a role or policy only AWS changes. They rank and explain;
// no policy change fixes them.
import type { Ctx } from '../context';
import type { RankedCause } from '../rank';

export function unknownReason(ctx: Ctx, c: RankedCause): string {
  const { t } = ctx;
  if (c.detail === 'kms-region') return t('cause.unknown.kmsRegion');
  if (c.detail === 'root') return t('cause.unknown.root');
  if (c.detail === 'billing-setting') return t('cause.unknown.billingSetting');
  if (c.detail === 'sts-region') return t('cause.unknown.stsRegion');
  if (c.detail === 'cluster-rbac') return t('cause.unknown.clusterRbac');
  if (c.detail === 'dsql-token') return t('cause.unknown.dsqlToken');
  if (c.detail === 'aws-owned' && ctx.facts.awsOwned) return t(`cause.unknown.awsOwned.${ctx.facts.awsOwned.kind}`, { name: ctx.facts.awsOwned.name });
  if (c.detail === 'unsigned') return t('cause.unknown.unsigned');
  if (c.detail === 'role-missing') return t('cause.unknown.roleMissing', { role: ctx.facts.resource ?? '' });
  return t('cause.unknown.other');
}
