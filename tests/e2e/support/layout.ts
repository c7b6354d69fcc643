// What "fits a narrow panel" means, measured in the page itself: the document never scrolls sideways, and every box
// whose content is wider than the box either scrolls itself (overflow auto/scroll, like the policy JSON) or is a
// designed ellipsis — never spills out or is silently cut. Dropdowns show their longest option in full. Open shadow
// roots (the in-page card) are walked too.
import type { Page } from '@playwright/test';

export interface LayoutProblem {
  kind: 'document' | 'spills' | 'cut' | 'outside' | 'select-cut';
  where: string;
  detail: string;
}

/**
 * Runs in the page: must stay self-contained (Playwright sends its source). `within`: only that element and what its
 * shadow root holds (the card on a console page, whose own layout is the console's business).
 */
function measure(within: string | null): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const name = (el: Element): string => {
    const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return `${el.tagName.toLowerCase()}${cls}${text ? ` "${text}"` : ''}`;
  };
  const all: Element[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  const scope = within ? Array.from(document.querySelectorAll(within)) : null;
  if (scope) {
    for (const host of scope) {
      all.push(host);
      if (host.shadowRoot) walk(host.shadowRoot);
    }
  } else walk(document);

  const doc = document.scrollingElement ?? document.documentElement;
  if (!scope && doc.scrollWidth > doc.clientWidth) {
    problems.push({ kind: 'document', where: 'document', detail: `scrollWidth ${doc.scrollWidth} > clientWidth ${doc.clientWidth}` });
  }
  const viewport = doc.clientWidth;

  const shown = (el: Element): boolean => {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') return false;
    if (style.position === 'absolute' && style.clip !== 'auto' && style.clip !== '') return false; // visually hidden
    const rect = el.getBoundingClientRect();
    return rect.width > 0 || rect.height > 0;
  };
  const clipsOrScrolls = (el: Element | null): boolean => {
    for (let a = el; a; a = a.parentElement ?? ((a.getRootNode() as ShadowRoot).host ?? null)) {
      if (a === document.documentElement || a === document.body) return false;
      const o = getComputedStyle(a).overflowX;
      if (o !== 'visible') return true;
    }
    return false;
  };

  for (const el of all) {
    if (!(el instanceof HTMLElement) || !shown(el)) continue;
    const style = getComputedStyle(el);
    if (style.display.startsWith('inline') && style.display !== 'inline-block' && style.display !== 'inline-flex' && style.display !== 'inline-grid') continue;
    if (el instanceof HTMLSelectElement || el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) continue;
    if (el.scrollWidth > el.clientWidth + 1) {
      const o = style.overflowX;
      if (o === 'auto' || o === 'scroll') {
        // Scrolls itself: fine.
      } else if (o === 'hidden' || o === 'clip') {
        if (style.textOverflow !== 'ellipsis') problems.push({ kind: 'cut', where: name(el), detail: `content ${el.scrollWidth}px in a ${el.clientWidth}px box, cut without an ellipsis` });
      } else {
        problems.push({ kind: 'spills', where: name(el), detail: `content ${el.scrollWidth}px spills out of a ${el.clientWidth}px box` });
      }
    }
    const rect = el.getBoundingClientRect();
    if (rect.right > viewport + 1 && !clipsOrScrolls(el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null))) {
      problems.push({ kind: 'outside', where: name(el), detail: `right edge at ${Math.round(rect.right)}px, page is ${viewport}px wide` });
    }
  }

  // A dropdown must show whichever option is picked: its width must be at least its natural width (that of its
  // longest option), measured on a clone laid out with no width constraint.
  for (const select of scope ? [] : Array.from(document.querySelectorAll('select'))) {
    if (!shown(select)) continue;
    const probe = select.cloneNode(true) as HTMLSelectElement;
    probe.style.cssText = 'position:absolute;visibility:hidden;width:auto;min-width:0;max-width:none;left:0;top:0';
    probe.removeAttribute('class');
    const computed = getComputedStyle(select);
    probe.style.font = computed.font;
    probe.style.padding = computed.padding;
    probe.style.border = computed.border;
    probe.style.boxSizing = computed.boxSizing;
    document.body.append(probe);
    const natural = probe.getBoundingClientRect().width;
    probe.remove();
    const actual = select.getBoundingClientRect().width;
    if (actual + 1 < natural) {
      const longest = Array.from(select.options).map((o) => o.text).sort((a, b) => b.length - a.length)[0] ?? '';
      problems.push({ kind: 'select-cut', where: `select[aria-label="${select.getAttribute('aria-label') ?? ''}"]`, detail: `${Math.round(actual)}px wide, its longest option ("${longest}") needs ${Math.round(natural)}px` });
    }
  }
  return problems;
}

export function layoutProblems(page: Page, within: string | null = null): Promise<LayoutProblem[]> {
  return page.evaluate(measure, within);
}

export interface LongBox {
  selector: string;
  count: number;
  /** Boxes whose content is wider than they are and that do not scroll themselves. */
  spilling: string[];
  /** Boxes wider than they are that scroll themselves (overflow auto/scroll). */
  scrolling: number;
}

/** For each selector of a long-value box: does each one wrap (content fits its width) or scroll itself? */
export function longBoxes(page: Page, selectors: readonly string[]): Promise<LongBox[]> {
  return page.evaluate((selectors) => {
    return selectors.map((selector) => {
      const boxes = Array.from(document.querySelectorAll<HTMLElement>(selector));
      const spilling: string[] = [];
      let scrolling = 0;
      for (const box of boxes) {
        if (box.scrollWidth <= box.clientWidth + 1) continue;
        const o = getComputedStyle(box).overflowX;
        if (o === 'auto' || o === 'scroll') scrolling++;
        else spilling.push((box.textContent ?? '').slice(0, 80));
      }
      return { selector, count: boxes.length, spilling, scrolling };
    });
  }, selectors);
}
