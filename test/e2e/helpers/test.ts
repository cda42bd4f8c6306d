// Playwright fixtures: one Chromium with the extension and one without, per worker; a recorded page per test.
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { extensionWorker, launchPlain, launchWithExtension, type LaunchedContext } from './browser.js';
import { serveFixtures, type RequestLog } from './serve.js';
import type { FixturePage } from './pages.js';
import type { Ruleset } from '../../../src/engine/types.js';
import { STORAGE } from '../../../src/shared/messages.js';

export interface Launched extends LaunchedContext {
  requests: RequestLog;
  /** Every request the context saw (pages, frames and workers), whoever answered it. */
  seen: string[];
}

/** What went wrong on a page that the page itself would notice. */
export interface PageTrouble {
  pageErrors: string[];
  /** console errors logged from the extension's own scripts. */
  extensionConsoleErrors: string[];
}

async function prepare(launched: LaunchedContext): Promise<Launched> {
  const requests = await serveFixtures(launched.context);
  const seen: string[] = [];
  launched.context.on('request', (r) => seen.push(r.url()));
  return { ...launched, requests, seen };
}

export interface CoachedSetup {
  /** Other storage.local keys (see STORAGE in src/shared/messages.ts). */
  storage?: Record<string, unknown>;
  /** Appended to the fixture's URL, e.g. "?handle=someone". */
  query?: string;
}

interface WorkerFixtures {
  withExtension: Launched;
  withoutExtension: Launched;
}

interface TestFixtures {
  /** The extension's service worker, to set storage as the options page would. */
  background: Worker;
  /** Opens a fixture page in the context with the extension and records its trouble. */
  openCoached: (fixture: FixturePage, ruleset?: Partial<Ruleset>, setup?: CoachedSetup) => Promise<{ page: Page; trouble: PageTrouble }>;
}

/** Open a fixture page and wait until its editor library has mounted. */
export async function openFixture(context: BrowserContext, fixture: FixturePage, query = ''): Promise<{ page: Page; trouble: PageTrouble }> {
  const page = await context.newPage();
  const trouble: PageTrouble = { pageErrors: [], extensionConsoleErrors: [] };
  page.on('pageerror', (e) => trouble.pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && m.location().url.startsWith('chrome-extension://')) trouble.extensionConsoleErrors.push(m.text());
  });
  await page.goto(fixture.url + query);
  await page.waitForFunction(() => window.__fixtureReady === true, null, { timeout: 15_000 });
  return { page, trouble };
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  withExtension: [
    async ({}, use) => {
      const launched = await prepare(await launchWithExtension());
      await use(launched);
      await launched.close();
    },
    { scope: 'worker' },
  ],
  withoutExtension: [
    async ({}, use) => {
      const launched = await prepare(await launchPlain());
      await use(launched);
      await launched.close();
    },
    { scope: 'worker' },
  ],
  background: async ({ withExtension }, use) => {
    await use(await extensionWorker(withExtension.context));
  },
  openCoached: async ({ withExtension, background }, use) => {
    withExtension.requests.served.length = 0;
    withExtension.requests.refused.length = 0;
    withExtension.seen.length = 0;
    const pages: Page[] = [];
    await use(async (fixture, ruleset, setup = {}) => {
      // Storage as the options page would leave it (the ruleset is the person's own layer); cleared after each test.
      const items: Record<string, unknown> = { ...setup.storage, ...(ruleset ? { [STORAGE.userRuleset]: ruleset } : {}) };
      await background.evaluate(async (set) => {
        await chrome.storage.local.clear();
        await chrome.storage.local.set(set);
      }, items);
      const opened = await openFixture(withExtension.context, fixture, setup.query);
      pages.push(opened.page);
      return opened;
    });
    for (const p of pages) await p.close();
    await background.evaluate(() => chrome.storage.local.clear());
  },
});

export { expect };
