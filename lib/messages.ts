// The messages between the extension's contexts (content script, background, side panel, popup). One place so
// the sender and the receiver cannot disagree on a shape.
import type { Explanation, Finding, HistoryRecord, HistorySource, Lang } from './model';

export type ToBackground =
  /** Content script: the denials now visible in this frame (the full set, so the badge can be recounted). */
  | { type: 'findings'; pageUrl: string; findings: Finding[] }
  /** Popup: pasted text was parsed; store these. */
  | { type: 'store'; source: HistorySource; pageUrl: string | null; findings: Finding[] }
  /**
   * Card "Explain" / popup "Open in side panel": open the side panel on this finding. Chrome needs sidePanel.open
   * before any await. `context`: the text around the finding (the popup's paste, the card's message), so the panel
   * explains it exactly as the popup and the terminal did.
   */
  | { type: 'open-panel'; finding: Finding; context?: string }
  /** Any context: the full explanation of a finding (loads IAM data lazily in the background). */
  | {
      type: 'explain';
      finding: Finding;
      lang?: Lang;
      /**
       * Added for issue 6, optional: the text around the finding (the pasted text near it), where runtime clues
       * that name the workload often sit. Capped by the background.
       */
      context?: string;
      /** Added for issue 6, optional: when the denial was seen (epoch ms), to bound the CloudTrail step. */
      when?: number;
    };

/** The most of a context the background reads (the explanation reads 50,000 characters of it at most). */
export const MAX_CONTEXT_CHARS = 50_000;

export type ExplainReply = { ok: true; explanation: Explanation } | { ok: false; error: string };

export type ToPanel =
  /** Background → side panel: show this finding (after a card click or a popup "Open in side panel"). */
  | { type: 'show'; finding: Finding; context?: string }
  /** Background → side panel: history changed (a record was added or updated). */
  | { type: 'history-changed'; record: HistoryRecord | null };

export function isToBackground(value: unknown): value is ToBackground {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'findings' || type === 'store' || type === 'open-panel' || type === 'explain';
}
