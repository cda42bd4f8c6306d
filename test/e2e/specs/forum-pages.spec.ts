// Forum software in the browser, one test per forum on its page: the account the page names and the button the
// pre-send review presses.
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/test.js';
import { RISKY_POST, expectQuiet } from '../helpers/editor-suite.js';
import { focusEditor, overlays } from '../helpers/editor.js';
import { PAGES } from '../helpers/pages.js';
import { STORAGE } from '../../../src/shared/messages.js';

declare global {
  interface Window {
    __pressed?: string[];
  }
}

/** The overlay's chip and capacity, and whether it found something (the ruleset and account arrive asynchronously). */
const chipOf = async (page: Page) => (await overlays(page)).map((o) => ({ capacity: o.capacity, chip: o.chip, some: Number(o.findings) > 0 }));

/** Clicks "Post anyway" in the review (the QA build's open shadow root); false while the review is not there. */
const postAnyway = (page: Page) =>
  page.evaluate(() => {
    const button = document.querySelector('[data-post-coach]')?.shadowRoot?.querySelector<HTMLElement>('[part="review"] .post-anyway');
    button?.click();
    return Boolean(button);
  });

test('phpBB quick reply: the member comes from the header, and the review\'s "Post anyway" presses Submit, never Full Editor & Preview', async ({ openCoached, withExtension }) => {
  const phpbb = PAGES.phpbb;
  const { page, trouble } = await openCoached(phpbb, undefined, { storage: { [STORAGE.capacityChoices]: { 'phpbb.com|forum_member': 'personal' } } });
  // The form's buttons as the board would see them; the submission itself stays on the page.
  await page.evaluate(() => {
    window.__pressed = [];
    const form = document.querySelector('#qr_postform')!;
    form.addEventListener('submit', (e) => e.preventDefault());
    for (const b of form.querySelectorAll<HTMLInputElement>('input[type="submit"]')) b.addEventListener('click', () => window.__pressed!.push(b.name));
  });
  await focusEditor(page, phpbb);
  await page.keyboard.type(RISKY_POST);
  await expect.poll(() => chipOf(page), { timeout: 10_000 }).toEqual([{ capacity: 'personal', chip: 'Personal account', some: true }]);
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect.poll(() => postAnyway(page), { timeout: 5_000 }).toBe(true);
  await expect.poll(() => page.evaluate(() => window.__pressed)).toEqual(['post']);
  expectQuiet(trouble, withExtension);
});
