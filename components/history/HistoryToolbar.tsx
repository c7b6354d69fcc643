// The history's actions: export what is shown (JSON, CSV), import a file, and clear everything after a
// confirmation that takes the focus.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { HistoryRecord } from '../../lib/model';
import { useUi } from '../ui-context';

export interface HistoryToolbarProps {
  /** The records shown (after search and filters): what an export writes. */
  shown: readonly HistoryRecord[];
  totalCount: number;
  readOnly: boolean;
  onExport(kind: 'json' | 'csv', records: readonly HistoryRecord[]): void;
  onImport(file: File): void;
  onClear(): void;
}

export function HistoryToolbar({ shown, totalCount, readOnly, onExport, onImport, onClear }: HistoryToolbarProps) {
  const { t, lang } = useUi();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div class="toolbar">
      <button type="button" onClick={() => onExport('json', shown)} disabled={shown.length === 0}>
        {t('history.exportJson')}
      </button>
      <button type="button" onClick={() => onExport('csv', shown)} disabled={shown.length === 0}>
        {t('history.exportCsv')}
      </button>
      <button type="button" onClick={() => fileInput.current?.click()} disabled={readOnly}>
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
          if (file) onImport(file);
        }}
      />
      <ClearButton count={totalCount.toLocaleString(lang)} disabled={readOnly || totalCount === 0} onClear={onClear} />
    </div>
  );
}

function ClearButton({ count, disabled, onClear }: { count: string; disabled: boolean; onClear(): void }) {
  const { t } = useUi();
  const [confirming, setConfirming] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) yes.current?.focus();
  }, [confirming]);
  if (!confirming) {
    return (
      <button type="button" class="danger-outline" onClick={() => setConfirming(true)} disabled={disabled}>
        {t('history.clear')}
      </button>
    );
  }
  return (
    <span class="confirm" role="alertdialog" aria-label={t('history.clearConfirm', { count })}>
      <span>{t('history.clearConfirm', { count })}</span>
      <button
        type="button"
        class="danger"
        ref={yes}
        onClick={() => {
          setConfirming(false);
          onClear();
        }}
      >
        {t('history.clearYes')}
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        {t('history.cancel')}
      </button>
    </span>
  );
}
