// Accessibility of what people use, in the built extension: axe-core finds no serious or critical violation in the
// side panel, the popup and the card (inside its shadow root on a console page), in English and Japanese, light and
// dark; the keyboard reaches the card's buttons and Enter copies the fix; focus is visible wherever it lands.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, contrast } from './support/a11y';
import { ECS_SECRET_DENIAL } from '../../scripts/support/long-denials';
import { launchPanelBrowser, openExtensionPage, type PanelBrowser } from './panel-helpers';
import { readPage } from './pages/harness';

const LAMBDA_URL = 'https://us-east-1.console.aws.amazon.com/lambda/home?region=us-east-1#/create/function';
const THEMES = ['light', 'dark'] as const;

interface FocusRing {
  tag: string;
  label: string;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  background: string;
}

/** The focused element (through shadow roots), its focus ring and the background the ring is drawn on. */
function focusRing(): FocusRing | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  let background = 'rgb(255, 255, 255)';
  for (let a: Element | null = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null); a; a = a.parentElement ?? ((a.getRootNode() as ShadowRoot).host ?? null)) {
    const bg = getComputedStyle(a).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) {
      background = bg;
      break;
    }
  }
  return {
    tag: el.tagName.toLowerCase(),
    label: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60),
    outlineStyle: style.outlineStyle,
    outlineWidth: parseFloat(style.outlineWidth) || 0,
    outlineColor: style.outlineColor,
    background,
  };
}

/** Tabs through the page and returns the focus rings that are missing or too faint (WCAG 2.4.7, 1.4.11). */
async function faintFocus(page: Page, presses: number): Promise<string[]> {
  const bad: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(focusRing);
    if (!ring) continue;
    seen.add(ring.tag);
    const ratio = contrast(ring.outlineColor, ring.background);
    if (ring.outlineStyle === 'none' || ring.outlineWidth < 2 || ratio < 3) {
      bad.push(`${ring.tag} "${ring.label}": outline ${ring.outlineStyle} ${ring.outlineWidth}px ${ring.outlineColor} on ${ring.background} (contrast ${ratio.toFixed(2)})`);
    }
  }
  // Not vacuous: the walk went through buttons and the other kinds of control the page has.
  if (!seen.has('button') || seen.size < 3) bad.push(`Tab reached too few kinds of element: ${[...seen].join(', ')}`);
  return bad;
}

for (const lang of ['en', 'ja'] as const) {
  test.describe(`${lang}`, () => {
    let browser: PanelBrowser;
    test.beforeAll(async () => {
      browser = await launchPanelBrowser({ locale: lang });
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    });
    test.afterAll(async () => {
      await browser?.close();
    });

    test('popup and side panel: no serious or critical axe violation, visible focus, both themes', async () => {
      const popup = await openExtensionPage(browser, 'popup.html');
      await popup.locator('textarea').fill(ECS_SECRET_DENIAL.text);
      await popup.locator('button[type=submit]').click();
      await expect(popup.getByTestId('explanation').getByRole('heading', { level: 2 })).toContainText(ECS_SECRET_DENIAL.action);

      const panel = await openExtensionPage(browser, 'sidepanel.html');
      await panel.getByTestId('history-list').locator('button.row-main').first().click();
      await expect(panel.getByTestId('explanation').getByRole('heading', { level: 2 })).toContainText(ECS_SECRET_DENIAL.action);
      await panel.locator('details.settings > summary').click();

      const found: string[] = [];
      // Colours do not depend on the language: English is checked in both themes, Japanese (names, lang) in one.
      for (const theme of lang === 'en' ? THEMES : (['dark'] as const)) {
        for (const [name, page] of [['popup', popup], ['side panel', panel]] as const) {
          await page.emulateMedia({ colorScheme: theme });
          await page.setViewportSize({ width: name === 'popup' ? 460 : 360, height: 900 });
          for (const v of await axeViolations(page)) found.push(`${name} ${theme}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(', ')}: ${v.summary}`);
          await page.locator('h1').click();
          for (const f of await faintFocus(page, 40)) found.push(`${name} ${theme}: focus ${f}`);
        }
      }
      expect(found).toEqual([]);
    });

    test('card: no serious or critical axe violation in its shadow root, light and dark; keyboard reaches Copy fix and Enter copies', async () => {
      const found: string[] = [];
      for (const theme of THEMES) {
        const html = readPage('console-single.html').replace('<body>', theme === 'dark' ? '<body class="awsui-dark-mode">' : '<body>');
        const page = await browser.context.newPage();
        await page.route((u) => u.href.split('#')[0] === LAMBDA_URL.split('#')[0], (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
        await page.goto(LAMBDA_URL);
        const card = page.locator('why-denied-card');
        await expect(card).toHaveAttribute('data-theme', theme);
        await expect(card.locator('.verdict')).toBeVisible();
        for (const v of await axeViolations(page, 'why-denied-card')) found.push(`card ${theme}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(', ')}: ${v.summary}`);

        // From the top of the page, Tab until the card's Copy fix button has the focus; its ring must show.
        await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(LAMBDA_URL).origin });
        const copyLabel = lang === 'ja' ? '修正をコピー' : 'Copy fix';
        const copy = card.getByRole('button', { name: copyLabel });
        let reached = false;
        for (let i = 0; i < 30 && !reached; i++) {
          await page.keyboard.press('Tab');
          reached = await copy.evaluate((b) => (b.getRootNode() as ShadowRoot).activeElement === b);
          const ring = await page.evaluate(focusRing);
          if (ring && ring.tag === 'button' && (await card.evaluate((h, label) => h.shadowRoot?.activeElement?.textContent === label, ring.label))) {
            const ratio = contrast(ring.outlineColor, ring.background);
            if (ring.outlineStyle === 'none' || ring.outlineWidth < 2 || ratio < 3) found.push(`card ${theme}: focus on "${ring.label}" is faint: ${ring.outlineStyle} ${ring.outlineWidth}px, contrast ${ratio.toFixed(2)}`);
          }
        }
        expect(reached, `Tab reaches the card's ${copyLabel} (${theme})`).toBe(true);
        await page.keyboard.press('Enter');
        await expect(card.locator('.status')).toContainText(lang === 'ja' ? 'ポリシーをコピーしました' : 'Policy copied', { timeout: 10_000 });
        const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { Statement: { Action: string | string[] }[] };
        expect(copied.Statement.flatMap((s) => [s.Action].flat())).toContain('iam:PassRole');
        await page.close();
      }
      expect(found).toEqual([]);
    });
  });
}
