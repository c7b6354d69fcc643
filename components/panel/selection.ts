// The denial the panel explains, and how it relates to the history: which row is it, and what the history knows
// about it that the explanation can use.
import { fingerprint } from '../../lib/history/fingerprint';
import type { Finding, HistoryRecord } from '../../lib/model';

/** `context`: the text the finding was pasted in (popup → panel), so the panel explains it as the popup did. */
export type Selected = { finding: Finding; recordId: string | null; context?: string };

/** The history row of the selection: the record picked, else the record with the same fingerprint. */
export function selectedRecord(selected: Selected, records: readonly HistoryRecord[]): HistoryRecord | undefined {
  if (selected.recordId) return records.find((r) => r.id === selected.recordId);
  const fp = fingerprint(selected.finding);
  return records.find((r) => r.fingerprint === fp);
}

/**
 * What the explanation of the selection is asked with besides the finding. A console denial's last sighting bounds
 * the CloudTrail search (the console shows a denial as it happens); a paste's time says nothing about when the error
 * happened, so pasted records give none. The pasted text goes along as context.
 */
export function explainExtra(selected: Selected, records: readonly HistoryRecord[]): { when?: number; context?: string } {
  const record = selectedRecord(selected, records);
  return {
    ...(record?.source === 'console' ? { when: record.lastSeenAt } : {}),
    ...(selected.context ? { context: selected.context } : {}),
  };
}

/** When the record's current authorization ID was first seen (its details last about 24 h from then), if known. */
export function authorizationSeenAt(record: HistoryRecord | undefined): number | undefined {
  if (!record?.finding.authorizationId) return undefined;
  return record.authorizationSeenAt ?? record.firstSeenAt;
}
