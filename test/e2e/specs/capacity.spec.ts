// The capacity chip: who is posting, read from the site's logged-in markup and decided by the ruleset or the person.
import { expect, test } from '../helpers/test.js';
import { expectQuiet } from '../helpers/editor-suite.js';
import { focusEditor, overlays } from '../helpers/editor.js';
import { PAGES } from '../helpers/pages.js';
import { STORAGE } from '../../../src/shared/messages.js';
import type { Ruleset } from '../../../src/engine/types.js';
import ministry from '../../../rules/examples/ministry.json' with { type: 'json' };

const x = PAGES.x;

async function chipAfterTyping(page: import('@playwright/test').Page) {
  await focusEditor(page, x);
  await page.keyboard.type('Good morning');
  await expect.poll(async () => (await overlays(page)).length, { timeout: 10_000 }).toBe(1);
  // The chip is filled once the ruleset and the account are known.
  await expect.poll(async () => (await overlays(page))[0].chip ?? '', { timeout: 10_000 }).not.toBe('');
  const [overlay] = await overlays(page);
  return { capacity: overlay.capacity, chip: overlay.chip };
}

test.describe('capacity chip on x.com', () => {
  test('the ministry ruleset names @OmanMDS as its official account', async ({ openCoached, withExtension }) => {
    const { page, trouble } = await openCoached(x, ministry as Partial<Ruleset>);
    expect(await chipAfterTyping(page)).toEqual({
      capacity: 'official',
      chip: 'Posting as @OmanMDS: official account of Ministry of Digital Services',
    });
    expectQuiet(trouble, withExtension);
  });

  test('with the built-in ruleset the same account is not known, so the chip asks', async ({ openCoached, withExtension }) => {
    const { page, trouble } = await openCoached(x);
    expect(await chipAfterTyping(page)).toEqual({ capacity: 'unknown', chip: 'Not sure: which account is this?' });
    expectQuiet(trouble, withExtension);
  });

  test('an account the person marked as personal shows as personal', async ({ openCoached, withExtension }) => {
    const { page, trouble } = await openCoached(x, undefined, {
      query: '?handle=civil_servant',
      storage: { [STORAGE.capacityChoices]: { 'x.com|@civil_servant': 'personal' } },
    });
    expect(await chipAfterTyping(page)).toEqual({ capacity: 'personal', chip: 'Personal account' });
    expectQuiet(trouble, withExtension);
  });

  test('the ruleset outranks a person marking the official account as personal', async ({ openCoached, withExtension }) => {
    const { page, trouble } = await openCoached(x, ministry as Partial<Ruleset>, {
      storage: { [STORAGE.capacityChoices]: { 'x.com|@OmanMDS': 'personal' } },
    });
    expect((await chipAfterTyping(page)).capacity).toBe('official');
    expectQuiet(trouble, withExtension);
  });
});
