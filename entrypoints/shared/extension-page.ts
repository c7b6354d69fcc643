// Browser bindings shared by the side panel and the popup pages (the components themselves take plain APIs).
import { browser } from 'wxt/browser';
import type { ExplainReply, ToBackground } from '../../lib/messages';
import type { Finding, Lang } from '../../lib/model';
import { loadSettings, saveSettings, type Settings } from '../../lib/settings';
import { watchSettings } from './settings-watch';

export function browserLanguages(): string[] {
  const ui = (() => {
    try {
      return browser.i18n.getUILanguage();
    } catch {
      return '';
    }
  })();
  return [ui, ...(navigator.languages ?? [navigator.language])].filter(Boolean);
}

export const settingsApi = {
  load: () => loadSettings(browser.storage.local),
  save: (patch: Partial<Settings>) => saveSettings(browser.storage.local, patch),
  watch: watchSettings,
};

export function send<T>(message: ToBackground): Promise<T> {
  return browser.runtime.sendMessage(message) as Promise<T>;
}

/** `extra`: the text around the finding and when it was seen, when the caller knows them (workload clues, CloudTrail window). */
export async function explainVia(finding: Finding, lang: Lang, extra: { context?: string; when?: number } = {}): Promise<ExplainReply> {
  const reply = await send<ExplainReply | undefined>({ type: 'explain', finding, lang, ...extra });
  return reply ?? { ok: false, error: 'no answer from the background' };
}

export function copyText(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}

/** The shortcut the user actually has (they can change it in the browser's extension settings). */
export async function panelShortcut(names: readonly string[]): Promise<string | null> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name && names.includes(c.name) && c.shortcut)?.shortcut ?? null;
  } catch {
    return null;
  }
}
