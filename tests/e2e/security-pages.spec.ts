// Extension pages under attack: the strict CSP is in force (no eval, no inline script), and hostile denial text —
// HTML, script, javascript: URLs, quote-breaking JSON, bidi and zero-width characters, a 1 MB ARN — shows up as
// text in the side panel and the popup, runs nothing, and copies as valid JSON.
import { expect, test, type Page } from '@playwright/test';
import { finding, launchPanelBrowser, openExtensionPage, storeThroughBackground, type PanelBrowser } from './panel-helpers';

const XSS = `<img src=x onerror="window.__pwned='img'"><script>window.__pwned='script'</script><svg onload="window.__pwned='svg'">`;
const BREAKERS = `"}]},{"Effect":"Allow","Action":"*","Resource":"*"}]} \`\`\` ](javascript:alert(1)) \u202Egnp.exe\u202C \u200B\u200D\uFEFF`;

let browser: PanelBrowser;
test.beforeAll(async () => {
  browser = await launchPanelBrowser();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
test.afterAll(async () => {
  await browser?.close();
});

function guard(page: Page): string[] {
  const problems: string[] = [];
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);
}

for (const path of ['sidepanel.html', 'popup.html'] as const) {
  test(`${path} runs under the strict CSP: no eval, no Function, no inline script`, async () => {
    const page = await openExtensionPage(browser, path);
    const result = await page.evaluate(async () => {
      const out: Record<string, string> = {};
      // DevTools evaluation may eval despite the CSP (Runtime.evaluate's allowUnsafeEvalBlockedByCSP); code that runs
      // later, from a timer, is the page's own and gets the page's CSP.
      await new Promise<void>((resolve) =>
        setTimeout(() => {
          try {
            (0, eval)('1');
            out.eval = 'ran';
          } catch (e) {
            out.eval = (e as Error).name;
          }
          try {
            new Function('return 1')();
            out.fn = 'ran';
          } catch (e) {
            out.fn = (e as Error).name;
          }
          resolve();
        }, 0),
      );
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const s = document.createElement('script');
      s.textContent = "window.__inline = 'ran'";
      document.body.append(s);
      const img = document.createElement('img');
      img.src = 'https://example.invalid/pixel.png';
      document.body.append(img);
      await new Promise((r) => setTimeout(r, 200));
      out.inline = String((window as unknown as { __inline?: string }).__inline ?? 'blocked');
      out.violations = violations.sort().join(',');
      return out;
    });
    expect(result).toEqual({ eval: 'EvalError', fn: 'EvalError', inline: 'blocked', violations: expect.stringMatching(/script-src/) });
    expect(result.violations).toMatch(/img-src/);
    await page.close();
  });
}

test('hostile values in the history render as text in the side panel and copy as valid JSON', async () => {
  const page = await openExtensionPage(browser, 'sidepanel.html');
  const problems = guard(page);
  const hostile = finding({
    principal: `arn:aws:sts::111122223333:assumed-role/Dev/${XSS}`,
    // A hostile action gets no policy at all (not a real action), so the action stays real here and the hostile
    // text rides in the principal, resource, message and policy ARN: the copied policy must still be valid JSON.
    action: 's3:GetObject',
    resource: `arn:aws:s3:::bucket/${BREAKERS}${'A'.repeat(1_000_000)}`,
    message: `${XSS} ${BREAKERS}`,
    policyArn: `javascript:alert(document.domain)//${XSS}`,
  });
  expect(await storeThroughBackground(page, [hostile])).toEqual({ ok: true, saved: 1 });
  await page.reload();
  const row = page.getByTestId('history-list').getByRole('listitem').first();
  await expect(row).toContainText('<img src=x onerror=');
  await row.getByRole('button', { name: /Show the explanation/ }).click();
  const explanation = page.getByTestId('explanation');
  await expect(explanation).toBeVisible();
  await expect(explanation).toContainText('<script>');

  expect(await page.locator('img, script:not([src]), svg, iframe, object, embed').count()).toBe(0);
  expect(await page.locator('[onerror], [onload]').count()).toBe(0);
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs) expect(href).toMatch(/^https:\/\/([\w-]+\.)*(aws\.amazon\.com|amazonaws\.cn|amazonaws-us-gov\.com)\//);

  const copyPolicy = explanation.getByRole('button', { name: /^Copy policy JSON of fix/ }).first();
  await expect(copyPolicy).toBeVisible();
  await page.bringToFront();
  await copyPolicy.click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^\{/);
  const policy = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { Version: string; Statement: { Action?: unknown; Resource?: unknown }[] };
  expect(policy.Version).toBe('2012-10-17');
  // The quote-breaking text stayed inside its string: no statement granting "*" on "*" was smuggled in.
  expect(policy.Statement.some((st) => st.Action === '*' && st.Resource === '*')).toBe(false);
  await page.waitForTimeout(300);
  expect(await pwned(page)).toBeNull();
  expect(problems).toEqual([]);
  await page.close();
});

test('a hostile paste in the popup renders as text and runs nothing', async () => {
  const page = await openExtensionPage(browser, 'popup.html');
  const problems = guard(page);
  const text = `An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::111122223333:assumed-role/Dev/${XSS} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::bucket/${BREAKERS}" because no identity-based policy allows the s3:GetObject action`;
  await page.getByRole('textbox').fill(text);
  await page.getByRole('button', { name: 'Explain' }).click();
  await expect(page.getByTestId('explanation')).toBeVisible();
  await page.waitForTimeout(300);
  expect(await page.locator('img, script:not([src]), svg, iframe').count()).toBe(0);
  expect(await pwned(page)).toBeNull();
  expect(problems).toEqual([]);
  await page.close();
});
