import { defineConfig } from '@playwright/test';

// Browser tests drive Debian's chromium with the built extension loaded (DESIGN.md, toolchain). One worker: the
// machines have two cores and every test file starts its own browser.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 1,
  reporter: process.env.CI ? 'line' : 'list',
  use: { trace: 'off' },
});
