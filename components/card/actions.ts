// A card's buttons: Explain (opens the side panel on this denial), Copy fix (the first fix with something to copy)
// and, where the console service is known, "Hide on …". Each reports its outcome in the card's status line.
import type { Finding } from '../../lib/model';
import { shortText } from './dom';
import type { CardKit, CopyOutcome } from './types';

export function copyStatus(kit: CardKit, outcome: CopyOutcome, finding: Finding): string {
  const { t } = kit;
  const where = (target: string | null) => shortText(target ?? kit.describe(finding).layer);
  switch (outcome.kind) {
    case 'copied':
      return t('copied', { target: where(outcome.target) });
    case 'copied-condition':
      return t('copiedCondition', { action: shortText(outcome.action), target: where(outcome.target) });
    case 'no-policy':
      return t('noPolicy');
    case 'stale':
      return t('stale');
    case 'failed':
      return t('copyFailed');
  }
}

export function hideButton(kit: CardKit): HTMLButtonElement | null {
  const label = kit.env.serviceLabel;
  return label ? kit.dom.button(kit.t('hideOn', { service: label }), 'link', () => kit.env.hideService()) : null;
}

function explainButton(kit: CardKit, finding: Finding, status: HTMLElement): HTMLButtonElement {
  const { t, env } = kit;
  return kit.dom.button(t('explain'), 'primary', () => {
    status.textContent = '';
    // Sent inside the click: Chrome opens the side panel only during the user's gesture.
    env.explain(finding).then(
      (outcome) => {
        if (outcome === 'failed') status.textContent = t('panelFailed');
        if (outcome === 'stale') status.textContent = t('stale');
      },
      () => {
        status.textContent = t('panelFailed');
      },
    );
  }, t('explainTitle'));
}

function copyButton(kit: CardKit, finding: Finding, status: HTMLElement): HTMLButtonElement {
  const { t, env } = kit;
  return kit.dom.button(t('copyFix'), '', (b) => {
    b.disabled = true;
    status.textContent = t('copying');
    env.copyFix(finding).then(
      (outcome) => {
        b.disabled = false;
        status.textContent = copyStatus(kit, outcome, finding);
      },
      () => {
        b.disabled = false;
        status.textContent = t('copyFailed');
      },
    );
  }, t('copyFixTitle'));
}

export function actions(kit: CardKit, finding: Finding, status: HTMLElement, withHide: boolean): HTMLElement {
  const row = kit.dom.el('div', 'actions');
  row.append(explainButton(kit, finding, status), copyButton(kit, finding, status));
  const hide = withHide ? hideButton(kit) : null;
  if (hide) row.append(hide);
  return row;
}
