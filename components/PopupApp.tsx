// The toolbar popup: paste any error text, get the same explanation as the side panel, saved to history as `paste`,
// with a button to continue in the side panel. Parsing runs here (it is small); explaining goes through the
// background, which holds the IAM data. Parts in components/popup/.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, resolveLanguage, type Settings } from '../lib/settings';
import { contextAround } from '../lib/workload/context';
import type { PopupApi } from './popup/api';
import { FoundDenials } from './popup/FoundDenials';
import { PasteForm } from './popup/PasteForm';
import { usePaste } from './popup/use-paste';
import { applyPageSettings } from './theme';
import { makeUi, UiContext } from './ui-context';
import { useExplainReply } from './use-explain-reply';

export function PopupApp({ api, initialText = '' }: { api: PopupApi; initialText?: string }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [panelError, setPanelError] = useState<string | null>(null);
  const paste = usePaste(api, initialText);
  const { current, pasted, result } = paste;

  useEffect(() => {
    void api.loadSettings().then(setSettings);
  }, []);
  const lang = resolveLanguage(settings.language, api.browserLanguages);
  useEffect(() => {
    applyPageSettings(document, settings, api.browserLanguages);
  }, [settings.language, settings.theme]);
  const ui = useMemo(() => makeUi(lang, (t) => api.copy(t)), [lang]);
  const { t } = ui;

  // The text as it was explained, not as edited since: the window around this finding only.
  const explained = useExplainReply(
    current
      ? () => {
          const context = contextAround(pasted, current);
          return api.explain(current, lang, context ? { context } : {});
        }
      : null,
    [current, lang],
  );

  const openPanel = () => {
    if (!current) return;
    setPanelError(null);
    // No await before this call: it must run inside the click.
    api.openPanel(current, contextAround(pasted, current)).catch((error: unknown) => setPanelError(String(error)));
  };

  return (
    <UiContext.Provider value={ui}>
      <div class="app popup">
        <header class="app-header">
          <h1>{t('appName')}</h1>
        </header>
        <PasteForm
          text={paste.text}
          onText={paste.setText}
          onSubmit={() => {
            setPanelError(null);
            void paste.submit();
          }}
          onClear={paste.clear}
        />
        <div class="popup-result" aria-live="polite">
          {result?.truncated ? <p class="notice notice-warn">{t('popup.truncated', { limit: result.limit.toLocaleString(lang), kept: (result.limit / 2).toLocaleString(lang) })}</p> : null}
          {result?.kind === 'none' ? (
            <p class="notice notice-info" data-testid="no-denial">
              {t('popup.none')}
            </p>
          ) : null}
          {result?.kind === 'found' ? (
            <FoundDenials
              result={result}
              index={paste.index}
              onPick={paste.pick}
              explained={explained}
              mask={settings.maskPrivate}
              panelError={panelError}
              canOpen={current !== null}
              onOpenPanel={openPanel}
            />
          ) : null}
        </div>
      </div>
    </UiContext.Provider>
  );
}
