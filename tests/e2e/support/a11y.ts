// axe-core in the built extension's pages and in the card's shadow root. AxeBuilder injects axe through the DevTools
// protocol (Playwright's evaluate), which the extension pages' `script-src 'self'` does not govern: CSP restricts
// what the page itself may load and eval, not what the debugger runs — so no CSP change is needed to test.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export interface Finding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
  summary: string;
}

/** The serious and critical violations axe finds in `page` (optionally only inside `include`). */
export async function axeViolations(page: Page, include?: string): Promise<Finding[]> {
  // Legacy mode runs axe in the page itself: these pages have no frames, and the default mode opens a blank page
  // per run to merge frame results, which costs seconds.
  let builder = new AxeBuilder({ page }).setLegacyMode(true);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
      summary: v.nodes.map((n) => n.failureSummary ?? '').join(' | ').slice(0, 400),
    }));
}

/** The WCAG contrast ratio of two CSS colours (rgb()/rgba() as getComputedStyle gives them). */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((x) => Number(x) / 255);
    const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(bl ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
