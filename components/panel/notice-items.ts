// The panel's standing messages as notice items: the database's health, what the background stored (pruned records,
// a full disk, a failed write) and a failed write of the panel's own.
import type { HistoryHealth } from '../../lib/history/open';
import type { HistoryNotice } from '../../lib/history/notices';
import type { WriteResult } from '../../lib/history/store';
import type { UiTranslate } from '../../lib/i18n/ui';
import type { NoticeItem } from '../Notices';

export function healthNotice(t: UiTranslate, health: HistoryHealth): NoticeItem | null {
  switch (health.state) {
    case 'ok':
      return null;
    case 'upgrade-failed':
      return { id: 'health', tone: 'error', dismissible: false, text: t('notice.upgradeFailed', { error: health.error }) };
    case 'newer-version':
      return { id: 'health', tone: 'warn', dismissible: false, text: t('notice.newerVersion') };
    case 'unavailable':
      return { id: 'health', tone: 'error', dismissible: false, text: t('notice.unavailable', { error: health.error }) };
  }
}

export function storedNotice(t: UiTranslate, n: HistoryNotice): NoticeItem {
  if (n.kind === 'pruned') {
    return { id: n.id, tone: 'info', dismissible: true, text: t('notice.pruned', { count: n.count.toLocaleString(), cap: n.cap.toLocaleString() }) };
  }
  if (n.kind === 'quota') return { id: n.id, tone: 'error', dismissible: true, text: t('notice.quota') };
  return { id: n.id, tone: 'error', dismissible: true, text: t('notice.writeFailed', { error: n.error }) };
}

/** A failed history write as a notice; null when the write succeeded. */
export function writeFailureNotice(t: UiTranslate, result: WriteResult): NoticeItem | null {
  if (result.ok) return null;
  const key = result.error.kind === 'read-only' ? 'notice.readOnly' : result.error.kind === 'quota' ? 'notice.quota' : 'notice.writeFailed';
  return { id: 'write', tone: 'error', dismissible: true, text: t(key, { error: result.error.message }) };
}
