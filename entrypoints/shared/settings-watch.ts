// Follows the settings in extension storage (storage.local): every context — a console tab's cards, the side panel,
// the background — sees a change saved anywhere else. A removed value reads as the defaults, like a missing one.
// A plain storage.onChanged listener rather than @wxt-dev/storage's watch(): that package is the whole storage
// wrapper (+3.1 kB gzip), and the console content script, which needs this before its engine loads, has a 15 kB
// budget it already uses 11.4 kB of.
import { browser } from 'wxt/browser';
import { normalizeSettings, SETTINGS_KEY, type Settings } from '../../lib/settings';

type Changes = Record<string, { newValue?: unknown }>;

export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Changes, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) listener(normalizeSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
