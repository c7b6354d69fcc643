// What a browser test reads of the cards on a console page: the <why-denied-card> elements' data attributes
// (DESIGN.md Contract 2), the same in Chromium (Playwright) and Firefox (puppeteer-core). The reader runs inside
// the page: both drivers serialise the function, so it must use nothing from this module's scope.

export interface CardInfo {
  category: string | null;
  action: string | null;
  principal: string | null;
  resource: string | null;
  policyType: string | null;
  denyKind: string | null;
  grouped: boolean;
  frameUrl: string;
}

export function readCardsInDocument(): CardInfo[] {
  return Array.from(document.querySelectorAll('why-denied-card')).map((el) => ({
    category: el.getAttribute('data-category'),
    action: el.getAttribute('data-action'),
    principal: el.getAttribute('data-principal'),
    resource: el.getAttribute('data-resource'),
    policyType: el.getAttribute('data-policy-type'),
    denyKind: el.getAttribute('data-deny-kind'),
    grouped: el.getAttribute('data-grouped') === 'true',
    frameUrl: location.href,
  }));
}
