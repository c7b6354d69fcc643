// The card's three lines from the explainer's light verdict (no IAM index: the content script stays small). A bug
// there must not leave a card blank, so a failure falls back to the facts the finding itself carries.
import type { CardText } from './types';
import { verdict } from '../../lib/explain/verdict';
import type { Finding, Lang } from '../../lib/model';

export function describe(finding: Finding, lang: Lang): CardText {
  try {
    const v = verdict(finding, lang);
    return { verdict: v.text, layer: v.layerLabel, who: v.whoLabel };
  } catch {
    const what = finding.action ?? finding.errorCode ?? finding.category;
    // No "Who acts: —" placeholder: the card leaves out what it does not know.
    return { verdict: what, layer: finding.policyType ?? finding.category, who: '' };
  }
}
