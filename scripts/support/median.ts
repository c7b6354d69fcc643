// The one median the benchmarks report (timings here are noisy: every figure is a median of several runs). With an
// even count it is the mean of the two middle values, so a run's figure does not lean towards its slower half.

/** Median of the values (NaN for none); the input is not reordered. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
