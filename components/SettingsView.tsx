// Language, theme, privacy masking and the history limit. Changes apply at once and are saved in extension storage.
import { useState } from 'preact/hooks';
import { MAX_CAP, MIN_CAP } from '../lib/history/cap';
import type { LanguageSetting, Settings, ThemeSetting } from '../lib/settings';
import { useUi } from './ui-context';

export function SettingsView({
  settings,
  shortcut,
  onChange,
}: {
  settings: Settings;
  shortcut: string | null;
  onChange(patch: Partial<Settings>): void;
}) {
  const { t } = useUi();
  const [cap, setCap] = useState(String(settings.historyCap));
  const commitCap = () => {
    const n = Number(cap);
    if (Number.isFinite(n) && n > 0) onChange({ historyCap: n });
    else setCap(String(settings.historyCap));
  };
  return (
    <details class="settings">
      <summary>{t('settings.title')}</summary>
      <div class="settings-body">
        <label>
          <span>{t('settings.language')}</span>
          <select
            value={settings.language}
            onChange={(e) => onChange({ language: (e.target as HTMLSelectElement).value as LanguageSetting })}
          >
            <option value="auto">{t('settings.languageAuto')}</option>
            <option value="en" lang="en">
              English
            </option>
            <option value="ja" lang="ja">
              日本語
            </option>
          </select>
        </label>
        <label>
          <span>{t('settings.theme')}</span>
          <select value={settings.theme} onChange={(e) => onChange({ theme: (e.target as HTMLSelectElement).value as ThemeSetting })}>
            <option value="auto">{t('settings.themeAuto')}</option>
            <option value="light">{t('settings.themeLight')}</option>
            <option value="dark">{t('settings.themeDark')}</option>
          </select>
        </label>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={settings.maskPrivate}
            onChange={(e) => onChange({ maskPrivate: (e.target as HTMLInputElement).checked })}
          />
          <span>{t('settings.mask')}</span>
        </label>
        <label>
          <span>{t('settings.cap')}</span>
          <input
            type="number"
            min={MIN_CAP}
            max={MAX_CAP}
            step={100}
            value={cap}
            onInput={(e) => setCap((e.target as HTMLInputElement).value)}
            onChange={commitCap}
            onBlur={commitCap}
          />
        </label>
        {shortcut ? <p class="muted">{t('settings.shortcut', { keys: shortcut })}</p> : null}
      </div>
    </details>
  );
}
