// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../../../components/history/page';
import { useHistoryFilter } from '../../../../components/history/use-history-filter';
import { makeRecord } from '../../history/fixtures/findings';

const records = Array.from({ length: PAGE_SIZE * 2 + 5 }, (_, i) => makeRecord(i));

describe('useHistoryFilter', () => {
  it('pages the rows and counts what the next page adds', () => {
    const { result } = renderHook(() => useHistoryFilter(records));
    expect(result.current.visible).toHaveLength(PAGE_SIZE);
    expect(result.current.more).toBe(PAGE_SIZE);
    act(() => result.current.showMore());
    act(() => result.current.showMore());
    expect(result.current.visible).toHaveLength(records.length);
    expect(result.current.more).toBe(0);
  });

  it('filters every record, sums the sightings and starts again at the first page', () => {
    const { result } = renderHook(() => useHistoryFilter(records));
    act(() => result.current.showMore());
    act(() => result.current.setValues({ source: 'paste' }));
    const pasted = records.filter((r) => r.source === 'paste');
    expect(result.current.filtered).toHaveLength(pasted.length);
    expect(result.current.visible).toHaveLength(Math.min(PAGE_SIZE, pasted.length));
    expect(result.current.sightings).toBe(pasted.reduce((n, r) => n + r.count, 0));
    expect(result.current.values).toEqual({ text: '', layer: '', service: '', source: 'paste' });
    expect(result.current.counts.total).toBe(records.length);
  });
});
