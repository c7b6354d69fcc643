import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { watchSettings } from '../../../entrypoints/shared/settings-watch';
import { DEFAULT_SETTINGS, saveSettings, SETTINGS_KEY, type Settings } from '../../../lib/settings';
import { browser } from 'wxt/browser';

describe('watchSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('hears a change saved elsewhere, normalised, and a removal as the defaults', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await saveSettings(browser.storage.local, { language: 'ja', historyCap: 5 });
    await browser.storage.local.set({ other: 1 });
    await browser.storage.local.remove(SETTINGS_KEY);
    stop();
    await saveSettings(browser.storage.local, { language: 'en' });
    expect(seen.map((s) => s.language)).toEqual(['ja', 'auto']);
    expect(seen[0]!.historyCap).toBeGreaterThan(5);
    expect(seen[1]).toEqual({ ...DEFAULT_SETTINGS });
  });
});
