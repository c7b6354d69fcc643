// The history list: newest first, search and filters over every record, counts, delete one, clear all (confirmed),
// export and import. Only a page of rows is in the DOM at a time ("Show more" adds the next), so ten thousand
// records cost what a hundred do.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { facets, filterRecords, serviceOf, type HistoryQuery } from '../lib/history/query';
import type { HistoryRecord, HistorySource, PolicyType } from '../lib/model';
import { HistoryFilters } from './HistoryFilters';
import { useUi } from './ui-context';

export const PAGE_SIZE = 100;

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

function title(record: HistoryRecord, fallback: string): string {
  const f = record.finding;
  return f.action ?? f.operation ?? f.errorCode ?? fallback;
}

export function HistoryView(props: HistoryViewProps) {
  const { t, lang } = useUi();
  const [text, setText] = useState('');
  const [layer, setLayer] = useState<PolicyType | ''>('');
  const [service, setService] = useState('');
  const [source, setSource] = useState<HistorySource | ''>('');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const query: HistoryQuery = { text, policyType: layer || null, service: service || null, source: source || null };
  const filtered = useMemo(() => filterRecords(props.records, query), [props.records, text, layer, service, source]);
  const counts = useMemo(() => facets(props.records), [props.records]);
  const shownSightings = useMemo(() => filtered.reduce((n, r) => n + r.count, 0), [filtered]);
  const services = useMemo(() => [...counts.services.entries()].sort((a, b) => a[0].localeCompare(b[0])), [counts]);
  const dateFormat = useMemo(
    () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }),
    [lang],
  );
  const number = (n: number) => n.toLocaleString(lang);
  const visible = filtered.slice(0, limit);
  // "Show the explanation of {action}" around the row's visible content: the words before and after the action.
  const selectWords = t('history.select', { action: '\u0000' }).split('\u0000') as [string, string?];
  const resetPage = () => setLimit(PAGE_SIZE);

  return (
    <section class="history" aria-label={t('history.title')}>
      <div class="history-head">
        <h2>{t('history.title')}</h2>
        <p class="counts" aria-live="polite" data-testid="history-counts">
          {t('history.counts', {
            shown: number(filtered.length),
            total: number(props.partial ? props.totalCount : counts.total),
            sightings: number(shownSightings),
          })}
        </p>
      </div>

      <HistoryFilters
        values={{ text, layer, service, source }}
        layerCounts={counts.policyTypes}
        serviceCounts={services}
        onChange={(patch) => {
          if (patch.text !== undefined) setText(patch.text);
          if (patch.layer !== undefined) setLayer(patch.layer);
          if (patch.service !== undefined) setService(patch.service);
          if (patch.source !== undefined) setSource(patch.source);
          resetPage();
        }}
      />

      <div class="toolbar">
        <button type="button" onClick={() => props.onExport('json', filtered)} disabled={filtered.length === 0}>
          {t('history.exportJson')}
        </button>
        <button type="button" onClick={() => props.onExport('csv', filtered)} disabled={filtered.length === 0}>
          {t('history.exportCsv')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} disabled={props.readOnly}>
          {t('history.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="import-input"
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) props.onImport(file);
          }}
        />
        {confirming ? (
          <span class="confirm" role="alertdialog" aria-label={t('history.clearConfirm', { count: number(props.totalCount) })}>
            <span>{t('history.clearConfirm', { count: number(props.totalCount) })}</span>
            <button
              type="button"
              class="danger"
              ref={confirmButton}
              onClick={() => {
                setConfirming(false);
                props.onClear();
              }}
            >
              {t('history.clearYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('history.cancel')}
            </button>
          </span>
        ) : (
          <button
            type="button"
            class="danger-outline"
            onClick={() => setConfirming(true)}
            disabled={props.readOnly || props.totalCount === 0}
          >
            {t('history.clear')}
          </button>
        )}
      </div>

      {props.records.length === 0 ? (
        <p class="muted">{props.partial ? t('history.loading') : t('history.empty')}</p>
      ) : filtered.length === 0 ? (
        <p class="muted">{t('history.noMatch')}</p>
      ) : (
        <ul class="history-list" data-testid="history-list">
          {visible.map((record) => {
            const name = title(record, t('history.noAction'));
            const layerName = t(`policyType.${record.finding.policyType ?? 'unknown'}`);
            return (
              <li key={record.id} class={record.id === props.selectedId ? 'row selected' : 'row'} data-record-id={record.id}>
                <button
                  type="button"
                  class="row-main"
                  aria-current={record.id === props.selectedId ? 'true' : undefined}
                  onClick={() => props.onSelect(record)}
                >
                  {/* The name says what the button does and includes everything it shows (WCAG 2.5.3). */}
                  <span class="visually-hidden">{selectWords[0]}</span>
                  <span class="row-title mono">{name}</span>
                  {record.finding.principal ? <span class="row-sub mono">{record.finding.principal}</span> : null}
                  {record.finding.resource ? <span class="row-sub mono">{record.finding.resource}</span> : null}
                  <span class="row-meta">
                    <span class="badge">{layerName}</span>
                    {serviceOf(record.finding) ? <span class="badge badge-quiet">{serviceOf(record.finding)}</span> : null}
                    <span class="badge badge-quiet">{t(`source.${record.source}`)}</span>
                    <span>
                      {t('history.seen', { count: number(record.count), time: dateFormat.format(record.lastSeenAt) })}
                    </span>
                  </span>
                  <span class="visually-hidden">{selectWords[1]}</span>
                </button>
                <button
                  type="button"
                  class="row-delete"
                  aria-label={t('history.deleteLabel', { action: name })}
                  disabled={props.readOnly}
                  onClick={() => props.onDelete(record)}
                >
                  {t('history.delete')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {filtered.length > visible.length ? (
        <button type="button" class="more" onClick={() => setLimit(limit + PAGE_SIZE)}>
          {t('history.more', { n: number(Math.min(PAGE_SIZE, filtered.length - visible.length)) })}
        </button>
      ) : null}
    </section>
  );
}
