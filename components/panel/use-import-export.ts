// Export of the shown records (JSON or CSV, masked when the privacy setting says so) and import of an export or of
// `why-denied scan --json` output. Every outcome is told as a notice; a refused file changes nothing.
import { exportCsv, exportJson, MAX_IMPORT_BYTES, parseImport } from '../../lib/history/transfer';
import type { UiTranslate } from '../../lib/i18n/ui';
import type { HistoryRecord } from '../../lib/model';
import type { Settings } from '../../lib/settings';
import type { PanelApi } from './api';
import type { HistoryList } from './use-history';
import type { PanelNotices } from './use-notices';
import { exportFilename, exportMime, importErrorText, type ExportKind } from './transfer-text';

export interface ImportExport {
  onExport(kind: ExportKind, records: readonly HistoryRecord[]): void;
  onImport(file: File): Promise<void>;
}

export function useImportExport(
  api: PanelApi,
  list: Pick<HistoryList, 'history' | 'reload'>,
  settings: Settings,
  t: UiTranslate,
  notices: Pick<PanelNotices, 'say' | 'reportWrite'>,
): ImportExport {
  const { say } = notices;
  const tell = (id: string, tone: 'info' | 'error', text: string) => say({ id, tone, dismissible: true, text });

  const onExport = (kind: ExportKind, records: readonly HistoryRecord[]) => {
    const mask = settings.maskPrivate;
    const now = api.now();
    const text = kind === 'json' ? exportJson(records, { mask, now }) : exportCsv(records, { mask, now });
    api.download(exportFilename(kind, now), exportMime(kind), text);
    tell('export', 'info', t(mask ? 'history.exportedMasked' : 'history.exported', { count: records.length }));
  };

  const onImport = async (file: File) => {
    const history = list.history;
    if (!history) return;
    if (file.size > MAX_IMPORT_BYTES) {
      tell('import', 'error', importErrorText(t, { code: 'too-large', limit: MAX_IMPORT_BYTES }));
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      tell('import', 'error', t('import.read-failed'));
      return;
    }
    const parsed = parseImport(text, file.size);
    if (!parsed.ok) {
      tell('import', 'error', importErrorText(t, parsed.error));
      return;
    }
    const result = await history.importRecords(parsed.records, { cap: settings.historyCap });
    if (!notices.reportWrite(result) || !result.ok) return;
    tell('import', 'info', t('history.imported', { added: result.added, merged: result.merged }));
    if (result.pruned > 0) tell('import-pruned', 'info', t('notice.pruned', { count: result.pruned, cap: settings.historyCap }));
    await list.reload();
  };

  return { onExport, onImport };
}
