// One history row: a button that shows the denial's explanation (action, principal, resource, layer, service,
// source, sightings) and a delete button.
import { serviceOf } from '../../lib/history/query';
import type { HistoryRecord } from '../../lib/model';
import { useUi } from '../ui-context';

export interface HistoryRowProps {
  record: HistoryRecord;
  selected: boolean;
  readOnly: boolean;
  /** Formats the last sighting (made once per list, not per row). */
  formatTime(ms: number): string;
  onSelect(record: HistoryRecord): void;
  onDelete(record: HistoryRecord): void;
}

/** What the row is called: the action, else what else the message named. */
export function rowTitle(record: HistoryRecord, fallback: string): string {
  const f = record.finding;
  return f.action ?? f.operation ?? f.errorCode ?? fallback;
}

export function HistoryRow({ record, selected, readOnly, formatTime, onSelect, onDelete }: HistoryRowProps) {
  const { t, lang } = useUi();
  const name = rowTitle(record, t('history.noAction'));
  const service = serviceOf(record.finding);
  // "Show the explanation of {action}" around the row's visible content: the words before and after the action.
  const selectWords = t('history.select', { action: '\u0000' }).split('\u0000') as [string, string?];
  return (
    <li class={selected ? 'row selected' : 'row'} data-record-id={record.id}>
      <button type="button" class="row-main" aria-current={selected ? 'true' : undefined} onClick={() => onSelect(record)}>
        {/* The name says what the button does and includes everything it shows (WCAG 2.5.3). */}
        <span class="visually-hidden">{selectWords[0]}</span>
        <span class="row-title mono">{name}</span>
        {record.finding.principal ? <span class="row-sub mono">{record.finding.principal}</span> : null}
        {record.finding.resource ? <span class="row-sub mono">{record.finding.resource}</span> : null}
        <span class="row-meta">
          <span class="badge">{t(`policyType.${record.finding.policyType ?? 'unknown'}`)}</span>
          {service ? <span class="badge badge-quiet">{service}</span> : null}
          <span class="badge badge-quiet">{t(`source.${record.source}`)}</span>
          <span>{t('history.seen', { count: record.count.toLocaleString(lang), time: formatTime(record.lastSeenAt) })}</span>
        </span>
        <span class="visually-hidden">{selectWords[1]}</span>
      </button>
      <button type="button" class="row-delete" aria-label={t('history.deleteLabel', { action: name })} disabled={readOnly} onClick={() => onDelete(record)}>
        {t('history.delete')}
      </button>
    </li>
  );
}
