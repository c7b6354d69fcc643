// Reads the text a person sees in a console container, without layout. `innerText` would force a style and layout
// flush on every call — exactly the cost the page budget forbids — so block boundaries come from tag names instead.
// Cloudscape puts one line per <div>, splits ARNs with <wbr> and links, and keeps hidden copies of headers in empty
// divs, which this walk handles as a reader would.

/** Elements whose text is never page text a reader sees as a message (also our own cards). */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'SVG',
  'svg',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'WHY-DENIED-CARD',
]);

const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

export interface TextLimits {
  /** Stop reading after this many characters (the parser gets at most this much per container). */
  maxChars: number;
  /** Cut any single unbroken run longer than this (a 1 MB "ARN" stays readable without costing 1 MB of parsing). */
  maxToken: number;
}

export const DEFAULT_LIMITS: TextLimits = { maxChars: 32_768, maxToken: 4_096 };

// Zero-width and bidirectional controls are invisible: a reader never sees them, and a hostile page uses them to make
// one ARN look like another. They are dropped before parsing so the card shows what the message really says.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
const SPACES = /[\t\f\v \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** The visible text of `root`, one line per block, capped by `limits`. */
export function containerText(root: Node, limits: TextLimits = DEFAULT_LIMITS): string {
  const parts: string[] = [];
  let length = 0;
  // An explicit stack instead of recursion: hostile pages nest tens of thousands of elements deep.
  const stack: (Node | null)[] = [root];
  while (stack.length > 0 && length < limits.maxChars) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === null) {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      // Long runs are cut per node first, so a 1 MB "ARN" does not push the rest of its sentence past maxChars.
      const raw = (node as Text).data;
      const data = raw.length > limits.maxToken ? cutRuns(raw, limits.maxToken) : raw;
      const take = data.length > limits.maxChars - length ? data.slice(0, limits.maxChars - length) : data;
      parts.push(take);
      length += take.length;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) continue;
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName;
      if (SKIPPED_TAGS.has(tag) || el.hasAttribute('hidden')) continue;
      if (tag === 'BR') {
        parts.push('\n');
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        parts.push('\n');
        stack.push(null);
      }
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return tidy(parts.join(''), limits);
}

/** Normalises raw text the way `containerText` does (for text taken from elsewhere, e.g. a single text node). */
export function tidy(raw: string, limits: TextLimits = DEFAULT_LIMITS): string {
  let text = raw.length > limits.maxChars ? raw.slice(0, limits.maxChars) : raw;
  text = cutRuns(text.replace(INVISIBLE, ''), limits.maxToken);
  const lines: string[] = [];
  for (const line of text.split(/\r?\n|\r/)) {
    const clean = line.replace(SPACES, ' ').trim();
    if (clean !== '') lines.push(clean);
  }
  return lines.join('\n');
}

/** Cuts every unbroken run of non-space characters longer than `max` to its first `max` characters. */
function cutRuns(text: string, max: number): string {
  return text.replace(new RegExp(`\\S{${max + 1},}`, 'g'), (run) => run.slice(0, max));
}
