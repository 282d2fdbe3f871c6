import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit tests only: the math core beside its sources, plus the content/reference checks.
    // Browser tests live in tests/e2e and run against the production build (vitest.e2e.config.ts).
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/fast-check-setup.ts'],
    testTimeout: 20_000,
  },
});
