// Session policies: passed by whoever creates the session (AssumeRole --policy/--policy-arns, GetFederationToken, a
// broker or CI tool) and intersected with the role's permissions. The fix is a different session request — never an
// exemption for your own role inside the session policy, which would delete it.
import type { Fix } from '../../model';
import { say } from '../../steps/common';
import { sh } from '../../steps/shell';
import { valuesOf } from '../../steps/values';
import type { Ctx } from '../context';
import { denyFix } from '../exception';
import { joinNotes, placeholderNote } from '../notes';
import { doc } from '../policy';
import type { RankedCause } from '../rank';
import { actionProblem, allowStatements } from '../statements';
import { ownerOf } from '../owner';
import type { LayerPlaybook } from './types';

function reason(ctx: Ctx, c: RankedCause): string {
  return ctx.t(c.detail === 'legacy-explicit' ? 'cause.session.legacyExplicit' : 'cause.session.possible');
}

function allowFix(ctx: Ctx): Fix | null {
  if (!ctx.primary) return null;
  const problem = actionProblem(ctx);
  if (problem) return { target: 'session-policy', who: session.owner(ctx.facts), attachTo: null, policy: null, note: problem, placeholders: [] };
  const s = allowStatements(ctx, false);
  const notes = [ctx.t('note.session.implicit'), ...s.notes, placeholderNote(ctx, s.placeholders)];
  return { target: 'session-policy', who: session.owner(ctx.facts), attachTo: null, policy: doc(...s.statements), note: joinNotes(ctx, notes), placeholders: s.placeholders };
}

export const session: LayerPlaybook = {
  layer: 'session',
  target: 'session-policy',
  owner: (f) => ownerOf('session', f),
  reason,
  allowFix: (ctx) => allowFix(ctx),
  denyFix: (ctx) => denyFix(ctx, session, { attachTo: null }),
  checks: (ctx) => {
    const v = valuesOf(ctx);
    const sessionName = ctx.facts.principal.sessionName;
    if (!v.roleName || !sessionName || !/^[\w+=,.@-]{2,64}$/.test(sessionName)) return [];
    return [
      {
        title: say(v, 'session.title', { role: v.roleName }),
        command: `aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=AssumeRole --max-items 50 --query "Events[?contains(CloudTrailEvent, ${sh(`'${sessionName}'`)})].CloudTrailEvent" --output text`,
        meaning: say(v, 'session.meaning', { session: sessionName }),
      },
    ];
  },
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session',
};
