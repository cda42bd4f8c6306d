// The coached-editor behaviour over linkedin.com's comment box (Quill 1.3, which marks it data-gramm="false"),
// and on that page the account and the Comment button as the adapter reads them.
import type { Page } from '@playwright/test';
import { describeEditor, RISKY_POST, expectQuiet } from '../helpers/editor-suite.js';
import { expect, test } from '../helpers/test.js';
import { focusEditor, overlays } from '../helpers/editor.js';
import { PAGES } from '../helpers/pages.js';
import type { Ruleset } from '../../../src/engine/types.js';
import ministry from '../../../rules/examples/ministry.json' with { type: 'json' };

declare global {
  interface Window {
    __postClicks?: number;
  }
}

describeEditor(PAGES.linkedin);

const linkedin = PAGES.linkedin;
const COMMENT = 'button.comments-comment-box__submit-button--cr';

/** Whether the pre-send review is showing (the QA build's open shadow root). */
const reviewShown = (page: Page) =>
  page.evaluate(() => Boolean(document.querySelector('[data-post-coach]')?.shadowRoot?.querySelector('[part="review"]')));

test.describe('linkedin.com comment box', () => {
  test("the commenting member's avatar names the account, and the Comment button opens the review", async ({ openCoached, withExtension }) => {
    const ruleset = { ...(ministry as Partial<Ruleset>), officialAccounts: [{ site: 'linkedin.com', handle: 'Kshamta Poorun' }] };
    const { page, trouble } = await openCoached(linkedin, ruleset);
    expect(await page.getAttribute('.ql-editor', 'data-gramm'), 'Quill 1.3 asked writing assistants to stay away').toBe('false');
    await focusEditor(page, linkedin);
    await page.keyboard.type(RISKY_POST);
    await expect
      .poll(async () => (await overlays(page)).map((o) => ({ chip: o.chip, some: Number(o.findings) > 0 })), { timeout: 10_000 })
      .toEqual([{ chip: 'Posting as Kshamta Poorun: official account of Ministry of Digital Services', some: true }]);

    await page.evaluate((button) => {
      window.__postClicks = 0;
      document.querySelector(button)!.addEventListener('click', () => window.__postClicks!++);
    }, COMMENT);
    await page.click(COMMENT);
    await expect.poll(() => reviewShown(page), { timeout: 5_000 }).toBe(true);
    expect(await page.evaluate(() => window.__postClicks), 'the press stopped before LinkedIn').toBe(0);
    expectQuiet(trouble, withExtension);
  });
});
