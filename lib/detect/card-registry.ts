// The cards in one document, one per distinct denial, and where they sit. Cards are siblings of their message (never
// inside React-managed text), placed after the message and after the cards already placed for it; new cards wait
// while a backlog is read so a flood costs one layout; a card the page removed while its message stayed is put back,
// within a per-second limit, so a page that keeps removing it cannot make us fight it every frame.
import type { Finding } from '../model';
import type { Container } from './containers';
import type { CardLayer } from './detector-types';
import { PerSecond } from './frame-budget';

/** Longest a new card waits for the rest of a backlog before it is placed anyway. */
const MAX_PLACEMENT_DELAY_MS = 150;

export interface Shown {
  key: string;
  finding: Finding;
  /** The message element the card belongs to. */
  container: Element;
  host: HTMLElement;
  atLoad: boolean;
  /** Signature of the group role last applied (see regroup.ts). */
  role: string;
  reattach: PerSecond;
}

/** What the registry needs to know of a followed message to place its cards. */
export interface Placement {
  container: Container;
  /** The denials the message shows, in order. */
  keys: readonly string[];
}

export class CardRegistry {
  private readonly cards = new Map<string, Shown>();
  private readonly toPlace = new Set<Shown>();
  private placeSince = 0;
  private changed = false;
  private reported = '';

  constructor(
    private readonly now: () => number,
    private readonly maxCards: number,
    /** The followed message an element is, if any. */
    private readonly placementOf: (container: Element) => Placement | undefined,
  ) {}

  get size(): number {
    return this.cards.size;
  }

  /** No room for another card. */
  get full(): boolean {
    return this.cards.size >= this.maxCards;
  }

  get waiting(): boolean {
    return this.toPlace.size > 0;
  }

  get(key: string): Shown | undefined {
    return this.cards.get(key);
  }

  has(key: string): boolean {
    return this.cards.has(key);
  }

  all(): Shown[] {
    return [...this.cards.values()];
  }

  findings(): Finding[] {
    return this.all().map((shown) => shown.finding);
  }

  /** A new card: registered now, put into the page by the next `flush`. */
  add(shown: Shown): void {
    this.cards.set(shown.key, shown);
    this.changed = true;
    if (this.toPlace.size === 0) this.placeSince = this.now();
    this.toPlace.add(shown);
  }

  /** The card's message now shows another denial: the card keeps its host under the new key. */
  rekey(shown: Shown, key: string): void {
    this.cards.delete(shown.key);
    shown.key = key;
    this.cards.set(key, shown);
    this.changed = true;
  }

  remove(shown: Shown, layer: CardLayer): void {
    this.toPlace.delete(shown);
    destroyCard(shown, layer);
    this.cards.delete(shown.key);
    this.changed = true;
  }

  /** Removes every card from the page (the detector stopped). */
  clear(layer: CardLayer | null): void {
    for (const shown of this.cards.values()) {
      if (layer) destroyCard(shown, layer);
      else shown.host.remove();
    }
    this.cards.clear();
    this.toPlace.clear();
  }

  /** Cards on or off (per-service setting): hosts leave or return; the registry keeps them either way. */
  setEnabled(enabled: boolean): void {
    if (enabled) this.toPlace.clear();
    for (const shown of this.cards.values()) {
      if (enabled) this.place(shown);
      else shown.host.remove();
    }
  }

  /** Puts waiting cards into the page unless a backlog is still being read (for at most MAX_PLACEMENT_DELAY_MS). */
  flush(backlog: boolean, enabled: boolean): void {
    if (this.toPlace.size === 0) return;
    if (backlog && !this.full && this.now() - this.placeSince < MAX_PLACEMENT_DELAY_MS) return;
    if (enabled) for (const shown of this.toPlace) this.place(shown);
    this.toPlace.clear();
  }

  /** Puts back cards the page removed while their message stayed; true when some must wait for the next second. */
  reattach(maxPerSecond: number): boolean {
    const now = this.now();
    let more = false;
    for (const shown of this.cards.values()) {
      if (shown.host.isConnected || this.toPlace.has(shown)) continue;
      if (shown.reattach.count(now) >= maxPerSecond) {
        more = true;
        continue;
      }
      shown.reattach.add(now);
      this.place(shown);
    }
    return more;
  }

  /** Places a card after its message (or inside it, for `append` containers), after the cards already there. */
  place(shown: Shown): void {
    const followed = this.placementOf(shown.container);
    if (!followed) return;
    const { anchor, placement } = followed.container;
    if (!anchor.isConnected) return;
    try {
      if (placement === 'append') {
        if (shown.host.parentNode !== anchor) anchor.appendChild(shown.host);
        return;
      }
      // After the anchor and after the cards already placed for the same message, in finding order.
      let ref: Element = anchor;
      for (const key of followed.keys) {
        if (key === shown.key) break;
        const sibling = this.cards.get(key);
        if (sibling && sibling.container === shown.container && sibling.host.parentNode === anchor.parentNode) ref = sibling.host;
      }
      if (ref.nextSibling !== shown.host) ref.after(shown.host);
    } catch {
      // A parent that refuses children (or a page that replaced `after`) leaves this card unplaced; nothing breaks.
    }
  }

  /** The set of denials when it changed since the last call, else null. */
  takeChange(): Finding[] | null {
    if (!this.changed) return null;
    this.changed = false;
    const keys = [...this.cards.keys()].sort().join(' ');
    if (keys === this.reported) return null;
    this.reported = keys;
    return this.findings();
  }
}

function destroyCard(shown: Shown, layer: CardLayer): void {
  try {
    layer.destroy(shown.host);
  } finally {
    shown.host.remove();
  }
}
