import { describe, expect, it } from 'vitest';
import { mergeRecords } from '../../../../components/panel/merge-records';
import { newestFirst } from '../../../../lib/history/store';
import { makeRecord } from '../../history/fixtures/findings';

describe('records reported by the background', () => {
  it('replace the record with their id, count only the new ones, and keep newest first', () => {
    const list = [makeRecord(2), makeRecord(1)];
    const updated = makeRecord(1, { lastSeenAt: Date.UTC(2027, 0, 1), count: 9 });
    const added = makeRecord(5);
    const merged = mergeRecords(list, new Map([[updated.id, updated], [added.id, added]]), newestFirst);
    expect(merged.added).toBe(1);
    expect(merged.records.map((r) => r.id)).toEqual([updated.id, added.id, list[0]!.id]);
    expect(merged.records[0]!.count).toBe(9);
  });
});
