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

export function translator<K extends string>(catalog: Catalog<K>, lang: Lang): Translate<K> {
  const messages = catalog[lang] ?? catalog.en;
  return (key, params) => fill(messages[key] ?? catalog.en[key] ?? key, params);
}
