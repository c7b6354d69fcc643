// Wires the side panel component to the browser: IndexedDB history, the background (explain, show requests, live
// history updates), extension storage (settings, notices, the pending finding) and file download.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { browserLanguages, copyText, explainVia, panelShortcut, settingsApi } from '../shared/extension-page';
import type { PanelApi } from '../../components/panel/api';
import { SidePanelApp } from '../../components/SidePanelApp';
import '../../components/styles.css';
import { isNoticeList, NOTICES_KEY, type HistoryNotice } from '../../lib/history/notices';
import { openHistory } from '../../lib/history/store';
import { sanitizeFinding } from '../../lib/history/validate';
import type { ToPanel } from '../../lib/messages';
import { sessionArea } from '../shared/browser-apis';
import { OPEN_PANEL_COMMAND, PENDING_KEY } from '../shared/keys';

function isToPanel(value: unknown): value is ToPanel {
  const type = (value as { type?: unknown } | null)?.type;
  return type === 'show' || type === 'history-changed';
}

async function loadNotices(): Promise<HistoryNotice[]> {
  const value = (await browser.storage.local.get(NOTICES_KEY))[NOTICES_KEY];
  return isNoticeList(value) ? value : [];
}

const api: PanelApi = {
  browserLanguages: browserLanguages(),
  loadSettings: settingsApi.load,
  saveSettings: settingsApi.save,
  watchSettings: settingsApi.watch,
  openHistory: () => openHistory({ indexedDB: globalThis.indexedDB }),
  explain: explainVia,
  onPanelMessage(listener) {
    const onMessage = (message: unknown) => {
      if (isToPanel(message)) listener(message);
      // No answer: these are notifications.
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  },
  async takePending() {
    const area = sessionArea();
    const value = (await area.get(PENDING_KEY))[PENDING_KEY] as { finding?: unknown; context?: unknown } | undefined;
    if (value === undefined) return null;
    await area.remove(PENDING_KEY);
    const finding = sanitizeFinding(value?.finding);
    if (!finding) return null;
    return typeof value.context === 'string' && value.context ? { finding, context: value.context } : { finding };
  },
  loadNotices,
  async dismissNotice(id) {
    await browser.storage.local.set({ [NOTICES_KEY]: (await loadNotices()).filter((n) => n.id !== id) });
  },
  watchNotices(listener) {
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !changes[NOTICES_KEY]) return;
      const value = changes[NOTICES_KEY].newValue;
      listener(isNoticeList(value) ? value : []);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
  download(filename, mime, text) {
    const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
  copy: copyText,
  shortcut: () => panelShortcut([OPEN_PANEL_COMMAND, '_execute_sidebar_action']),
  now: () => Date.now(),
  onFirstRender() {
    // Read by scripts/bench/sidepanel.ts: time from navigation start to the first history rows on screen.
    requestAnimationFrame(() => performance.mark('why-denied:history-rendered'));
  },
};

render(<SidePanelApp api={api} />, document.getElementById('app')!);
