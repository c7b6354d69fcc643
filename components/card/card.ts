// The in-page card (DESIGN.md Contract 2): a <why-denied-card> host carrying the finding as data attributes, its
// content in a shadow root. Plain DOM rather than Preact: the content script must stay within its size budget and
// the card is a handful of elements. Every string from the page goes in through `textContent`, never markup.
import { applyCardAttributes, CARD_TAG } from '../../lib/detect/attributes';
import type { CardLayer, GroupRole } from '../../lib/detect/detector';
import { CARD_MESSAGES } from '../../lib/i18n/card';
import { splitInlineCode } from '../../lib/inline-code';
import { translator } from '../../lib/i18n/index';
import type { Finding, Lang } from '../../lib/model';
import { CARD_CSS } from './styles';

export interface CardText {
  verdict: string;
  layer: string;
  /** Who must act; empty when not known (the card then leaves that line out). */
  who: string;
}

export type CopyOutcome =
  /** `target`: where the fix goes (an ARN), null when the explanation does not know: the card names the layer. */
  | { kind: 'copied'; target: string | null }
  /** An explicit deny's fix: the Condition to add to the denying statement (never a rewritten statement). */
  | { kind: 'copied-condition'; action: string; target: string | null }
  | { kind: 'no-policy' }
  | { kind: 'failed' }
  | { kind: 'stale' };
export type ExplainOutcome = 'opened' | 'failed' | 'stale';

export interface CardEnv {
  doc: Document;
  lang: Lang;
  theme(): 'light' | 'dark';
  describe(finding: Finding): CardText;
  /** The console service's readable name for "Hide on …"; null hides that button. */
  serviceLabel: string | null;
  isDismissed(key: string): boolean;
  dismiss(key: string): void;
  explain(finding: Finding): Promise<ExplainOutcome>;
  copyFix(finding: Finding): Promise<CopyOutcome>;
  hideService(): void;
}

interface CardState {
  key: string;
  finding: Finding;
  role: GroupRole;
  expanded: boolean;
  root: ShadowRoot | null;
}

/** Verdicts carry ARNs from the page: a 4 kB "ARN" stays in the data attribute, not across the screen. */
const MAX_SHOWN = 400;

export function createCardLayer(env: CardEnv): CardLayer {
  const t = translator(CARD_MESSAGES, env.lang);
  const states = new WeakMap<HTMLElement, CardState>();
  // Verdicts are recomputed only when the finding changes (a group leader re-renders as members come and go).
  const texts = new WeakMap<Finding, CardText>();
  const describe = (finding: Finding): CardText => {
    let text = texts.get(finding);
    if (!text) {
      text = env.describe(finding);
      texts.set(finding, text);
    }
    return text;
  };
  let sheet: CSSStyleSheet | null | undefined;

  function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
    const node = env.doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function button(label: string, className: string, onClick: (b: HTMLButtonElement) => void, title?: string) {
    const b = el('button', className, label);
    b.type = 'button';
    if (title) b.title = title;
    b.addEventListener('click', (event) => {
      event.stopPropagation();
      onClick(b);
    });
    return b;
  }

  function styleRoot(root: ShadowRoot): void {
    // A constructed sheet is shared by every card and is not subject to the page's style-src; a <style> element
    // is the fallback where adopting a sheet is not allowed (older engines, Firefox's content-script wrappers).
    if (sheet === undefined) {
      try {
        const constructed = new CSSStyleSheet();
        constructed.replaceSync(CARD_CSS);
        sheet = constructed;
      } catch {
        sheet = null;
      }
    }
    if (sheet) {
      try {
        root.adoptedStyleSheets = [sheet];
        return;
      } catch {
        sheet = null;
      }
    }
    root.appendChild(el('style', undefined, CARD_CSS));
  }

  function shortText(text: string): string {
    return text.length > MAX_SHOWN ? text.slice(0, MAX_SHOWN - 1) + '…' : text;
  }

  /** A paragraph of explanation text: `code` spans become <code> elements, everything goes in as text nodes. */
  function prose(className: string, text: string): HTMLElement {
    const p = el('p', className);
    let room = MAX_SHOWN;
    for (const segment of splitInlineCode(text)) {
      if (room <= 0) break;
      const shown = segment.text.length > room ? segment.text.slice(0, Math.max(0, room - 1)) + '…' : segment.text;
      room -= segment.text.length;
      p.append(segment.code ? el('code', undefined, shown) : env.doc.createTextNode(shown));
    }
    return p;
  }

  function copyStatus(outcome: CopyOutcome, finding: Finding): string {
    const where = (target: string | null) => shortText(target ?? describe(finding).layer);
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

  function actions(finding: Finding, status: HTMLElement, withHide: boolean): HTMLElement {
    const row = el('div', 'actions');
    row.append(
      button(t('explain'), 'primary', () => {
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
      }, t('explainTitle')),
      button(t('copyFix'), '', (b) => {
        b.disabled = true;
        status.textContent = t('copying');
        env.copyFix(finding).then(
          (outcome) => {
            b.disabled = false;
            status.textContent = copyStatus(outcome, finding);
          },
          () => {
            b.disabled = false;
            status.textContent = t('copyFailed');
          },
        );
      }, t('copyFixTitle')),
    );
    if (withHide && env.serviceLabel) {
      const label = env.serviceLabel;
      row.append(button(t('hideOn', { service: label }), 'link', () => env.hideService()));
    }
    return row;
  }

  function statusLine(): HTMLElement {
    const status = el('p', 'status');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    return status;
  }

  function render(host: HTMLElement, state: CardState): void {
    applyCardAttributes(host, state.finding);
    host.setAttribute('data-theme', env.theme());
    if (state.role.kind === 'member') host.setAttribute('data-grouped', 'true');
    else host.removeAttribute('data-grouped');
    if (state.role.kind === 'leader') host.setAttribute('data-group-size', String(state.role.members.length));
    else host.removeAttribute('data-group-size');
    const dismissed = env.isDismissed(state.key);
    if (dismissed) host.setAttribute('data-dismissed', 'true');
    else host.removeAttribute('data-dismissed');
    // Grouped and dismissed cards stay in the DOM (one element per denial) but take no space.
    if (dismissed || state.role.kind === 'member') host.style.setProperty('display', 'none', 'important');
    else host.style.removeProperty('display');

    const root = state.root;
    if (!root) return;
    for (const child of Array.from(root.childNodes)) {
      if (child.nodeName !== 'STYLE') child.remove();
    }
    if (dismissed || state.role.kind === 'member') return;

    const card = el('div', 'card');
    card.setAttribute('role', 'note');
    card.setAttribute('aria-label', t('label'));
    const head = el('div', 'head');
    const close = button('×', 'close', () => {
      env.dismiss(state.key);
      render(host, state);
    });
    close.setAttribute('aria-label', t('dismiss'));
    close.title = t('dismiss');

    if (state.role.kind === 'leader') {
      const members = state.role.members;
      head.append(el('span', 'brand', t('brand')), el('span', 'title', t('groupTitle', { count: members.length })));
      head.append(el('span', 'spacer'), close);
      card.append(head);
      const first = members[0] ?? state.finding;
      // Closed: the first denial stands for the group. Open: the list says it all.
      if (!state.expanded) card.append(prose('verdict', describe(first).verdict));
      const list = el('ul', 'list');
      list.hidden = !state.expanded;
      list.id = 'members';
      // The list is built only when open: a flood of grouped denials re-renders a leader of a few elements.
      for (const member of state.expanded ? members : []) {
        const text = describe(member);
        const item = el('li', 'item');
        const status = statusLine();
        item.append(prose('verdict', text.verdict), prose('who', text.who ? `${text.layer} · ${t('who', { who: text.who })}` : text.layer));
        item.append(actions(member, status, false), status);
        list.append(item);
      }
      const row = el('div', 'actions');
      const toggle = button(state.expanded ? t('showLess') : t('showAll', { count: members.length }), 'primary', () => {
        state.expanded = !state.expanded;
        render(host, state);
        root.querySelector<HTMLButtonElement>('button.toggle')?.focus();
      });
      toggle.classList.add('toggle');
      toggle.setAttribute('aria-expanded', String(state.expanded));
      toggle.setAttribute('aria-controls', 'members');
      row.append(toggle);
      if (env.serviceLabel) {
        const label = env.serviceLabel;
        row.append(button(t('hideOn', { service: label }), 'link', () => env.hideService()));
      }
      if (state.expanded) card.append(list, row);
      else card.append(row, list);
      root.append(card);
      return;
    }

    const text = describe(state.finding);
    head.append(el('span', 'brand', t('brand')), el('span', 'chip', shortText(text.layer)), el('span', 'spacer'), close);
    const status = statusLine();
    card.append(
      head,
      prose('verdict', text.verdict),
      ...(text.who ? [prose('who', t('who', { who: text.who }))] : []),
      actions(state.finding, status, true),
      status,
    );
    root.append(card);
  }

  return {
    create(finding, key) {
      const host = env.doc.createElement(CARD_TAG);
      host.setAttribute('data-fingerprint', key);
      let root: ShadowRoot | null = null;
      try {
        root = host.attachShadow({ mode: 'open' });
        styleRoot(root);
      } catch {
        // The page defined its own <why-denied-card> with a shadow root: keep the data attributes, show nothing.
        root = null;
      }
      const state: CardState = { key, finding, role: { kind: 'single' }, expanded: false, root };
      states.set(host, state);
      render(host, state);
      return host;
    },
    update(host, finding, key) {
      const state = states.get(host);
      if (!state) return;
      state.finding = finding;
      if (state.key !== key) {
        state.key = key;
        host.setAttribute('data-fingerprint', key);
      }
      render(host, state);
    },
    setRole(host, role) {
      const state = states.get(host);
      if (!state) return;
      state.role = role;
      render(host, state);
    },
    destroy(host) {
      states.delete(host);
    },
  };
}
