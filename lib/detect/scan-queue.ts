// What changed in the page since the detector last looked, and the reading of it. The MutationObserver callback only
// files nodes here (added nodes; places where followed messages changed or lost children); `scanRoots` later reads
// them within a deadline, a one-regex prefilter first, and hands every element whose text may hold a denial to the
// detector. A walk over a large subtree resumes where it stopped in the next frame.
import { CARD_TAG } from './attributes';
import { mayHoldDenial } from './prefilter';

const SHOW_TEXT = 4;
/** nodeName of our card host in HTML documents. */
const CARD_NAME = CARD_TAG.toUpperCase();
/** How far up from a change site a followed message is looked for. */
const MAX_ANCESTRY = 256;
/** A subtree whose text passes the prefilter only across node boundaries is read as one candidate up to this size. */
const MAX_JOINED_ROOT = 20_000;

interface Walk {
  root: Element;
  walker: TreeWalker;
  hits: number;
  joinable: boolean;
}

/** What filing a batch of mutation records found besides added nodes. */
export interface Filed {
  /** Nodes were removed somewhere: shown cards may have lost their message. */
  removals: boolean;
  /** More than `maxPending` nodes waited: the queue was dropped for one full rescan. */
  flooded: boolean;
}

export class ScanQueue {
  private readonly pendingRoots = new Set<Node>();
  private readonly changeSites = new Set<Node>();
  private fullScan = false;
  private walk: Walk | null = null;

  constructor(
    private readonly doc: Document,
    private readonly now: () => number,
    private readonly maxPending: number,
  ) {}

  /**
   * Files what a batch of mutation records touched, touching as little of each record as it can (each NodeList
   * read costs a wrapper). `watching`: messages are followed, so places where they change matter.
   */
  file(records: readonly MutationRecord[], watching: boolean, cardsShown: boolean): Filed {
    let removals = false;
    const removalsMatter = watching || cardsShown;
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
      if (removalsMatter && record.removedNodes.length > 0) {
        if (cardsShown) removals = true;
        if (watching) this.changeSites.add(record.target);
      }
    }
    if (this.pendingRoots.size <= this.maxPending && this.changeSites.size <= this.maxPending) return { removals, flooded: false };
    // A flood: one full rescan later costs less than remembering every node.
    this.pendingRoots.clear();
    this.changeSites.clear();
    this.fullScan = true;
    return { removals, flooded: true };
  }

  /** The whole document is read again (at start, and when a card slot frees up). */
  requestFullScan(): void {
    this.fullScan = true;
  }

  /** Nodes wait to be read. */
  get backlog(): boolean {
    return this.fullScan || this.walk !== null || this.pendingRoots.size > 0;
  }

  get hasWork(): boolean {
    return this.backlog || this.changeSites.size > 0;
  }

  /** Reads queued nodes until `deadline`, handing each element whose text may hold a denial to `candidate`. */
  scanRoots(deadline: number, candidate: (el: Element) => void): void {
    if (this.fullScan) {
      this.fullScan = false;
      this.walk = null;
      const root = this.doc.body ?? this.doc.documentElement;
      if (root) this.pendingRoots.add(root);
    }
    let scanned = 0;
    for (;;) {
      if (this.walk) {
        if (!this.continueWalk(this.walk, deadline, candidate)) return;
        this.walk = null;
      }
      const next = this.pendingRoots.values().next();
      if (next.done) return;
      // The clock is read every 16 roots: reading it per root costs more than most roots do.
      if ((++scanned & 15) === 0 && this.now() > deadline) return;
      const root = next.value;
      this.pendingRoots.delete(root);
      if (root.isConnected) this.walk = this.readRoot(root, candidate);
    }
  }

  /** Reads a text node at once; an element becomes a walk when its text may hold a denial. */
  private readRoot(root: Node, candidate: (el: Element) => void): Walk | null {
    if (root.nodeType === 3) {
      const parent = root.parentElement;
      if (parent && mayHoldDenial((root as Text).data)) candidate(parent);
      return null;
    }
    if (root.nodeType !== 1) return null;
    // The whole page (a full scan) is walked directly: its text as one string could be megabytes.
    if (root === this.doc.body || root === this.doc.documentElement) {
      return { root: root as Element, walker: this.doc.createTreeWalker(root, SHOW_TEXT), hits: 0, joinable: false };
    }
    const text = root.textContent ?? '';
    if (!mayHoldDenial(text)) return null;
    return { root: root as Element, walker: this.doc.createTreeWalker(root, SHOW_TEXT), hits: 0, joinable: text.length <= MAX_JOINED_ROOT };
  }

  /** Walks a subtree's text nodes until done (true) or out of time (false: the walk resumes next frame). */
  private continueWalk(walk: Walk, deadline: number, candidate: (el: Element) => void): boolean {
    let visited = 0;
    for (let node = walk.walker.nextNode(); node; node = walk.walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && mayHoldDenial((node as Text).data)) {
        walk.hits++;
        candidate(parent);
      }
      if ((++visited & 255) === 0 && this.now() > deadline) return false;
    }
    // The hint spans node boundaries ("authori<wbr>zed"): the subtree itself is the candidate.
    if (walk.hits === 0 && walk.joinable && walk.root.isConnected) candidate(walk.root);
    return true;
  }

  /** Hands the nearest followed message above each change site to `changed`. */
  scanChangeSites(isFollowed: (el: Element) => boolean, changed: (el: Element) => void): void {
    for (const site of this.changeSites) {
      this.changeSites.delete(site);
      let node: Node | null = site;
      for (let depth = 0; node && depth < MAX_ANCESTRY; depth++) {
        if (node.nodeType === 1 && isFollowed(node as Element)) {
          changed(node as Element);
          break;
        }
        node = node.parentNode;
      }
    }
  }

  clear(): void {
    this.pendingRoots.clear();
    this.changeSites.clear();
    this.walk = null;
    this.fullScan = false;
  }
}
