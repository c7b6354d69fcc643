// Denials that appear while a page loads (before the user types or clicks) are dashboard-widget noise: two or more
// of them share one card, the first in document order leads and lists them all, the others stay collapsed. This file
// decides the roles; it touches no DOM, so the rule is tested on plain objects.
import type { Finding } from '../model';
import type { GroupRole } from './detector-types';

export interface Groupable {
  key: string;
  finding: Finding;
  /** Shown during the load window, before any user input. */
  atLoad: boolean;
  /** The role last applied, as a signature (`single`, `member`, `leader:<keys>`); '' before any. */
  role: string;
}

export interface RoleChange<T> {
  card: T;
  role: GroupRole;
  signature: string;
}

/**
 * The roles of `cards` (in registry order) that differ from the ones last applied. A leader is always re-applied:
 * its members' findings may have changed under the same keys.
 * @param isLive the card's message is still in the document (gone ones do not count for a group)
 * @param order document order of two cards' messages
 */
export function regroup<T extends Groupable>(cards: readonly T[], isLive: (card: T) => boolean, order: (a: T, b: T) => number): RoleChange<T>[] {
  const atLoad = cards.filter((card) => card.atLoad && isLive(card)).sort(order);
  const grouped = atLoad.length >= 2;
  const leader = grouped ? atLoad[0] : undefined;
  const changes: RoleChange<T>[] = [];
  for (const card of cards) {
    let role: GroupRole;
    let signature: string;
    if (leader === card) {
      role = { kind: 'leader', members: atLoad.map((member) => member.finding) };
      signature = 'leader:' + atLoad.map((member) => member.key).join(',');
    } else if (grouped && atLoad.includes(card)) {
      role = { kind: 'member' };
      signature = 'member';
    } else {
      role = { kind: 'single' };
      signature = 'single';
    }
    if (signature !== card.role || role.kind === 'leader') changes.push({ card, role, signature });
  }
  return changes;
}

/** Document order of two elements, for sort: -1 when `a` comes first. */
export function documentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  // DOCUMENT_POSITION_FOLLOWING = 4: b comes after a.
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}
