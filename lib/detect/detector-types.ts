// What the detector is given and what it drives: the engine (parser + card UI, loaded late), the card layer, its
// limits and options. Kept apart from the detector so the card UI and the content script import types, not logic.
import type { Finding } from '../model';
import type { Strength } from './containers';

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
  /**
   * Teardown: when it aborts, the detector stops observing and removes its cards. The content script passes WXT's
   * `ctx.signal`, which aborts when the extension context is invalidated (reload, update, uninstall).
   */
  signal?: AbortSignal;
}
