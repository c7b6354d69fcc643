// The side panel and the popup at the widths people dock them (320–500 px), in English and Japanese, light and dark,
// on long real denials: nothing makes the page scroll sideways, long values (ARNs, console URLs, commands) wrap, the
// policy JSON scrolls inside its own box, and the history's dropdowns show their options in full.
import { expect, test, type Page } from '@playwright/test';
import { japaneseFontMissing } from '../../scripts/support/fonts';
import { layoutProblems, longBoxes, type LayoutProblem } from './support/layout';
import { ECS_SECRET_DENIAL, TERRAFORM_SCP_DENIAL } from '../../scripts/support/long-denials';
import { consolePage, launchPanelBrowser, openConsole, openExtensionPage, type PanelBrowser } from './panel-helpers';

const WIDTHS = [320, 360, 420, 500];
const THEMES = ['light', 'dark'] as const;
const LANGS = ['en', 'ja'] as const;

/** Boxes that hold long values: each wraps or scrolls itself. */
const LONG_BOXES = ['.summary dd', '.fix-meta dd', 'pre.json', 'pre.command', 'pre.admin-request', '.links li', '.steps li', '.commands li', '.row-main', '.filters', '.toolbar', '.note'];

const LABELS = {
  en: { paste: 'Paste an AWS error (terminal, CI log, chat)', explain: 'Explain', show: /Show the explanation of/ },
  ja: { paste: 'AWS のエラーを貼り付けてください (ターミナル、CI ログ、チャット)', explain: '説明', show: /の説明を表示/ },
};

async function sweep(page: Page, label: string, widths: readonly number[]): Promise<string[]> {
  const found: string[] = [];
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const problems: LayoutProblem[] = await layoutProblems(page);
      for (const p of problems) found.push(`${label} ${theme} ${width}px: ${p.kind} ${p.where}: ${p.detail}`);
      for (const box of await longBoxes(page, LONG_BOXES)) {
        for (const s of box.spilling) found.push(`${label} ${theme} ${width}px: ${box.selector} neither wraps nor scrolls: "${s}"`);
      }
    }
  }
  return found;
}

for (const lang of LANGS) {
  test.describe(`${lang}`, () => {
    let browser: PanelBrowser;
    test.beforeAll(async () => {
      // Japanese measured in empty boxes would not be what people read.
      if (lang === 'ja') expect(japaneseFontMissing()).toBeNull();
      browser = await launchPanelBrowser({ locale: lang });
    });
    test.afterAll(async () => {
      await browser?.close();
    });

    test('the popup and the side panel fit 320–500 px in both themes on long real denials', async () => {
      const l = LABELS[lang];
      // Paste both denials into the popup, as a user would: each is explained there and saved to the history.
      const popup = await openExtensionPage(browser, 'popup.html');
      const problems: string[] = [];
      for (const denial of [TERRAFORM_SCP_DENIAL, ECS_SECRET_DENIAL]) {
        await popup.setViewportSize({ width: 460, height: 900 });
        await popup.getByLabel(l.paste).fill(denial.text);
        await popup.getByRole('button', { name: l.explain, exact: true }).click();
        await expect(popup.getByTestId('explanation').getByRole('heading', { level: 2 })).toContainText(denial.action);
        problems.push(...(await sweep(popup, `popup (${denial.action})`, WIDTHS)));
      }
      // Chrome sizes a toolbar popup from its document's min-content width: narrowing in a tab must not shrink it.
      const natural = await popup.evaluate(() => {
        const root = document.documentElement;
        root.style.width = 'min-content';
        const width = root.getBoundingClientRect().width;
        root.style.width = '';
        return width;
      });
      expect(natural).toBe(460);

      const panel = await openExtensionPage(browser, 'sidepanel.html');
      const rows = panel.getByTestId('history-list').getByRole('listitem');
      await expect(rows).toHaveCount(2);
      // The settings open too: their labels and dropdowns must fit as well.
      await panel.locator('details.settings > summary').click();
      for (const denial of [ECS_SECRET_DENIAL, TERRAFORM_SCP_DENIAL]) {
        await rows.filter({ hasText: denial.action }).getByRole('button', { name: l.show }).click();
        const explanation = panel.getByTestId('explanation');
        await expect(explanation.getByRole('heading', { level: 2 })).toContainText(denial.action);
        problems.push(...(await sweep(panel, `side panel (${denial.action})`, WIDTHS)));
      }

      // The fix JSON of the identity-policy denial is wider than 320 px: it must scroll in its own box, reachable by
      // keyboard, while the page itself does not move.
      await rows.filter({ hasText: ECS_SECRET_DENIAL.action }).getByRole('button', { name: l.show }).click();
      await panel.setViewportSize({ width: 320, height: 900 });
      const json = panel.locator('pre.json').first();
      await expect(json).toBeVisible();
      const box = await json.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, overflow: getComputedStyle(el).overflowX, tab: el.tabIndex }));
      expect(box.scroll).toBeGreaterThan(box.client);
      expect(box.overflow).toBe('auto');
      expect(box.tab).toBe(0);

      expect(problems).toEqual([]);
    });

    test('the card fits a console narrowed to 320–500 px, light and dark', async () => {
      const problems: string[] = [];
      for (const theme of THEMES) {
        const html = consolePage(ECS_SECRET_DENIAL.text, lang).replace('<body>', theme === 'dark' ? '<body class="awsui-dark-mode">' : '<body>');
        const page = await openConsole(browser, 'https://ap-northeast-1.console.aws.amazon.com/ecs/v2/clusters?region=ap-northeast-1', html);
        const card = page.locator('why-denied-card');
        await expect(card.locator('.verdict')).toContainText(ECS_SECRET_DENIAL.action);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          for (const p of await layoutProblems(page, 'why-denied-card')) problems.push(`card ${theme} ${width}px: ${p.kind} ${p.where}: ${p.detail}`);
        }
        await page.close();
      }
      expect(problems).toEqual([]);
    });
  });
}
