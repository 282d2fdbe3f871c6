import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit tests only: the math core beside its sources, plus the content/reference checks.
    // Browser tests live in tests/e2e and run against the production build (scripts/run-e2e.mjs).
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
