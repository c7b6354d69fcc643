// Which of an action's resource types a message means when it names no resource: the type its words, the action's
// name or the IAM data's "required" mark single out — or none, when several tie and a grant must cover them all.
import type { ActionInfo, ResourceTypeRef } from '../iam/types';
import { withPlaceholders } from './resource-companions';
import type { ResourceContext } from './resource';

/** How well a resource type suits an action when the message does not say which it is. */
function typeScore(info: ActionInfo, rt: ResourceTypeRef, hint: string | null): number {
  const key = rt.key.toLowerCase();
  const compact = key.replace(/[^a-z0-9]/g, '');
  let score = 0;
  if (hint && (key === hint || compact === hint.replace(/[^a-z0-9]/g, ''))) score += 10;
  if (rt.required) score += 4;
  if (info.name.toLowerCase().includes(compact)) score += 2;
  if (/accesspoint|multiregion|outpost/.test(key)) score -= 3;
  return score;
}

/**
 * The type that suits the action best (the first of those that score highest), and whether nothing picks one: none
 * is required, none is named by the action or a hint, and at least three tie (ec2:CreateTags on any of ninety types,
 * organizations:TagResource on an account, a root, an OU or a policy) — the first in the list would then be a guess
 * the grant does not cover. (Two that tie stay the first's: Lex's PostContent on a bot alias or version. A call that
 * may name none of its types, translate:TranslateText without a terminology, is authorized on "*", which no ARN
 * covers: still open, see README.)
 */
export function typeChoice(info: ActionInfo, hint: string | null): { type: ResourceTypeRef | null; standsOut: boolean } {
  let best: ResourceTypeRef | null = null;
  let top = -Infinity;
  const tied = new Set<string>();
  for (const rt of info.resourceTypes) {
    const s = typeScore(info, rt, hint);
    if (s > top) {
      best = rt;
      top = s;
      tied.clear();
    }
    if (s === top) tied.add(rt.key);
  }
  return { type: best, standsOut: top >= 2 || tied.size < 3 };
}

/**
 * Every resource of the service in the account and region (`arn:aws:ec2:REGION:ACCOUNT_ID:*`): what a grant must cover
 * when the message names no resource and the action takes several types alike. Narrower than "*" (another account's
 * resources stay out), and the location parts the service's ARNs leave empty stay empty (`arn:aws:s3:::*`).
 */
export function serviceWide(rt: ResourceTypeRef, ctx: ResourceContext, placeholders: string[]): string {
  const head = rt.arn.split(':').slice(0, 5).join(':');
  return withPlaceholders(`${head}:*`, ctx, null, null, placeholders);
}
