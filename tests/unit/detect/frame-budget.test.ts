import { describe, expect, it } from 'vitest';
import { FrameBudget, PerSecond } from '../../../lib/detect/frame-budget';

function clock(start = 1_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe('FrameBudget', () => {
  it('gives the whole budget to the first slice of a window and the rest to later slices', () => {
    const c = clock();
    const budget = new FrameBudget(c.now, 4, 16);
    const first = budget.begin();
    expect(first).toEqual({ start: 1_000, deadline: 1_004 });
    c.advance(3);
    budget.end(first!.start);
    const second = budget.begin();
    expect(second).toEqual({ start: 1_003, deadline: 1_004 });
  });

  it('refuses work once the window is spent, and starts afresh in the next window', () => {
    const c = clock();
    const budget = new FrameBudget<string>(c.now, 4, 16);
    const slice = budget.begin()!;
    budget.doneInWindow.add('banner');
    c.advance(5);
    budget.end(slice.start);
    expect(budget.begin()).toBeNull();
    c.advance(11);
    expect(budget.begin()).toEqual({ start: 1_016, deadline: 1_020 });
    expect(budget.doneInWindow.size).toBe(0);
  });
});

describe('PerSecond', () => {
  it('counts events within one wall-clock second and starts again at the next', () => {
    const counter = new PerSecond();
    expect(counter.count(1_000)).toBe(0);
    expect(counter.add(1_000)).toBe(1);
    expect(counter.add(1_999)).toBe(2);
    expect(counter.count(1_999)).toBe(2);
    expect(counter.count(2_000)).toBe(0);
    expect(counter.add(2_500)).toBe(1);
  });
});
