// Which denials each tab currently shows, per frame. The content script sends a frame's full set every time it
// changes; only denials that newly appear count as a sighting, so re-sending an unchanged set (or a console that
// re-renders a banner a thousand times a second) does not inflate the history. Kept in storage.session: the service
// worker is stopped after 30 s idle and must not count everything again when it wakes up.

/** A denial that disappears and comes back sooner than this is the same sighting (a re-rendered banner). */
export const RECOUNT_MS = 2000;
/** At most this many distinct denials are recorded from one page load: a hostile page cannot flood the history. */
export const MAX_DISTINCT_PER_PAGE = 200;
/** At most this many denials are tracked per frame (cards are bounded too; this bounds memory). */
export const MAX_PER_FRAME = 500;

interface FrameState {
  /** documentId (Chrome): a new document in the frame starts from an empty set. */
  doc: string;
  fps: string[];
}

interface TabEntry {
  frames: Record<string, FrameState>;
  /** fingerprint → when it last counted as a sighting, for denials recorded from this page load. */
  counted: Record<string, number>;
}

export type TabSnapshot = Record<string, TabEntry>;

export interface SnapshotStore {
  load(): Promise<TabSnapshot>;
  save(snapshot: TabSnapshot): Promise<void>;
}

export interface FrameUpdate {
  /** Fingerprints to record now (newly visible, not counted within RECOUNT_MS, within the page's budget). */
  fresh: string[];
  /** Distinct denials visible in the tab, all frames together: the badge. */
  visible: number;
}

export class TabState {
  private snapshot: Promise<TabSnapshot> | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: SnapshotStore) {}

  private state(): Promise<TabSnapshot> {
    this.snapshot ??= this.store.load().catch(() => ({}));
    return this.snapshot;
  }

  /** Updates run one at a time: two frames reporting at once must not both see the old state. */
  private serial<T>(work: (state: TabSnapshot) => T): Promise<T> {
    const next = this.queue.then(async () => {
      const state = await this.state();
      const result = work(state);
      await this.store.save(state).catch(() => undefined);
      return result;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  update(tabId: number, frameId: number, documentId: string | undefined, fingerprints: readonly string[], now: number): Promise<FrameUpdate> {
    return this.serial((state) => {
      const doc = documentId ?? '';
      let tab = state[tabId];
      // A new top document is a new page: its subframes and its budget start afresh.
      if (!tab || (frameId === 0 && documentId !== undefined && tab.frames[0] && tab.frames[0].doc !== doc)) {
        tab = { frames: {}, counted: {} };
        state[tabId] = tab;
      }
      const before = tab.frames[frameId];
      const previous = new Set(before && before.doc === doc ? before.fps : []);
      const current = [...new Set(fingerprints)].slice(0, MAX_PER_FRAME);
      tab.frames[frameId] = { doc, fps: current };
      const fresh: string[] = [];
      for (const fp of current) {
        if (previous.has(fp)) continue;
        const last = tab.counted[fp];
        if (last !== undefined && now - last < RECOUNT_MS) continue;
        if (last === undefined && Object.keys(tab.counted).length >= MAX_DISTINCT_PER_PAGE) continue;
        tab.counted[fp] = now;
        fresh.push(fp);
      }
      const visible = new Set(Object.values(tab.frames).flatMap((f) => f.fps)).size;
      return { fresh, visible };
    });
  }

  /** The tab started loading a new page (used where documentId is not available). */
  reset(tabId: number): Promise<void> {
    return this.serial((state) => {
      delete state[tabId];
    });
  }

  remove(tabId: number): Promise<void> {
    return this.reset(tabId);
  }
}

export function badgeText(visible: number): string {
  if (visible <= 0) return '';
  return visible > 99 ? '99+' : String(visible);
}
