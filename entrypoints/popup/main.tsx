// Wires the popup component: parsing here, explaining and storing through the background, and opening the side
// panel (Chrome) or sidebar (Firefox) from the click itself.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { browserLanguages, copyText, explainVia, send, settingsApi } from '../shared/extension-page';
import { PopupApp } from '../../components/PopupApp';
import type { PopupApi } from '../../components/popup/api';
import '../../components/styles.css';
import type { StoreReply } from '../../lib/history/notices';
import { MAX_INPUT_CHARS, parseInput } from '../../lib/parse/index';
import { chromeSidePanel, firefoxSidebar } from '../shared/browser-apis';

// Known before any click: sidePanel.open() must be called inside the click, with no await in front of it.
let windowId: number | undefined;
void browser.windows
  ?.getCurrent()
  .then((w) => (windowId = w.id))
  .catch(() => undefined);

const api: PopupApi = {
  browserLanguages: browserLanguages(),
  loadSettings: settingsApi.load,
  parse(text) {
    const { findings, truncated } = parseInput(text);
    return { findings, truncated, limit: MAX_INPUT_CHARS };
  },
  explain: explainVia,
  store: (findings) => send<StoreReply>({ type: 'store', source: 'paste', pageUrl: null, findings }),
  openPanel(finding, context) {
    const side = chromeSidePanel();
    const sidebar = firefoxSidebar();
    let opening: Promise<void>;
    if (side && windowId !== undefined) opening = side.open({ windowId });
    else if (sidebar) opening = sidebar.open();
    else opening = Promise.reject(new Error('no side panel in this browser'));
    // The background remembers the finding for the panel and tells it if it is already open.
    const told = send({ type: 'open-panel', finding, ...(context ? { context } : {}) }).catch(() => undefined);
    return opening.then(async () => {
      await told;
      window.close();
    });
  },
  copy: copyText,
};

render(<PopupApp api={api} />, document.getElementById('app')!);
