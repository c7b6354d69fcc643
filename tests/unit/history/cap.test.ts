// The history's size limit: a setting out of range or not a number never empties or unbounds the history.
import { describe, expect, it } from 'vitest';
import { clampCap, DEFAULT_CAP, MAX_CAP, MIN_CAP } from '../../../lib/history/cap';

describe('clampCap', () => {
  it.each([
    [undefined, DEFAULT_CAP],
    [Number.NaN, DEFAULT_CAP],
    [Number.POSITIVE_INFINITY, DEFAULT_CAP],
    [0, MIN_CAP],
    [-5, MIN_CAP],
    [99.6, MIN_CAP],
    [2500.4, 2500],
    [2500.5, 2501],
    [MAX_CAP + 1, MAX_CAP],
    [1e12, MAX_CAP],
  ])('%s → %s', (cap, expected) => expect(clampCap(cap)).toBe(expected));

  it('the default lies inside the bounds', () => {
    expect(DEFAULT_CAP).toBeGreaterThanOrEqual(MIN_CAP);
    expect(DEFAULT_CAP).toBeLessThanOrEqual(MAX_CAP);
  });
});
