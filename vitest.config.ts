import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'rules/**/*.test.ts'],
    reporters: ['default', './tests/summary-reporter.ts'],
    // the CLI scenarios run dist/: never a stale one
    globalSetup: ['./tests/fresh-build.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
