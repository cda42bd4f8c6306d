// Firefox end to end, the forum path of the shipped build: a forum the stored ruleset lists is coached only after the
// person presses "Allow" in the options page (the content script is then registered for that host), and no longer once
// the access is taken back. Debian's firefox-esr, puppeteer-core over WebDriver BiDi, the build as a temporary add-on;
// optional permissions are granted without a prompt (extensions.webextOptionalPermissionPrompts=false), as if accepted.
// The shipped build tells a page nothing, so coaching is read where the person sees it: the toolbar badge's count.
//
// Usage: node test/e2e/firefox-forum.mjs [DIST]   (DIST defaults to dist/firefox; exit 0 when every check passed)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { serve } from './firefox-serve.mjs';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const DIST = resolve(process.argv[2] ?? process.env.POST_COACH_FIREFOX_DIST ?? 'dist/firefox');
/** The Discourse fixture (test/e2e/helpers/pages.ts), served under its real host. */
const FORUM = { name: 'discourse-prosemirror', url: 'https://meta.discourse.org/t/welcome/1', editor: '.ProseMirror.d-editor-input' };
const HOST = new URL(FORUM.url).hostname;
const ORIGIN = `https://${HOST}/*`;
const PHONE_POST = 'call me on +968 9123 4567';
/** Fixed moz-extension:// host for the add-on, so the test can open its pages. */
const UUID = '0c4f2a8e-7d1b-4e6a-9b3c-5f2e8d7a6b10';

function fail(message) {
  console.error(`firefox-forum: ${message}`);
  process.exit(1);
}

if (!existsSync(FIREFOX)) fail(`no Firefox at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH)`);
if (!existsSync(join(DIST, 'manifest.json'))) fail(`no Firefox build at ${DIST}: npm run build:ext`);
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
const geckoId = manifest.browser_specific_settings?.gecko?.id;
if (!geckoId) fail(`${DIST}/manifest.json has no browser_specific_settings.gecko.id`);
/** True when some built script carries the QA build's page-visible attribute. */
const qaBuild = (dir) =>
  readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith('.js') && readFileSync(join(dir, String(f)), 'utf8').includes('data-findings'));
if (qaBuild(DIST)) fail(`${DIST} is a QA build (its scripts set data-findings): give the shipped build, npm run build:ext`);
execFileSync('node', ['scripts/build-fixtures.mjs'], { stdio: 'inherit' });

const results = [];
const check = (name, ok, detail = '') => {
  results.push(ok);
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}${ok ? '' : `: ${detail}`}`);
};
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

/** Calls `read` until `done` holds for its answer (about 10 s at most), and returns the last answer. */
async function poll(read, done, tries = 40) {
  let value;
  for (let i = 0; i < tries; i++) {
    value = await read().catch((e) => ({ error: String(e) }));
    if (done(value)) return value;
    await wait(250);
  }
  return value;
}

/** The extension's options page; Firefox does not always report an extension page's load to WebDriver. */
async function openOptions(browser) {
  const page = await browser.newPage();
  await page.goto(`moz-extension://${UUID}/src/options/index.html`, { timeout: 5_000 }).catch(() => undefined);
  await page.waitForSelector('#site-access', { timeout: 10_000 });
  return page;
}

/** The content scripts registered at run time, as the background sees them. */
const registered = (ext) =>
  ext.evaluate(async () => (await browser.scripting.getRegisteredContentScripts()).map(({ id, matches, js }) => ({ id, matches, js })));

/** Every tab's toolbar badge, with its URL where the add-on may see it: a count of findings appears only where the coach runs. */
const badges = (ext) =>
  ext.evaluate(async () => Promise.all((await browser.tabs.query({})).map(async (t) => ({ url: t.url, text: await browser.action.getBadgeText({ tabId: t.id }) }))));
const forumBadge = (list) => (Array.isArray(list) ? list.find((b) => b.url === FORUM.url)?.text : undefined);

/** Opens the forum page, clicks into its composer as a person would, and types the risky post. */
async function typeOnForum(browser) {
  const page = await browser.newPage();
  const trouble = { pageErrors: [], refused: [] };
  page.on('pageerror', (e) => trouble.pageErrors.push(String(e)));
  await serve(page, FORUM, trouble.refused);
  await page.goto(FORUM.url);
  await page.waitForFunction(() => window.__fixtureReady === true, { timeout: 15_000 });
  await page.click(FORUM.editor);
  await page.keyboard.type(PHONE_POST);
  return { page, trouble };
}

/** Types the risky post on a fresh forum page and gives a coach, if there were one, time to badge it. */
async function forumUncoached(browser, ext) {
  const { page, trouble } = await typeOnForum(browser);
  await wait(2_500);
  const list = await badges(ext);
  const text = await page.evaluate(() => window.__fixture.text());
  await page.close();
  return { badges: list, quiet: Array.isArray(list) && list.length >= 3 && list.every((b) => b.text === ''), typed: text.includes(PHONE_POST), trouble };
}

let browser;
try {
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
      'extensions.webextOptionalPermissionPrompts': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  const id = await browser.installExtension(DIST);
  check('the shipped Firefox build installs', id === geckoId, `installed as ${id}`);
  check('the build names no forum host', !manifest.content_scripts.some((s) => s.matches.includes(ORIGIN)) && !manifest.host_permissions.includes(ORIGIN), JSON.stringify(manifest.host_permissions));

  // The person's stored rules list the forum; the options page then offers access to it.
  let ext = await openOptions(browser);
  await ext.evaluate(async (host) => {
    await browser.storage.local.clear();
    await browser.storage.local.set({ userRuleset: { sites: { forums: [host] } } });
  }, HOST);
  await ext.reload().catch(() => undefined);
  const item = `#site-access li[data-host="${HOST}"]`;
  const offered = await poll(() => ext.$eval(item, (li) => ({ granted: li.dataset.granted, button: li.querySelector('button')?.textContent })), (v) => v?.button !== undefined);
  check('the options page lists the forum, not allowed yet, with its Allow button', offered?.granted === 'false' && offered.button === `Allow on ${HOST}`, JSON.stringify(offered));
  check('no access and no registered script before the person allows', (await ext.evaluate((o) => browser.permissions.contains({ origins: [o] }), ORIGIN)) === false && (await registered(ext)).length === 0);
  const before = await forumUncoached(browser, ext);
  check('typing on the forum before it is allowed draws no badge', before.typed && before.quiet, JSON.stringify(before));

  // The person presses "Allow on meta.discourse.org".
  await ext.bringToFront();
  await ext.click(`${item} button`);
  const allowed = await poll(() => ext.$eval(item, (li) => li.dataset.granted), (v) => v === 'true');
  check('after the click the options page says Allowed', allowed === 'true', String(allowed));
  check('the browser holds the access', (await ext.evaluate((o) => browser.permissions.contains({ origins: [o] }), ORIGIN)) === true);
  const js = manifest.content_scripts[0].js;
  const scripts = await poll(() => registered(ext), (v) => Array.isArray(v) && v.length === 1);
  check('the manifest\'s content script is registered for exactly that origin', JSON.stringify(scripts) === JSON.stringify([{ id: 'post-coach-forums', matches: [ORIGIN], js }]), JSON.stringify(scripts));

  const coached = await typeOnForum(browser);
  const badge = await poll(() => badges(ext), (v) => forumBadge(v) === '1');
  check('the forum draft is coached: one finding on the forum tab\'s badge', forumBadge(badge) === '1', JSON.stringify(badge));
  const errors = [...before.trouble.pageErrors, ...coached.trouble.pageErrors];
  const refused = [...before.trouble.refused, ...coached.trouble.refused];
  check('no page errors and no request left the fixture', !errors.length && !refused.length, JSON.stringify({ errors, refused }));
  await coached.page.close();

  // The access taken back: the registration goes, the Allow button comes back, and a fresh forum page is not coached.
  await ext.evaluate((o) => browser.permissions.remove({ origins: [o] }), ORIGIN);
  const gone = await poll(() => registered(ext), (v) => Array.isArray(v) && v.length === 0);
  check('revoked: no script stays registered', Array.isArray(gone) && gone.length === 0, JSON.stringify(gone));
  const offeredAgain = await poll(() => ext.$eval(item, (li) => li.dataset.granted), (v) => v === 'false');
  check('revoked: the options page offers Allow again', offeredAgain === 'false', String(offeredAgain));
  const after = await forumUncoached(browser, ext);
  check('revoked: typing on the forum draws no badge', after.typed && after.quiet, JSON.stringify(after));
} catch (e) {
  check('the run completes', false, e?.stack ?? String(e));
} finally {
  await browser?.close().catch(() => undefined);
}
process.exit(results.length && results.every(Boolean) ? 0 : 1);
