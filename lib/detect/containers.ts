// Where a console message lives, and where its card goes. Cloudscape's class names carry a hash suffix that changes
// between releases, so they are matched by prefix; `data-analytics-*` attributes are the most stable hooks. Table
// cells, empty states and status indicators carry no error role at all: the container's whole text is the message.

export type ContainerKind = 'flash' | 'alert' | 'dialog' | 'empty' | 'form-error' | 'cell' | 'status' | 'block';

/**
 * How much a container's kind vouches for its text. `strong`: an error banner, dialog or empty state — even a bare
 * "Access denied" there is the user's own denial. `weak`: informational banners, cells, status labels and plain
 * blocks, which also show log data, names and documentation — only a finding that names something counts.
 */
export type Strength = 'strong' | 'weak';

export interface Container {
  el: Element;
  kind: ContainerKind;
  strength: Strength;
  /** The element the card sits beside. */
  anchor: Element;
  /** `after`: the card follows the anchor as a sibling; `append`: it becomes the anchor's last child (table cells). */
  placement: 'after' | 'append';
}

/** Never page text, or text that only talks about denials: help, code samples, policy editors, our own cards. */
const EXCLUDED = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'pre',
  'why-denied-card',
  '[contenteditable]:not([contenteditable="false"])',
  '.ace_editor',
  '.monaco-editor',
  '.cm-editor',
  '.CodeMirror',
  '[class*="awsui_code-editor"]',
  '[class*="awsui_code-view"]',
  '[class*="help-panel"]',
  '[class*="awsui_tools-container"]',
].join(',');

const FLASH = '[data-analytics-flashbar],[class*="awsui_flash_"],.awsui-flash';
const ALERT = '[data-analytics-alert],[class*="awsui_alert_"],.awsui-alert,[role="alert"]';
const DIALOG = '[role="dialog"],[role="alertdialog"],[aria-modal="true"],dialog';
const EMPTY = '[class*="awsui_empty_"],.awsui-table-empty';
const FORM_ERROR = '[class*="awsui_error_"],.awsui-form-field-error';
const MESSAGE = [FLASH, ALERT, DIALOG, EMPTY, FORM_ERROR].join(',');
const CELL = 'td,th,[role="cell"],[role="gridcell"]';
const STATUS = '[class*="awsui_status-error"],[class*="awsui_status-warning"],.awsui-status-indicator';
const BLOCK = 'p,li,dd,dt,div,section,article,blockquote,h1,h2,h3,h4,h5,h6,summary,details';

/** A generic block holding more text than this is page structure, not a message: fall back to the inline parent. */
const MAX_BLOCK_TEXT = 8_192;

export function isExcluded(el: Element): boolean {
  return el.closest(EXCLUDED) !== null;
}

/** The message container of an element that holds denial-like text, or null when that text is not a message. */
export function findContainer(el: Element): Container | null {
  if (isExcluded(el)) return null;
  let message = el.closest(MESSAGE);
  // A form error or empty state inside a banner belongs to the banner: the card goes after the whole banner, not
  // into the banner's own (React-managed) content.
  if (message && (message.matches(FORM_ERROR) || message.matches(EMPTY))) {
    message = message.parentElement?.closest(`${FLASH},${ALERT}`) ?? message;
  }
  if (message) return messageContainer(message, el);
  // Outside a message, code is a sample or a log excerpt, not something that happened to this user.
  if (el.closest('code,kbd,samp')) return null;
  const cell = el.closest(CELL);
  if (cell) return { el: cell, kind: 'cell', strength: 'weak', anchor: cell, placement: 'append' };
  const status = el.closest(STATUS);
  if (status) return { el: status, kind: 'status', strength: 'weak', anchor: status, placement: 'after' };
  const block = blockOf(el, null);
  return { el: block, kind: 'block', strength: 'weak', anchor: block, placement: 'after' };
}

function messageContainer(message: Element, source: Element): Container | null {
  if (message.matches(FLASH)) {
    const flash = message.closest('[data-analytics-flashbar]') ?? message;
    const strength = bannerStrength(flash, message);
    return strength && { el: flash, kind: 'flash', strength, anchor: flash, placement: 'after' };
  }
  if (message.matches(ALERT)) {
    const root = message.closest('[data-analytics-alert]') ?? message;
    const strength = bannerStrength(root, message);
    return strength && { el: root, kind: 'alert', strength, anchor: root, placement: 'after' };
  }
  if (message.matches(DIALOG)) {
    // A dialog holds a title, a form and buttons: the card goes under the paragraph that says no.
    return { el: message, kind: 'dialog', strength: 'strong', anchor: blockOf(source, message), placement: 'after' };
  }
  if (message.matches(EMPTY)) return { el: message, kind: 'empty', strength: 'strong', anchor: message, placement: 'after' };
  return { el: message, kind: 'form-error', strength: 'strong', anchor: message, placement: 'after' };
}

/** Error and warning banners vouch for their text; info banners only for specific findings; success never. */
function bannerStrength(root: Element, inner: Element): Strength | null {
  const declared = root.getAttribute('data-analytics-flashbar') ?? root.getAttribute('data-analytics-alert');
  const classes = `${root.getAttribute('class') ?? ''} ${inner.getAttribute('class') ?? ''}`;
  const type = declared ?? /(?:^|[\s_-])type-(error|warning|info|success|in-progress)/.exec(classes)?.[1] ?? null;
  if (type === 'success') return null;
  if (type === 'info' || type === 'in-progress') return 'weak';
  return 'strong';
}

/** The nearest block-level ancestor of `el` (inside `within` when given) that is not the whole page. */
function blockOf(el: Element, within: Element | null): Element {
  const block = el.closest(BLOCK);
  if (!block || (within && !within.contains(block)) || block === within) return el;
  if ((block.textContent?.length ?? 0) > MAX_BLOCK_TEXT) return el;
  return block;
}
