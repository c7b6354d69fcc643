// Screenshots of the in-page card on console-like pages, English and Japanese, from the real build, into
// docs/screenshots/: a single denial (Lambda, iam:PassRole) in the console's light and dark modes, and the grouped
// card of widget denials at page load, opened. The pages are the project's own test pages (tests/e2e/pages), served at console URLs so the content
// script runs exactly as on the console.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension, ROOT } from '../support/browser';
import { japaneseFontMissing } from '../support/fonts';

const OUT = join(ROOT, 'docs/screenshots');
const PAGES = join(ROOT, 'tests/e2e/pages');

function page(name: string): string {
  const css = readFileSync(join(PAGES, 'console.css'), 'utf8');
  return readFileSync(join(PAGES, name), 'utf8').replace('<!--console-css-->', () => `<style>${css}</style>`);
}

async function open(context: BrowserContext, url: string, html: string): Promise<Page> {
  const tab = await context.newPage();
  await tab.setViewportSize({ width: 1100, height: 760 });
  await tab.route((u) => u.href.split('#')[0] === url.split('#')[0], (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await tab.goto(url, { waitUntil: 'load' });
  await tab.locator('why-denied-card').first().waitFor({ state: 'visible', timeout: 10_000 });
  // Let fonts and the last card placement settle.
  await tab.waitForTimeout(400);
  return tab;
}

async function shoot(lang: 'en' | 'ja'): Promise<string[]> {
  const browser = await launchWithExtension({ locale: lang === 'ja' ? 'ja-JP' : 'en-US' });
  const written: string[] = [];
  try {
    const single = await open(
      browser.context,
      'https://us-east-1.console.aws.amazon.com/lambda/home?region=us-east-1#/create/function',
      page('console-single.html'),
    );
    const file = join(OUT, `card-${lang}.png`);
    await single.locator('main').screenshot({ path: file });
    written.push(file);
    await single.close();

    // The console in dark mode (Cloudscape marks it on <body>): the card follows it.
    const dark = await open(
      browser.context,
      'https://us-east-1.console.aws.amazon.com/lambda/home?region=us-east-1#/create/function',
      page('console-single.html').replace('<body>', '<body class="awsui-dark-mode">'),
    );
    const darkFile = join(OUT, `card-${lang}-dark.png`);
    await dark.locator('main').screenshot({ path: darkFile });
    written.push(darkFile);
    await dark.close();

    const grouped = lang === 'ja'
      ? await open(browser.context, 'https://ap-northeast-1.console.aws.amazon.com/ec2/home?region=ap-northeast-1#Volumes:', page('console-ja.html'))
      : await open(browser.context, 'https://us-west-2.console.aws.amazon.com/ec2/home?region=us-west-2#Home:', page('console-dashboard.html'));
    await grouped.locator('why-denied-card >> button.toggle').first().click();
    await grouped.waitForTimeout(200);
    const groupFile = join(OUT, `card-group-${lang}.png`);
    await grouped.locator('main').screenshot({ path: groupFile });
    written.push(groupFile);
    await grouped.close();
  } finally {
    await browser.close();
  }
  return written;
}

async function main(): Promise<void> {
  const noFont = japaneseFontMissing();
  if (noFont) throw new Error(noFont);
  mkdirSync(OUT, { recursive: true });
  for (const lang of ['en', 'ja'] as const) {
    for (const file of await shoot(lang)) console.log(`screenshot: ${file.slice(ROOT.length + 1)}`);
  }
}

main().catch((error) => {
  console.error('card screenshots failed:', error);
  process.exit(1);
});
