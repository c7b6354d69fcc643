// The panel's settings: loaded at start, followed when they change elsewhere (another panel, the popup), applied
// to the page (language, theme), and the keyboard shortcut the settings mention.
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../lib/model';
import { DEFAULT_SETTINGS, resolveLanguage, type Settings } from '../../lib/settings';
import { applyPageSettings } from '../theme';
import type { PanelApi } from './api';

export interface PanelSettings {
  /** Null until loaded (the settings form waits for it). */
  settings: Settings | null;
  /** The settings in force: the defaults until loaded. */
  effective: Settings;
  lang: Lang;
  shortcut: string | null;
  setSettings(settings: Settings): void;
}

export function usePanelSettings(api: PanelApi): PanelSettings {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [shortcut, setShortcut] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const stop = api.watchSettings((s) => live && setSettings(s));
    void api.loadSettings().then((s) => live && setSettings(s));
    void api.shortcut().then((s) => live && setShortcut(s));
    return () => {
      live = false;
      stop();
    };
  }, []);

  const effective = settings ?? DEFAULT_SETTINGS;
  const lang = resolveLanguage(effective.language, api.browserLanguages);
  useEffect(() => {
    applyPageSettings(document, effective, api.browserLanguages);
  }, [effective.language, effective.theme]);

  return { settings, effective, lang, shortcut, setSettings };
}
