// From one container's text to the denials it shows. The console's text is read by the parser, like pasted text
// (lib/parse/console-alert.ts reads the console's own wording: the labelled diagnostic block, the "you lack
// permission to <action>" alerts, status reasons' "API:" prefix), so a console alert gives the same finding on the
// card as in the popup and the CLI. What stays here is what only the page decides: weak containers (table cells,
// info banners) show a denial only when it names something, and log records shown as data are not the user's.
import type { Finding } from '../model';
import type { Strength } from './containers';

export type ParseFn = (text: string) => Finding[];

/** Finding.message is "trimmed, capped": enough to recognise the message, never a page's worth. */
export const MAX_MESSAGE = 2_000;

// Log records shown as data (CloudTrail events, JSON views): denials of someone else's past requests.
const LOG_RECORD = /"(?:errorCode|errorMessage|eventName|eventSource|userIdentity|eventTime)"\s*:/;

export function findingsIn(text: string, parse: ParseFn, strength: Strength): Finding[] {
  if (text === '') return [];
  if (strength === 'weak' && (LOG_RECORD.test(text) || !/\s/.test(text))) return [];
  const found = safeParse(parse, text).map((f) => (f.message.length > MAX_MESSAGE ? { ...f, message: f.message.slice(0, MAX_MESSAGE) } : f));
  return strength === 'weak' ? found.filter(isSpecific) : found;
}

function safeParse(parse: ParseFn, text: string): Finding[] {
  try {
    const result = parse(text);
    return Array.isArray(result) ? result : [];
  } catch {
    // A parser bug must not take the page's content script down with it.
    return [];
  }
}

/** A finding that names something: what a table cell or info banner must show to count as a denial. */
export function isSpecific(finding: Finding): boolean {
  if (finding.category === 'credentials') return true;
  return finding.action !== null || finding.principal !== null || finding.resource !== null || finding.encoded;
}

/** The card's finding still says the same: no re-render needed (the fields a card shows, and the message). */
export function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a.category === b.category &&
    a.principal === b.principal &&
    a.action === b.action &&
    a.resource === b.resource &&
    a.policyType === b.policyType &&
    a.denyKind === b.denyKind &&
    a.errorCode === b.errorCode &&
    a.encoded === b.encoded &&
    a.message === b.message
  );
}
