// Records the background reported, merged into the list the panel shows: a reported record replaces the one with
// its id, and the list stays newest first.
import type { HistoryRecord } from '../../lib/model';

export function mergeRecords(
  list: readonly HistoryRecord[],
  batch: ReadonlyMap<string, HistoryRecord>,
  order: (a: HistoryRecord, b: HistoryRecord) => number,
): { records: HistoryRecord[]; added: number } {
  const known = new Set(list.map((r) => r.id));
  const added = [...batch.keys()].filter((id) => !known.has(id)).length;
  return { records: [...batch.values(), ...list.filter((r) => !batch.has(r.id))].sort(order), added };
}
