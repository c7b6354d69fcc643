// Renders one card: the host's data attributes (Contract 2) and visibility, then its shadow content — a single
// denial, or a group leader standing for several (members stay in the DOM, hidden, one element per denial).
import { applyCardAttributes } from '../../lib/detect/attributes';
import { noticeRefreshDelay } from '../../lib/i18n/authorization';
import type { GroupRole } from '../../lib/detect/detector';
import type { Finding } from '../../lib/model';
import { actions, hideButton } from './actions';
import { shortText } from './dom';
import type { CardKit, CardText } from './types';

export interface CardState {
  key: string;
  finding: Finding;
  role: GroupRole;
  expanded: boolean;
  root: ShadowRoot | null;
}

function markHost(kit: CardKit, host: HTMLElement, state: CardState, dismissed: boolean): void {
  applyCardAttributes(host, state.finding);
  host.setAttribute('data-theme', kit.env.theme());
  if (state.role.kind === 'member') host.setAttribute('data-grouped', 'true');
  else host.removeAttribute('data-grouped');
  if (state.role.kind === 'leader') host.setAttribute('data-group-size', String(state.role.members.length));
  else host.removeAttribute('data-group-size');
  if (dismissed) host.setAttribute('data-dismissed', 'true');
  else host.removeAttribute('data-dismissed');
  // Grouped and dismissed cards stay in the DOM (one element per denial) but take no space.
  if (dismissed || state.role.kind === 'member') host.style.setProperty('display', 'none', 'important');
  else host.style.removeProperty('display');
}

export function renderCard(kit: CardKit, host: HTMLElement, state: CardState): void {
  const dismissed = kit.env.isDismissed(state.key);
  markHost(kit, host, state, dismissed);
  const root = state.root;
  if (!root) return;
  for (const child of Array.from(root.childNodes)) {
    if (child.nodeName !== 'STYLE') child.remove();
  }
  if (dismissed || state.role.kind === 'member') return;

  const { dom, t } = kit;
  const card = dom.el('div', 'card');
  card.setAttribute('role', 'note');
  card.setAttribute('aria-label', t('label'));
  const close = dom.button('×', 'close', () => {
    kit.env.dismiss(state.key);
    renderCard(kit, host, state);
  });
  close.setAttribute('aria-label', t('dismiss'));
  close.title = t('dismiss');
  if (state.role.kind === 'leader') groupContent(kit, card, close, state, state.role.members, () => renderCard(kit, host, state));
  else singleContent(kit, card, close, state.finding);
  root.append(card);
}

/** The authorization-details line; on a page left open past the details' 24 h it turns into the expired line. */
function authorizationLine(kit: CardKit, finding: Finding, text: CardText): HTMLElement {
  const line = kit.dom.prose('authz', text.authorization ?? '');
  const at = text.authorizationChangesAt;
  if (at !== undefined) {
    setTimeout(() => {
      if (line.isConnected) line.textContent = kit.describe(finding).authorization ?? '';
    }, noticeRefreshDelay(at, Date.now()));
  }
  return line;
}

function singleContent(kit: CardKit, card: HTMLElement, close: HTMLElement, finding: Finding): void {
  const { dom, t } = kit;
  const text = kit.describe(finding);
  const head = dom.el('div', 'head');
  head.append(dom.el('span', 'brand', t('brand')), dom.el('span', 'chip', shortText(text.layer)), dom.el('span', 'spacer'), close);
  const status = dom.statusLine();
  card.append(
    head,
    dom.prose('verdict', text.verdict),
    ...(text.who ? [dom.prose('who', t('who', { who: text.who }))] : []),
    ...(text.authorization ? [authorizationLine(kit, finding, text)] : []),
    actions(kit, finding, status, true),
    status,
  );
}

function groupContent(kit: CardKit, card: HTMLElement, close: HTMLElement, state: CardState, members: readonly Finding[], rerender: () => void): void {
  const { dom, t } = kit;
  const head = dom.el('div', 'head');
  head.append(dom.el('span', 'brand', t('brand')), dom.el('span', 'title', t('groupTitle', { count: members.length })), dom.el('span', 'spacer'), close);
  card.append(head);
  const first = members[0] ?? state.finding;
  // Closed: the first denial stands for the group. Open: the list says it all.
  if (!state.expanded) card.append(dom.prose('verdict', kit.describe(first).verdict));
  const list = memberList(kit, state.expanded ? members : []);
  list.hidden = !state.expanded;
  const row = dom.el('div', 'actions');
  const toggle = dom.button(state.expanded ? t('showLess') : t('showAll', { count: members.length }), 'primary', () => {
    state.expanded = !state.expanded;
    rerender();
    state.root?.querySelector<HTMLButtonElement>('button.toggle')?.focus();
  });
  toggle.classList.add('toggle');
  toggle.setAttribute('aria-expanded', String(state.expanded));
  toggle.setAttribute('aria-controls', 'members');
  row.append(toggle);
  const hide = hideButton(kit);
  if (hide) row.append(hide);
  if (state.expanded) card.append(list, row);
  else card.append(row, list);
}

/** The group's denials, each with its own buttons. Built only when open: a flood of grouped denials re-renders a
 * closed leader of a few elements. */
function memberList(kit: CardKit, members: readonly Finding[]): HTMLElement {
  const { dom, t } = kit;
  const list = dom.el('ul', 'list');
  list.id = 'members';
  for (const member of members) {
    const text = kit.describe(member);
    const item = dom.el('li', 'item');
    const status = dom.statusLine();
    item.append(dom.prose('verdict', text.verdict), dom.prose('who', text.who ? `${text.layer} · ${t('who', { who: text.who })}` : text.layer));
    if (text.authorization) item.append(authorizationLine(kit, member, text));
    item.append(actions(kit, member, status, false), status);
    list.append(item);
  }
  return list;
}
