// The panel's view of the history: the newest page first (fast first render), then every record (search, counts),
// kept current by the background's messages, and the writes the panel makes (delete, clear).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { HistoryHealth } from '../../lib/history/open';
import { newestFirst, type WriteResult } from '../../lib/history/store';
import type { HistoryRecord } from '../../lib/model';
import { PAGE_SIZE } from '../history/page';
import type { PanelApi, PanelHistory } from './api';
import { mergeRecords } from './merge-records';

export interface HistoryList {
  history: PanelHistory | null;
  health: HistoryHealth | null;
  records: HistoryRecord[];
  /** True while only the first page is loaded. */
  partial: boolean;
  /** Records in the database (known before all of them are loaded). */
  totalCount: number;
  /** Reads every record again (after an import or a pruning). */
  reload(): Promise<void>;
  /** Null when the database is not open yet. */
  remove(id: string): Promise<WriteResult | null>;
  clear(): Promise<WriteResult | null>;
}

/** Coalescing window for records the background reports one by one. */
const BATCH_MS = 50;

function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const raf = globalThis.requestAnimationFrame ?? ((cb: () => void) => setTimeout(cb, 16));
    raf(() => setTimeout(resolve, 0));
  });
}

export function useHistory(api: PanelApi): HistoryList {
  const [history, setHistory] = useState<PanelHistory | null>(null);
  const [health, setHealth] = useState<HistoryHealth | null>(null);
  const [records, setRecords] = useState<HistoryRecord[]>([]);
  const [partial, setPartial] = useState(true);
  const [totalCount, setTotalCount] = useState(0);
  const firstRenderReported = useRef(false);

  const readAll = useCallback(async (h: PanelHistory) => {
    const all = await h.all();
    setRecords(all);
    setTotalCount(all.length);
    setPartial(false);
    setHealth(h.health);
  }, []);

  useEffect(() => {
    let live = true;
    void (async () => {
      const h = await api.openHistory();
      if (!live) return;
      setHistory(h);
      setHealth(h.health);
      const [first, count] = await Promise.all([h.newest(PAGE_SIZE), h.count()]);
      if (!live) return;
      setRecords(first);
      setTotalCount(count);
      if (first.length >= count) setPartial(false);
      else {
        // Paint the first page before reading everything: decoding ten thousand records would delay that frame.
        await afterNextPaint();
        if (live) await readAll(h);
      }
    })();
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (firstRenderReported.current || !history) return;
    if (records.length > 0 || !partial) {
      firstRenderReported.current = true;
      api.onFirstRender?.();
    }
  }, [records, partial, history]);

  // New records from the background. A busy console reports many at once: apply them in one update (one sort of
  // ten thousand rows, not one per record).
  useEffect(() => {
    let incoming = new Map<string, HistoryRecord>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      const batch = incoming;
      incoming = new Map();
      setRecords((list) => {
        const merged = mergeRecords(list, batch, newestFirst);
        if (merged.added > 0) setTotalCount((n) => n + merged.added);
        return merged.records;
      });
    };
    const stop = api.onPanelMessage((message) => {
      if (message.type !== 'history-changed') return;
      if (message.record) {
        incoming.set(message.record.id, message.record);
        timer ??= setTimeout(flush, BATCH_MS);
      } else if (history) void readAll(history);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [history]);

  const reload = useCallback(async () => {
    if (history) await readAll(history);
  }, [history]);

  const remove = async (id: string) => {
    if (!history) return null;
    const result = await history.remove(id);
    if (result.ok) {
      setRecords((list) => list.filter((r) => r.id !== id));
      setTotalCount((n) => Math.max(0, n - 1));
    }
    return result;
  };

  const clear = async () => {
    if (!history) return null;
    const result = await history.clear();
    if (result.ok) {
      setRecords([]);
      setTotalCount(0);
    }
    return result;
  };

  return { history, health, records, partial, totalCount, reload, remove, clear };
}
