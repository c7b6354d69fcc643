// The card's three lines from the explainer's light verdict (no IAM index: the content script stays small). A bug
// there must not leave a card blank, so a failure falls back to the facts the finding itself carries.
import type { CardText } from './types';
import { verdict } from '../../lib/explain/verdict';
import { authorizationNotice } from '../../lib/i18n/authorization';
import type { Finding, Lang } from '../../lib/model';

/** When this page first showed each authorization ID: the details are kept 24 h from the denial. */
const firstSeen = new Map<string, number>();

function authorizationLine(finding: Finding, lang: Lang, now: number): Pick<CardText, 'authorization' | 'authorizationChangesAt'> {
  const id = finding.authorizationId;
  if (!id) return {};
  if (!firstSeen.has(id)) firstSeen.set(id, now);
  const seenAt = firstSeen.get(id) ?? now;
  const notice = authorizationNotice(id, seenAt, now, lang, 'card');
  if (!notice) return {};
  return { authorization: notice.text, ...(notice.changesAt !== null ? { authorizationChangesAt: notice.changesAt } : {}) };
}

export function describe(finding: Finding, lang: Lang, now: number = Date.now()): CardText {
  try {
    const v = verdict(finding, lang);
    return { verdict: v.text, layer: v.layerLabel, who: v.whoLabel, ...authorizationLine(finding, lang, now) };
  } catch {
    const what = finding.action ?? finding.errorCode ?? finding.category;
    // No "Who acts: —" placeholder: the card leaves out what it does not know.
    return { verdict: what, layer: finding.policyType ?? finding.category, who: '' };
  }
}
