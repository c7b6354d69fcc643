// Consoles re-render the same text over and over (a table row with "permissions" in it, a banner re-created on every
// state change): what a text parsed to is remembered instead of parsed again. First in, first out: a bounded map,
// not an LRU, since a re-rendered text comes back while it is still young.

export class TextCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The remembered value for `key`, or what `compute` makes of it (then remembered, evicting the oldest). */
  getOrCompute(key: string, compute: () => V): V {
    const cached = this.entries.get(key);
    if (cached !== undefined) return cached;
    const value = compute();
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
