// Credentials failures: not a policy change but a checklist, by kind of failure.
import type { Fix } from '../../model';
import type { Ctx } from '../context';
import { credentialKind } from '../credentials';

export function credentialsFix(ctx: Ctx): Fix {
  const kind = credentialKind(ctx.facts.finding);
  return { target: 'credentials', who: 'you', attachTo: null, policy: null, note: ctx.t(`note.credentials.${kind}`), placeholders: [] };
}
