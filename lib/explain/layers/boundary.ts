// Permissions boundaries: the ceiling on what a role's or user's policies can grant, and a privilege-escalation guard
// for IAM and STS. A missing Allow goes into the boundary policy; an explicit deny of iam:* or sts:* is never
// loosened without naming that risk and routing to the boundary's owner — and meeting its condition (usually: create
// roles with the same boundary) comes first.
import type { Fix } from '../../model';
import { globalRegion, say } from '../../steps/common';
import { sh } from '../../steps/shell';
import { valuesOf } from '../../steps/values';
import type { Ctx } from '../context';
import { denyFix } from '../exception';
import { joinNotes, placeholderNote } from '../notes';
import { doc } from '../policy';
import type { RankedCause } from '../rank';
import { actionProblem, allowStatements } from '../statements';
import { identityTarget } from '../target';
import { namedPolicyStep } from './org-checks';
import { ownerOf } from '../owner';
import type { LayerPlaybook } from './types';

function reason(ctx: Ctx, c: RankedCause): string {
  return ctx.t(c.detail === 'legacy-explicit' ? 'cause.boundary.legacyExplicit' : 'cause.boundary.possible', { target: ctx.targetName });
}

function allowFix(ctx: Ctx): Fix | null {
  const primary = ctx.primary;
  if (!primary) return null;
  const problem = actionProblem(ctx);
  if (problem) return { target: 'permissions-boundary', who: boundary.owner(ctx.facts), attachTo: null, policy: null, note: problem, placeholders: [] };
  const s = allowStatements(ctx, false);
  const named = ctx.facts.finding.policyType === 'boundary' ? ctx.facts.policyArn : null;
  const escalation = /^(iam|sts):/i.test(primary.action);
  const notes = [
    ctx.t('note.boundary.implicit', { target: ctx.targetName, action: primary.action, policy: named ?? '' }),
    escalation ? ctx.t('note.boundary.escalation', { action: primary.action }) : null,
    ...s.notes,
    placeholderNote(ctx, s.placeholders),
  ];
  return { target: 'permissions-boundary', who: boundary.owner(ctx.facts), attachTo: named, policy: doc(...s.statements), note: joinNotes(ctx, notes), placeholders: s.placeholders };
}

export const boundary: LayerPlaybook = {
  layer: 'boundary',
  target: 'permissions-boundary',
  owner: (f) => ownerOf('boundary', f),
  reason,
  allowFix: (ctx) => allowFix(ctx),
  denyFix: (ctx) => {
    const target = identityTarget(ctx);
    return denyFix(ctx, boundary, { attachTo: target.attachTo, placeholders: target.placeholders });
  },
  checks: (ctx) => {
    const v = valuesOf(ctx);
    const g = globalRegion(v);
    const read = v.roleName
      ? `aws iam get-role --role-name ${sh(v.roleName)} --query Role.PermissionsBoundary${g}`
      : v.userName
        ? `aws iam get-user --user-name ${sh(v.userName)} --query User.PermissionsBoundary${g}`
        : null;
    return [
      namedPolicyStep(v),
      read ? { title: say(v, 'boundary.title', { target: ctx.targetName }), command: read, meaning: say(v, 'boundary.meaning') } : null,
    ].filter((s) => s !== null);
  },
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
};
