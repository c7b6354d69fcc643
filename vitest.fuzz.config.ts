import { defineConfig } from 'vitest/config';

// `npm run fuzz`: the long fast-check runs (100,000+ generated inputs per fuzzed entry point). One file per
// entry point: tests/fuzz/<name>.fuzz.test.ts.
export default defineConfig({
  test: {
    include: ['tests/fuzz/**/*.fuzz.test.ts'],
    environment: 'node',
    setupFiles: ['tests/fuzz/seed.ts'],
    globals: true,
    testTimeout: 600_000,
    hookTimeout: 60_000,
  },
});
