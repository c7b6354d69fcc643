// The few browser APIs that differ between Chrome MV3 and Firefox MV2, behind one shape (background, popup, side panel).
import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}
interface BadgeAction {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
}
interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const g = globalThis as unknown as {
  chrome?: { sidePanel?: ChromeSidePanel };
  browser?: { sidebarAction?: FirefoxSidebar; action?: BadgeAction; browserAction?: BadgeAction };
};

export function chromeSidePanel(): ChromeSidePanel | null {
  return g.chrome?.sidePanel ?? null;
}

export function firefoxSidebar(): FirefoxSidebar | null {
  return g.browser?.sidebarAction ?? null;
}

export function badgeAction(): BadgeAction | null {
  const b = browser as unknown as { action?: BadgeAction; browserAction?: BadgeAction };
  return b.action ?? b.browserAction ?? null;
}

/** storage.session (cleared when the browser closes), or storage.local where a browser lacks it. */
export function sessionArea(): SessionArea {
  const storage = browser.storage as unknown as { session?: SessionArea; local: SessionArea };
  return storage.session ?? storage.local;
}
