// What the popup and options specs share: opening the extension's own pages in a language, storage, and an axe scan.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type UiLang = 'en' | 'ar';

export const SCREENSHOTS = resolve('docs/screenshots');

export function extensionId(background: Worker): string {
  return new URL(background.url()).host;
}

/** Replaces storage.local with `items` (the person's settings), as the extension would have stored them. */
export async function resetStorage(background: Worker, items: Record<string, unknown> = {}): Promise<void> {
  await background.evaluate(async (i) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set(i);
  }, items);
}

export async function readStorage(background: Worker, key: string): Promise<unknown> {
  return background.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

/** Opens src/<name>/index.html of the extension, in the given UI language, and waits for it to render. */
export async function openUi(
  context: BrowserContext,
  background: Worker,
  name: 'popup' | 'options',
  lang: UiLang,
  query = '',
  viewport = name === 'popup' ? { width: 380, height: 900 } : { width: 1000, height: 900 },
): Promise<Page> {
  await background.evaluate(async (l) => chrome.storage.local.set({ uiLang: l }), lang);
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${extensionId(background)}/src/${name}/index.html${query}`);
  // Polled on a timer: a page that is not in front gets no animation frames.
  await page.waitForFunction((l) => document.documentElement.lang === l && !!document.querySelector('#app h1'), lang, { polling: 100 });
  return page;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core in the page; returns the serious and critical violations only. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Extension pages allow no inline script (script-src 'self'), so addScriptTag is refused; evaluate is not a page script.
  await page.evaluate(readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

export async function screenshot(page: Page, file: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // A viewport as tall as the page: no scroll bar, which Chromium puts on the left of a right-to-left page.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize()?.width ?? 400;
  await page.setViewportSize({ width, height });
  await page.screenshot({ path: resolve(SCREENSHOTS, file) });
}

/** Asks the background as the popup would (the service worker cannot message itself), from a page of the extension. */
export async function askBackground<T>(context: BrowserContext, background: Worker, message: unknown): Promise<T> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId(background)}/src/options/index.html`);
    return (await page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as T;
  } finally {
    await page.close();
  }
}
