import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, normalizeSettings, resolveLanguage, saveSettings, SETTINGS_KEY } from '../../lib/settings';
import { UI_CATALOG } from '../../lib/i18n/ui';

function memoryArea(initial: Record<string, unknown> = {}) {
  const data = { ...initial };
  return {
    data,
    get: async (key: string) => (key in data ? { [key]: data[key] } : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
  };
}

describe('settings', () => {
  it('defaults: browser language, system theme, no masking, 5,000 records', async () => {
    expect(await loadSettings(memoryArea())).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ language: 'auto', theme: 'auto', maskPrivate: false, historyCap: 5000 });
  });

  it('saves a patch and reads it back', async () => {
    const area = memoryArea();
    await saveSettings(area, { language: 'ja', maskPrivate: true, historyCap: 2000 });
    expect(await loadSettings(area)).toMatchObject({ language: 'ja', theme: 'auto', maskPrivate: true, historyCap: 2000 });
  });

  it('falls back field by field on stored junk', async () => {
    const area = memoryArea({
      [SETTINGS_KEY]: { language: 'fr', theme: 7, maskPrivate: 'yes', historyCap: -5, cardsOffServices: ['s3', '<script>', 3, 's3'] },
    });
    expect(await loadSettings(area)).toEqual({ ...DEFAULT_SETTINGS, historyCap: 100, cardsOffServices: ['s3'] });
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('survives a failing storage area', async () => {
    const broken = { get: () => Promise.reject(new Error('gone')), set: async () => undefined };
    expect(await loadSettings(broken)).toEqual(DEFAULT_SETTINGS);
  });

  it('resolves the UI language from the browser when set to auto', () => {
    expect(resolveLanguage('auto', ['ja-JP', 'en-US'])).toBe('ja');
    expect(resolveLanguage('auto', ['fr-FR', 'en-GB', 'ja'])).toBe('en');
    expect(resolveLanguage('auto', ['de'])).toBe('en');
    expect(resolveLanguage('en', ['ja-JP'])).toBe('en');
  });

  it('has every UI string in English and Japanese', () => {
    const en = Object.keys(UI_CATALOG.en).sort();
    expect(Object.keys(UI_CATALOG.ja).sort()).toEqual(en);
    for (const key of en) expect((UI_CATALOG.ja as Record<string, string>)[key]!.length).toBeGreaterThan(0);
    // Parameters match, so a Japanese sentence never drops a number or name.
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of en) {
      expect(params((UI_CATALOG.ja as Record<string, string>)[key]!), key).toEqual(params((UI_CATALOG.en as Record<string, string>)[key]!));
    }
  });
});
