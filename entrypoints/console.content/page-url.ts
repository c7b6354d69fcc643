// The console page a frame belongs to, for the history record. The detector asks on every run; reading
// window.top's location is not free, and a single-page navigation noticed a few hundred milliseconds late changes
// nothing, so the answer is kept for a while.

const REREAD_MS = 250;

export function pageUrlReader(read: () => string = topPageUrl, now: () => number = () => performance.now()): () => string {
  let readAt = Number.NEGATIVE_INFINITY;
  let url = read();
  return () => {
    const at = now();
    if (at - readAt > REREAD_MS) {
      url = read();
      readAt = at;
    }
    return url;
  };
}

/** The top page's URL (same origin), else the frame's own, else who embedded it. */
export function topPageUrl(): string {
  try {
    const top = window.top?.location.href;
    if (top && /^https?:/.test(top)) return top;
  } catch {
    // A cross-origin parent: fall through to what this frame knows.
  }
  if (/^https?:/.test(location.href)) return location.href;
  return document.referrer || location.href;
}
