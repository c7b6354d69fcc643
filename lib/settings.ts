// User settings, kept in extension storage (storage.local) under one key. The storage area is a parameter so this
// file stays free of browser globals and tests pass a plain object.
import { clampCap, DEFAULT_CAP } from './history/cap';
import type { Lang } from './model';

export type LanguageSetting = 'auto' | Lang;
export type ThemeSetting = 'auto' | 'light' | 'dark';

export interface Settings {
  /** 'auto' follows the browser's UI language. */
  language: LanguageSetting;
  /** 'auto' follows the system's light/dark preference. */
  theme: ThemeSetting;
  /** Mask account ids and session names in exports and in the admin request (lib/privacy.ts). */
  maskPrivate: boolean;
  /** Most records the history keeps; the least recently seen go first. */
  historyCap: number;
  /** Console services (the console URL's first path segment, e.g. "s3", "ec2") where no card is shown. */
  cardsOffServices: string[];
}

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  language: 'auto',
  theme: 'auto',
  maskPrivate: false,
  historyCap: DEFAULT_CAP,
  cardsOffServices: [],
});

export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Whatever is stored (an older shape, a hand-edited value) is read field by field; bad fields fall back. */
export function normalizeSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const services = Array.isArray(v.cardsOffServices)
    ? v.cardsOffServices.filter((s): s is string => typeof s === 'string' && /^[a-z0-9-]{1,64}$/.test(s)).slice(0, 500)
    : [];
  return {
    language: v.language === 'en' || v.language === 'ja' ? v.language : 'auto',
    theme: v.theme === 'light' || v.theme === 'dark' ? v.theme : 'auto',
    maskPrivate: v.maskPrivate === true,
    historyCap: typeof v.historyCap === 'number' ? clampCap(v.historyCap) : DEFAULT_CAP,
    cardsOffServices: [...new Set(services)],
  };
}

export async function loadSettings(area: StorageAreaLike): Promise<Settings> {
  try {
    return normalizeSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS, cardsOffServices: [] };
  }
}

export async function saveSettings(area: StorageAreaLike, patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings(area)), ...patch });
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

/** The UI language: the setting, else the first browser language we have, else English. */
export function resolveLanguage(setting: LanguageSetting, browserLanguages: readonly string[]): Lang {
  if (setting !== 'auto') return setting;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'ja') return 'ja';
    if (base === 'en') return 'en';
  }
  return 'en';
}
