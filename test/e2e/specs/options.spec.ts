// The options page: checks and what the organisation locked, lists, import/export, dismissed findings, counts; both languages.
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/test.js';
import { openUi, readStorage, resetStorage, screenshot, seriousViolations, type UiLang } from '../ui-fixture.js';

const ORG = 'Ministry of Digital Services';

/**
 * Answers state:get as a managed ruleset that locks the commitment check would: the real answer with the
 * organisation's layer on top. (A real policy file is machine-wide, so these specs leave the policy alone.)
 */
async function asManaged(page: Page): Promise<void> {
  await page.addInitScript((org) => {
    const send = chrome.runtime.sendMessage.bind(chrome.runtime) as (m: unknown) => Promise<unknown>;
    (chrome.runtime as unknown as { sendMessage: unknown }).sendMessage = async (msg: { type: string }) => {
      const answer = await send(msg);
      if (msg.type !== 'state:get') return answer;
      const state = answer as { ruleset: Record<string, any>; status: Record<string, unknown> };
      state.ruleset.checks = { ...state.ruleset.checks, commitment: { enabled: true, severity: 'error' } };
      state.ruleset.organisation = { name: org };
      state.status = { ...state.status, source: 'managed', organisation: org, version: 4, locked: ['checks.commitment.enabled', 'checks.commitment.severity', 'organisation.name'] };
      return state;
    };
  }, ORG);
}

test.describe('options page', () => {
  test('a check the organisation locked is shown disabled, says so, and cannot be turned off', async ({ withExtension, background }) => {
    await resetStorage(background);
    const options = await withExtension.context.newPage();
    await asManaged(options);
    await background.evaluate(() => chrome.storage.local.set({ uiLang: 'en' }));
    await options.goto(`chrome-extension://${new URL(background.url()).host}/src/options/index.html`);
    await expect(options.locator('h1')).toHaveText('Post Coach settings');

    await expect(options.locator('.ruleset-source').first()).toHaveText(`Managed by ${ORG}, version 4`);
    const commitment = options.locator('li.check[data-check="commitment"]');
    const on = commitment.getByRole('checkbox');
    await expect(on).toBeChecked();
    await expect(on).toBeDisabled();
    await expect(commitment.getByRole('combobox')).toBeDisabled();
    await expect(commitment.locator('[data-locked="true"]')).toHaveText(['set by your organisation', 'set by your organisation']);
    await on.click({ force: true });
    await on.focus();
    await options.keyboard.press('Space');
    await expect(on).toBeChecked();
    expect(await readStorage(background, 'userRuleset')).toBeUndefined();

    // An unlocked check still turns off, and that is saved to the person's own layer.
    const tone = options.locator('li.check[data-check="aggressive-tone"]');
    await expect(tone.getByRole('checkbox')).toBeEnabled();
    await tone.getByRole('checkbox').uncheck();
    await expect.poll(() => readStorage(background, 'userRuleset')).toEqual({ checks: { 'aggressive-tone': { enabled: false } } });
    await expect(options.locator('#org-name')).toBeDisabled();
    await options.close();
  });

  test('an invalid ruleset file is refused with each problem and its path, and nothing changes', async ({ withExtension, background }) => {
    const mine = { disclosurePhrases: ['speaking for myself'] };
    await resetStorage(background, { userRuleset: mine });
    const options = await openUi(withExtension.context, background, 'options', 'en');
    const stateBefore = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'state:get' }));

    const bad = { checks: { commitment: { severity: 'loud' } }, review: 'sometimes' };
    await options.getByLabel('Import a rules file (JSON)').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const result = options.getByTestId('import-result');
    await expect(result.locator('.error-box > p')).toHaveText('This file was refused and nothing changed. Problems:');
    await expect(result.locator('.problems li')).toHaveText([
      '/checks/commitment/severity: must be one of info, warning, error',
      '/review: must be one of off, review, block',
    ]);

    await options.getByLabel('Import a rules file (JSON)').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"checks": ') });
    await expect(result.locator('.problems li')).toHaveCount(1);
    await expect(result.locator('.problems li')).toHaveText(/^\(whole file\): not valid JSON: /);

    expect(await readStorage(background, 'userRuleset')).toEqual(mine);
    expect(await options.evaluate(() => chrome.runtime.sendMessage({ type: 'state:get' }))).toEqual(stateBefore);
    await expect(options.locator('[data-testid="disclosure-items"] li bdi')).toHaveText(['speaking for myself']);

    // A valid file is taken whole and comes into force.
    const good = { checks: { commitment: { severity: 'error' } }, disclosurePhrases: ['my own view'] };
    await options.getByLabel('Import a rules file (JSON)').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await expect(result).toHaveText('Imported. These rules are now in force.');
    await expect.poll(() => readStorage(background, 'userRuleset')).toEqual(good);
    await expect(options.locator('li.check[data-check="commitment"]').getByRole('combobox')).toHaveValue('error');
    await options.close();
  });

  test('a failed import after a good one says why, never keeps showing "Imported", and leaves the rules in force', async ({ withExtension, background }) => {
    await resetStorage(background);
    const options = await openUi(withExtension.context, background, 'options', 'en');
    const input = options.getByLabel('Import a rules file (JSON)');
    const result = options.getByTestId('import-result');
    const good = { disclosurePhrases: ['my own view'] };
    await input.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await expect(result).toHaveText('Imported. These rules are now in force.');
    await expect.poll(() => readStorage(background, 'userRuleset')).toEqual(good);
    const stateBefore = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'state:get' }));

    // Too deep to pass on and store.
    let deep: unknown = 'x';
    for (let i = 0; i < 40; i++) deep = { quickReference: deep };
    await input.setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(deep)) });
    await expect(result).toHaveText('This file nests more than 32 levels deep, too deep to pass on and store. Nothing changed.');
    await expect(result.locator('.error-box')).toHaveAttribute('data-failure', 'too-deep');

    // Over the storage quota: refused before it is even read.
    const huge = Buffer.alloc(10_485_760 + 10, 0x20);
    huge.write('{"name":"x"}');
    await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: huge });
    await expect(result).toHaveText('This file is larger than the browser keeps for the extension (10 MB at most). Nothing changed.');

    expect(await readStorage(background, 'userRuleset')).toEqual(good);
    expect(await options.evaluate(() => chrome.runtime.sendMessage({ type: 'state:get' }))).toEqual(stateBefore);

    // In Arabic too.
    await background.evaluate(() => chrome.storage.local.set({ uiLang: 'ar' }));
    await options.reload();
    await options.locator('#import-file').setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(deep)) });
    await expect(options.getByTestId('import-result')).toHaveText('يتداخل هذا الملف لأكثر من \u206832\u2069 مستوى، وهذا أعمق من أن يُنقل ويُحفظ. لم يتغير شيء.');
    await options.close();
  });

  test('the background answers the extension’s own pages and refuses what is malformed or not theirs', async ({ withExtension, background }) => {
    await resetStorage(background);
    const options = await openUi(withExtension.context, background, 'options', 'en');
    const ask = (m: unknown) => options.evaluate((msg) => chrome.runtime.sendMessage(msg), m);
    expect(await ask({ type: 'stats:get' })).toEqual({});
    expect(await ask({ type: 'tab:get', tabId: 999_999 })).toBeNull();
    expect(await ask({ type: 'tab:get', tabId: 'all' })).toEqual({ error: 'refused: "tab:get": bad field "tabId"' });
    expect(await ask({ type: 'tabs:steal' })).toEqual({ error: 'refused: unknown message type "tabs:steal"' });
    expect(await ask({ type: 'composer:update', state: null })).toEqual({ error: 'refused: "composer:update" is not accepted from an extension page' });
    await options.close();
  });

  test('a file with a mistyped check option, an unknown option or a control character is refused with its path', async ({ withExtension, background }) => {
    const mine = { disclosurePhrases: ['speaking for myself'] };
    await resetStorage(background, { userRuleset: mine });
    const options = await openUi(withExtension.context, background, 'options', 'en');
    const stateBefore = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'state:get' }));

    const bad = {
      name: 'Rules\u001b[2J',
      checks: { 'personal-details': { options: { ignore: 5 } }, commitment: { options: { strict: true } } },
    };
    await options.getByLabel('Import a rules file (JSON)').setInputFiles({ name: 'options.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const result = options.getByTestId('import-result');
    await expect(result.locator('.error-box > p')).toHaveText('This file was refused and nothing changed. Problems:');
    await expect(result.locator('.problems li')).toHaveText([
      '/name: must be one line of text without control characters',
      '/checks/personal-details/options/ignore: must be an array of strings',
      '/checks/commitment/options/strict: unknown option "strict"; commitment has no options',
    ]);
    expect(await readStorage(background, 'userRuleset')).toEqual(mine);
    expect(await options.evaluate(() => chrome.runtime.sendMessage({ type: 'state:get' }))).toEqual(stateBefore);
    await options.close();
  });

  test('edits official accounts, disclosure phrases and the organisation, and exports the rules in force', async ({ withExtension, background }) => {
    await resetStorage(background);
    const options = await openUi(withExtension.context, background, 'options', 'en');
    await options.getByLabel('Name', { exact: true }).fill(ORG);
    await options.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => readStorage(background, 'userRuleset')).toEqual({ organisation: { name: ORG } });

    await options.getByLabel('Site (host name)').fill('https://X.com/OmanMDS');
    await options.getByLabel('Handle or page name').fill('@OmanMDS');
    await options.getByLabel('Handle or page name').press('Enter');
    await expect.poll(() => readStorage(background, 'userRuleset')).toEqual({ organisation: { name: ORG }, officialAccounts: [{ site: 'x.com', handle: '@OmanMDS' }] });

    await options.getByLabel('New disclosure phrase').fill('I work for the ministry');
    await options.getByLabel('New disclosure phrase').press('Enter');
    await options.getByLabel('New disclosure phrase').fill('I work for the ministry');
    await options.getByLabel('New disclosure phrase').press('Enter');
    await expect(options.locator('#disclosure [role="alert"]')).toHaveText('“I work for the ministry” is already in the list.');
    await options.getByLabel('New forum host, e.g. forum.example.org').fill('not a host');
    await options.getByLabel('New forum host, e.g. forum.example.org').press('Enter');
    await expect(options.locator('#forums [role="alert"]')).toHaveText('“not a host” is not a host name such as forum.example.org.');

    await options.getByRole('button', { name: 'Remove @OmanMDS on x.com' }).click();
    await expect
      .poll(() => readStorage(background, 'userRuleset'))
      .toEqual({ organisation: { name: ORG }, officialAccounts: [], disclosurePhrases: ['I work for the ministry'] });

    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export the rules in force' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('post-coach-ruleset.json');
    const exported = JSON.parse(await (await file.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
    expect(exported.organisation).toEqual({ name: ORG });
    expect(exported.disclosurePhrases).toEqual(['I work for the ministry']);
    await options.close();
  });

  test('lists dismissed findings and the counts, and resets them', async ({ withExtension, background }) => {
    await resetStorage(background, {
      dismissed: {
        k1: { check: 'commitment', rule: 'promise', site: 'x.com', at: Date.UTC(2026, 10, 2) },
        k2: { check: 'personal-details', rule: 'phone', site: 'www.facebook.com', at: Date.UTC(2026, 10, 3) },
      },
      stats: { 'personal-details': 6, commitment: 3, 'aggressive-tone': 0 },
    });
    const options = await openUi(withExtension.context, background, 'options', 'en');
    const dismissed = options.getByTestId('dismissed-items').locator('li');
    await expect(dismissed).toHaveCount(2);
    await expect(dismissed.nth(0)).toContainText('on www.facebook.com');
    await dismissed.nth(1).getByRole('button').click();
    await expect.poll(() => readStorage(background, 'dismissed')).toEqual({ k2: { check: 'personal-details', rule: 'phone', site: 'www.facebook.com', at: Date.UTC(2026, 10, 3) } });
    await options.getByRole('button', { name: 'Show all dismissed findings again' }).click();
    await expect(options.getByText('No dismissed findings.')).toBeVisible();

    const bars = options.locator('ul.bars li');
    await expect(bars.locator('.bar-count')).toHaveText(['6', '3', '0']);
    await expect(bars.nth(0).locator('rect.bar-fill')).toHaveAttribute('width', '160');
    await expect(bars.nth(1).locator('rect.bar-fill')).toHaveAttribute('width', '80');
    await options.getByRole('button', { name: 'Reset the counts' }).click();
    await expect(options.getByText('Nothing counted yet.')).toBeVisible();
    expect(await readStorage(background, 'stats')).toBeUndefined();
    await options.close();
  });

  test('lists the forums and Mastodon servers in force with the access each has, and a button where it is missing', async ({ withExtension, background }) => {
    // Written for this spec: one host the e2e build has no permission for; the fixture forum and server it has.
    await resetStorage(background, { userRuleset: { sites: { forums: ['board.example.net', 'meta.discourse.org'], mastodon: ['mastodon.social'] } } });
    const options = await openUi(withExtension.context, background, 'options', 'en');
    const items = options.getByTestId('site-access-items').locator('li');
    await expect(items).toHaveCount(3);
    await expect(items.locator('bdi')).toHaveText(['board.example.net', 'mastodon.social', 'meta.discourse.org']);
    await expect(items.nth(0)).toHaveAttribute('data-granted', 'false');
    await expect(items.nth(0).getByRole('button', { name: 'Allow on board.example.net' })).toBeVisible();
    for (const i of [1, 2]) {
      await expect(items.nth(i)).toHaveAttribute('data-granted', 'true');
      await expect(items.nth(i).getByRole('button')).toHaveCount(0);
      await expect(items.nth(i).locator('.ok')).toHaveText('Allowed');
    }
    await options.close();
  });

  test('switching the language re-renders the page in Arabic, right to left', async ({ withExtension, background }) => {
    await resetStorage(background);
    const options = await openUi(withExtension.context, background, 'options', 'en');
    await options.getByLabel('Language of the popup and these settings').selectOption('ar');
    await expect(options.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(options.locator('h1')).toHaveText('إعدادات مدرّب النشر');
    await options.getByLabel('لغة النافذة المنبثقة وهذه الإعدادات').selectOption('browser');
    await expect(options.locator('html')).toHaveAttribute('lang', 'en');
    expect(await readStorage(background, 'uiLang')).toBeUndefined();
    await options.close();
  });

  for (const lang of ['en', 'ar'] as UiLang[]) {
    test(`reads well in ${lang}: no serious accessibility violation, screenshot`, async ({ withExtension, background }) => {
      await resetStorage(background, {
        userRuleset: { organisation: { name: ORG, aliases: ['MDS'] }, officialAccounts: [{ site: 'x.com', handle: '@OmanMDS' }], disclosurePhrases: ['speaking for myself'] },
        stats: { 'personal-details': 5, 'affiliation-disclosure': 2, commitment: 1 },
        dismissed: { k1: { check: 'commitment', rule: 'promise', site: 'x.com', at: Date.UTC(2026, 10, 2) } },
      });
      const options = await openUi(withExtension.context, background, 'options', lang);
      await expect(options.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
      await expect(options.locator('ul.bars li')).toHaveCount(3);
      expect(await seriousViolations(options)).toEqual([]);
      await screenshot(options, `options-${lang}.png`);
      await options.close();
    });
  }
});
