// --since / --until: dates, times with or without a zone, durations back from now; clear errors otherwise.
import { describe, expect, it } from 'vitest';
import { parseTime } from '../../../lib/scan/window';

const NOW = Date.UTC(2026, 11, 5, 12, 0, 0);

describe('parseTime', () => {
  it.each([
    ['2026-03-01', 'since', Date.UTC(2026, 2, 1)],
    ['2026-03-01', 'until', Date.UTC(2026, 2, 2)], // a date alone includes its whole day
    ['2026-03-01T09:30', 'since', Date.UTC(2026, 2, 1, 9, 30)], // UTC when no zone is given
    ['2026-03-01 09:30:00Z', 'since', Date.UTC(2026, 2, 1, 9, 30)],
    ['2026-03-01T09:30:00+09:00', 'since', Date.UTC(2026, 2, 1, 0, 30)],
    ['90m', 'since', NOW - 90 * 60_000],
    ['24h', 'since', NOW - 24 * 3_600_000],
    [' 7d ', 'since', NOW - 7 * 86_400_000],
    ['2W', 'until', NOW - 14 * 86_400_000],
  ] as const)('%s (%s)', (value, edge, ms) => {
    expect(parseTime(value, edge, NOW)).toEqual({ ok: true, ms });
  });

  it.each([
    ['2026-02-30', 'is not a date'],
    ['yesterday', 'takes a date'],
    ['7 days', 'takes a date'],
    ['', 'takes a date'],
    ['2026-13-01T00:00', 'takes a date'],
  ])('%j is refused with a message naming the option', (value, words) => {
    const r = parseTime(value, 'since', NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain('--since');
      expect(r.error).toContain(words);
    }
  });

  it('quotes at most 40 characters of a long bad value', () => {
    const r = parseTime('x'.repeat(10_000), 'until', NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.length).toBeLessThan(250);
  });
});
