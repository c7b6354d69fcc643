// The side panel (Chrome) / sidebar (Firefox): the selected denial explained in full, then the history. Everything
// browser-specific comes in through `api`, so the same component runs in tests with fakes.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fingerprint } from '../lib/history/fingerprint';
import type { HistoryHealth } from '../lib/history/open';
import type { HistoryNotice } from '../lib/history/notices';
import { clampCap } from '../lib/history/cap';
import { newestFirst, type WriteResult } from '../lib/history/store';
import { exportCsv, exportJson, MAX_IMPORT_BYTES, parseImport, type ImportError } from '../lib/history/transfer';
import type { ExplainReply, ToPanel } from '../lib/messages';
import type { Explanation, Finding, HistoryRecord, Lang } from '../lib/model';
import { DEFAULT_SETTINGS, resolveLanguage, type Settings } from '../lib/settings';
import type { UiTranslate } from '../lib/i18n/ui';
import { ExplanationView } from './ExplanationView';
import { HistoryView, PAGE_SIZE } from './HistoryView';
import { Notices, type NoticeItem } from './Notices';
import { SettingsView } from './SettingsView';
import { applyPageSettings } from './theme';
import { makeUi, UiContext } from './ui-context';

export interface PanelHistory {
  readonly health: HistoryHealth;
  newest(limit: number): Promise<HistoryRecord[]>;
  all(): Promise<HistoryRecord[]>;
  count(): Promise<number>;
  remove(id: string): Promise<WriteResult>;
  clear(): Promise<WriteResult>;
  importRecords(records: readonly HistoryRecord[], options: { cap?: number }): Promise<WriteResult>;
  enforceCap(cap: number): Promise<WriteResult>;
}

export interface PanelApi {
  browserLanguages: readonly string[];
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  watchSettings(listener: (settings: Settings) => void): () => void;
  openHistory(): Promise<PanelHistory>;
  /** `extra.when`: when the denial was last seen in the console (epoch ms), for the CloudTrail step's time window. */
  explain(finding: Finding, lang: Lang, extra?: { when?: number; context?: string }): Promise<ExplainReply>;
  onPanelMessage(listener: (message: ToPanel) => void): () => void;
  /** The finding a card or the popup asked to show before this panel was open, with the text around it. */
  takePending(): Promise<{ finding: Finding; context?: string } | null>;
  loadNotices(): Promise<HistoryNotice[]>;
  dismissNotice(id: string): Promise<void>;
  watchNotices(listener: (notices: HistoryNotice[]) => void): () => void;
  download(filename: string, mime: string, text: string): void;
  copy(text: string): Promise<void>;
  shortcut(): Promise<string | null>;
  now(): number;
  /** Called once the first page of history rows is in the DOM (benchmarks measure time to first render). */
  onFirstRender?(): void;
}

/** `context`: the text the finding was pasted in (popup → panel), so the panel explains it as the popup did. */
type Selected = { finding: Finding; recordId: string | null; context?: string };
type ExplainState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; explanation: Explanation }
  | { status: 'error'; error: string };


function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const raf = globalThis.requestAnimationFrame ?? ((cb: () => void) => setTimeout(cb, 16));
    raf(() => setTimeout(resolve, 0));
  });
}

function stamp(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}

export function importErrorText(t: UiTranslate, error: ImportError): string {
  switch (error.code) {
    case 'too-large':
      return t('import.too-large', { limit: Math.round(error.limit / 1024 / 1024) });
    case 'newer-format':
      return t('import.newer-format', { version: error.version });
    case 'too-many':
      return t('import.too-many', { count: error.count, limit: error.limit });
    case 'bad-record':
      return t('import.bad-record', { index: error.index + 1, field: error.field });
    default:
      return t(`import.${error.code}`);
  }
}

function healthNotice(t: UiTranslate, health: HistoryHealth): NoticeItem | null {
  switch (health.state) {
    case 'ok':
      return null;
    case 'upgrade-failed':
      return { id: 'health', tone: 'error', dismissible: false, text: t('notice.upgradeFailed', { error: health.error }) };
    case 'newer-version':
      return { id: 'health', tone: 'warn', dismissible: false, text: t('notice.newerVersion') };
    case 'unavailable':
      return { id: 'health', tone: 'error', dismissible: false, text: t('notice.unavailable', { error: health.error }) };
  }
}

function storedNotice(t: UiTranslate, n: HistoryNotice): NoticeItem {
  if (n.kind === 'pruned') {
    return { id: n.id, tone: 'info', dismissible: true, text: t('notice.pruned', { count: n.count.toLocaleString(), cap: n.cap.toLocaleString() }) };
  }
  if (n.kind === 'quota') return { id: n.id, tone: 'error', dismissible: true, text: t('notice.quota') };
  return { id: n.id, tone: 'error', dismissible: true, text: t('notice.writeFailed', { error: n.error }) };
}

/**
 * When a console denial was last seen: the console shows a denial as it happens, so that bounds the CloudTrail
 * search. A paste's time says nothing about when the error happened, so pasted records give none.
 */
/** What the explanation of the selection is asked with besides the finding: the console sighting's time, the paste. */
function explainExtra(selected: Selected, records: readonly HistoryRecord[]): { when?: number; context?: string } {
  const fp = selected.recordId ? null : fingerprint(selected.finding);
  const record = records.find((r) => (selected.recordId ? r.id === selected.recordId : r.fingerprint === fp));
  return {
    ...(record?.source === 'console' ? { when: record.lastSeenAt } : {}),
    ...(selected.context ? { context: selected.context } : {}),
  };
}

export function SidePanelApp({ api }: { api: PanelApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [history, setHistory] = useState<PanelHistory | null>(null);
  const [health, setHealth] = useState<HistoryHealth | null>(null);
  const [records, setRecords] = useState<HistoryRecord[]>([]);
  const [partial, setPartial] = useState(true);
  const [totalCount, setTotalCount] = useState(0);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [explained, setExplained] = useState<ExplainState>({ status: 'idle' });
  const [stored, setStored] = useState<HistoryNotice[]>([]);
  const [local, setLocal] = useState<NoticeItem[]>([]);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [capConfirm, setCapConfirm] = useState<{ cap: number; count: number } | null>(null);
  const [settingsKey, setSettingsKey] = useState(0);
  const capApplyButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (capConfirm) capApplyButton.current?.focus();
  }, [capConfirm !== null]);
  const firstRenderReported = useRef(false);
  const explainRun = useRef(0);
  const recordsNow = useRef(records);
  recordsNow.current = records;

  const effective = settings ?? DEFAULT_SETTINGS;
  const lang = resolveLanguage(effective.language, api.browserLanguages);
  useEffect(() => {
    applyPageSettings(document, effective, api.browserLanguages);
  }, [effective.language, effective.theme]);
  const ui = useMemo(() => makeUi(lang, (text) => api.copy(text)), [lang]);
  const t = ui.t;

  const say = useCallback((item: NoticeItem) => setLocal((list) => [item, ...list.filter((n) => n.id !== item.id)].slice(0, 4)), []);

  const reload = useCallback(async (h: PanelHistory) => {
    const all = await h.all();
    setRecords(all);
    setTotalCount(all.length);
    setPartial(false);
    setHealth(h.health);
  }, []);

  // Start-up: settings, then the newest page of history (fast first render), then everything (search, counts).
  useEffect(() => {
    let live = true;
    const stopSettings = api.watchSettings((s) => live && setSettings(s));
    const stopNotices = api.watchNotices((n) => live && setStored(n));
    void api.loadSettings().then((s) => live && setSettings(s));
    void api.loadNotices().then((n) => live && setStored(n));
    void api.shortcut().then((s) => live && setShortcut(s));
    void (async () => {
      const h = await api.openHistory();
      if (!live) return;
      setHistory(h);
      setHealth(h.health);
      const [first, count] = await Promise.all([h.newest(PAGE_SIZE), h.count()]);
      if (!live) return;
      setRecords(first);
      setTotalCount(count);
      if (first.length >= count) setPartial(false);
      else {
        // Paint the first page before reading everything: decoding ten thousand records would delay that frame.
        await afterNextPaint();
        if (live) await reload(h);
      }
    })();
    return () => {
      live = false;
      stopSettings();
      stopNotices();
    };
  }, []);

  useEffect(() => {
    if (firstRenderReported.current || !history) return;
    if (records.length > 0 || !partial) {
      firstRenderReported.current = true;
      api.onFirstRender?.();
    }
  }, [records, partial, history]);

  const show = useCallback(
    (finding: Finding, recordId: string | null, context?: string) => setSelected(context ? { finding, recordId, context } : { finding, recordId }),
    [],
  );

  // Messages from the background: a card's Explain / the popup's "Open in side panel", and new history records.
  useEffect(() => {
    // A busy console reports many records at once: apply them in one update (one sort of ten thousand rows, not
    // one per record).
    let incoming = new Map<string, HistoryRecord>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      const batch = incoming;
      incoming = new Map();
      setRecords((list) => {
        const known = new Set(list.map((r) => r.id));
        const added = [...batch.keys()].filter((id) => !known.has(id)).length;
        if (added > 0) setTotalCount((n) => n + added);
        return [...batch.values(), ...list.filter((r) => !batch.has(r.id))].sort(newestFirst);
      });
    };
    const stop = api.onPanelMessage((message) => {
      if (message.type === 'show') show(message.finding, null, message.context);
      else if (message.record) {
        incoming.set(message.record.id, message.record);
        timer ??= setTimeout(flush, 50);
      } else if (history) void reload(history);
    });
    void api.takePending().then((pending) => pending && show(pending.finding, null, pending.context));
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [history]);

  // Explain the selection in the UI language (again when the language changes).
  useEffect(() => {
    if (!selected) return;
    const run = ++explainRun.current;
    setExplained({ status: 'loading' });
    api
      .explain(selected.finding, lang, explainExtra(selected, recordsNow.current))
      .then((reply) => {
        if (run !== explainRun.current) return;
        setExplained(reply.ok ? { status: 'ready', explanation: reply.explanation } : { status: 'error', error: reply.error });
      })
      .catch((error: unknown) => run === explainRun.current && setExplained({ status: 'error', error: String(error) }));
  }, [selected, lang]);

  const selectedId = useMemo(() => {
    if (!selected) return null;
    if (selected.recordId) return selected.recordId;
    const fp = fingerprint(selected.finding);
    return records.find((r) => r.fingerprint === fp)?.id ?? null;
  }, [selected, records]);

  const afterWrite = (result: WriteResult): boolean => {
    if (result.ok) return true;
    const key = result.error.kind === 'read-only' ? 'notice.readOnly' : result.error.kind === 'quota' ? 'notice.quota' : 'notice.writeFailed';
    say({ id: 'write', tone: 'error', dismissible: true, text: t(key, { error: result.error.message }) });
    return false;
  };

  const onDelete = async (record: HistoryRecord) => {
    if (!history) return;
    if (afterWrite(await history.remove(record.id))) {
      setRecords((list) => list.filter((r) => r.id !== record.id));
      setTotalCount((n) => Math.max(0, n - 1));
    }
  };

  const onClear = async () => {
    if (!history) return;
    if (afterWrite(await history.clear())) {
      setRecords([]);
      setTotalCount(0);
      setSelected(null);
      setExplained({ status: 'idle' });
    }
  };

  const onExport = (kind: 'json' | 'csv', list: readonly HistoryRecord[]) => {
    const mask = effective.maskPrivate;
    const now = api.now();
    const text = kind === 'json' ? exportJson(list, { mask, now }) : exportCsv(list, { mask, now });
    api.download(`why-denied-history-${stamp(now)}.${kind}`, kind === 'json' ? 'application/json' : 'text/csv', text);
    say({ id: 'export', tone: 'info', dismissible: true, text: t(mask ? 'history.exportedMasked' : 'history.exported', { count: list.length }) });
  };

  const onImport = async (file: File) => {
    if (!history) return;
    if (file.size > MAX_IMPORT_BYTES) {
      say({ id: 'import', tone: 'error', dismissible: true, text: importErrorText(t, { code: 'too-large', limit: MAX_IMPORT_BYTES }) });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      say({ id: 'import', tone: 'error', dismissible: true, text: t('import.read-failed') });
      return;
    }
    const parsed = parseImport(text, file.size);
    if (!parsed.ok) {
      say({ id: 'import', tone: 'error', dismissible: true, text: importErrorText(t, parsed.error) });
      return;
    }
    const result = await history.importRecords(parsed.records, { cap: effective.historyCap });
    if (!afterWrite(result) || !result.ok) return;
    say({ id: 'import', tone: 'info', dismissible: true, text: t('history.imported', { added: result.added, merged: result.merged }) });
    if (result.pruned > 0) {
      say({ id: 'import-pruned', tone: 'info', dismissible: true, text: t('notice.pruned', { count: result.pruned, cap: effective.historyCap }) });
    }
    await reload(history);
  };

  const onSettings = async (patch: Partial<Settings>) => {
    if (patch.historyCap !== undefined && history) {
      const cap = clampCap(patch.historyCap);
      // Lowering the limit below what is stored deletes records: ask first (a typo must not erase the history).
      if (totalCount > cap) {
        setCapConfirm({ cap, count: totalCount - cap });
        return;
      }
      setSettings(await api.saveSettings({ ...patch, historyCap: cap }));
      setSettingsKey((k) => k + 1);
      return;
    }
    setSettings(await api.saveSettings(patch));
  };

  const applyCap = async () => {
    if (!capConfirm || !history) return;
    const { cap } = capConfirm;
    setCapConfirm(null);
    setSettings(await api.saveSettings({ historyCap: cap }));
    setSettingsKey((k) => k + 1);
    const result = await history.enforceCap(cap);
    if (!afterWrite(result) || !result.ok) return;
    if (result.pruned > 0) say({ id: 'cap-pruned', tone: 'info', dismissible: true, text: t('notice.pruned', { count: result.pruned, cap }) });
    await reload(history);
  };

  const cancelCap = () => {
    setCapConfirm(null);
    // Remount the settings so the limit field shows the saved value again.
    setSettingsKey((k) => k + 1);
  };

  const notices: NoticeItem[] = [
    ...(health ? [healthNotice(t, health)].filter((n): n is NoticeItem => n !== null) : []),
    ...stored.map((n) => storedNotice(t, n)),
    ...local,
  ];
  const dismiss = (id: string) => {
    if (stored.some((n) => n.id === id)) void api.dismissNotice(id);
    setLocal((list) => list.filter((n) => n.id !== id));
  };
  const readOnly = !health || health.state !== 'ok';

  return (
    <UiContext.Provider value={ui}>
      <div class="app panel">
        <header class="app-header">
          <h1>{t('appName')}</h1>
        </header>
        {settings ? <SettingsView key={settingsKey} settings={settings} shortcut={shortcut} onChange={onSettings} /> : null}
        {capConfirm ? (
          <div class="confirm notice notice-warn" role="alertdialog" aria-label={t('settings.capConfirm', { cap: capConfirm.cap, count: capConfirm.count })}>
            <span>{t('settings.capConfirm', { cap: capConfirm.cap.toLocaleString(lang), count: capConfirm.count.toLocaleString(lang) })}</span>
            <button type="button" class="danger" ref={capApplyButton} onClick={() => void applyCap()}>
              {t('settings.capApply')}
            </button>
            <button type="button" onClick={cancelCap}>
              {t('history.cancel')}
            </button>
          </div>
        ) : null}
        <Notices items={notices} onDismiss={dismiss} />
        <main>
          <section class="current" aria-live="polite" aria-busy={explained.status === 'loading'}>
            {explained.status === 'ready' ? (
              <ExplanationView explanation={explained.explanation} mask={effective.maskPrivate} />
            ) : explained.status === 'loading' ? (
              <p class="muted">{t('explanation.loading')}</p>
            ) : explained.status === 'error' ? (
              <p class="notice notice-error" role="alert">
                {t('explanation.error', { error: explained.error })}
              </p>
            ) : (
              <p class="muted empty-state">{t('panel.empty')}</p>
            )}
          </section>
          <HistoryView
            records={records}
            partial={partial}
            totalCount={totalCount}
            selectedId={selectedId}
            readOnly={readOnly}
            onSelect={(r) => show(r.finding, r.id)}
            onDelete={onDelete}
            onClear={onClear}
            onExport={onExport}
            onImport={onImport}
          />
        </main>
      </div>
    </UiContext.Provider>
  );
}
