import { defineConfig } from '@playwright/test';

// The Firefox suite (tests/firefox): Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with the
// built Firefox add-on (DESIGN.md, "Firefox at run time"). Playwright's runner only runs the files; each file
// starts one Firefox for all its tests. One worker: two shared cores, and a Firefox start is most of the cost.
export default defineConfig({
  testDir: 'tests/firefox',
  timeout: 90_000,
  workers: 1,
  forbidOnly: true,
  reporter: process.env.CI ? 'line' : 'list',
});
