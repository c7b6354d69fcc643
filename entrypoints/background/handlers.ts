// The background's answers to the other contexts (lib/messages.ts). Browser APIs come in as `deps`, so unit tests
// call these functions directly (fakeBrowser's onMessage ignores promise answers).
import { fingerprint } from '../../lib/history/fingerprint';
import { addNotice, noticeFor, type HistoryNotice, type StoreReply } from '../../lib/history/notices';
import type { Sighting, WriteResult } from '../../lib/history/store';
import { isPageUrl, sanitizeFinding } from '../../lib/history/validate';
import { isToBackground, MAX_CONTEXT_CHARS, type ExplainReply, type ToBackground, type ToPanel } from '../../lib/messages';
import type { Explanation, Finding, Lang } from '../../lib/model';
import type { Settings } from '../../lib/settings';
import { badgeText, type TabState } from './tab-state';

/** One message carries at most this many findings (the content script bounds its cards; this bounds the worker). */
export const MAX_FINDINGS_PER_MESSAGE = 200;

export interface Sender {
  tab?: { id?: number; windowId?: number; url?: string };
  frameId?: number;
  documentId?: string;
  url?: string;
}

export interface HistoryWriter {
  record(findings: readonly Finding[], sighting: Sighting, options: { cap?: number }): Promise<WriteResult>;
}

export interface BackgroundDeps {
  history(): Promise<HistoryWriter>;
  explain(finding: Finding, options: ExplainRequest): Promise<Explanation>;
  settings(): Promise<Settings>;
  tabs: TabState;
  setBadge(tabId: number, text: string): Promise<void>;
  /**
   * Opens the side panel for the sender's tab. Called synchronously inside the message listener — Chrome accepts
   * sidePanel.open() only while the click that caused the message is still the current user gesture. Returns null
   * when the sender has no tab (the popup opens the panel itself).
   */
  openPanel(sender: Sender): Promise<void> | null;
  /** Remembers what the panel shows when it opens (it reads and clears it then). */
  setPending(pending: PendingShow): Promise<void>;
  notifyPanel(message: ToPanel): void;
  loadNotices(): Promise<HistoryNotice[]>;
  saveNotices(notices: HistoryNotice[]): Promise<void>;
  now(): number;
}

/** The finding the side panel is to show, with the text around it when the sender had one. */
export interface PendingShow {
  finding: Finding;
  context?: string;
}

export interface ExplainRequest {
  lang: Lang;
  /** The text around the finding, for workload clues; at most MAX_CONTEXT_CHARS. */
  context?: string;
  /** When the denial was seen (epoch ms). */
  when?: number;
}

/** Recognition reads 20,000 characters around a finding; anything much longer is only cost on the message bus. */
export { MAX_CONTEXT_CHARS };

/** The optional parts of an explain message, checked: any sender could put anything there. */
export function explainRequest(message: { lang?: unknown; context?: unknown; when?: unknown }): ExplainRequest {
  const request: ExplainRequest = { lang: message.lang === 'ja' ? 'ja' : 'en' };
  if (typeof message.context === 'string' && message.context !== '') request.context = message.context.slice(0, MAX_CONTEXT_CHARS);
  if (typeof message.when === 'number' && Number.isFinite(message.when) && message.when > 0) request.when = message.when;
  return request;
}

export type OpenPanelReply = { opened: boolean; error?: string };
export type FindingsReply = { ok: true; visible: number; recorded: number } | { ok: false; error: string };

function clean(findings: unknown, max = MAX_FINDINGS_PER_MESSAGE): Finding[] {
  if (!Array.isArray(findings)) return [];
  return findings
    .slice(0, max)
    .map((f) => sanitizeFinding(f))
    .filter((f): f is Finding => f !== null);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createHandlers(deps: BackgroundDeps) {
  let notices: Promise<unknown> = Promise.resolve();

  /** Records sightings and reports pruning or storage errors to the side panel. */
  async function store(findings: Finding[], sighting: Sighting): Promise<WriteResult> {
    const settings = await deps.settings();
    let result: WriteResult;
    try {
      result = await (await deps.history()).record(findings, sighting, { cap: settings.historyCap });
    } catch (error) {
      result = { ok: false, error: { kind: 'failed', message: errorText(error) } };
    }
    const notice = noticeFor(result, settings.historyCap, deps.now());
    if (notice) {
      // Serialised so two writes pruning at once add up instead of overwriting each other's notice.
      notices = notices.then(async () => deps.saveNotices(addNotice(await deps.loadNotices(), notice))).catch(() => undefined);
      await notices;
    }
    if (result.ok) for (const record of result.records) deps.notifyPanel({ type: 'history-changed', record });
    return result;
  }

  async function onFindings(message: Extract<ToBackground, { type: 'findings' }>, sender: Sender): Promise<FindingsReply> {
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0) return { ok: false, error: 'findings must come from a tab' };
    const findings = clean(message.findings);
    const byFingerprint = new Map(findings.map((f) => [fingerprint(f), f] as const));
    const update = await deps.tabs.update(tabId, sender.frameId ?? 0, sender.documentId, [...byFingerprint.keys()], deps.now());
    await deps.setBadge(tabId, badgeText(update.visible)).catch(() => undefined);
    const fresh = update.fresh.map((fp) => byFingerprint.get(fp)!);
    if (fresh.length > 0) {
      const candidates = [message.pageUrl, sender.tab?.url, sender.url];
      const pageUrl = candidates.find((u): u is string => typeof u === 'string' && isPageUrl(u)) ?? null;
      await store(fresh, { source: 'console', pageUrl });
    }
    return { ok: true, visible: update.visible, recorded: fresh.length };
  }

  async function onStore(message: Extract<ToBackground, { type: 'store' }>): Promise<StoreReply> {
    const findings = clean(message.findings);
    const pageUrl = typeof message.pageUrl === 'string' && isPageUrl(message.pageUrl) ? message.pageUrl : null;
    const source = message.source === 'console' ? 'console' : 'paste';
    const result = await store(findings, { source, pageUrl });
    return result.ok ? { ok: true, saved: result.records.length } : { ok: false, error: result.error };
  }

  async function onExplain(message: Extract<ToBackground, { type: 'explain' }>): Promise<ExplainReply> {
    const finding = sanitizeFinding(message.finding);
    if (!finding) return { ok: false, error: 'not a finding' };
    try {
      return { ok: true, explanation: await deps.explain(finding, explainRequest(message)) };
    } catch (error) {
      return { ok: false, error: errorText(error) };
    }
  }

  /** Synchronous up to the panel opening: see BackgroundDeps.openPanel. */
  function onOpenPanel(message: Extract<ToBackground, { type: 'open-panel' }>, sender: Sender): Promise<OpenPanelReply> {
    const finding = sanitizeFinding(message.finding);
    let opening: Promise<void> | null;
    try {
      opening = deps.openPanel(sender);
    } catch (error) {
      opening = Promise.reject(error);
    }
    if (!finding) return Promise.resolve({ opened: false, error: 'not a finding' });
    const { context } = explainRequest(message);
    const show: PendingShow = context === undefined ? { finding } : { finding, context };
    const pending = deps.setPending(show).catch(() => undefined);
    return (async () => {
      await pending;
      deps.notifyPanel({ type: 'show', ...show });
      if (!opening) return { opened: false };
      try {
        await opening;
        return { opened: true };
      } catch (error) {
        return { opened: false, error: errorText(error) };
      }
    })();
  }

  /**
   * The runtime.onMessage listener body. Returns undefined for messages that are not ours (another listener, or a
   * ToPanel broadcast), so the browser does not wait for an answer that will never come.
   */
  function onMessage(message: unknown, sender: Sender): Promise<unknown> | undefined {
    if (!isToBackground(message)) return undefined;
    switch (message.type) {
      case 'open-panel':
        return onOpenPanel(message, sender);
      case 'findings':
        return onFindings(message, sender);
      case 'store':
        return onStore(message);
      case 'explain':
        return onExplain(message);
    }
  }

  return { onMessage, onFindings, onStore, onExplain, onOpenPanel };
}
