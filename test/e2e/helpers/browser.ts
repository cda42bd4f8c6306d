// Launches Debian's Chromium (never a downloaded browser): with the built extension, or plain for comparison.
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The extension build the specs load: a QA build (POST_COACH_QA=1) that also lists the forum fixture hosts. */
export const DIST = resolve(process.env.POST_COACH_DIST ?? 'dist/qa-chrome');

/** The build as it goes to users: no QA attributes, nothing a page can read. */
export const SHIPPED_DIST = resolve(process.env.POST_COACH_SHIPPED_DIST ?? 'dist/chrome');

const COMMON_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--window-size=1280,900',
];

/** The Chromium to drive; a missing browser is an error with a fix, never a skipped test. */
export function chromePath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install Debian's: apt-get install -y chromium (or set CHROME_PATH). The e2e specs never download a browser.`,
    );
  }
  return path;
}

export interface LaunchedContext {
  context: BrowserContext;
  close(): Promise<void>;
}

/** More for one launch: Chromium switches (e.g. "--lang=ar" for an Arabic UI), the browser's environment, and the pages' locale. */
export interface LaunchOptions {
  args?: string[];
  env?: Record<string, string>;
  /** Playwright's locale for the pages (navigator.language, Accept-Language); under the test runner it is otherwise en-US. */
  locale?: string;
}

async function launch(args: string[], ignore: string[], options: LaunchOptions = {}): Promise<LaunchedContext> {
  const dir = mkdtempSync(join(tmpdir(), 'post-coach-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromePath(),
    headless: false, // '--headless=new' is in the args: Playwright's own headless flag would drop extensions.
    args: [...COMMON_ARGS, ...args, ...(options.args ?? [])],
    ignoreDefaultArgs: ignore,
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchWithExtension(dist = DIST, options: LaunchOptions = {}): Promise<LaunchedContext> {
  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new Error(`No extension build at ${dist} (manifest.json missing). Build it with: node test/e2e/build-extension.mjs ${dist === SHIPPED_DIST ? `${dist} --shipped` : dist}`);
  }
  return launch([`--disable-extensions-except=${dist}`, `--load-extension=${dist}`], ['--disable-extensions'], options);
}

export async function launchPlain(): Promise<LaunchedContext> {
  return launch([], []);
}

/** The extension's service worker (MV3 background), waiting for it to start if needed. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (running) return running;
  return context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: 15_000 });
}
