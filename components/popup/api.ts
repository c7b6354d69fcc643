// What the toolbar popup needs from its surroundings (entrypoints/popup/main.tsx binds it; tests pass fakes).
import type { StoreReply } from '../../lib/history/notices';
import type { ExplainReply } from '../../lib/messages';
import type { Finding, Lang } from '../../lib/model';
import type { Settings } from '../../lib/settings';

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
  /**
   * Must start opening synchronously: browsers only open panels inside the click that asked for it.
   * `context`: the pasted text around the finding, so the panel explains it as the popup does.
   */
  openPanel(finding: Finding, context: string | null): Promise<void>;
  copy(text: string): Promise<void>;
}
