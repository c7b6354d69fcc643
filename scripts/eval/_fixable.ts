// Which access-denied findings a policy change can fix, so the engine has something to confirm: the action is
// printed (or follows from the operation), the Service Authorization Reference has it, and the "resource" is not a
// user given where a role was meant. Shared by the Node and the extension evals so both count the same denials.
import { readFacts } from '../../lib/explain/facts';
import { loadIndex } from '../../lib/iam/load';
import type { Finding } from '../../lib/model';

/** Why no policy fix can be checked for this finding, or null when it is fixable. */
export async function notFixableReason(f: Finding): Promise<string | null> {
  const facts = readFacts(f);
  if (!facts.action) return 'no action or operation in the message';
  const known = (await loadIndex([facts.service ?? ''])).action(facts.action);
  if (!known) return `${facts.action} is not an action of the Service Authorization Reference`;
  if (facts.resourceIsUser) return `${facts.action} on a user: no policy helps, the role ARN is wrong`;
  return null;
}
