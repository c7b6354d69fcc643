// --since / --until: the time window of a scan. Accepted: an ISO 8601 date (`2026-03-01`, a whole UTC day), a date
// and time (`2026-03-01T09:30`, `2026-03-01 09:30:00Z`, `2026-03-01T09:30:00+09:00`; UTC when no zone is given), or a
// duration back from now (`90m`, `24h`, `7d`, `2w`). --until is exclusive; a date alone includes that whole day.

const DURATION = /^(\d{1,6})\s*(m|min|h|d|w)$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;

const UNIT_MS: Record<string, number> = { m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

export type TimeResult = { ok: true; ms: number } | { ok: false; error: string };

export function parseTime(value: string, edge: 'since' | 'until', now: number): TimeResult {
  const text = value.trim();
  const duration = DURATION.exec(text);
  if (duration) return { ok: true, ms: now - Number(duration[1]) * UNIT_MS[duration[2]!.toLowerCase()]! };
  const date = DATE.exec(text);
  if (date) {
    const ms = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
    const valid = new Date(ms).toISOString().slice(0, 10) === text;
    if (!valid) return { ok: false, error: `--${edge}: ${JSON.stringify(text)} is not a date` };
    return { ok: true, ms: edge === 'until' ? ms + 86_400_000 : ms };
  }
  if (DATE_TIME.test(text)) {
    let iso = text.replace(' ', 'T');
    if (!/(?:Z|[+-]\d{2}:?\d{2})$/i.test(iso)) iso += 'Z';
    const ms = Date.parse(iso);
    if (!Number.isNaN(ms)) return { ok: true, ms };
  }
  return {
    ok: false,
    error: `--${edge} takes a date (2026-03-01), a date and time (2026-03-01T09:30Z) or a duration back from now (24h, 7d), got ${JSON.stringify(text.slice(0, 40))}`,
  };
}
