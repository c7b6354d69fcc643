// Names shared by the background, the side panel and the popup.

/** storage.session: the finding a card or the popup asked the side panel to show (read once when it opens). */
export const PENDING_KEY = 'pendingShow';
/** storage.session: per-tab visible denials (tab-state.ts). */
export const TAB_STATE_KEY = 'tabState';
/** manifest `commands` (Chrome): the keyboard shortcut that opens the side panel. */
export const OPEN_PANEL_COMMAND = 'open-side-panel';
