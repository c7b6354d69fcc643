import { describe, expect, it } from 'vitest';
import { median } from '../../../scripts/support/median';

describe('the benchmarks’ median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([3])).toBe(3);
  });
  it('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('leaves its input in order and has no value for nothing', () => {
    const runs = [3, 1, 2];
    median(runs);
    expect(runs).toEqual([3, 1, 2]);
    expect(median([])).toBeNaN();
  });
});
