// When the detector runs next: the next frame when the tab is visible; a timer keeps hidden tabs (no frames) from
// stalling forever. Plain timers, not the content script context's: those add an invalidation listener per call,
// and this runs every frame in a storm (the detector itself stops on invalidation).

const HIDDEN_TAB_MS = 100;

export function nextFrame(next: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    window.clearTimeout(timer);
    next();
  };
  const timer = window.setTimeout(once, HIDDEN_TAB_MS);
  window.requestAnimationFrame(once);
}
