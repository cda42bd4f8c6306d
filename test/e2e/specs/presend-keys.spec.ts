// Ctrl/Cmd+Enter in a coached box with open findings: the review shows, and it offers "Post anyway" only when there is
// a post button it can press; without one it says how to post, and the key never reaches the site.
// On an official account the review also says, once, that the post will be permanent, unless the ruleset turns that off.
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/test.js';
import { RISKY_POST, expectQuiet } from '../helpers/editor-suite.js';
import { focusEditor, overlays, snapshot } from '../helpers/editor.js';
import { PAGES } from '../helpers/pages.js';
import type { Ruleset } from '../../../src/engine/types.js';
import ministry from '../../../rules/examples/ministry.json' with { type: 'json' };

declare global {
  interface Window {
    __keys?: number;
    __postClicks?: number;
  }
}

const x = PAGES.x;
const BUTTON = '[data-testid="tweetButtonInline"]';

/** What the review dialog shows: its text and its buttons (the QA build's open shadow root). */
function review(page: Page): Promise<{ text: string; buttons: string[] } | null> {
  return page.evaluate(() => {
    const el = document.querySelector('[data-post-coach]')?.shadowRoot?.querySelector<HTMLElement>('[part="review"]');
    return el ? { text: el.innerText, buttons: [...el.querySelectorAll('button')].map((b) => b.className) } : null;
  });
}

async function typeRiskyPost(page: Page): Promise<void> {
  await focusEditor(page, x);
  await page.keyboard.type(RISKY_POST);
  await expect.poll(async () => (await overlays(page)).map((o) => Number(o.findings)), { timeout: 10_000 }).toEqual([2]);
  // The site's own handlers: Ctrl/Cmd+Enter presses that reach the page, clicks that reach the post button.
  await page.evaluate((button) => {
    window.__keys = 0;
    window.__postClicks = 0;
    document.addEventListener('keydown', (e) => void (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && window.__keys!++));
    document.querySelector(button)?.addEventListener('click', () => window.__postClicks!++);
  }, BUTTON);
}

test.describe('Ctrl/Cmd+Enter on x.com', () => {
  test('with no post button to be found, the review offers no "Post anyway" and says how to post', async ({ openCoached, withExtension }) => {
    const { page, trouble } = await openCoached(x);
    await page.evaluate((button) => document.querySelector(button)!.remove(), BUTTON);
    await typeRiskyPost(page);
    const before = await snapshot(page);

    await page.keyboard.press('ControlOrMeta+Enter');
    await expect.poll(() => review(page), { timeout: 5_000 }).toEqual({
      text: expect.stringContaining("To post it as it is, use the site's own Post button."),
      buttons: ['primary edit'],
    });
    expect(await page.evaluate(() => window.__keys), 'the key stopped before the site').toBe(0);

    // Escape closes it and hands the box back, the draft as it was.
    await page.keyboard.press('Escape');
    await expect.poll(() => review(page)).toBeNull();
    expect((await snapshot(page)).text).toBe(before.text);
    expectQuiet(trouble, withExtension);
  });

  test('with the post button there, "Post anyway" presses it once', async ({ openCoached, withExtension }) => {
    const { page, trouble } = await openCoached(x);
    await typeRiskyPost(page);

    await page.keyboard.press('ControlOrMeta+Enter');
    await expect.poll(() => review(page), { timeout: 5_000 }).toEqual({
      text: expect.not.stringContaining("use the site's own Post button"),
      buttons: ['primary edit', 'post-anyway'],
    });
    expect(await page.evaluate(() => window.__keys)).toBe(0);
    await page.evaluate(() => document.querySelector('[data-post-coach]')!.shadowRoot!.querySelector<HTMLElement>('[part="review"] .post-anyway')!.click());
    expect(await page.evaluate(() => window.__postClicks)).toBe(1);
    await expect.poll(() => review(page)).toBeNull();
    expectQuiet(trouble, withExtension);
  });
});

test.describe('the review on an official account', () => {
  const PERMANENT = 'Posting as the organisation: this post will stay available permanently and may be republished in other media.';
  /** The permanence lines in the review (the QA build's open shadow root). */
  const permanenceLines = (page: Page) =>
    page.evaluate(() =>
      [...(document.querySelector('[data-post-coach]')?.shadowRoot?.querySelectorAll<HTMLElement>('[part="review"] .permanent') ?? [])].map((p) => p.innerText),
    );
  async function pressPostWithFindings(page: Page) {
    await focusEditor(page, x);
    await page.keyboard.type(RISKY_POST);
    await expect.poll(async () => (await overlays(page)).map((o) => ({ capacity: o.capacity, some: Number(o.findings) > 0 })), { timeout: 10_000 }).toEqual([
      { capacity: 'official', some: true },
    ]);
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect.poll(() => review(page), { timeout: 5_000 }).not.toBeNull();
  }

  test('says once that the post will be permanent and may be republished', async ({ openCoached, withExtension }) => {
    const { page, trouble } = await openCoached(x, ministry as Partial<Ruleset>);
    await pressPostWithFindings(page);
    expect(await permanenceLines(page)).toEqual([PERMANENT]);
    expectQuiet(trouble, withExtension);
  });

  test('says nothing of it when the ruleset turns it off', async ({ openCoached, withExtension }) => {
    const { page, trouble } = await openCoached(x, { ...(ministry as Partial<Ruleset>), permanenceNote: false });
    await pressPostWithFindings(page);
    expect(await permanenceLines(page)).toEqual([]);
    expectQuiet(trouble, withExtension);
  });
});
