import { defineConfig } from '@playwright/test';

const verbose = Boolean(process.env.WHY_DENIED_VERBOSE);

// Browser tests drive Debian's chromium with the built extension loaded (DESIGN.md, toolchain). One worker: the
// machines have two cores and every test file starts its own browser. Quiet unless WHY_DENIED_VERBOSE=1: a dot per
// test, failures in full, and the output of failed tests only (tests/e2e/support/failure-output.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 1,
  quiet: !verbose,
  reporter: verbose ? 'list' : [['dot'], ['./tests/e2e/support/failure-output.ts']],
  use: { trace: 'off' },
});
