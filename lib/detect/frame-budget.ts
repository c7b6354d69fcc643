// The detector's share of the main thread: a few milliseconds per frame window, however much the page mutates.
// Work that does not fit waits for the next window; what ran in this window is remembered so one container is
// read at most once per frame.

export class FrameBudget<T = unknown> {
  private windowStart = Number.NEGATIVE_INFINITY;
  private used = 0;
  /** What was already done in the current window (the detector's containers). */
  readonly doneInWindow = new Set<T>();

  constructor(
    private readonly now: () => number,
    private readonly budgetMs: number,
    private readonly frameMs: number,
  ) {}

  /** Starts a slice of work: when it started and its deadline, or null when this window's budget is spent. */
  begin(): { start: number; deadline: number } | null {
    const start = this.now();
    if (start - this.windowStart >= this.frameMs) {
      this.windowStart = start;
      this.used = 0;
      this.doneInWindow.clear();
    }
    if (this.used >= this.budgetMs) return null;
    return { start, deadline: start + (this.budgetMs - this.used) };
  }

  /** Ends the slice `begin` started at `start`: its time counts against the window. */
  end(start: number): void {
    this.used += this.now() - start;
  }
}

/** Counts events within one wall-clock second; the count starts again at each new second. */
export class PerSecond {
  private second = Number.NaN;
  private n = 0;

  /** Events so far in the second `now` falls in. */
  count(now: number): number {
    const second = Math.floor(now / 1000);
    if (second !== this.second) {
      this.second = second;
      this.n = 0;
    }
    return this.n;
  }

  /** Counts one event at `now`; answers the count including it. */
  add(now: number): number {
    this.count(now);
    return ++this.n;
  }
}
