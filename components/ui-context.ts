// What every panel/popup component needs from its surroundings: the translator, the language (dates, numbers) and a
// clipboard writer (injected so tests can observe copies and extension pages can use navigator.clipboard).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { uiTranslator, type UiTranslate } from '../lib/i18n/ui';
import type { Lang } from '../lib/model';

export interface Ui {
  lang: Lang;
  t: UiTranslate;
  copy(text: string): Promise<void>;
}

export function makeUi(lang: Lang, copy: (text: string) => Promise<void>): Ui {
  return { lang, t: uiTranslator(lang), copy };
}

export const UiContext = createContext<Ui>(
  makeUi('en', (text) => (globalThis.navigator?.clipboard ? navigator.clipboard.writeText(text) : Promise.reject(new Error('no clipboard')))),
);

export function useUi(): Ui {
  return useContext(UiContext);
}
