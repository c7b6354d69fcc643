// What the side panel needs from its surroundings. Everything browser-specific comes in through `PanelApi`
// (entrypoints/sidepanel/main.tsx binds it), so the same components run in tests with fakes.
import type { HistoryHealth } from '../../lib/history/open';
import type { HistoryNotice } from '../../lib/history/notices';
import type { WriteResult } from '../../lib/history/store';
import type { ExplainReply, ToPanel } from '../../lib/messages';
import type { Finding, HistoryRecord, Lang } from '../../lib/model';
import type { Settings } from '../../lib/settings';

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
