// Follows a console document as it changes and keeps one card beside each distinct denial it shows.
//
// Cost model: the MutationObserver callback only files what changed (added nodes; places where tracked messages
// changed or lost children). Work happens in `run`, inside a per-frame time budget: a one-regex prefilter on added
// text, then container lookup and parsing only for text that passed it. Mutations that cannot hold a denial cost a
// Set insertion and one regex test. Card count, tracked containers and queued nodes are all capped, so a page that
// floods or rewrites banners cannot make the work per frame grow.
//
// The console is React: it re-renders, replaces nodes and removes what it does not know. Cards are siblings of the
// message (never inside React-managed text), re-attached when removed while their message stays, moved when the
// message is re-created elsewhere, and removed when the message goes.
import type { Finding } from '../model';
import { CARD_TAG } from './attributes';
import { findContainer, type Container, type Strength } from './containers';
import { isLogViewer } from './page';
import { mayHoldDenial } from './prefilter';
import { containerText } from './text';

export type GroupRole = { kind: 'single' } | { kind: 'leader'; members: Finding[] } | { kind: 'member' };

/** Renders cards; the detector decides which exist and where they sit. */
export interface CardLayer {
  /** A new, detached card host for a finding. */
  create(finding: Finding, key: string): HTMLElement;
  /** The card's denial changed (`key` too when the message now shows another denial). */
  update(host: HTMLElement, finding: Finding, key: string): void;
  setRole(host: HTMLElement, role: GroupRole): void;
  destroy(host: HTMLElement): void;
}

/**
 * What turns a message's text into denials and cards: the parser, the card UI and the verdict texts. It is the
 * heavy part (tens of kB), so the content script loads it only once a page shows text that may be a denial.
 */
export interface Engine {
  findingsIn(text: string, strength: Strength): Finding[];
  /** Same denial → same key (the history fingerprint). */
  key(finding: Finding): string;
  layer: CardLayer;
}

export interface DetectorLimits {
  /** Distinct denials with a card in one document. */
  maxCards: number;
  /** Containers remembered at once (the rest are looked at again when they change). */
  maxTracked: number;
  /** Queued added nodes before the queue is dropped for one full rescan. */
  maxPending: number;
  /** Main-thread time the detector may use per frame window. */
  frameBudgetMs: number;
  frameMs: number;
  /** Denials that appear this soon after load (before any user input) are widget noise: grouped into one card. */
  loadWindowMs: number;
  /** Re-attachments of one card per second before the detector stops fighting a page that removes it. */
  maxReattachPerSecond: number;
}

export const DEFAULT_DETECTOR_LIMITS: DetectorLimits = {
  maxCards: 50,
  maxTracked: 1_000,
  maxPending: 2_000,
  frameBudgetMs: 4,
  frameMs: 16,
  loadWindowMs: 5_000,
  maxReattachPerSecond: 10,
};

export interface DetectorOptions {
  doc: Document;
  /** Called once when the first candidate message needs the engine; the caller answers with `setEngine`. */
  needEngine: () => void;
  /** The console page URL (the top page's for frames). */
  pageUrl: () => string;
  now: () => number;
  /** Runs `run` later, at the next frame or so. */
  defer: (run: () => void) => void;
  /** Called with the full set of denials in this document whenever it changes. */
  onChange: (findings: Finding[]) => void;
  limits?: Partial<DetectorLimits>;
}

interface Tracked {
  container: Container;
  /** Text at the last evaluation: unchanged text is not parsed again. */
  text: string | null;
  keys: string[];
  /** Evaluations in the current second, and when the next one may run (a message rewritten non-stop cools down). */
  burst: { second: number; count: number; nextAt: number };
}

interface Shown {
  key: string;
  finding: Finding;
  container: Element;
  host: HTMLElement;
  atLoad: boolean;
  role: string;
  reattach: { second: number; count: number };
}

interface Walk {
  root: Element;
  walker: TreeWalker;
  hits: number;
  joinable: boolean;
}

const SHOW_TEXT = 4;
/** nodeName of our card host in HTML documents. */
const CARD_NAME = CARD_TAG.toUpperCase();
/** A message re-read more often than this per second is read at most every HOT_INTERVAL_MS from then on. */
const HOT_EVALS_PER_SECOND = 10;
const HOT_INTERVAL_MS = 250;
/** How far up a changed text node looks for a message already followed, before any selector matching. */
const TRACKED_LOOKUP_DEPTH = 32;
/** Longest a new card waits for the rest of a backlog before it is placed anyway. */
const MAX_PLACEMENT_DELAY_MS = 150;
/** Distinct message texts whose findings are remembered. */
const TEXT_CACHE_SIZE = 256;
const MAX_ANCESTRY = 256;
/** A subtree whose text passes the prefilter only across node boundaries is read as one candidate up to this size. */
const MAX_JOINED_ROOT = 20_000;

export class Detector {
  private readonly o: DetectorOptions;
  private readonly limits: DetectorLimits;
  private engine: Engine | null = null;
  private engineRequested = false;
  private observer: MutationObserver | null = null;
  private readonly pendingRoots = new Set<Node>();
  private readonly changeSites = new Set<Node>();
  private fullScan = false;
  private verifyNeeded = false;
  private readonly tracked = new Map<Element, Tracked>();
  private readonly dirty = new Set<Element>();
  /** Messages not yet read while the card limit is reached: read when a card slot frees up. */
  private readonly parked = new Set<Element>();
  private walk: Walk | null = null;
  /** New cards wait here while a backlog is being read, so a flood costs one layout instead of one per frame. */
  private readonly toPlace = new Set<Shown>();
  private placeSince = 0;
  private readonly evaluatedInWindow = new Set<Element>();
  private readonly cards = new Map<string, Shown>();
  private windowStart = Number.NEGATIVE_INFINITY;
  private used = 0;
  private scheduled = false;
  private loadUntil: number;
  private interacted = false;
  private lastUrl: string;
  private cardsEnabled = true;
  private stopped = false;
  private groupsDirty = false;
  private reported = '';
  private cardsChanged = false;
  private readonly textCache = new Map<string, Finding[]>();
  private logViewer = false;

  constructor(options: DetectorOptions) {
    this.o = options;
    this.limits = { ...DEFAULT_DETECTOR_LIMITS, ...options.limits };
    this.loadUntil = options.now() + this.limits.loadWindowMs;
    this.lastUrl = options.pageUrl();
    this.logViewer = isLogViewer(this.lastUrl);
  }

  start(): void {
    const Observer = this.o.doc.defaultView?.MutationObserver;
    if (!Observer) return;
    // Cards left by an earlier instance of the content script (extension reloaded or updated) are dead: their
    // buttons talk to a context that is gone. This instance shows its own.
    for (const stray of Array.from(this.o.doc.querySelectorAll(CARD_TAG))) stray.remove();
    this.observer = new Observer((records) => this.onRecords(records));
    this.observer.observe(this.o.doc, { childList: true, subtree: true, characterData: true });
    this.fullScan = true;
    this.run();
  }

  /** The engine arrived: messages waiting for it are evaluated now. */
  setEngine(engine: Engine): void {
    this.engine = engine;
    this.run();
  }

  /** Stops observing and removes every card (the content script's context was invalidated). */
  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.observer = null;
    for (const shown of this.cards.values()) this.destroyCard(shown);
    this.cards.clear();
    this.tracked.clear();
    this.textCache.clear();
    this.dirty.clear();
    this.parked.clear();
    this.toPlace.clear();
    this.walk = null;
    this.pendingRoots.clear();
    this.changeSites.clear();
  }

  /** The user typed or clicked: denials from now on are theirs, not page-load widget noise. */
  markInteraction(): void {
    this.interacted = true;
  }

  /** Per-service setting: with cards off, denials are still found (badge, history) but nothing is shown. */
  setCardsEnabled(enabled: boolean): void {
    if (enabled === this.cardsEnabled) return;
    this.cardsEnabled = enabled;
    if (enabled) this.toPlace.clear();
    for (const shown of this.cards.values()) {
      if (enabled) this.place(shown);
      else shown.host.remove();
    }
    this.groupsDirty = true;
    this.run();
  }

  /** The denials currently shown (for tests and the badge). */
  findings(): Finding[] {
    return [...this.cards.values()].map((shown) => shown.finding);
  }

  private onRecords(records: MutationRecord[]): void {
    if (this.stopped) return;
    // This callback sees every mutation of the page: it only files nodes, touching as little of each record as it
    // can (each NodeList read costs a wrapper).
    const watching = this.tracked.size > 0;
    const removals = watching || this.cards.size > 0;
    for (const record of records) {
      if (record.type === 'characterData') {
        this.pendingRoots.add(record.target);
        if (watching) this.changeSites.add(record.target);
        continue;
      }
      const added = record.addedNodes;
      for (let i = 0; i < added.length; i++) {
        const node = added[i];
        if (node && node.nodeName !== CARD_NAME && node.nodeName !== CARD_TAG) this.pendingRoots.add(node);
      }
      if (removals && record.removedNodes.length > 0) {
        if (this.cards.size > 0) this.verifyNeeded = true;
        if (watching) this.changeSites.add(record.target);
      }
    }
    if (this.pendingRoots.size > this.limits.maxPending || this.changeSites.size > this.limits.maxPending) {
      // A flood: one full rescan later costs less than remembering every node.
      this.pendingRoots.clear();
      this.changeSites.clear();
      this.fullScan = true;
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
    return (
      this.fullScan ||
      this.walk !== null ||
      this.toPlace.size > 0 ||
      this.pendingRoots.size > 0 ||
      this.changeSites.size > 0 ||
      (this.dirty.size > 0 && this.engine !== null) ||
      this.verifyNeeded ||
      this.groupsDirty
    );
  }

  private run(): void {
    if (this.stopped || !this.hasWork()) return;
    const start = this.o.now();
    if (start - this.windowStart >= this.limits.frameMs) {
      this.windowStart = start;
      this.used = 0;
      this.evaluatedInWindow.clear();
    }
    if (this.used >= this.limits.frameBudgetMs) {
      this.schedule();
      return;
    }
    const deadline = start + (this.limits.frameBudgetMs - this.used);
    const url = this.o.pageUrl();
    if (url !== this.lastUrl) {
      // A single-page navigation starts a new page load: its widgets' denials are grouped again.
      this.lastUrl = url;
      this.logViewer = isLogViewer(url);
      this.loadUntil = start + this.limits.loadWindowMs;
      this.interacted = false;
    }
    // With messages already waiting, scanning for more may take only half the budget.
    this.scanRoots(this.dirty.size > 0 ? start + (deadline - start) / 2 : deadline, this.logViewer);
    this.scanChangeSites();
    this.evaluateDirty(deadline);
    // Roles first, so new cards go into the page already in their final (grouped or single) form.
    if (this.groupsDirty) this.regroup();
    this.flushPlacements();
    if (this.verifyNeeded) this.verify();
    if (this.groupsDirty) this.regroup();
    this.report();
    this.used += this.o.now() - start;
    if (this.hasWork()) this.schedule();
  }

  private scanRoots(deadline: number, logViewer: boolean): void {
    if (this.fullScan) {
      this.fullScan = false;
      this.walk = null;
      const root = this.o.doc.body ?? this.o.doc.documentElement;
      if (root) this.pendingRoots.add(root);
    }
    const seen = new Map<Element, Container | null>();
    let scanned = 0;
    for (;;) {
      if (this.walk) {
        if (!this.continueWalk(this.walk, deadline, seen, logViewer)) return;
        this.walk = null;
      }
      const next = this.pendingRoots.values().next();
      if (next.done) return;
      // The clock is read every 16 roots: reading it per root costs more than most roots do.
      if ((++scanned & 15) === 0 && this.o.now() > deadline) return;
      const root = next.value;
      this.pendingRoots.delete(root);
      if (!root.isConnected) continue;
      if (root.nodeType === 3) {
        const parent = root.parentElement;
        if (parent && mayHoldDenial((root as Text).data)) this.candidate(parent, seen, logViewer);
        continue;
      }
      if (root.nodeType !== 1) continue;
      // The whole page (a full scan) is walked directly: its text as one string could be megabytes.
      if (root === this.o.doc.body || root === this.o.doc.documentElement) {
        this.walk = { root: root as Element, walker: this.o.doc.createTreeWalker(root, SHOW_TEXT), hits: 0, joinable: false };
        continue;
      }
      const text = root.textContent ?? '';
      if (!mayHoldDenial(text)) continue;
      const walker = this.o.doc.createTreeWalker(root, SHOW_TEXT);
      this.walk = { root: root as Element, walker, hits: 0, joinable: text.length <= MAX_JOINED_ROOT };
    }
  }

  /** Walks a subtree's text nodes until done (true) or out of time (false: the walk resumes next frame). */
  private continueWalk(walk: Walk, deadline: number, seen: Map<Element, Container | null>, logViewer: boolean): boolean {
    let visited = 0;
    for (let node = walk.walker.nextNode(); node; node = walk.walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && mayHoldDenial((node as Text).data)) {
        walk.hits++;
        this.candidate(parent, seen, logViewer);
      }
      if ((++visited & 255) === 0 && this.o.now() > deadline) return false;
    }
    // The hint spans node boundaries ("authori<wbr>zed"): the subtree itself is the candidate.
    if (walk.hits === 0 && walk.joinable && walk.root.isConnected) this.candidate(walk.root, seen, logViewer);
    return true;
  }

  private flushPlacements(): void {
    if (this.toPlace.size === 0) return;
    const backlog = this.walk !== null || this.pendingRoots.size > 0 || this.dirty.size > 0 || this.fullScan;
    const full = this.cards.size >= this.limits.maxCards;
    if (backlog && !full && this.o.now() - this.placeSince < MAX_PLACEMENT_DELAY_MS) return;
    for (const shown of this.toPlace) if (this.cardsEnabled) this.place(shown);
    this.toPlace.clear();
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
    if (this.cards.size >= this.limits.maxCards) return;
    let container = seen.get(el);
    if (container === undefined) {
      container = findContainer(el);
      seen.set(el, container);
    }
    if (!container) return;
    if (logViewer && container.strength === 'weak') return;
    let tracked = this.tracked.get(container.el);
    if (!tracked) {
      if (this.tracked.size >= this.limits.maxTracked) return;
      tracked = { container, text: null, keys: [], burst: { second: 0, count: 0, nextAt: 0 } };
      this.tracked.set(container.el, tracked);
    }
    this.dirty.add(container.el);
  }

  private scanChangeSites(): void {
    for (const site of this.changeSites) {
      this.changeSites.delete(site);
      let node: Node | null = site;
      for (let depth = 0; node && depth < MAX_ANCESTRY; depth++) {
        if (node.nodeType === 1 && this.tracked.has(node as Element)) {
          this.dirty.add(node as Element);
          break;
        }
        node = node.parentNode;
      }
    }
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
      if (this.evaluatedInWindow.has(el)) continue;
      const tracked = this.tracked.get(el);
      const now = this.o.now();
      if (tracked && tracked.burst.nextAt > now) continue;
      this.dirty.delete(el);
      if (this.cards.size >= this.limits.maxCards && tracked && tracked.text === null) {
        // No room for another card: a flood of new banners is not read until a slot frees up.
        this.parked.add(el);
        continue;
      }
      this.evaluatedInWindow.add(el);
      if (tracked) {
        const second = Math.floor(now / 1000);
        if (tracked.burst.second !== second) tracked.burst = { second, count: 0, nextAt: 0 };
        tracked.burst.count++;
        if (tracked.burst.count > HOT_EVALS_PER_SECOND) tracked.burst.nextAt = now + HOT_INTERVAL_MS;
      }
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
    const findings = mayHoldDenial(text) ? this.findingsFor(engine, text, tracked.container.strength) : [];
    const keys: string[] = [];
    const found: Finding[] = [];
    for (const finding of findings) {
      const key = engine.key(finding);
      if (keys.includes(key)) continue;
      keys.push(key);
      found.push(finding);
    }
    // A message that now says another denial keeps its card (re-labelled) instead of trading it for a new one.
    const reusable = tracked.keys
      .filter((old) => !keys.includes(old))
      .map((old) => this.cards.get(old))
      .filter((shown): shown is Shown => shown !== undefined && shown.container === el);
    keys.forEach((key, i) => {
      const finding = found[i]!;
      const reuse = this.cards.has(key) ? undefined : reusable.shift();
      if (reuse) {
        this.cards.delete(reuse.key);
        reuse.key = key;
        reuse.finding = finding;
        this.cards.set(key, reuse);
        this.cardsChanged = true;
        this.layer().update(reuse.host, finding, key);
        this.groupsDirty = true;
      } else {
        this.show(key, finding, tracked);
      }
    });
    for (const old of tracked.keys) {
      if (!keys.includes(old)) this.release(old, el);
    }
    tracked.keys = keys;
    if (keys.length === 0) this.tracked.delete(el);
  }

  /**
   * Consoles re-render the same text over and over (a table row with "permissions" in it, a banner re-created on
   * every state change): its findings are remembered instead of parsed again.
   */
  private findingsFor(engine: Engine, text: string, strength: Strength): Finding[] {
    const cacheKey = `${strength}\u0000${text}`;
    const cached = this.textCache.get(cacheKey);
    if (cached) return cached;
    const findings = engine.findingsIn(text, strength);
    if (this.textCache.size >= TEXT_CACHE_SIZE) {
      const oldest = this.textCache.keys().next();
      if (!oldest.done) this.textCache.delete(oldest.value);
    }
    this.textCache.set(cacheKey, findings);
    return findings;
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
        if (this.cardsEnabled) this.place(existing);
      }
      if (!sameFinding(existing.finding, finding)) {
        existing.finding = finding;
        this.layer().update(existing.host, finding, key);
        this.groupsDirty = true;
      }
      return;
    }
    if (this.cards.size >= this.limits.maxCards) return;
    const shown: Shown = {
      key,
      finding,
      container: el,
      host: this.layer().create(finding, key),
      atLoad: !this.interacted && this.o.now() <= this.loadUntil,
      role: '',
      reattach: { second: 0, count: 0 },
    };
    this.cards.set(key, shown);
    this.cardsChanged = true;
    if (this.toPlace.size === 0) this.placeSince = this.o.now();
    this.toPlace.add(shown);
    this.groupsDirty = true;
  }

  /** The container no longer shows `key`: hand the card to another message showing it, or remove it. */
  private release(key: string, from: Element): void {
    const shown = this.cards.get(key);
    if (!shown || shown.container !== from) return;
    for (const [el, tracked] of this.tracked) {
      if (el !== from && el.isConnected && tracked.keys.includes(key)) {
        shown.container = el;
        if (this.cardsEnabled) this.place(shown);
        return;
      }
    }
    const wasFull = this.cards.size >= this.limits.maxCards;
    this.toPlace.delete(shown);
    this.destroyCard(shown);
    this.cards.delete(key);
    this.cardsChanged = true;
    this.groupsDirty = true;
    if (wasFull) {
      // A slot is free: messages whose denials found no room get looked at again.
      for (const el of this.parked) this.dirty.add(el);
      this.parked.clear();
      this.fullScan = true;
      for (const [el, tracked] of this.tracked) {
        if (tracked.keys.some((k) => !this.cards.has(k))) {
          tracked.text = null;
          this.dirty.add(el);
        }
      }
    }
  }

  private place(shown: Shown): void {
    const tracked = this.tracked.get(shown.container);
    if (!tracked) return;
    const { anchor, placement } = tracked.container;
    if (!anchor.isConnected) return;
    try {
      if (placement === 'append') {
        if (shown.host.parentNode !== anchor) anchor.appendChild(shown.host);
        return;
      }
      // After the anchor and after the cards already placed for the same message, in finding order.
      let ref: Element = anchor;
      for (const key of tracked.keys) {
        if (key === shown.key) break;
        const sibling = this.cards.get(key);
        if (sibling && sibling.container === shown.container && sibling.host.parentNode === anchor.parentNode) {
          ref = sibling.host;
        }
      }
      if (ref.nextSibling !== shown.host) ref.after(shown.host);
    } catch {
      // A parent that refuses children (or a page that replaced `after`) leaves this card unplaced; nothing breaks.
    }
  }

  private verify(): void {
    this.verifyNeeded = false;
    for (const [el, tracked] of this.tracked) {
      if (el.isConnected) continue;
      this.tracked.delete(el);
      this.dirty.delete(el);
      this.parked.delete(el);
      for (const key of tracked.keys) this.release(key, el);
    }
    if (!this.cardsEnabled) return;
    const second = Math.floor(this.o.now() / 1000);
    for (const shown of this.cards.values()) {
      if (shown.host.isConnected || this.toPlace.has(shown)) continue;
      // The page removed the card while its message stayed (a re-render): put it back, within reason.
      if (shown.reattach.second !== second) shown.reattach = { second, count: 0 };
      if (shown.reattach.count >= this.limits.maxReattachPerSecond) {
        this.verifyNeeded = true;
        continue;
      }
      shown.reattach.count++;
      this.place(shown);
    }
  }

  private regroup(): void {
    this.groupsDirty = false;
    const atLoad = [...this.cards.values()].filter((shown) => shown.atLoad && shown.container.isConnected);
    atLoad.sort((a, b) => documentOrder(a.container, b.container));
    const grouped = atLoad.length >= 2;
    const leader = grouped ? atLoad[0] : undefined;
    for (const shown of this.cards.values()) {
      let role: GroupRole;
      let signature: string;
      if (leader === shown) {
        role = { kind: 'leader', members: atLoad.map((member) => member.finding) };
        signature = 'leader:' + atLoad.map((member) => member.key).join(',');
      } else if (grouped && atLoad.includes(shown)) {
        role = { kind: 'member' };
        signature = 'member';
      } else {
        role = { kind: 'single' };
        signature = 'single';
      }
      if (signature !== shown.role || role.kind === 'leader') {
        shown.role = signature;
        this.layer().setRole(shown.host, role);
      }
    }
  }

  private report(): void {
    if (!this.cardsChanged) return;
    this.cardsChanged = false;
    const keys = [...this.cards.keys()].sort().join(' ');
    if (keys === this.reported) return;
    this.reported = keys;
    this.o.onChange(this.findings());
  }

  /** Cards exist only once the engine is in, so its layer is always there when a card is touched. */
  private layer(): CardLayer {
    if (!this.engine) throw new Error('card without an engine');
    return this.engine.layer;
  }

  private destroyCard(shown: Shown): void {
    try {
      this.layer().destroy(shown.host);
    } finally {
      shown.host.remove();
    }
  }
}

function documentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  // DOCUMENT_POSITION_FOLLOWING = 4: b comes after a.
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a.category === b.category &&
    a.principal === b.principal &&
    a.action === b.action &&
    a.resource === b.resource &&
    a.policyType === b.policyType &&
    a.denyKind === b.denyKind &&
    a.errorCode === b.errorCode &&
    a.encoded === b.encoded &&
    a.message === b.message
  );
}
