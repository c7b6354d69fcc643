// Identity policy, implicit deny: an Allow with exactly the denied action(s) and resource, shaped by the action's
// resource types, plus the actions it depends on — attached to the role behind the session, the user, or the
// Identity Center permission set.
import type { Fix } from '../../model';
import type { Ctx } from '../context';
import { ownerOf } from '../owner';
import { doc } from '../policy';
import { identityTarget } from '../target';
import { addUnique, allowStatements, joinNotes, placeholderNote } from './common';

export function identityAllowFix(ctx: Ctx): Fix | null {
  if (!ctx.primary) return null;
  const target = identityTarget(ctx);
  const who = ownerOf('identity', ctx.facts);
  if (!target.editable) {
    return { target: 'identity-policy', who, attachTo: target.attachTo, policy: null, note: joinNotes(ctx, target.notes), placeholders: target.placeholders };
  }
  const s = allowStatements(ctx, true);
  const placeholders = [...target.placeholders];
  addUnique(placeholders, s.placeholders);
  return {
    target: 'identity-policy',
    who,
    attachTo: target.attachTo,
    policy: doc(...s.statements),
    note: joinNotes(ctx, [...target.notes, ...s.notes, placeholderNote(ctx, placeholders)]),
    placeholders,
  };
}
