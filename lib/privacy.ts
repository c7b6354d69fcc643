// The privacy option: account ids and session names (often people's e-mail addresses) replaced by placeholders in
// what leaves the extension on purpose — exported history and the admin request people paste into chats and tickets.
// Placeholders are plain words, not `*`: a masked ARN pasted into a policy must not turn into a wildcard.
import type { Finding, HistoryRecord } from './model';

export const ACCOUNT_MASK = 'ACCOUNT-ID';
export const SESSION_MASK = 'SESSION-NAME';
export const KEY_MASK = 'ACCESS-KEY-ID';

// 12 digits not part of a longer number, also written 1234-5678-9012 as the console shows it.
const ACCOUNT = /(?<![0-9])(?:\d{12}|\d{4}-\d{4}-\d{4})(?![0-9])/g;
// The session part of assumed-role ARNs and role unique ids (AROA…:session), and federated user names.
const SESSION_IN_ARN = /(:assumed-role\/[^/\s"'<>]+\/)([^\s"'<>,;)\]}]+)/g;
const SESSION_AFTER_ID = /\b(AROA[A-Z0-9]{12,}:)([^\s"'<>,;)\]}]+)/g;
const FEDERATED = /(:federated-user\/)([^\s"'<>,;)\]}]+)/g;
const ACCESS_KEY = /\b(?:AKIA|ASIA)[A-Z0-9]{12,}\b/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Session and federated user names named in the text, as they will be masked. */
export function sessionsIn(text: string): Set<string> {
  const sessions = new Set<string>();
  for (const pattern of [SESSION_IN_ARN, SESSION_AFTER_ID, FEDERATED]) {
    for (const match of text.matchAll(pattern)) {
      // Trailing sentence punctuation is not part of the name.
      const name = (match[2] ?? '').replace(/[.:]+$/, '');
      if (name.length >= 3 && name !== SESSION_MASK) sessions.add(name);
    }
  }
  return sessions;
}

/** Masks account ids, access key ids and session names; `known` adds names found in related text. */
export function maskText(text: string, known: ReadonlySet<string> = new Set()): string {
  const sessions = new Set([...known, ...sessionsIn(text)]);
  const keepTail = (_m: string, prefix: string, session: string) => {
    const name = session.replace(/[.:]+$/, '');
    return prefix + SESSION_MASK + session.slice(name.length);
  };
  let out = text
    .replace(SESSION_IN_ARN, keepTail)
    .replace(SESSION_AFTER_ID, keepTail)
    .replace(FEDERATED, keepTail)
    .replace(ACCESS_KEY, KEY_MASK);
  // The same name elsewhere in the text ("signed in as alice@example.com") is the same secret — when it looks like
  // an identifier: a plain word such as "admin" would otherwise eat the same word in the admin request's prose.
  const identifiers = [...sessions].filter((name) => /[@.\d_-]/.test(name) || name.length >= 8);
  for (const name of identifiers.sort((a, b) => b.length - a.length)) {
    out = out.replace(new RegExp(`(?<![\\w.@-])${escapeRegExp(name)}(?![\\w@-])`, 'g'), SESSION_MASK);
  }
  return out.replace(ACCOUNT, ACCOUNT_MASK);
}

function findingSessions(finding: Finding): Set<string> {
  return sessionsIn([finding.principal, finding.resource, finding.message].filter(Boolean).join('\n'));
}

export function maskFinding(finding: Finding, known: ReadonlySet<string> = findingSessions(finding)): Finding {
  const mask = (value: string | null) => (value === null ? null : maskText(value, known));
  return {
    ...finding,
    principal: mask(finding.principal),
    accountId: finding.accountId === null ? null : ACCOUNT_MASK,
    resource: mask(finding.resource),
    policyArn: mask(finding.policyArn),
    message: maskText(finding.message, known),
  };
}

export function maskRecord(record: HistoryRecord): HistoryRecord {
  const known = findingSessions(record.finding);
  return {
    ...record,
    finding: maskFinding(record.finding, known),
    pageUrl: record.pageUrl === null ? null : maskText(record.pageUrl, known),
  };
}
