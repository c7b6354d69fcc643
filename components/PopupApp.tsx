// The toolbar popup: paste any error text, get the same explanation as the side panel, saved to history as `paste`,
// with a button to continue in the side panel. Parsing runs here (it is small); explaining goes through the background,
// which holds the IAM data.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { StoreReply } from '../lib/history/notices';
import type { ExplainReply } from '../lib/messages';
import type { Explanation, Finding, Lang } from '../lib/model';
import { DEFAULT_SETTINGS, resolveLanguage, type Settings } from '../lib/settings';
import { contextAround } from '../lib/workload/context';
import { ExplanationView } from './ExplanationView';
import { applyPageSettings } from './theme';
import { makeUi, UiContext } from './ui-context';

export interface ParsedPaste {
  findings: Finding[];
  /** The text was longer than the parser reads (`limit`); its first and last `limit / 2` characters were parsed. */
  truncated: boolean;
  limit: number;
}

export interface PopupApi {
  browserLanguages: readonly string[];
  loadSettings(): Promise<Settings>;
  parse(text: string): ParsedPaste;
  /** `extra.context`: the pasted text around the finding, where clues to the workload behind it often sit. */
  explain(finding: Finding, lang: Lang, extra?: { context?: string }): Promise<ExplainReply>;
  store(findings: Finding[]): Promise<StoreReply>;
  /** Must start opening synchronously: browsers only open panels inside the click that asked for it. */
  /** `context`: the pasted text around the finding, so the panel explains it as the popup does. */
  openPanel(finding: Finding, context: string | null): Promise<void>;
  copy(text: string): Promise<void>;
}

type Result =
  | { kind: 'none'; truncated: boolean; limit: number }
  | { kind: 'found'; findings: Finding[]; truncated: boolean; limit: number; saved: StoreReply | null; text: string };

export function PopupApp({ api, initialText = '' }: { api: PopupApi; initialText?: string }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [text, setText] = useState(initialText);
  const [result, setResult] = useState<Result | null>(null);
  const [index, setIndex] = useState(0);
  const [explained, setExplained] = useState<{ status: 'loading' } | { status: 'ready'; explanation: Explanation } | { status: 'error'; error: string } | null>(null);
  const [panelError, setPanelError] = useState<string | null>(null);
  const run = useRef(0);

  useEffect(() => {
    void api.loadSettings().then(setSettings);
  }, []);
  const lang = resolveLanguage(settings.language, api.browserLanguages);
  useEffect(() => {
    applyPageSettings(document, settings, api.browserLanguages);
  }, [settings.language, settings.theme]);
  const ui = useMemo(() => makeUi(lang, (t) => api.copy(t)), [lang]);
  const { t } = ui;

  const current = result?.kind === 'found' ? result.findings[index] ?? null : null;
  const pasted = result?.kind === 'found' ? result.text : '';

  useEffect(() => {
    if (!current) {
      setExplained(null);
      return;
    }
    const mine = ++run.current;
    setExplained({ status: 'loading' });
    // The text as it was explained, not as edited since: the window around this finding only.
    const context = contextAround(pasted, current);
    api
      .explain(current, lang, context ? { context } : {})
      .then((reply) => {
        if (mine !== run.current) return;
        setExplained(reply.ok ? { status: 'ready', explanation: reply.explanation } : { status: 'error', error: reply.error });
      })
      .catch((error: unknown) => mine === run.current && setExplained({ status: 'error', error: String(error) }));
  }, [current, lang]);

  const submit = async () => {
    setPanelError(null);
    const parsed = api.parse(text);
    setIndex(0);
    if (parsed.findings.length === 0) {
      setResult({ kind: 'none', truncated: parsed.truncated, limit: parsed.limit });
      return;
    }
    setResult({ kind: 'found', findings: parsed.findings, truncated: parsed.truncated, limit: parsed.limit, saved: null, text });
    let saved: StoreReply;
    try {
      saved = await api.store(parsed.findings);
    } catch (error) {
      saved = { ok: false, error: { kind: 'failed', message: String(error) } };
    }
    setResult((r) => (r && r.kind === 'found' && r.findings === parsed.findings ? { ...r, saved } : r));
  };

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
        <form
          class="paste"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label for="paste-text">{t('popup.label')}</label>
          <textarea
            id="paste-text"
            rows={6}
            value={text}
            spellcheck={false}
            placeholder={t('popup.placeholder')}
            onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void submit();
              }
            }}
          />
          <div class="toolbar">
            <button type="submit" class="primary" disabled={text.trim() === ''}>
              {t('popup.explain')}
            </button>
            <button
              type="button"
              onClick={() => {
                setText('');
                setResult(null);
              }}
            >
              {t('popup.clear')}
            </button>
          </div>
        </form>

        <div class="popup-result" aria-live="polite">
          {result?.truncated ? <p class="notice notice-warn">{t('popup.truncated', { limit: result.limit.toLocaleString(lang), kept: (result.limit / 2).toLocaleString(lang) })}</p> : null}
          {result?.kind === 'none' ? (
            <p class="notice notice-info" data-testid="no-denial">
              {t('popup.none')}
            </p>
          ) : null}
          {result?.kind === 'found' ? (
            <>
              <div class="found-bar">
                <span>{result.findings.length === 1 ? t('popup.foundOne') : t('popup.found', { count: result.findings.length })}</span>
                {result.saved ? (
                  <span class={result.saved.ok ? 'muted' : 'notice-error'}>
                    {result.saved.ok ? t('popup.saved') : t('popup.notSaved', { error: result.saved.error.message })}
                  </span>
                ) : null}
                <button type="button" class="primary" onClick={openPanel} disabled={!current}>
                  {t('popup.openPanel')}
                </button>
              </div>
              {panelError ? <p class="notice notice-error">{t('popup.panelFailed', { error: panelError })}</p> : null}
              {result.findings.length > 1 ? (
                <div class="pick" role="group" aria-label={t('popup.found', { count: result.findings.length })}>
                  {result.findings.map((f, i) => (
                    <button key={i} type="button" aria-pressed={i === index} onClick={() => setIndex(i)}>
                      {t('popup.pick', { n: i + 1, action: f.action ?? f.errorCode ?? t('history.noAction') })}
                    </button>
                  ))}
                </div>
              ) : null}
              {explained?.status === 'ready' ? (
                <ExplanationView explanation={explained.explanation} mask={settings.maskPrivate} />
              ) : explained?.status === 'error' ? (
                <p class="notice notice-error">{t('explanation.error', { error: explained.error })}</p>
              ) : (
                <p class="muted">{t('explanation.loading')}</p>
              )}
            </>
          ) : null}
        </div>
      </div>
    </UiContext.Provider>
  );
}
