// The extension reloaded (as an update does) under an open x.com tab: the old content script ends at once, the new one
// coaches the same tab without a page reload, and a copy injected twice never coaches a box twice.
import type { Page, Worker } from '@playwright/test';
import { expect, openFixture, test } from '../helpers/test.js';
import { extensionWorker, launchWithExtension } from '../helpers/browser.js';
import { serveFixtures } from '../helpers/serve.js';
import { RISKY_POST } from '../helpers/editor-suite.js';
import { focusEditor, overlays } from '../helpers/editor.js';
import { PAGES } from '../helpers/pages.js';

declare global {
  interface Window {
    __oldHost?: Element | null;
    __notReloaded?: boolean;
    __postClicks?: number;
  }
}

const x = PAGES.x;

/** The review dialog inside the overlay (the QA build's open shadow root), or null. */
function reviewText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const review = [...document.querySelectorAll('[data-post-coach]')].map((h) => h.shadowRoot?.querySelector<HTMLElement>('[part="review"]')).find(Boolean);
    return review ? review.innerText : null;
  });
}

test('after chrome.runtime.reload() the old overlay goes, Post is no longer stopped by the old script, and the new one coaches the tab', async () => {
  const launched = await launchWithExtension();
  try {
    const { context } = launched;
    await serveFixtures(context);
    const first = await extensionWorker(context);
    const { page, trouble } = await openFixture(context, x);
    await focusEditor(page, x);
    await page.keyboard.type(RISKY_POST);
    await expect.poll(async () => (await overlays(page)).map((o) => Number(o.findings)), { timeout: 10_000 }).toEqual([2]);
    await page.evaluate(() => {
      window.__oldHost = document.querySelector('[data-post-coach]');
      window.__notReloaded = true;
      window.__postClicks = 0;
      document.querySelector('[data-testid="tweetButtonInline"]')!.addEventListener('click', () => window.__postClicks!++);
    });

    const restarted = context.waitForEvent('serviceworker', { timeout: 15_000 });
    await first.evaluate(() => chrome.runtime.reload()).catch(() => undefined); // the worker it runs in goes away
    // The old copy notices within a few hundred milliseconds, unprompted, and takes its overlay with it.
    await expect.poll(() => page.evaluate(() => window.__oldHost!.isConnected), { timeout: 2_000 }).toBe(false);

    // The new copy arrives in the same page (no reload) and coaches the box that still has focus.
    const second: Worker = await restarted;
    await expect
      .poll(() => page.evaluate(() => [...document.querySelectorAll('[data-post-coach]')].map((h) => h !== window.__oldHost && h.getAttribute('data-findings'))), { timeout: 10_000 })
      .toEqual(['2']);
    expect(await page.evaluate(() => window.__notReloaded)).toBe(true);

    // Post: the new copy reviews it; the old one, which registered first, would have stopped the press before the new one saw it.
    await page.click('[data-testid="tweetButtonInline"]');
    await expect.poll(() => reviewText(page), { timeout: 5_000 }).toContain('Before you post: 2 things are still open');
    expect(await page.evaluate(() => window.__postClicks)).toBe(0);
    await page.evaluate(() => {
      const host = [...document.querySelectorAll('[data-post-coach]')].find((h) => h.shadowRoot?.querySelector('[part="review"]'))!;
      host.shadowRoot!.querySelector<HTMLElement>('[part="review"] .post-anyway')!.click();
    });
    expect(await page.evaluate(() => window.__postClicks), '"Post anyway" reaches the site once').toBe(1);

    // Injected again into a page it already runs in (as at the next update of a registered forum script): still one overlay.
    const tabId = await second.evaluate(async () => (await chrome.tabs.query({ url: 'https://x.com/*' }))[0].id!);
    await second.evaluate(
      (tabId) => chrome.scripting.executeScript({ target: { tabId, allFrames: true }, files: chrome.runtime.getManifest().content_scripts![0].js! }),
      tabId,
    );
    await focusEditor(page, x);
    await page.keyboard.type(' again');
    await page.waitForTimeout(1_000);
    expect((await overlays(page)).map((o) => o.findings)).toEqual(['2']);
    expect(trouble.pageErrors).toEqual([]);
  } finally {
    await launched.close();
  }
});
