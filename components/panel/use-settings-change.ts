// Saving a settings change from the panel. Lowering the history limit below what is stored deletes records, so that
// one change waits for a confirmation (a typo must not erase the history); cancelling puts the saved value back
// in the form.
import { useState } from 'preact/hooks';
import { clampCap } from '../../lib/history/cap';
import type { UiTranslate } from '../../lib/i18n/ui';
import type { Settings } from '../../lib/settings';
import type { PanelApi } from './api';
import type { HistoryList } from './use-history';
import type { PanelNotices } from './use-notices';

export interface CapConfirmation {
  cap: number;
  /** Records the new limit would delete. */
  count: number;
}

export interface SettingsChange {
  change(patch: Partial<Settings>): Promise<void>;
  confirming: CapConfirmation | null;
  applyCap(): Promise<void>;
  cancelCap(): void;
  /** Changes when the settings form must show the saved values again (remount it with this key). */
  formKey: number;
}

export function useSettingsChange(
  api: PanelApi,
  setSettings: (settings: Settings) => void,
  list: Pick<HistoryList, 'history' | 'totalCount' | 'reload'>,
  t: UiTranslate,
  notices: Pick<PanelNotices, 'say' | 'reportWrite'>,
): SettingsChange {
  const [confirming, setConfirming] = useState<CapConfirmation | null>(null);
  const [formKey, setFormKey] = useState(0);
  const resetForm = () => setFormKey((k) => k + 1);

  const change = async (patch: Partial<Settings>) => {
    if (patch.historyCap !== undefined && list.history) {
      const cap = clampCap(patch.historyCap);
      if (list.totalCount > cap) {
        setConfirming({ cap, count: list.totalCount - cap });
        return;
      }
      setSettings(await api.saveSettings({ ...patch, historyCap: cap }));
      resetForm();
      return;
    }
    setSettings(await api.saveSettings(patch));
  };

  const applyCap = async () => {
    const history = list.history;
    if (!confirming || !history) return;
    const { cap } = confirming;
    setConfirming(null);
    setSettings(await api.saveSettings({ historyCap: cap }));
    resetForm();
    const result = await history.enforceCap(cap);
    if (!notices.reportWrite(result) || !result.ok) return;
    if (result.pruned > 0) notices.say({ id: 'cap-pruned', tone: 'info', dismissible: true, text: t('notice.pruned', { count: result.pruned, cap }) });
    await list.reload();
  };

  const cancelCap = () => {
    setConfirming(null);
    resetForm();
  };

  return { change, confirming, applyCap, cancelCap, formKey };
}
