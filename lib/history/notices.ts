// What the background tells the user about history writes (pruning at the cap, a full disk). Kept in extension
// storage so the side panel shows it even when it was closed at the time, and dismissible there.
import type { WriteError, WriteResult } from './store';

export const NOTICES_KEY = 'historyNotices';
const MAX_NOTICES = 5;

export type HistoryNotice =
  | { id: string; at: number; kind: 'pruned'; count: number; cap: number }
  | { id: string; at: number; kind: 'quota' | 'write-failed'; error: string };

/** The background's answer to `store` (popup paste). */
export type StoreReply = { ok: true; saved: number } | { ok: false; error: WriteError };

export function noticeFor(result: WriteResult, cap: number, at: number): HistoryNotice | null {
  if (result.ok) {
    return result.pruned > 0 ? { id: `pruned-${at}`, at, kind: 'pruned', count: result.pruned, cap } : null;
  }
  if (result.error.kind === 'quota') return { id: `quota-${at}`, at, kind: 'quota', error: result.error.message };
  if (result.error.kind === 'failed') return { id: `failed-${at}`, at, kind: 'write-failed', error: result.error.message };
  // read-only is a standing state the panel already shows from the database's health.
  return null;
}

/**
 * Adds a notice, newest first. Repeated pruning is folded into one notice (the total), so a busy console does not
 * push the other notices out.
 */
export function addNotice(list: readonly HistoryNotice[], notice: HistoryNotice): HistoryNotice[] {
  const rest = list.filter((n) => n.kind !== notice.kind);
  const same = list.find((n) => n.kind === notice.kind);
  const merged =
    notice.kind === 'pruned' && same?.kind === 'pruned' ? { ...notice, count: notice.count + same.count } : notice;
  return [merged, ...rest].slice(0, MAX_NOTICES);
}

export function isNoticeList(value: unknown): value is HistoryNotice[] {
  return (
    Array.isArray(value) &&
    value.every(
      (n) =>
        typeof n === 'object' &&
        n !== null &&
        typeof (n as HistoryNotice).id === 'string' &&
        ['pruned', 'quota', 'write-failed'].includes((n as HistoryNotice).kind),
    )
  );
}
