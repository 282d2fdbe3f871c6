import { defineConfig } from 'vitest/config';

// Browser tests: drive the production build (build/) in the system Chromium through
// playwright-core. One file at a time: each launches its own browser, and the
// machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    // it.concurrent tests (e.g. the every-page checks) run three pages at a time.
    maxConcurrency: 3,
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
