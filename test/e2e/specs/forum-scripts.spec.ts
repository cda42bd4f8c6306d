// The build as it ships names no forum host: a forum the ruleset lists is coached only once the person allowed Post Coach
// there (the content script is registered at run time), and no longer once they take that access back.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, openFixture, test } from '../helpers/test.js';
import { SHIPPED_DIST, extensionWorker, launchWithExtension } from '../helpers/browser.js';
import { serveFixtures } from '../helpers/serve.js';
import { focusEditor } from '../helpers/editor.js';
import { PAGES, hostOf } from '../helpers/pages.js';
import { STORAGE } from '../../../src/shared/messages.js';

const FORUM = PAGES.discourse;
const ORIGIN = `https://${hostOf(FORUM)}/*`;
const PHONE_POST = 'call me on +968 9123 4567';

function registered(worker: Worker) {
  return worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map(({ id, matches, js }) => ({ id, matches, js })));
}

/** Every tab's toolbar badge: a count of open findings appears only on a tab where the coach runs. */
function badges(worker: Worker) {
  return worker.evaluate(async () => Promise.all((await chrome.tabs.query({})).map((t) => chrome.action.getBadgeText({ tabId: t.id! }))));
}

/** The person allows the site in the browser's own site-access settings, then the extension's request is granted. */
async function allow(context: BrowserContext, id: string, origin: string): Promise<void> {
  const settings = await context.newPage();
  await settings.goto(`chrome://extensions/?id=${id}`);
  await settings.evaluate(([ext, o]) => (chrome as unknown as DevPrivate).developerPrivate.addHostPermission(ext, o), [id, origin]);
  await settings.close();
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/src/options/index.html`);
  expect(await options.evaluate((o) => chrome.permissions.request({ origins: [o] }), origin)).toBe(true);
  await options.close();
}

async function typeRisky(page: Page): Promise<void> {
  await focusEditor(page, FORUM);
  await page.keyboard.type(PHONE_POST);
}

/** The settings page's own API, as chrome://extensions uses it when the person adds a site under "Site access". */
interface DevPrivate {
  developerPrivate: { addHostPermission(extensionId: string, host: string): Promise<void> };
}

/** Types the risky post and gives a coach, if there were one, time to badge it: every tab's badge stays empty. */
async function expectNotCoached(context: BrowserContext, worker: Worker): Promise<void> {
  const { page } = await openFixture(context, FORUM);
  await typeRisky(page);
  await page.waitForTimeout(2_000);
  expect((await badges(worker)).every((b) => b === '')).toBe(true);
  await page.close();
}

test('registers the content script for a listed forum only while the person allows it, on a build that lists no forum host', async () => {
  const launched = await launchWithExtension(SHIPPED_DIST);
  try {
    const { context } = launched;
    await serveFixtures(context);
    const worker = await extensionWorker(context);
    const id = new URL(worker.url()).host;
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.content_scripts?.[0].matches).not.toContain(ORIGIN);
    expect(manifest.host_permissions).not.toContain(ORIGIN);

    // Listed by the ruleset, not allowed yet: nothing registered, and typing on the forum draws no badge.
    await worker.evaluate(async ([key, host]) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set({ [key]: { sites: { forums: [host] } } });
    }, [STORAGE.userRuleset, hostOf(FORUM)] as const);
    expect(await worker.evaluate((o) => chrome.permissions.contains({ origins: [o] }), ORIGIN)).toBe(false);
    expect(await registered(worker)).toEqual([]);
    await expectNotCoached(context, worker);

    // Allowed: the script the manifest names is registered for exactly that origin, and the forum's composer is coached.
    await allow(context, id, ORIGIN);
    await expect.poll(() => registered(worker)).toEqual([{ id: 'post-coach-forums', matches: [ORIGIN], js: manifest.content_scripts?.[0].js }]);
    const { page } = await openFixture(context, FORUM);
    await typeRisky(page);
    await expect.poll(() => badges(worker), { message: 'badge on the forum tab' }).toContain('1');
    await page.close();

    // Access taken back: the registration goes, and a fresh page of the forum is not coached.
    await worker.evaluate((o) => chrome.permissions.remove({ origins: [o] }), ORIGIN);
    await expect.poll(() => registered(worker)).toEqual([]);
    await expectNotCoached(context, worker);
  } finally {
    await launched.close();
  }
});
