// The text around a finding that recognition reads. Kept apart from the pattern table so the popup can cut its
// pasted text down to this window before sending it to the background, without bundling the patterns.
import type { Finding } from '../model';

/** How much text around a finding recognition reads: markers sit close to the denial, and regexes stay cheap. */
export const MAX_TEXT = 20_000;

/**
 * The part of a long context that surrounds this finding: a CI log piped through the CLI can hold many denials,
 * and the clues that belong to this one sit next to it, not at the top of the log. Anchored on the finding's own
 * text (its first line, else its principal or resource); the head of the context when none is found verbatim.
 */
export function contextAround(context: string | undefined, finding: Pick<Finding, 'message' | 'principal' | 'resource'>): string | null {
  if (typeof context !== 'string' || context === '') return null;
  if (context.length <= MAX_TEXT) return context;
  const firstLine = (typeof finding.message === 'string' ? finding.message : '').trim().split('\n')[0]?.slice(0, 120) ?? '';
  for (const probe of [firstLine, finding.principal, finding.resource]) {
    if (typeof probe !== 'string' || probe.trim().length < 12) continue;
    const at = context.indexOf(probe.trim().slice(0, 2048));
    if (at < 0) continue;
    const start = Math.max(0, Math.min(at - MAX_TEXT / 2, context.length - MAX_TEXT));
    return context.slice(start, start + MAX_TEXT);
  }
  return context.slice(0, MAX_TEXT);
}
