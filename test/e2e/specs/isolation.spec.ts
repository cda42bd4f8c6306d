// The page never sees the extension: no errors thrown into it, and no request leaves the browser.
import { expect, test } from '../helpers/test.js';
import { RISKY_POST, expectQuiet, rulesetFor } from '../helpers/editor-suite.js';
import { focusEditor, overlays } from '../helpers/editor.js';
import { PAGES } from '../helpers/pages.js';

test('a composer torn out of the page while its draft is being checked leaves no error behind', async ({ openCoached, withExtension }) => {
  const reddit = PAGES.reddit;
  const { page, trouble } = await openCoached(reddit);
  await focusEditor(page, reddit);
  await page.keyboard.type(RISKY_POST);
  // Remove the whole composer before the check has had time to report, then wait past any debounce.
  await page.evaluate(() => document.querySelector('comment-composer-host')!.remove());
  await page.waitForTimeout(1_500);
  expect(await overlays(page), 'no overlay left for a composer that is gone').toEqual([]);

  // A new composer in its place is coached as usual.
  await page.evaluate(() => document.querySelector('shreddit-async-loader')!.append(document.createElement('comment-composer-host')));
  await focusEditor(page, reddit);
  await page.keyboard.type(RISKY_POST);
  await expect
    .poll(async () => (await overlays(page)).map((o) => o.checks?.split(',') ?? []), { timeout: 10_000 })
    .toEqual([expect.arrayContaining(['aggressive-tone', 'personal-details'])]);
  expectQuiet(trouble, withExtension);
});

test('a React composer unmounted mid-typing on x.com leaves no error behind', async ({ openCoached, withExtension }) => {
  const x = PAGES.x;
  const { page, trouble } = await openCoached(x);
  await focusEditor(page, x);
  await page.keyboard.type('call me on +968 9123');
  await page.evaluate(() => document.getElementById('app')!.replaceChildren());
  await page.keyboard.type(' 4567');
  await page.waitForTimeout(1_500);
  expect(trouble.pageErrors).toEqual([]);
  expectQuiet(trouble, withExtension);
});

test('coaching on every fixture site sends no request anywhere, from the pages or from the extension', async ({ openCoached, withExtension }) => {
  test.setTimeout(120_000);
  for (const fixture of Object.values(PAGES)) {
    const { page, trouble } = await openCoached(fixture, rulesetFor(fixture));
    await focusEditor(page, fixture);
    await page.keyboard.type(RISKY_POST);
    await expect.poll(async () => (await overlays(page)).length, { message: fixture.name, timeout: 10_000 }).toBe(1);
    // Give any deferred work (stats, state reports to the background) time to run.
    await page.waitForTimeout(1_000);
    expectQuiet(trouble, withExtension);
    await page.close();
  }
});
