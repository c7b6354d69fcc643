// The history's search and filters over every record, the counts the dropdowns show, and paging: only `limit` rows
// are rendered, and any change of the filters starts again at the first page.
import { useMemo, useState } from 'preact/hooks';
import { facets, filterRecords, type Facets } from '../../lib/history/query';
import type { HistoryRecord } from '../../lib/model';
import type { HistoryFilterValues } from './HistoryFilters';
import { PAGE_SIZE } from './page';

export interface HistoryFilter {
  values: HistoryFilterValues;
  setValues(patch: Partial<HistoryFilterValues>): void;
  counts: Facets;
  /** Services with their counts, by name. */
  services: [string, number][];
  filtered: HistoryRecord[];
  /** Sightings (record counts summed) of the filtered records. */
  sightings: number;
  visible: HistoryRecord[];
  /** Rows the next "Show more" adds; 0 when everything is shown. */
  more: number;
  showMore(): void;
}

const NO_FILTER: HistoryFilterValues = { text: '', layer: '', service: '', source: '' };

export function useHistoryFilter(records: readonly HistoryRecord[]): HistoryFilter {
  const [values, setAll] = useState<HistoryFilterValues>(NO_FILTER);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const { text, layer, service, source } = values;
  const filtered = useMemo(
    () => filterRecords(records, { text, policyType: layer || null, service: service || null, source: source || null }),
    [records, text, layer, service, source],
  );
  const counts = useMemo(() => facets(records), [records]);
  const sightings = useMemo(() => filtered.reduce((n, r) => n + r.count, 0), [filtered]);
  const services = useMemo(() => [...counts.services.entries()].sort((a, b) => a[0].localeCompare(b[0])), [counts]);
  const visible = filtered.slice(0, limit);
  return {
    values,
    setValues: (patch) => {
      setAll((v) => ({ ...v, ...patch }));
      setLimit(PAGE_SIZE);
    },
    counts,
    services,
    filtered,
    sightings,
    visible,
    more: Math.min(PAGE_SIZE, filtered.length - visible.length),
    showMore: () => setLimit(limit + PAGE_SIZE),
  };
}
