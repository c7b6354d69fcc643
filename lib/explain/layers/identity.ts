// Identity-based policies: the caller's own permissions. A missing Allow gets exactly the denied action(s) and
// resource plus what the call needs besides (iam:PassRole with iam:PassedToService, s3:PutObjectAcl for an ACL, the
// SSE-KMS key, the rest of an image pull) — attached to the role behind the session, the user, or the Identity Center
// permission set. Its checks: the role's or user's policies, and the policy simulator.
import type { Fix } from '../../model';
import { policiesStep, simulateStep } from '../../steps/common';
import { valuesOf } from '../../steps/values';
import type { Ctx } from '../context';
import { denyFix } from '../exception';
import { addUnique, joinNotes, placeholderNote } from '../notes';
import { doc } from '../policy';
import type { RankedCause } from '../rank';
import { actionProblem, allowStatements } from '../statements';
import { identityTarget } from '../target';
import { ownerOf } from '../owner';
import type { LayerPlaybook } from './types';

function reason(ctx: Ctx, c: RankedCause): string {
  const { t, facts } = ctx;
  const action = ctx.primary?.action ?? facts.action ?? facts.finding.operation ?? '';
  const target = ctx.targetName;
  switch (c.detail) {
    case 'both-sides':
      return t('cause.identity.bothSides', { action: facts.trustCall ? action : action || 'sts:AssumeRole' });
    case 'permission-set':
      return t('cause.identity.permissionSet', { name: facts.principal.permissionSet ?? '' });
    case 'wildcard':
      return t('cause.identity.wildcard', { action });
    case 'service-linked':
      return t('cause.identity.serviceLinked');
    case 'legacy-explicit':
      return t('cause.identity.legacyExplicit', { target });
    default:
      return facts.kmsUnusable ? t('cause.identity.kmsUnusable') : facts.kmsCiphertext ? t('cause.identity.kmsDecrypt') : t('cause.identity.silent', { target });
  }
}

function allowFix(ctx: Ctx): Fix | null {
  if (!ctx.primary) return null;
  const target = identityTarget(ctx);
  const who = identity.owner(ctx.facts);
  if (!target.editable) {
    return { target: 'identity-policy', who, attachTo: target.attachTo, policy: null, note: joinNotes(ctx, target.notes), placeholders: target.placeholders };
  }
  const problem = actionProblem(ctx);
  if (problem) return { target: 'identity-policy', who, attachTo: target.attachTo, policy: null, note: joinNotes(ctx, [...target.notes, problem]), placeholders: target.placeholders };
  const s = allowStatements(ctx, true);
  const placeholders = [...target.placeholders];
  addUnique(placeholders, s.placeholders);
  const crossAccount = ctx.facts.crossAccount || ctx.facts.resourceAccountMask !== null;
  return {
    target: 'identity-policy',
    who,
    attachTo: target.attachTo,
    policy: doc(...s.statements),
    note: joinNotes(ctx, [...target.notes, ...s.notes, crossAccount && ctx.facts.trustCall ? ctx.t('note.identity.callerSide') : null, placeholderNote(ctx, placeholders)]),
    placeholders,
  };
}

export const identity: LayerPlaybook = {
  layer: 'identity',
  target: 'identity-policy',
  owner: (f) => ownerOf('identity', f),
  reason,
  allowFix: (ctx) => allowFix(ctx),
  denyFix: (ctx) => {
    const target = identityTarget(ctx);
    return denyFix(ctx, identity, { attachTo: target.attachTo, placeholders: target.placeholders });
  },
  checks: (ctx) => {
    const v = valuesOf(ctx);
    return [policiesStep(v), simulateStep(v)].filter((s) => s !== null);
  },
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
};
