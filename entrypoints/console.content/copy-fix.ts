// What "Copy fix" puts on the clipboard: the first fix there is something to copy for — a policy, or for an
// explicit deny the Condition to add to the statement that denies (copied as the side panel shows it).
import type { CopyOutcome } from '../../components/card/types';
import type { Explanation } from '../../lib/model';

export type FixCopy = { text: string; outcome: CopyOutcome } | null;

export function fixToCopy(explanation: Explanation): FixCopy {
  const fix = explanation.fixes.find((candidate) => candidate.policy !== null || candidate.edit);
  const target = fix?.attachTo ?? null;
  if (fix?.policy) return { text: JSON.stringify(fix.policy, null, 2), outcome: { kind: 'copied', target } };
  if (fix?.edit) {
    return { text: JSON.stringify({ Condition: fix.edit.addCondition }, null, 2), outcome: { kind: 'copied-condition', action: fix.edit.action, target } };
  }
  return null;
}
