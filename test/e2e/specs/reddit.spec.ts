// Old Reddit's top-level comment box in the browser: the chip names u/MinistryOM (listed as @MinistryOM), the abusive post
// being answered brings the reply note, and the form's save button opens the review before the site sees the press.
import { expect, test } from '../helpers/test.js';
import { RISKY_POST, expectQuiet } from '../helpers/editor-suite.js';
import { focusEditor, overlays } from '../helpers/editor.js';
import { PAGES } from '../helpers/pages.js';
import type { Ruleset } from '../../../src/engine/types.js';
import ministry from '../../../rules/examples/ministry.json' with { type: 'json' };

const oldReddit = PAGES.oldReddit;
const SAVE = '.commentarea > form.usertext button.save';
/** The ministry's ruleset, listing the page's account in the @name form: the adapter's u/name must match it. */
const ruleset = { ...ministry, officialAccounts: [...ministry.officialAccounts, { site: 'reddit.com', handle: '@MinistryOM' }] } as Partial<Ruleset>;

test('on old Reddit a top-level comment names u/MinistryOM, notes the abusive post, and save opens the review', async ({ openCoached, withExtension }) => {
  const { page, trouble } = await openCoached(oldReddit, ruleset);
  await page.evaluate((button) => {
    (window as unknown as { __saveClicks: number }).__saveClicks = 0;
    document.querySelector(button)!.addEventListener('click', () => (window as unknown as { __saveClicks: number }).__saveClicks++);
  }, SAVE);
  await focusEditor(page, oldReddit);
  await page.keyboard.type(RISKY_POST);
  await expect
    .poll(async () => (await overlays(page)).map((o) => ({ chip: o.chip, some: Number(o.findings) > 0 })), { timeout: 10_000 })
    .toEqual([{ chip: 'Posting as u/MinistryOM: official account of Ministry of Digital Services', some: true }]);
  const overlayText = () =>
    page.evaluate(() => (document.querySelector('[data-post-coach]')?.shadowRoot as ShadowRoot | null)?.textContent ?? '');
  await expect.poll(overlayText, { timeout: 5_000 }).toContain('The post you are replying to is abusive');

  await page.click(SAVE);
  const reviewShown = () =>
    page.evaluate(() => !!document.querySelector('[data-post-coach]')?.shadowRoot?.querySelector('[part="review"]'));
  await expect.poll(reviewShown, { timeout: 5_000 }).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __saveClicks: number }).__saveClicks), 'the press stopped before the site').toBe(0);
  expectQuiet(trouble, withExtension);
});
