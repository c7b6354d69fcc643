// Names and messages around export and import: the file name an export is saved under and what a refused import
// tells the user.
import type { ImportError } from '../../lib/history/transfer';
import type { UiTranslate } from '../../lib/i18n/ui';

export type ExportKind = 'json' | 'csv';

/** `why-denied-history-20260701-1400.json`: local time, sortable, no characters a file system refuses. */
export function exportFilename(kind: ExportKind, now: number): string {
  const d = new Date(now);
  const p = (n: number) => String(n).padStart(2, '0');
  return `why-denied-history-${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}.${kind}`;
}

export function exportMime(kind: ExportKind): string {
  return kind === 'json' ? 'application/json' : 'text/csv';
}

export function importErrorText(t: UiTranslate, error: ImportError): string {
  switch (error.code) {
    case 'too-large':
      return t('import.too-large', { limit: Math.round(error.limit / 1024 / 1024) });
    case 'newer-format':
      return t('import.newer-format', { version: error.version });
    case 'too-many':
      return t('import.too-many', { count: error.count, limit: error.limit });
    case 'bad-record':
      return t('import.bad-record', { index: error.index + 1, field: error.field });
    default:
      return t(`import.${error.code}`);
  }
}
