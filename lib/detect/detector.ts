// Follows a console document as it changes and keeps one card beside each distinct denial it shows.
//
// Cost model: the MutationObserver callback only files what changed (scan-queue.ts). Work happens in `run`, inside
// a per-frame time budget (frame-budget.ts): a one-regex prefilter on added text, then container lookup and parsing
// only for text that passed it (parses remembered in text-cache.ts). Mutations that cannot hold a denial cost a Set
// insertion and one regex test. Card count, followed containers and queued nodes are all capped, so a page that
// floods or rewrites banners cannot make the work per frame grow.
//
// The console is React: it re-renders, replaces nodes and removes what it does not know. Cards (card-registry.ts)
// are re-attached when removed while their message stays, moved when the message is re-created elsewhere, and
// removed when the message goes. This file follows the messages and decides which denial has a card.
import type { Finding } from '../model';
import { CARD_TAG } from './attributes';
import { CardRegistry, type Shown } from './card-registry';
import { findContainer, type Container, type Strength } from './containers';
import { DEFAULT_DETECTOR_LIMITS, type CardLayer, type DetectorLimits, type DetectorOptions, type Engine } from './detector-types';
import { sameFinding } from './findings';
import { FrameBudget, PerSecond } from './frame-budget';
import { isLogViewer } from './page';
import { mayHoldDenial } from './prefilter';
import { documentOrder, regroup } from './regroup';
import { ScanQueue } from './scan-queue';
import { containerText } from './text';
import { TextCache } from './text-cache';

export { DEFAULT_DETECTOR_LIMITS } from './detector-types';
export type { CardLayer, DetectorLimits, DetectorOptions, Engine, GroupRole } from './detector-types';

/** A message the detector follows. */
interface Tracked {
  container: Container;
  /** Text at the last evaluation: unchanged text is not parsed again. */
  text: string | null;
  keys: string[];
  /** Evaluations in the current second, and when the next one may run (a message rewritten non-stop cools down). */
  evals: PerSecond;
  nextAt: number;
}

/** A message re-read more often than this per second is read at most every HOT_INTERVAL_MS from then on. */
const HOT_EVALS_PER_SECOND = 10;
const HOT_INTERVAL_MS = 250;
/** How far up a changed text node looks for a message already followed, before any selector matching. */
const TRACKED_LOOKUP_DEPTH = 32;
/** Distinct message texts whose findings are remembered. */
const TEXT_CACHE_SIZE = 256;

export class Detector {
  private readonly o: DetectorOptions;
  private readonly limits: DetectorLimits;
  private engine: Engine | null = null;
  private engineRequested = false;
  private observer: MutationObserver | null = null;
  private readonly queue: ScanQueue;
  private readonly budget: FrameBudget<Element>;
  private readonly cards: CardRegistry;
  private readonly textCache = new TextCache<Finding[]>(TEXT_CACHE_SIZE);
  private readonly tracked = new Map<Element, Tracked>();
  private readonly dirty = new Set<Element>();
  /** Messages not yet read while the card limit is reached: read when a card slot frees up. */
  private readonly parked = new Set<Element>();
  private verifyNeeded = false;
  private groupsDirty = false;
  private scheduled = false;
  private loadUntil: number;
  private interacted = false;
  private lastUrl: string;
  private logViewer: boolean;
  private cardsEnabled = true;
  private stopped = false;

  constructor(options: DetectorOptions) {
    this.o = options;
    this.limits = { ...DEFAULT_DETECTOR_LIMITS, ...options.limits };
    this.queue = new ScanQueue(options.doc, options.now, this.limits.maxPending);
    this.budget = new FrameBudget<Element>(options.now, this.limits.frameBudgetMs, this.limits.frameMs);
    this.cards = new CardRegistry(options.now, this.limits.maxCards, (el) => this.tracked.get(el));
    this.loadUntil = options.now() + this.limits.loadWindowMs;
    this.lastUrl = options.pageUrl();
    this.logViewer = isLogViewer(this.lastUrl);
    if (options.signal?.aborted) this.stopped = true;
    else options.signal?.addEventListener('abort', () => this.stop(), { once: true });
  }

  start(): void {
    if (this.stopped) return;
    const Observer = this.o.doc.defaultView?.MutationObserver;
    if (!Observer) return;
    // Cards left by an earlier instance of the content script (extension reloaded or updated) are dead: their
    // buttons talk to a context that is gone. This instance shows its own.
    for (const stray of Array.from(this.o.doc.querySelectorAll(CARD_TAG))) stray.remove();
    this.observer = new Observer((records) => this.onRecords(records));
    this.observer.observe(this.o.doc, { childList: true, subtree: true, characterData: true });
    this.queue.requestFullScan();
    this.run();
  }

  /** The engine arrived: messages waiting for it are evaluated now. */
  setEngine(engine: Engine): void {
    this.engine = engine;
    this.run();
  }

  /** Stops observing and removes every card (the content script's context was invalidated). Safe to call twice. */
  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.observer = null;
    this.cards.clear(this.engine?.layer ?? null);
    this.tracked.clear();
    this.textCache.clear();
    this.dirty.clear();
    this.parked.clear();
    this.queue.clear();
  }

  /** The user typed or clicked: denials from now on are theirs, not page-load widget noise. */
  markInteraction(): void {
    this.interacted = true;
  }

  /** Per-service setting: with cards off, denials are still found (badge, history) but nothing is shown. */
  setCardsEnabled(enabled: boolean): void {
    if (enabled === this.cardsEnabled) return;
    this.cardsEnabled = enabled;
    this.cards.setEnabled(enabled);
    this.groupsDirty = true;
    this.run();
  }

  /** The denials currently shown (for tests and the badge). */
  findings(): Finding[] {
    return this.cards.findings();
  }

  private onRecords(records: MutationRecord[]): void {
    if (this.stopped) return;
    const { removals, flooded } = this.queue.file(records, this.tracked.size > 0, this.cards.size > 0);
    if (removals) this.verifyNeeded = true;
    if (flooded) {
      this.verifyNeeded = true;
      for (const el of this.tracked.keys()) this.dirty.add(el);
    }
    // Work is batched per frame: once a run is scheduled, further mutations only add to it. Otherwise run now,
    // so a new banner gets its card before the next paint.
    if (!this.scheduled) this.run();
  }

  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    this.o.defer(() => {
      this.scheduled = false;
      this.run();
    });
  }

  private hasWork(): boolean {
    return this.queue.hasWork || this.cards.waiting || (this.dirty.size > 0 && this.engine !== null) || this.verifyNeeded || this.groupsDirty;
  }

  private run(): void {
    if (this.stopped || !this.hasWork()) return;
    const slice = this.budget.begin();
    if (!slice) {
      this.schedule();
      return;
    }
    const { start, deadline } = slice;
    this.noticeNavigation(start);
    // With messages already waiting, scanning for more may take only half the budget.
    const seen = new Map<Element, Container | null>();
    const logViewer = this.logViewer;
    this.queue.scanRoots(this.dirty.size > 0 ? start + (deadline - start) / 2 : deadline, (el) => this.candidate(el, seen, logViewer));
    this.queue.scanChangeSites((el) => this.tracked.has(el), (el) => this.dirty.add(el));
    this.evaluateDirty(deadline);
    // Roles first, so new cards go into the page already in their final (grouped or single) form.
    if (this.groupsDirty) this.applyGroups();
    this.cards.flush(this.queue.backlog || this.dirty.size > 0, this.cardsEnabled);
    if (this.verifyNeeded) this.verify();
    if (this.groupsDirty) this.applyGroups();
    const change = this.cards.takeChange();
    if (change) this.o.onChange(change);
    this.budget.end(start);
    if (this.hasWork()) this.schedule();
  }

  /** A single-page navigation starts a new page load: its widgets' denials are grouped again. */
  private noticeNavigation(now: number): void {
    const url = this.o.pageUrl();
    if (url === this.lastUrl) return;
    this.lastUrl = url;
    this.logViewer = isLogViewer(url);
    this.loadUntil = now + this.limits.loadWindowMs;
    this.interacted = false;
  }

  private candidate(el: Element, seen: Map<Element, Container | null>, logViewer: boolean): void {
    // Text changing inside a message already followed (a banner being re-rendered or rewritten): no selectors.
    if (this.tracked.size > 0) {
      let node: Element | null = el;
      for (let depth = 0; node && depth < TRACKED_LOOKUP_DEPTH; depth++, node = node.parentElement) {
        if (this.tracked.has(node)) {
          this.dirty.add(node);
          return;
        }
      }
    }
    // No room for another card: new messages are not even looked up (a slot freeing up triggers a rescan).
    if (this.cards.full) return;
    let container = seen.get(el);
    if (container === undefined) {
      container = findContainer(el);
      seen.set(el, container);
    }
    if (!container) return;
    if (logViewer && container.strength === 'weak') return;
    if (!this.tracked.has(container.el)) {
      if (this.tracked.size >= this.limits.maxTracked) return;
      this.tracked.set(container.el, { container, text: null, keys: [], evals: new PerSecond(), nextAt: 0 });
    }
    this.dirty.add(container.el);
  }

  private evaluateDirty(deadline: number): void {
    if (this.dirty.size === 0) return;
    if (!this.engine) {
      if (!this.engineRequested) {
        this.engineRequested = true;
        this.o.needEngine();
      }
      return;
    }
    for (const el of this.dirty) {
      if (this.o.now() > deadline) return;
      // One evaluation per container per frame: a banner rewritten a thousand times a second costs one parse a frame.
      if (this.budget.doneInWindow.has(el)) continue;
      const tracked = this.tracked.get(el);
      const now = this.o.now();
      if (tracked && tracked.nextAt > now) continue;
      this.dirty.delete(el);
      if (this.cards.full && tracked && tracked.text === null) {
        // No room for another card: a flood of new banners is not read until a slot frees up.
        this.parked.add(el);
        continue;
      }
      this.budget.doneInWindow.add(el);
      if (tracked && tracked.evals.add(now) > HOT_EVALS_PER_SECOND) tracked.nextAt = now + HOT_INTERVAL_MS;
      this.evaluate(el);
    }
  }

  private evaluate(el: Element): void {
    const tracked = this.tracked.get(el);
    const engine = this.engine;
    if (!tracked || !engine) return;
    if (!el.isConnected) {
      this.verifyNeeded = true;
      return;
    }
    const text = containerText(el);
    if (text === tracked.text) return;
    tracked.text = text;
    const found = distinct(engine, mayHoldDenial(text) ? this.findingsFor(engine, text, tracked.container.strength) : []);
    const keys = found.map(([key]) => key);
    // A message that now says another denial keeps its card (re-labelled) instead of trading it for a new one.
    const reusable = tracked.keys
      .filter((old) => !keys.includes(old))
      .map((old) => this.cards.get(old))
      .filter((shown): shown is Shown => shown !== undefined && shown.container === el);
    for (const [key, finding] of found) {
      const reuse = this.cards.has(key) ? undefined : reusable.shift();
      if (reuse) {
        this.cards.rekey(reuse, key);
        reuse.finding = finding;
        this.layer().update(reuse.host, finding, key);
        this.groupsDirty = true;
      } else {
        this.show(key, finding, tracked);
      }
    }
    for (const old of tracked.keys) {
      if (!keys.includes(old)) this.release(old, el);
    }
    tracked.keys = keys;
    if (keys.length === 0) this.tracked.delete(el);
  }

  private findingsFor(engine: Engine, text: string, strength: Strength): Finding[] {
    return this.textCache.getOrCompute(`${strength}\u0000${text}`, () => engine.findingsIn(text, strength));
  }

  private show(key: string, finding: Finding, tracked: Tracked): void {
    const el = tracked.container.el;
    const existing = this.cards.get(key);
    if (existing) {
      if (existing.container !== el) {
        const owner = this.tracked.get(existing.container);
        // Another live message already shows this denial: one card per distinct denial.
        if (existing.container.isConnected && owner?.keys.includes(key)) return;
        existing.container = el;
        if (this.cardsEnabled) this.cards.place(existing);
      }
      if (!sameFinding(existing.finding, finding)) {
        existing.finding = finding;
        this.layer().update(existing.host, finding, key);
        this.groupsDirty = true;
      }
      return;
    }
    if (this.cards.full) return;
    this.cards.add({
      key,
      finding,
      container: el,
      host: this.layer().create(finding, key),
      atLoad: !this.interacted && this.o.now() <= this.loadUntil,
      role: '',
      reattach: new PerSecond(),
    });
    this.groupsDirty = true;
  }

  /** The container no longer shows `key`: hand the card to another message showing it, or remove it. */
  private release(key: string, from: Element): void {
    const shown = this.cards.get(key);
    if (!shown || shown.container !== from) return;
    for (const [el, tracked] of this.tracked) {
      if (el !== from && el.isConnected && tracked.keys.includes(key)) {
        shown.container = el;
        if (this.cardsEnabled) this.cards.place(shown);
        return;
      }
    }
    const wasFull = this.cards.full;
    this.cards.remove(shown, this.layer());
    this.groupsDirty = true;
    if (wasFull) this.slotFreed();
  }

  /** A card slot is free: messages whose denials found no room get looked at again. */
  private slotFreed(): void {
    for (const el of this.parked) this.dirty.add(el);
    this.parked.clear();
    this.queue.requestFullScan();
    for (const [el, tracked] of this.tracked) {
      if (tracked.keys.some((k) => !this.cards.has(k))) {
        tracked.text = null;
        this.dirty.add(el);
      }
    }
  }

  /** Messages that left the page release their cards; cards the page removed are put back. */
  private verify(): void {
    this.verifyNeeded = false;
    for (const [el, tracked] of this.tracked) {
      if (el.isConnected) continue;
      this.tracked.delete(el);
      this.dirty.delete(el);
      this.parked.delete(el);
      for (const key of tracked.keys) this.release(key, el);
    }
    if (this.cardsEnabled && this.cards.reattach(this.limits.maxReattachPerSecond)) this.verifyNeeded = true;
  }

  private applyGroups(): void {
    this.groupsDirty = false;
    const changes = regroup(
      this.cards.all(),
      (shown) => shown.container.isConnected,
      (a, b) => documentOrder(a.container, b.container),
    );
    for (const { card, role, signature } of changes) {
      card.role = signature;
      this.layer().setRole(card.host, role);
    }
  }

  /** Cards exist only once the engine is in, so its layer is always there when a card is touched. */
  private layer(): CardLayer {
    if (!this.engine) throw new Error('card without an engine');
    return this.engine.layer;
  }
}

/** The findings with their keys, one per key, in order. */
function distinct(engine: Engine, findings: readonly Finding[]): [string, Finding][] {
  const out = new Map<string, Finding>();
  for (const finding of findings) {
    const key = engine.key(finding);
    if (!out.has(key)) out.set(key, finding);
  }
  return [...out];
}
