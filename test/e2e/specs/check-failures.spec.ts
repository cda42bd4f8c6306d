// A check that could not run on a tab's draft is named in the popup and on the options page, in both languages.
// No shipped check fails on purpose, so the tab's report (kept by the background) is given the failed check id as a
// content script with a failing check would send it.
import type { Page, Worker } from '@playwright/test';
import { expect, test } from '../helpers/test.js';
import { focusEditor } from '../helpers/editor.js';
import { PAGES } from '../helpers/pages.js';
import type { ComposerState } from '../../../src/shared/messages.js';
import { askBackground, openUi } from '../ui-fixture.js';

/** Written for this spec: a short post with nothing to flag. */
const POST = 'See you at the library on Thursday.';

async function reportedTab(page: Page, background: Worker): Promise<number> {
  await focusEditor(page, PAGES.x);
  await page.keyboard.type(POST);
  const tabId = await background.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, `${PAGES.x.url}*`);
  if (tabId === undefined) throw new Error('no fixture tab');
  await expect.poll(async () => (await askBackground<ComposerState | null>(page.context(), background, { type: 'tab:get', tabId }))?.site).toBe('x.com');
  return tabId;
}

/** Adds failed check ids to every frame report of the tab, where the background keeps them. */
async function markFailed(background: Worker, tabId: number, ids: string[]): Promise<void> {
  await background.evaluate(
    async ({ tabId, ids }) => {
      const { tabStates } = (await chrome.storage.session.get('tabStates')) as { tabStates: Record<string, Record<string, { state: Record<string, unknown> }>> };
      for (const report of Object.values(tabStates[tabId])) report.state.failedChecks = ids;
      await chrome.storage.session.set({ tabStates });
    },
    { tabId, ids },
  );
}

test.describe('a check that could not run', () => {
  test('the popup names it for the tab, in English and Arabic', async ({ openCoached, withExtension, background }) => {
    const { page } = await openCoached(PAGES.x, {});
    const tabId = await reportedTab(page, background);
    await markFailed(background, tabId, ['personal-details']);

    const popup = await openUi(withExtension.context, background, 'popup', 'en', `?tab=${tabId}`);
    await expect(popup.getByRole('alert').locator('li')).toHaveText([
      'Check \u201cPersonal details\u201d failed: it could not run on this draft, so the draft has not been checked for it. The other checks still ran.',
    ]);
    await popup.close();

    const arabic = await openUi(withExtension.context, background, 'popup', 'ar', `?tab=${tabId}`);
    await expect(arabic.getByRole('alert').locator('li')).toHaveText(['فشل فحص «\u2068البيانات الشخصية\u2069»: تعذّر تشغيله على هذه المسودة، فلم تُفحص من جهته. أما الفحوص الأخرى فقد عملت.']);
    await arabic.close();
  });

  test('the options page names it for any open tab, and the notice goes once the tab reports every check ran', async ({ openCoached, withExtension, background }) => {
    const { page } = await openCoached(PAGES.x, {});
    const tabId = await reportedTab(page, background);
    const options = await openUi(withExtension.context, background, 'options', 'en');
    await expect(options.getByTestId('check-failures')).toHaveCount(0);

    await markFailed(background, tabId, ['aggressive-tone']);
    await expect(options.getByTestId('check-failures').locator('li')).toHaveText([
      'Check \u201cAggressive tone\u201d failed: it could not run on a draft open in a tab. The other checks still ran. Reload that page; if it keeps happening, tell whoever manages your rules.',
    ]);

    await markFailed(background, tabId, []);
    await expect(options.getByTestId('check-failures')).toHaveCount(0);
    await options.close();
  });
});
