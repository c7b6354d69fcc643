// A PanelApi for tests: the real history over fake-indexeddb, with the browser parts recorded instead of performed.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { PanelApi } from '../../../components/panel/api';
import type { HistoryNotice } from '../../../lib/history/notices';
import { openHistory, type History } from '../../../lib/history/store';
import type { ExplainReply, ToPanel } from '../../../lib/messages';
import type { Finding, Lang } from '../../../lib/model';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../../lib/settings';
import { makeExplanation } from './fixtures';

export interface TestPanel {
  api: PanelApi;
  history: Promise<History>;
  factory: IDBFactory;
  copied: string[];
  downloads: { filename: string; mime: string; text: string }[];
  explained: { finding: Finding; lang: Lang }[];
  send(message: ToPanel): void;
  settings: Settings;
  notices: HistoryNotice[];
  setNotices(list: HistoryNotice[]): void;
}

export function testPanel(options: { factory?: IDBFactory; pending?: Finding | null; settings?: Partial<Settings>; languages?: string[] } = {}): TestPanel {
  const factory = options.factory ?? new IDBFactory();
  const listeners = new Set<(m: ToPanel) => void>();
  const noticeListeners = new Set<(n: HistoryNotice[]) => void>();
  let pending = options.pending ?? null;
  const state: TestPanel = {
    factory,
    history: openHistory({ indexedDB: factory }),
    copied: [],
    downloads: [],
    explained: [],
    settings: normalizeSettings({ ...DEFAULT_SETTINGS, ...options.settings }),
    notices: [],
    send: (message) => listeners.forEach((l) => l(message)),
    setNotices(list) {
      state.notices = list;
      noticeListeners.forEach((l) => l(list));
    },
    api: undefined as unknown as PanelApi,
  };
  state.api = {
    browserLanguages: options.languages ?? ['en-US'],
    loadSettings: async () => state.settings,
    saveSettings: async (patch) => (state.settings = normalizeSettings({ ...state.settings, ...patch })),
    watchSettings: () => () => undefined,
    openHistory: () => state.history,
    async explain(finding, lang): Promise<ExplainReply> {
      state.explained.push({ finding, lang });
      return { ok: true, explanation: makeExplanation({ lang, verdict: `Verdict for ${finding.action} (${lang})` }, finding) };
    },
    onPanelMessage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    takePending: async () => {
      const p = pending;
      pending = null;
      return p ? { finding: p } : null;
    },
    loadNotices: async () => state.notices,
    dismissNotice: async (id) => state.setNotices(state.notices.filter((n) => n.id !== id)),
    watchNotices(listener) {
      noticeListeners.add(listener);
      return () => noticeListeners.delete(listener);
    },
    download: (filename, mime, text) => void state.downloads.push({ filename, mime, text }),
    copy: async (text) => void state.copied.push(text),
    shortcut: async () => 'Alt+Shift+D',
    now: () => Date.UTC(2026, 6, 1, 12, 0),
  };
  return state;
}
