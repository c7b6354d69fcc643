// Applies language and theme to the page: <html lang> for screen readers and CJK fonts, data-theme for the CSS
// ('auto' lets the stylesheet follow prefers-color-scheme live, without a reload).
import { resolveLanguage, type Settings } from '../lib/settings';
import type { Lang } from '../lib/model';

export function applyPageSettings(doc: Document, settings: Settings, browserLanguages: readonly string[]): Lang {
  const lang = resolveLanguage(settings.language, browserLanguages);
  doc.documentElement.lang = lang;
  doc.documentElement.dataset.theme = settings.theme;
  return lang;
}
