// The side panel (Chrome) / sidebar (Firefox): the selected denial explained in full, then the history. Each concern
// is a hook in components/panel/; everything browser-specific comes in through `api` (components/panel/api.ts).
import { useMemo } from 'preact/hooks';
import { HistoryView } from './history/HistoryView';
import { Notices } from './Notices';
import type { PanelApi } from './panel/api';
import { CapConfirm } from './panel/CapConfirm';
import { CurrentExplanation } from './panel/CurrentExplanation';
import { authorizationSeenAt, selectedRecord } from './panel/selection';
import { useExplanation } from './panel/use-explanation';
import { useHistory } from './panel/use-history';
import { useImportExport } from './panel/use-import-export';
import { useNotices } from './panel/use-notices';
import { usePanelSettings } from './panel/use-panel-settings';
import { useSelection } from './panel/use-selection';
import { useSettingsChange } from './panel/use-settings-change';
import { SettingsView } from './SettingsView';
import { makeUi, UiContext } from './ui-context';

export function SidePanelApp({ api }: { api: PanelApi }) {
  const { settings, effective, lang, shortcut, setSettings } = usePanelSettings(api);
  const ui = useMemo(() => makeUi(lang, (text) => api.copy(text)), [lang]);
  const { t } = ui;
  const list = useHistory(api);
  const notices = useNotices(api, t, list.health);
  const selection = useSelection(api);
  const explained = useExplanation(api, selection.selected, lang, list.records);
  const transfer = useImportExport(api, list, effective, t, notices);
  const settingsChange = useSettingsChange(api, setSettings, list, t, notices);

  const { selected } = selection;
  const selectedId = useMemo(
    () => (selected ? (selected.recordId ?? selectedRecord(selected, list.records)?.id ?? null) : null),
    [selected, list.records],
  );
  const onDelete = async (id: string) => {
    const result = await list.remove(id);
    if (result) notices.reportWrite(result);
  };
  const onClear = async () => {
    const result = await list.clear();
    if (result && notices.reportWrite(result)) selection.clear();
  };

  return (
    <UiContext.Provider value={ui}>
      <div class="app panel">
        <header class="app-header">
          <h1>{t('appName')}</h1>
        </header>
        {settings ? <SettingsView key={settingsChange.formKey} settings={settings} shortcut={shortcut} onChange={settingsChange.change} /> : null}
        {settingsChange.confirming ? (
          <CapConfirm confirming={settingsChange.confirming} onApply={() => void settingsChange.applyCap()} onCancel={settingsChange.cancelCap} />
        ) : null}
        <Notices items={notices.notices} onDismiss={notices.dismiss} />
        <main>
          <CurrentExplanation explained={explained} mask={effective.maskPrivate} firstSeenAt={authorizationSeenAt(selected ? selectedRecord(selected, list.records) : undefined)} />
          <HistoryView
            records={list.records}
            partial={list.partial}
            totalCount={list.totalCount}
            selectedId={selectedId}
            readOnly={!list.health || list.health.state !== 'ok'}
            onSelect={(r) => selection.show(r.finding, r.id)}
            onDelete={(r) => void onDelete(r.id)}
            onClear={() => void onClear()}
            onExport={transfer.onExport}
            onImport={(file) => void transfer.onImport(file)}
          />
        </main>
      </div>
    </UiContext.Provider>
  );
}
