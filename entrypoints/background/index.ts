// Background: stores what the content script and popup found, keeps the per-tab badge, explains findings for the
// other contexts (the IAM data is loaded here, once) and opens the side panel.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createExplain } from '../../lib/explain/explainer';
import { NOTICES_KEY, isNoticeList } from '../../lib/history/notices';
import { openHistory, type History } from '../../lib/history/store';
import { loadSettings, type Settings } from '../../lib/settings';
import { iamFiles } from './iam-files';
import { badgeAction, chromeSidePanel, firefoxSidebar, sessionArea } from '../shared/browser-apis';
import { createHandlers, type Sender } from './handlers';
import { OPEN_PANEL_COMMAND, PENDING_KEY, TAB_STATE_KEY } from '../shared/keys';
import { watchSettings } from '../shared/settings-watch';
import { TabState, type TabSnapshot } from './tab-state';

// The explainer reads its per-service IAM data from JSON files in the extension (iam-files.ts), so the worker
// itself stays small and needs no import().
export default defineBackground({
  main() {
    const explain = createExplain(iamFiles.loadIndex);
    let history: Promise<History> | null = null;
    const getHistory = () => (history ??= openHistory({ indexedDB: globalThis.indexedDB }));
    // Open (and create or upgrade) the database at start-up, not at the first denial.
    void getHistory();

    let settings: Promise<Settings> | null = null;
    const getSettings = () => (settings ??= loadSettings(browser.storage.local));
    watchSettings(() => {
      settings = null;
    });

    const session = sessionArea();
    const tabs = new TabState({
      load: async () => ((await session.get(TAB_STATE_KEY))[TAB_STATE_KEY] ?? {}) as TabSnapshot,
      save: (snapshot) => session.set({ [TAB_STATE_KEY]: snapshot }),
    });

    const action = badgeAction();
    void Promise.resolve(action?.setBadgeBackgroundColor({ color: '#d91515' })).catch(() => undefined);

    let documentIds = false;

    const handlers = createHandlers({
      history: getHistory,
      explain,
      settings: getSettings,
      tabs,
      setBadge: async (tabId, text) => {
        await action?.setBadgeText({ tabId, text });
      },
      openPanel(sender: Sender) {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return null;
        const side = chromeSidePanel();
        if (side) return side.open({ tabId });
        // Firefox refuses sidebarAction.open() outside a user action on extension UI; the card then tells the user
        // to open the sidebar, which shows this finding (it is pending).
        const sidebar = firefoxSidebar();
        return sidebar ? sidebar.open() : Promise.reject(new Error('no side panel in this browser'));
      },
      setPending: (pending) => session.set({ [PENDING_KEY]: pending }),
      notifyPanel(message) {
        // No receiver when the panel is closed: that is fine, it reads the history when it opens.
        browser.runtime.sendMessage(message).catch(() => undefined);
      },
      loadNotices: async () => {
        const value = (await browser.storage.local.get(NOTICES_KEY))[NOTICES_KEY];
        return isNoticeList(value) ? value : [];
      },
      saveNotices: (notices) => browser.storage.local.set({ [NOTICES_KEY]: notices }),
      now: () => Date.now(),
    });

    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if ((sender as Sender).documentId) documentIds = true;
      // Must stay synchronous up to handlers.onMessage: open-panel opens the side panel before any await.
      return handlers.onMessage(message, sender as Sender);
    });

    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status !== 'loading') return;
      void Promise.resolve(action?.setBadgeText({ tabId, text: '' })).catch(() => undefined);
      // With documentId (Chrome) a new page is recognised by its new document; without it, a load is the signal.
      if (!documentIds) void tabs.reset(tabId);
    });
    browser.tabs.onRemoved.addListener((tabId) => void tabs.remove(tabId));

    // Chrome: the keyboard shortcut (a user action) opens the side panel. Firefox maps its shortcut to
    // _execute_sidebar_action in the manifest and needs nothing here.
    browser.commands?.onCommand.addListener((command, tab) => {
      const side = chromeSidePanel();
      if (command !== OPEN_PANEL_COMMAND || !side || !tab) return;
      side.open({ windowId: tab.windowId }).catch((error: unknown) => console.warn('why-denied: side panel', error));
    });
  },
});
