// The notices above the panel: the database's health, the stored ones the background left (kept in extension
// storage, dismissed there too) and the panel's own (results of export, import, failed writes; newest first, four
// at most).
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { HistoryHealth } from '../../lib/history/open';
import type { HistoryNotice } from '../../lib/history/notices';
import type { WriteResult } from '../../lib/history/store';
import type { UiTranslate } from '../../lib/i18n/ui';
import type { NoticeItem } from '../Notices';
import type { PanelApi } from './api';
import { healthNotice, storedNotice, writeFailureNotice } from './notice-items';

export interface PanelNotices {
  notices: NoticeItem[];
  say(item: NoticeItem): void;
  dismiss(id: string): void;
  /** Reports a failed write; true when the write succeeded. */
  reportWrite(result: WriteResult): boolean;
}

const MAX_LOCAL = 4;

export function useNotices(api: PanelApi, t: UiTranslate, health: HistoryHealth | null): PanelNotices {
  const [stored, setStored] = useState<HistoryNotice[]>([]);
  const [local, setLocal] = useState<NoticeItem[]>([]);

  useEffect(() => {
    let live = true;
    const stop = api.watchNotices((n) => live && setStored(n));
    void api.loadNotices().then((n) => live && setStored(n));
    return () => {
      live = false;
      stop();
    };
  }, []);

  const say = useCallback((item: NoticeItem) => setLocal((list) => [item, ...list.filter((n) => n.id !== item.id)].slice(0, MAX_LOCAL)), []);

  const reportWrite = (result: WriteResult): boolean => {
    const failure = writeFailureNotice(t, result);
    if (failure) say(failure);
    return failure === null;
  };

  const dismiss = (id: string) => {
    if (stored.some((n) => n.id === id)) void api.dismissNotice(id);
    setLocal((list) => list.filter((n) => n.id !== id));
  };

  const fromHealth = health ? healthNotice(t, health) : null;
  const notices = [...(fromHealth ? [fromHealth] : []), ...stored.map((n) => storedNotice(t, n)), ...local];
  return { notices, say, dismiss, reportWrite };
}
