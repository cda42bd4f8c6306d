// The capacity chip: who is posting, read from the site's logged-in markup and decided by the ruleset or the person.
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/test.js';
import { expectQuiet } from '../helpers/editor-suite.js';
import { focusEditor, overlays } from '../helpers/editor.js';
import { PAGES } from '../helpers/pages.js';
import { STORAGE } from '../../../src/shared/messages.js';
import type { Ruleset } from '../../../src/engine/types.js';
import ministry from '../../../rules/examples/ministry.json' with { type: 'json' };

const x = PAGES.x;

/** Types into the composer and waits until its one overlay shows `expected` (the ruleset and account arrive asynchronously). */
async function expectChip(page: Page, expected: { capacity: string; chip?: string }) {
  await focusEditor(page, x);
  await page.keyboard.type('Good morning');
  await expect
    .poll(async () => (await overlays(page)).map((o) => ({ capacity: o.capacity, ...(expected.chip ? { chip: o.chip } : {}) })), { timeout: 10_000 })
    .toEqual([expected]);
}

test.describe('capacity chip on x.com', () => {
  test('the ministry ruleset names @OmanMDS as its official account', async ({ openCoached, withExtension }) => {
    const { page, trouble } = await openCoached(x, ministry as Partial<Ruleset>);
    await expectChip(page, { capacity: 'official', chip: 'Posting as @OmanMDS: official account of Ministry of Digital Services' });
    expectQuiet(trouble, withExtension);
  });

  test('with the built-in ruleset the same account is not known, so the chip asks', async ({ openCoached, withExtension }) => {
    const { page, trouble } = await openCoached(x);
    await expectChip(page, { capacity: 'unknown', chip: 'Not sure: which account is this?' });
    // Still unknown once everything has settled: the built-in ruleset lists no official account.
    await page.waitForTimeout(1_000);
    await expectChip(page, { capacity: 'unknown', chip: 'Not sure: which account is this?' });
    expectQuiet(trouble, withExtension);
  });

  test('an account the person marked as personal shows as personal', async ({ openCoached, withExtension }) => {
    const { page, trouble } = await openCoached(x, undefined, {
      query: '?handle=civil_servant',
      storage: { [STORAGE.capacityChoices]: { 'x.com|@civil_servant': 'personal' } },
    });
    await expectChip(page, { capacity: 'personal', chip: 'Personal account' });
    expectQuiet(trouble, withExtension);
  });

  test('the ruleset outranks a person marking the official account as personal', async ({ openCoached, withExtension }) => {
    const { page, trouble } = await openCoached(x, ministry as Partial<Ruleset>, {
      storage: { [STORAGE.capacityChoices]: { 'x.com|@OmanMDS': 'personal' } },
    });
    await expectChip(page, { capacity: 'official' });
    expectQuiet(trouble, withExtension);
  });
});

test.describe('capacity chip on youtube.com', () => {
  test('the comment box’s channel picture names the channel, and the ruleset knows it as official', async ({ openCoached, withExtension }) => {
    const youtube = PAGES.youtube;
    const official = [...ministry.officialAccounts, { site: 'youtube.com', handle: '1001Ways2Die' }];
    const { page, trouble } = await openCoached(youtube, { ...(ministry as Partial<Ruleset>), officialAccounts: official });
    await focusEditor(page, youtube);
    await page.keyboard.type('Good morning');
    await expect
      .poll(async () => (await overlays(page)).map((o) => ({ capacity: o.capacity, chip: o.chip })), { timeout: 10_000 })
      .toEqual([{ capacity: 'official', chip: 'Posting as 1001Ways2Die: official account of Ministry of Digital Services' }]);
    expectQuiet(trouble, withExtension);
  });
});
