// Unit tests: the engine, rulesets, CLI and pure extension logic. Browser specs run under Playwright instead.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**', 'lib/**'],
    testTimeout: 30_000,
  },
});
