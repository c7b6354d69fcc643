// The history list: newest first, search and filters over every record, counts, delete one, clear all (confirmed),
// export and import. Only a page of rows is in the DOM at a time ("Show more" adds the next), so ten thousand
// records cost what a hundred do.
import { useMemo } from 'preact/hooks';
import type { HistoryRecord } from '../../lib/model';
import { useUi } from '../ui-context';
import { HistoryFilters } from './HistoryFilters';
import { HistoryRow } from './HistoryRow';
import { HistoryToolbar } from './HistoryToolbar';
import { useHistoryFilter } from './use-history-filter';

export interface HistoryViewProps {
  records: readonly HistoryRecord[];
  /** True while only the first page is loaded; search waits for the rest. */
  partial: boolean;
  /** The number of records in the database (known before all of them are loaded). */
  totalCount: number;
  selectedId: string | null;
  readOnly: boolean;
  onSelect(record: HistoryRecord): void;
  onDelete(record: HistoryRecord): void;
  onClear(): void;
  onExport(kind: 'json' | 'csv', records: readonly HistoryRecord[]): void;
  onImport(file: File): void;
}

export function HistoryView(props: HistoryViewProps) {
  const { t, lang } = useUi();
  const filter = useHistoryFilter(props.records);
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }), [lang]);
  const number = (n: number) => n.toLocaleString(lang);
  const formatTime = (ms: number) => dateFormat.format(ms);

  return (
    <section class="history" aria-label={t('history.title')}>
      <div class="history-head">
        <h2>{t('history.title')}</h2>
        <p class="counts" aria-live="polite" data-testid="history-counts">
          {t('history.counts', {
            shown: number(filter.filtered.length),
            total: number(props.partial ? props.totalCount : filter.counts.total),
            sightings: number(filter.sightings),
          })}
        </p>
      </div>

      <HistoryFilters values={filter.values} layerCounts={filter.counts.policyTypes} serviceCounts={filter.services} onChange={filter.setValues} />

      <HistoryToolbar
        shown={filter.filtered}
        totalCount={props.totalCount}
        readOnly={props.readOnly}
        onExport={props.onExport}
        onImport={props.onImport}
        onClear={props.onClear}
      />

      {props.records.length === 0 ? (
        <p class="muted">{props.partial ? t('history.loading') : t('history.empty')}</p>
      ) : filter.filtered.length === 0 ? (
        <p class="muted">{t('history.noMatch')}</p>
      ) : (
        <ul class="history-list" data-testid="history-list">
          {filter.visible.map((record) => (
            <HistoryRow
              key={record.id}
              record={record}
              selected={record.id === props.selectedId}
              readOnly={props.readOnly}
              formatTime={formatTime}
              onSelect={props.onSelect}
              onDelete={props.onDelete}
            />
          ))}
        </ul>
      )}
      {filter.more > 0 ? (
        <button type="button" class="more" onClick={filter.showMore}>
          {t('history.more', { n: number(filter.more) })}
        </button>
      ) : null}
    </section>
  );
}
