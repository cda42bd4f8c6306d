// End-to-end specs: Debian's Chromium with the built extension, over fixture pages served under the real site hosts.
import { defineConfig } from '@playwright/test';

/** One spec per editor family, each running the coached-editor behaviour over its fixture pages; every other spec is a page spec. */
const EDITOR_SPECS = ['draft-js', 'lexical', 'quill', 'prosemirror', 'textarea', 'tinymce-iframe', 'shadow-dom', 'contenteditable'].map((n) => `**/specs/${n}.spec.ts`);

export default defineConfig({
  testDir: 'test/e2e/specs',
  globalSetup: './test/e2e/global-setup.ts',
  outputDir: 'test-results/e2e',
  // Two shared cores: each worker drives two browsers (with and without the extension).
  workers: Number(process.env.E2E_WORKERS ?? 1),
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['junit', { outputFile: 'test-results/e2e/junit.xml' }]] : [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    // Every editor spec runs twice, so flakiness shows (twice, not more: each site's page is one more pair of runs).
    { name: 'editors', testMatch: EDITOR_SPECS, repeatEach: 2 },
    { name: 'page', testIgnore: EDITOR_SPECS },
  ],
});
