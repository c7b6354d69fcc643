// How the time of some work grows with the size of its input, measured in CPU time of this process (user +
// system), so other processes on a shared machine count less. Used by `npm run bench` (scripts/bench/hostile.ts,
// which reports the ratios, and scripts/bench/compare.ts); unit tests check only that the measure itself tells linear
// from quadratic work.

/** CPU milliseconds of fn, the smallest of `runs` runs (the least disturbed by other processes). */
export function cpuTime(fn: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/**
 * How much longer an 8× larger input takes: about 8 when the work is linear, about 64 when it is quadratic.
 * Noise from other processes only ever makes one measurement slower, so a check that the work is linear keeps
 * the smallest ratio of a few attempts (and a check that a quadratic function is caught keeps the largest).
 */
export function growth(
  fn: (text: string) => void,
  make: (size: number) => string,
  size: number,
  attempts = 3,
  keep: 'smallest' | 'largest' = 'smallest',
): number {
  const small = make(size);
  const large = make(size * 8);
  fn(small);
  fn(large); // warm up both paths
  let best = keep === 'smallest' ? Infinity : 0;
  for (let i = 0; i < attempts; i++) {
    const a = cpuTime(() => fn(small));
    const b = cpuTime(() => fn(large));
    const ratio = b / Math.max(a, 0.05);
    best = keep === 'smallest' ? Math.min(best, ratio) : Math.max(best, ratio);
    if (keep === 'smallest' ? best < 16 : best > 32) break;
  }
  return best;
}
