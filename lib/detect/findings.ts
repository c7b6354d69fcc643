// From one container's text to the denials it shows. The parser reads the API wording; the console's own wording is
// read by console-phrasing. The same denial often appears twice in one banner (a header "Access denied to
// ec2:DescribeInstances" above the full message), so findings that agree on every field they both know are merged
// into one, the more specific one winning.
import type { Finding } from '../model';
import type { Strength } from './containers';
import { actionOnlyFinding, apiPrefixAction, blockSentence, readContext, readDiagnosticBlock } from './console-phrasing';
import { unknownDenial } from '../finding';

export type ParseFn = (text: string) => Finding[];

/** Finding.message is "trimmed, capped": enough to recognise the message, never a page's worth. */
export const MAX_MESSAGE = 2_000;

// Log records shown as data (CloudTrail events, JSON views): denials of someone else's past requests.
const LOG_RECORD = /"(?:errorCode|errorMessage|eventName|eventSource|userIdentity|eventTime)"\s*:/;

export function findingsIn(text: string, parse: ParseFn, strength: Strength): Finding[] {
  if (text === '') return [];
  if (strength === 'weak' && (LOG_RECORD.test(text) || !/\s/.test(text))) return [];
  const message = text.length > MAX_MESSAGE ? text.slice(0, MAX_MESSAGE) : text;
  const candidates: Finding[] = [];
  const block = readDiagnosticBlock(text);
  if (block) {
    const sentence = blockSentence(block);
    if (sentence) for (const finding of safeParse(parse, sentence)) candidates.push({ ...finding, message });
    else if (block.action) {
      const context = block.context ? readContext(block.context) : null;
      candidates.push({
        ...bareDenial(message),
        action: block.action,
        resource: block.resource,
        policyType: context?.policyType ?? 'unknown',
        denyKind: context?.denyKind ?? 'unknown',
      });
    }
  }
  for (const finding of safeParse(parse, text)) candidates.push(finding);
  const actionOnly = actionOnlyFinding(text, message);
  if (actionOnly) candidates.push(actionOnly);
  const merged = mergeAgreeing(candidates);
  const apiAction = apiPrefixAction(text);
  if (apiAction) {
    for (const finding of merged) {
      if (finding.category === 'access-denied' && finding.action === null) finding.action = apiAction;
    }
  }
  return strength === 'weak' ? merged.filter(isSpecific) : merged;
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

function bareDenial(message: string): Finding {
  return unknownDenial({ message });
}

/** A finding that names something: what a table cell or info banner must show to count as a denial. */
export function isSpecific(finding: Finding): boolean {
  if (finding.category === 'credentials') return true;
  return finding.action !== null || finding.principal !== null || finding.resource !== null || finding.encoded;
}

function agree(a: string | null, b: string | null, caseless = false): boolean {
  if (a === null || b === null) return true;
  return caseless ? a.toLowerCase() === b.toLowerCase() : a === b;
}

function agreeLayer(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === 'unknown' || b === 'unknown' || a === b;
}

function compatible(a: Finding, b: Finding): boolean {
  return (
    a.category === b.category &&
    agree(a.action, b.action, true) &&
    agree(a.principal, b.principal) &&
    agree(a.resource, b.resource) &&
    agreeLayer(a.policyType, b.policyType) &&
    agreeLayer(a.denyKind, b.denyKind)
  );
}

/** Merges findings that describe the same denial; earlier candidates win on conflicts, later ones fill gaps. */
export function mergeAgreeing(candidates: Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (const candidate of candidates) {
    const into = kept.find((k) => compatible(k, candidate));
    if (!into) {
      kept.push({ ...candidate });
      continue;
    }
    into.principal ??= candidate.principal;
    into.principalType ??= candidate.principalType;
    into.accountId ??= candidate.accountId;
    into.action ??= candidate.action;
    into.resource ??= candidate.resource;
    into.policyArn ??= candidate.policyArn;
    into.errorCode ??= candidate.errorCode;
    into.operation ??= candidate.operation;
    if (into.policyType === null || into.policyType === 'unknown') into.policyType = candidate.policyType ?? into.policyType;
    if (into.denyKind === null || into.denyKind === 'unknown') into.denyKind = candidate.denyKind ?? into.denyKind;
    into.encoded = into.encoded || candidate.encoded;
  }
  return kept;
}
