// The few DOM builders the card uses, bound to the page's document. Every string goes in as text (textContent or
// text nodes), never as markup: verdicts carry ARNs and names from the page.
import { splitInlineCode } from '../../lib/inline-code';

/** Verdicts carry ARNs from the page: a 4 kB "ARN" stays in the data attribute, not across the screen. */
export const MAX_SHOWN = 400;

export function shortText(text: string): string {
  return text.length > MAX_SHOWN ? text.slice(0, MAX_SHOWN - 1) + '…' : text;
}

export interface CardDom {
  el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K];
  /** A button whose click does not reach the page (the console must not react to clicks on the card). */
  button(label: string, className: string, onClick: (b: HTMLButtonElement) => void, title?: string): HTMLButtonElement;
  /** A paragraph of explanation text: `code` spans become <code> elements, at most MAX_SHOWN characters. */
  prose(className: string, text: string): HTMLElement;
  /** The live region a card's buttons report their outcome in. */
  statusLine(): HTMLElement;
}

export function cardDom(doc: Document): CardDom {
  function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
    const node = doc.createElement(tag);
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

  function prose(className: string, text: string): HTMLElement {
    const p = el('p', className);
    let room = MAX_SHOWN;
    for (const segment of splitInlineCode(text)) {
      if (room <= 0) break;
      const shown = segment.text.length > room ? segment.text.slice(0, Math.max(0, room - 1)) + '…' : segment.text;
      room -= segment.text.length;
      p.append(segment.code ? el('code', undefined, shown) : doc.createTextNode(shown));
    }
    return p;
  }

  function statusLine(): HTMLElement {
    const status = el('p', 'status');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    return status;
  }

  return { el, button, prose, statusLine };
}
