// Bluesky's compose dialog in the browser: the chip names the account from the navigation, and the publish button
// (in the top bar, outside any form) opens the review before the site sees it.
import { expect, test } from '../helpers/test.js';
import { RISKY_POST, expectQuiet } from '../helpers/editor-suite.js';
import { focusEditor, overlays } from '../helpers/editor.js';
import { PAGES } from '../helpers/pages.js';
import type { Ruleset } from '../../../src/engine/types.js';
import ministry from '../../../rules/examples/ministry.json' with { type: 'json' };

const bluesky = PAGES.bluesky;
const PUBLISH = '[data-testid="composerPublishBtn"]';
/** The ministry's ruleset, naming the fixture's account as one of its official accounts on Bluesky. */
const ruleset = { ...ministry, officialAccounts: [...ministry.officialAccounts, { site: 'bsky.app', handle: '@maryam.bsky.social' }] } as Partial<Ruleset>;

test('on bsky.app the reply names @maryam.bsky.social and its publish button opens the review', async ({ openCoached, withExtension }) => {
  const { page, trouble } = await openCoached(bluesky, ruleset);
  await page.evaluate((button) => {
    (window as unknown as { __publishClicks: number }).__publishClicks = 0;
    document.querySelector(button)!.addEventListener('click', () => (window as unknown as { __publishClicks: number }).__publishClicks++);
  }, PUBLISH);
  await focusEditor(page, bluesky);
  await page.keyboard.type(RISKY_POST);
  await expect
    .poll(async () => (await overlays(page)).map((o) => ({ chip: o.chip, some: Number(o.findings) > 0 })), { timeout: 10_000 })
    .toEqual([{ chip: 'Posting as @maryam.bsky.social: official account of Ministry of Digital Services', some: true }]);

  await page.click(PUBLISH);
  const reviewShown = () =>
    page.evaluate(() => !!document.querySelector('[data-post-coach]')?.shadowRoot?.querySelector('[part="review"]'));
  await expect.poll(reviewShown, { timeout: 5_000 }).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __publishClicks: number }).__publishClicks), 'the press stopped before the site').toBe(0);
  expectQuiet(trouble, withExtension);
});
