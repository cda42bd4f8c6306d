// Dismissing a finding in the overlay: it leaves the count at once, and the background (never the page's content script)
// records which check, rule and site, and when, for the options page's list; never a word of the draft.
import { expect, test } from '../helpers/test.js';
import { RISKY_POST, expectQuiet } from '../helpers/editor-suite.js';
import { focusEditor, overlays } from '../helpers/editor.js';
import { PAGES } from '../helpers/pages.js';
import { readStorage } from '../ui-fixture.js';

test('a dismissed finding leaves the badge and is recorded by the background, without its text', async ({ openCoached, withExtension, background }) => {
  const { page, trouble } = await openCoached(PAGES.x);
  await focusEditor(page, PAGES.x);
  await page.keyboard.type(RISKY_POST);
  await expect.poll(async () => (await overlays(page)).map((o) => Number(o.findings)), { timeout: 10_000 }).toEqual([2]);
  const before = Date.now();

  // The badge opens the list of cards; the first card's "dismiss" hides that finding for this post.
  const dismissed = await page.evaluate(() => {
    const root = document.querySelector('[data-post-coach]')!.shadowRoot!;
    root.querySelector<HTMLElement>('[part="badge"]')!.click();
    const card = root.querySelector<HTMLElement>('[part="list"] .card')!;
    card.querySelector<HTMLElement>('button.dismiss')!.click();
    return { check: card.dataset.check!, rule: card.dataset.rule! };
  });
  await expect.poll(async () => (await overlays(page)).map((o) => Number(o.findings))).toEqual([1]);

  const stored = async () => Object.entries(((await readStorage(background, 'dismissed')) ?? {}) as Record<string, { check: string; rule: string; site: string; at: number }>);
  await expect.poll(async () => (await stored()).length, { timeout: 5_000 }).toBe(1);
  const [[key, entry]] = await stored();
  expect(key).toBe(`x.com|${dismissed.check}|${dismissed.rule}|${entry.at}`);
  expect(entry).toEqual({ ...dismissed, site: 'x.com', at: entry.at });
  expect(entry.at).toBeGreaterThanOrEqual(before);
  expect(JSON.stringify(await readStorage(background, 'dismissed'))).not.toMatch(/9123|idiot/);
  expectQuiet(trouble, withExtension);
});
