// Styles a card's shadow root. A constructed sheet is shared by every card and is not subject to the page's
// style-src; a <style> element is the fallback where adopting a sheet is not allowed (older engines, Firefox's
// content-script wrappers).
import { CARD_CSS } from './styles';

export function rootStyler(doc: Document): (root: ShadowRoot) => void {
  let sheet: CSSStyleSheet | null | undefined;
  return (root) => {
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
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    root.appendChild(style);
  };
}
