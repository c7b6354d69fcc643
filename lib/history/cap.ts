// The history's size limit, in its own file so settings (read by the content script too) need no IndexedDB code.
export const DEFAULT_CAP = 5000;
export const MIN_CAP = 100;
export const MAX_CAP = 100_000;

export function clampCap(cap: number | undefined): number {
  if (cap === undefined || !Number.isFinite(cap)) return DEFAULT_CAP;
  return Math.min(MAX_CAP, Math.max(MIN_CAP, Math.round(cap)));
}
