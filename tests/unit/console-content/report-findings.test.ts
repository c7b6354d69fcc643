import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findingsReporter, MAX_REPORTED, REPORT_INTERVAL_MS } from '../../../entrypoints/console.content/report-findings';
import type { Finding } from '../../../lib/model';
import { makeFinding } from '../history/fixtures/findings';

const keyOf = (f: Finding) => f.resource ?? '';

function setup(options: { engine?: boolean; invalid?: boolean } = {}) {
  const sent: Finding[][] = [];
  const reporter = findingsReporter({
    keyOf: () => (options.engine === false ? null : keyOf),
    send: (findings) => void sent.push(findings),
    isInvalid: () => options.invalid ?? false,
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (timer) => clearTimeout(timer),
  });
  return { sent, reporter };
}

const finding = (i: number) => makeFinding({ resource: `arn:aws:s3:::b-${i}` });

describe('findingsReporter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the first findings at once, then coalesces changes', () => {
    const { sent, reporter } = setup();
    reporter.changed([finding(1)]);
    vi.advanceTimersByTime(0);
    expect(sent).toEqual([[finding(1)]]);
    reporter.changed([finding(1), finding(2)]);
    reporter.changed([finding(1), finding(2), finding(3)]);
    vi.advanceTimersByTime(REPORT_INTERVAL_MS - 1);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.map(keyOf)).toEqual(['arn:aws:s3:::b-1', 'arn:aws:s3:::b-2', 'arn:aws:s3:::b-3']);
  });

  it('does not repeat the same set of denials', () => {
    const { sent, reporter } = setup();
    reporter.changed([finding(1), finding(2)]);
    vi.runAllTimers();
    reporter.changed([finding(2), finding(1)]);
    vi.runAllTimers();
    expect(sent).toHaveLength(1);
  });

  it('reports at most MAX_REPORTED distinct denials per page, and keeps reporting those', () => {
    const { sent, reporter } = setup();
    reporter.changed(Array.from({ length: MAX_REPORTED + 50 }, (_, i) => finding(i)));
    vi.runAllTimers();
    expect(sent[0]).toHaveLength(MAX_REPORTED);
    reporter.changed([finding(0), finding(MAX_REPORTED + 10)]);
    vi.runAllTimers();
    expect(sent[1]!.map(keyOf)).toEqual(['arn:aws:s3:::b-0']);
  });

  it('sends nothing before the engine is loaded, after invalidation, or once stopped', () => {
    const noEngine = setup({ engine: false });
    noEngine.reporter.changed([finding(1)]);
    vi.runAllTimers();
    const invalid = setup({ invalid: true });
    invalid.reporter.changed([finding(1)]);
    vi.runAllTimers();
    const stopped = setup();
    stopped.reporter.changed([finding(1)]);
    stopped.reporter.stop();
    vi.runAllTimers();
    expect([noEngine.sent, invalid.sent, stopped.sent]).toEqual([[], [], []]);
  });
});
