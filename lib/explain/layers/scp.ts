// Service control policies: the organization's guardrails on an account. An explicit deny gets the condition that
// exempts the denied principal — after the condition the guardrail wants, and by the org admin only; an implicit deny
// means the SCPs are allow lists that lack the action. Edited in the management (or a delegated) account.
import type { Fix } from '../../model';
import { valuesOf } from '../../steps/values';
import type { Ctx } from '../context';
import { denyFix } from '../exception';
import { joinNotes, placeholderNote } from '../notes';
import { doc } from '../policy';
import type { RankedCause } from '../rank';
import { actionProblem, allowStatements } from '../statements';
import { namedPolicyStep, orgPoliciesStep } from './org-checks';
import { ownerOf } from '../owner';
import type { LayerPlaybook } from './types';

function reason(ctx: Ctx, c: RankedCause): string {
  if (c.detail === 'root') return ctx.t('cause.scp.root');
  if (c.detail === 'legacy-explicit') return ctx.t('cause.scp.legacyExplicit');
  return ctx.t('cause.scp.possible');
}

function allowFix(ctx: Ctx): Fix | null {
  if (!ctx.primary) return null;
  const problem = actionProblem(ctx);
  if (problem) return { target: 'scp', who: scp.owner(ctx.facts), attachTo: null, policy: null, note: problem, placeholders: [] };
  const s = allowStatements(ctx, false);
  const named = ctx.facts.finding.policyType === 'scp' ? ctx.facts.policyArn : null;
  const notes = [ctx.t('note.scp.implicit', { action: ctx.primary.action }), ...s.notes, placeholderNote(ctx, s.placeholders)];
  return { target: 'scp', who: scp.owner(ctx.facts), attachTo: named, policy: doc(...s.statements), note: joinNotes(ctx, notes), placeholders: s.placeholders };
}

export const scp: LayerPlaybook = {
  layer: 'scp',
  target: 'scp',
  owner: (f) => ownerOf('scp', f),
  reason,
  allowFix: (ctx) => allowFix(ctx),
  denyFix: (ctx) => denyFix(ctx, scp, { attachTo: null, layerNotes: [ctx.t('note.deny.org')] }),
  checks: (ctx) => {
    const v = valuesOf(ctx);
    return [namedPolicyStep(v), orgPoliciesStep(v, 'scp', v.account)].filter((s) => s !== null);
  },
  docs: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html',
};
