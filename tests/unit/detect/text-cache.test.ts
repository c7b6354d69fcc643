import { describe, expect, it } from 'vitest';
import { TextCache } from '../../../lib/detect/text-cache';

describe('TextCache', () => {
  it('computes a text once and answers from memory after that', () => {
    const cache = new TextCache<number>(4);
    let calls = 0;
    const compute = () => ++calls;
    expect(cache.getOrCompute('a', compute)).toBe(1);
    expect(cache.getOrCompute('a', compute)).toBe(1);
    expect(calls).toBe(1);
  });

  it('keeps at most its capacity, dropping the oldest first', () => {
    const cache = new TextCache<string>(2);
    cache.getOrCompute('a', () => 'A');
    cache.getOrCompute('b', () => 'B');
    cache.getOrCompute('c', () => 'C');
    expect(cache.size).toBe(2);
    expect(cache.getOrCompute('a', () => 'A again')).toBe('A again');
    expect(cache.getOrCompute('c', () => 'not computed')).toBe('C');
  });

  it('forgets everything on clear', () => {
    const cache = new TextCache<string>(2);
    cache.getOrCompute('a', () => 'A');
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.getOrCompute('a', () => 'fresh')).toBe('fresh');
  });
});
