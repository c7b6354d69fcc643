// The i18n mechanism, kept tiny: each message family is a typed map per language (`Catalog`), and a key missing
// in one language is a compile error (the Japanese map is typed by the English keys) and a test failure
// (tests/unit/i18n checks every catalog exported from lib/i18n/*.ts at run time).
import type { Lang } from '../model';

export type { Lang } from '../model';

export const LANGS: readonly Lang[] = ['en', 'ja'];

/** key → template; `{name}` marks a parameter. */
export type Messages<K extends string = string> = Readonly<Record<K, string>>;

/** One message family in every language. */
export type Catalog<K extends string = string> = Readonly<Record<Lang, Messages<K>>>;

export type Params = Readonly<Record<string, string | number>>;

export type Translate<K extends string> = (key: K, params?: Params) => string;

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ja';
}

/** Fills `{name}` parameters; an unknown parameter stays visible rather than disappearing silently. */
export function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Full-width characters (kana, kanji, full-width punctuation and forms). */
const FULL_WIDTH = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/**
 * Japanese spacing: AWS's Japanese puts a space between half- and full-width text (「ロール Dev に追加」) but none
 * between two full-width words. A template cannot know which a value is, so the space it leaves around a parameter
 * goes when the value's edge and the template's neighbour are both full-width (「ルートユーザーに追加」).
 */
export function fillJapanese(template: string, params?: Params): string {
  if (!params) return template;
  const parts: string[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{([A-Za-z0-9_]+)\}/g)) {
    const name = m[1]!;
    if (!Object.prototype.hasOwnProperty.call(params, name)) continue;
    const value = String(params[name]);
    let before = template.slice(last, m.index);
    if (before.endsWith(' ') && FULL_WIDTH.test(before.charAt(before.length - 2)) && FULL_WIDTH.test(value.charAt(0))) before = before.slice(0, -1);
    parts.push(before, value);
    last = m.index + m[0].length;
    const next = template.slice(last);
    if (next.startsWith(' ') && FULL_WIDTH.test(next.charAt(1)) && FULL_WIDTH.test(value.charAt(value.length - 1))) last++;
  }
  parts.push(template.slice(last));
  return parts.join('');
}

export function translator<K extends string>(catalog: Catalog<K>, lang: Lang): Translate<K> {
  const messages = catalog[lang] ?? catalog.en;
  const fillIn = lang === 'ja' ? fillJapanese : fill;
  return (key, params) => fillIn(messages[key] ?? catalog.en[key] ?? key, params);
}
