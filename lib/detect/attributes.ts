// DESIGN.md Contract 2: the card's host element and the data attributes outside checks read. Empty string when the
// message does not say; values exactly as the finding has them.
import type { Finding } from '../model';

export const CARD_TAG = 'why-denied-card';

export function cardAttributes(finding: Finding): Record<string, string> {
  return {
    'data-category': finding.category,
    'data-action': finding.action ?? '',
    'data-principal': finding.principal ?? '',
    'data-resource': finding.resource ?? '',
    'data-policy-type': finding.policyType ?? '',
    'data-deny-kind': finding.denyKind ?? '',
  };
}

export function applyCardAttributes(host: Element, finding: Finding): void {
  for (const [name, value] of Object.entries(cardAttributes(finding))) {
    if (host.getAttribute(name) !== value) host.setAttribute(name, value);
  }
}
