import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// Browser tests: drive the production build (build/) in the system Chromium through
// playwright-core. Each file launches its own browser. Two groups, one after the other:
// 1. "timing": the responsiveness measurements, alone, so no other test loads the
//    machine's two cores while they time input → output;
// 2. "pages": everything else, two files at a time (most of a browser test is waiting
//    for pages, fonts and the network, so two share the cores well).
const common = {
  environment: 'node',
  globalSetup: ['tests/e2e/global-setup.ts'],
  // it.concurrent tests (e.g. the every-page checks) run three pages at a time.
  maxConcurrency: 3,
  testTimeout: 180_000,
  hookTimeout: 120_000,
  // expect.poll gives up after 1 s by default, too soon for a page that two busy cores are
  // still rendering (seen as rare failures of the search and tooltip tests).
  expect: { poll: { timeout: 5_000 } },
} as const;

const timing: TestProjectInlineConfiguration = {
  test: {
    ...common,
    name: 'timing',
    include: ['tests/e2e/responsiveness.e2e.ts'],
    fileParallelism: false,
    sequence: { groupOrder: 0 },
  },
};

const pages: TestProjectInlineConfiguration = {
  test: {
    ...common,
    name: 'pages',
    include: ['tests/e2e/**/*.e2e.ts'],
    exclude: ['tests/e2e/responsiveness.e2e.ts'],
    fileParallelism: true,
    sequence: { groupOrder: 1 },
  },
};

export default defineConfig({
  test: {
    projects: [timing, pages],
    maxWorkers: 2,
    minWorkers: 1,
    // Test files that run in the same worker share its loaded modules (playwright-core and
    // the helpers): importing them again for each of the 40 files took about a minute of a
    // run. No file changes a shared module's state; each launches its own browser.
    // (Set here: vitest reads it for the whole run, not per project.)
    isolate: false,
  },
});
