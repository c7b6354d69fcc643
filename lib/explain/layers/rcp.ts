// Resource control policies: the organization's guardrails on its resources, whoever calls. They hold only Deny
// statements (Principal "*"), so an implicit deny means RCPFullAWSAccess was detached; an explicit deny gets the
// condition that exempts the denied principal, decided by the org admin.
import type { Fix } from '../../model';
import { valuesOf } from '../../steps/values';
import type { Ctx } from '../context';
import { denyFix } from '../exception';
import { namedPolicyStep, orgPoliciesStep } from './org-checks';
import { ownerOf } from '../owner';
import type { LayerPlaybook } from './types';

function allowFix(ctx: Ctx): Fix | null {
  if (!ctx.primary) return null;
  const named = ctx.facts.finding.policyType === 'rcp' ? ctx.facts.policyArn : null;
  return { target: 'rcp', who: rcp.owner(ctx.facts), attachTo: named, policy: null, note: ctx.t('note.rcp.implicit'), placeholders: [] };
}

export const rcp: LayerPlaybook = {
  layer: 'rcp',
  target: 'rcp',
  owner: (f) => ownerOf('rcp', f),
  reason: (ctx) => ctx.t('cause.rcp.possible'),
  allowFix: (ctx) => allowFix(ctx),
  denyFix: (ctx) => denyFix(ctx, rcp, { attachTo: null, layerNotes: [ctx.t('note.deny.org')] }),
  checks: (ctx) => {
    const v = valuesOf(ctx);
    // RCPs apply to the account that owns the resource.
    return [namedPolicyStep(v), orgPoliciesStep(v, 'rcp', ctx.facts.resourceAccount ?? v.account)].filter((s) => s !== null);
  },
  docs: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html',
};
