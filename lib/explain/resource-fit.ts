// Which of an action's resource types a printed ARN is, also when the message printed it a little off: a type in
// the plural, a bucket for its objects, an ARN stopped at a separator or cut short by its writer.
import { matchTemplate, templateSpecificity } from '../iam/arn-template';
import type { ActionInfo, ResourceTypeRef } from '../iam/types';

export type Fit = { rt: ResourceTypeRef; vars: Record<string, string>; score: number };

/** The action's resource type that the ARN fits best (the message's type word counts), or null. */
function bestFit(info: ActionInfo, candidate: string, hint: string | null): Fit | null {
  let found: Fit | null = null;
  for (const rt of info.resourceTypes) {
    const vars = matchTemplate(rt.arn, candidate);
    if (!vars) continue;
    const score = templateSpecificity(rt.arn) + (hint && rt.key === hint ? 100 : 0);
    if (!found || score > found.score) found = { rt, vars, score };
  }
  return found;
}

/** The type the ARN fits, also when the message printed it plural or stopped at a bucket or separator. */
export function fitArn(info: ActionInfo, printed: string, hint: string | null): { best: Fit | null; arn: string; widened: boolean } {
  const best = bestFit(info, printed, hint);
  if (best) return { best, arn: printed, widened: false };
  // Messages sometimes print a type in the plural (`deliverystreams/NAME`): the action's own type is singular.
  const singular = printed.replace(/^((?:[^:]*:){5})([a-z-]+?)s\//, '$1$2/');
  const fit = singular !== printed ? bestFit(info, singular, hint) : null;
  if (fit) return { best: fit, arn: singular, widened: true };
  // An object action printed with its bucket's ARN (or a prefix without a key) stands for the bucket's objects:
  // `bucket/*`, never the bucket itself, which no object action accepts.
  // An ARN that stops at a separator (`bucket/`, `stack/NAME/`) names every resource below it (but see unnamedId).
  if (!printed.endsWith('*')) {
    const below = /[/:]$/.test(printed) ? `${printed}*` : `${printed}/*`;
    const fitBelow = bestFit(info, below, hint);
    if (fitBelow && (/[/:]$/.test(printed) || fitBelow.rt.key === 'object')) return { best: fitBelow, arn: below, widened: true };
  }
  // A writer who cut the id short (`application/ssoins-...`) also cut what follows it: the elided part stands for
  // the rest of the name, which fillVars turns into the type's placeholders.
  if (/(?:\.{3}|…)$/.test(printed)) {
    const fitCut = bestFit(info, `${printed}/*`, hint);
    if (fitCut) return { best: fitCut, arn: `${printed}/*`, widened: true };
  }
  // A message may print an ARN without the part its type ends in after a colon (a Kinesis consumer without its
  // creation timestamp: `stream/s/consumer/c`): the ARN stands for every such resource, `…:*`.
  if (!/[*:/]$/.test(printed)) {
    const fitTail = bestFit(info, `${printed}:*`, hint);
    if (fitTail) return { best: fitTail, arn: `${printed}:*`, widened: true };
  }
  return { best: null, arn: printed, widened: false };
}
