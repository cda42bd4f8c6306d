// The coached-editor behaviour over the x.com composer (Draft.js), then what only this composer's page shows:
// a list cut short by the caps, and a reply under a huge post by someone else.
import type { Page } from '@playwright/test';
import { describeEditor, expectQuiet } from '../helpers/editor-suite.js';
import { focusEditor, overlays } from '../helpers/editor.js';
import { PAGES } from '../helpers/pages.js';
import { expect, openFixture, test } from '../helpers/test.js';

describeEditor(PAGES.x);

const OFF = { enabled: false };

test.describe('draft-js on x.com: limits', () => {
  test('a rule matching every letter lists 50 findings and says "and 10 more" on the badge and the list', async ({ openCoached, withExtension }) => {
    const ruleset = {
      checks: { 'personal-details': OFF, 'affiliation-disclosure': OFF, commitment: OFF, 'aggressive-tone': OFF, 'confidential-information': OFF },
      customRules: [{ id: 'letters', pattern: '[a-z]', message: 'A letter.', severity: 'warning' as const }],
    };
    const { page, trouble } = await openCoached(PAGES.x, ruleset);
    await focusEditor(page, PAGES.x);
    await page.keyboard.insertText('abcdefghij '.repeat(6).trim());
    await expect.poll(async () => (await overlays(page)).map((o) => o.findings), { timeout: 10_000 }).toEqual(['50']);
    const badge = page.locator('post-coach-overlay .badge');
    await expect(badge).toHaveText('50+');
    await expect(badge).toHaveAttribute('aria-label', 'Post Coach: 50 things to look at before posting, and 10 more');
    await badge.click();
    await expect(page.locator('post-coach-overlay .list .card')).toHaveCount(50);
    await expect(page.locator('post-coach-overlay .list .more')).toHaveText('…and 10 more');
    expectQuiet(trouble, withExtension);
  });

  type LongTask = { start: number; duration: number };

  /**
   * Opens X's reply dialog under a post of 40,000 "!" once the coach is running in the tab (a composer was focused
   * before), then focuses the reply box and records the page's long tasks (the content script's run on its main thread).
   */
  async function longTasksOnReplyFocus(page: Page): Promise<LongTask[]> {
    await focusEditor(page, PAGES.x);
    await page.evaluate(() => (window as unknown as { __openReply(n: number): Promise<void> }).__openReply(40_000));
    // The dialog's own rendering and layout are the page's: let them finish before watching.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
    await page.evaluate(() => {
      const w = window as unknown as { __long: LongTask[] };
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
      }).observe({ type: 'longtask' });
    });
    await page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]').click();
    await page.waitForTimeout(1_500);
    return page.evaluate(() => (window as unknown as { __long: LongTask[] }).__long);
  }

  test('focusing a reply box under a post of 40,000 "!" causes no long task over 50 ms', async ({ openCoached, withExtension, withoutExtension }) => {
    // Without the extension, the same steps: any long task here is the page's own, and there must be none to blame on us.
    const plain = await openFixture(withoutExtension.context, PAGES.x);
    const baseline = await longTasksOnReplyFocus(plain.page);
    await plain.page.close();
    expect(baseline.filter((t) => t.duration > 50), 'the fixture alone').toEqual([]);

    const { page, trouble } = await openCoached(PAGES.x);
    // The coach is loaded in the tab first: its start on a tab's first focus (its modules a few per task) is not measured here.
    await focusEditor(page, PAGES.x);
    await expect.poll(async () => (await overlays(page)).length, { timeout: 10_000 }).toBe(1);
    const coached = await longTasksOnReplyFocus(page);
    // The reply box is coached: a second overlay, for the dialog's composer.
    await expect.poll(async () => (await overlays(page)).length, { timeout: 10_000 }).toBe(2);
    expect(coached.filter((t) => t.duration > 50), 'long tasks after focusing the reply box').toEqual([]);
    expectQuiet(trouble, withExtension);
  });
});
