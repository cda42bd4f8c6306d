// Firefox end to end: the QA Firefox build coaches the Draft.js, Lexical, textarea and shadow-DOM fixture composers
// (served under their real hosts), and each editor ends in the same state with the extension as without it.
// Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi, the build installed as a temporary add-on.
//
// Usage: node test/e2e/firefox-editors.mjs [DIST]   (DIST: a QA Firefox build; by default one is built; exit 0 when every check passed)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { serve } from './firefox-serve.mjs';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
/** The same composers and post as the Chromium editor specs (test/e2e/helpers/pages.ts, editor-suite.ts). */
const PAGES = [
  { name: 'x-draft', family: 'draft-js', url: 'https://x.com/compose/post' },
  { name: 'facebook-lexical', family: 'lexical', url: 'https://www.facebook.com/' },
  { name: 'old-reddit-textarea', family: 'textarea', url: 'https://old.reddit.com/r/Oman/comments/abc123/service_update/' },
  { name: 'reddit-shadow', family: 'contenteditable (shadow DOM)', url: 'https://www.reddit.com/r/Oman/comments/abc123/service_update/' },
];
const RISKY_POST = 'call me on +968 9123 4567, you idiot';

function fail(message) {
  console.error(`firefox-editors: ${message}`);
  process.exit(1);
}

if (!existsSync(FIREFOX)) fail(`no Firefox at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH)`);
execFileSync('node', ['scripts/build-fixtures.mjs'], { stdio: 'inherit' });
let built;
let DIST = process.argv[2] ?? process.env.POST_COACH_FIREFOX_QA_DIST;
if (!DIST) {
  // The QA build puts data-findings / data-checks on the overlay host; a private folder, so runs side by side never share one.
  built = mkdtempSync(join(tmpdir(), 'post-coach-ff-qa-'));
  execFileSync('npx', ['vite', 'build', '--mode', 'firefox', '--outDir', built, '--emptyOutDir', '--logLevel', 'error'], {
    stdio: 'inherit',
    env: { ...process.env, POST_COACH_QA: '1' },
  });
  DIST = built;
}
DIST = resolve(DIST);
if (!existsSync(join(DIST, 'manifest.json'))) fail(`no Firefox build at ${DIST}`);

const results = [];
const check = (name, ok, detail = '') => {
  results.push(ok);
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}${ok ? '' : `: ${detail}`}`);
};
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

async function open(browser, fixture) {
  const page = await browser.newPage();
  const trouble = { pageErrors: [], refused: [] };
  page.on('pageerror', (e) => trouble.pageErrors.push(String(e)));
  await serve(page, fixture, trouble.refused);
  await page.goto(fixture.url);
  await page.waitForFunction(() => window.__fixtureReady === true, { timeout: 15_000 });
  // Clicks the middle of the editor root, as a person would (it may sit in a shadow root).
  const box = await page.evaluate(() => {
    const r = window.__fixture.root().getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + Math.min(r.height / 2, 12) };
  });
  await page.mouse.click(box.x, box.y);
  return { page, trouble };
}

const snapshot = (page) =>
  page.evaluate(() => {
    const f = window.__fixture;
    return JSON.stringify({ text: f.text(), state: f.state(), html: f.html() });
  });
const overlays = (page) => page.evaluate(() => window.__probe.overlays(window.__fixture.root()));
const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

async function press(page, key, times = 1, modifier) {
  if (modifier) await page.keyboard.down(modifier);
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
  if (modifier) await page.keyboard.up(modifier);
  await settle(page);
}
async function type(page, text) {
  await page.keyboard.type(text);
  await settle(page);
}

/** The editing script of test/e2e/helpers/editor.ts, key for key, then one undo step; returns each snapshot. */
async function edit(page) {
  await type(page, 'Good morning. The service desk at the main building opens on Sunday from eight. ');
  await press(page, 'Backspace', 8);
  await type(page, 'at 8 am. ');
  await press(page, 'ArrowLeft', 12);
  await type(page, 'sharp ');
  await press(page, 'ArrowLeft', 5, 'Shift');
  await type(page, 'right');
  await press(page, 'End');
  await press(page, 'Enter');
  await type(page, 'Bring the paper form and your reference number; the queue moves faster that way. ');
  await press(page, 'Home');
  await type(page, 'Tip: ');
  await press(page, 'ArrowRight', 4);
  await press(page, 'Delete', 6);
  await type(page, 'fill in ');
  await press(page, 'End');
  await press(page, 'Backspace', 2);
  await type(page, ' Thanks for your patience, and see you there!');
  await press(page, 'Home', 1, 'Shift');
  await type(page, 'Questions are welcome in the replies below, we read every one of them.');
  const edited = await snapshot(page);
  // Moving the caret closes the open undo step and the pauses outlast Lexical's 300 ms grouping: ' zz' is one undo step.
  await press(page, 'End');
  await wait(600);
  await page.keyboard.type(' zz');
  await wait(600);
  const beforeUndo = await snapshot(page);
  await press(page, 'z', 1, 'Control');
  await wait(300);
  return { edited, beforeUndo, afterUndo: await snapshot(page) };
}

let browser;
try {
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: { 'datareporting.policy.dataSubmissionEnabled': false },
  });

  // Without the extension first: the same keys in the same browser, before the add-on is installed.
  const plain = {};
  for (const fixture of PAGES) {
    const { page } = await open(browser, fixture);
    plain[fixture.name] = await edit(page);
    await page.close();
  }

  const id = await browser.installExtension(DIST);
  check('the QA Firefox build installs', typeof id === 'string' && id.length > 0, String(id));

  for (const fixture of PAGES) {
    const label = `${fixture.family} on ${new URL(fixture.url).hostname}`;
    const { page, trouble } = await open(browser, fixture);
    await type(page, RISKY_POST);
    let found = [];
    for (let i = 0; i < 40; i++) {
      found = await overlays(page);
      if (found.length === 1 && ['aggressive-tone', 'personal-details'].every((c) => found[0].checks?.split(',').includes(c))) break;
      await wait(250);
    }
    const checks = found[0]?.checks?.split(',') ?? [];
    check(`${label}: one overlay names the phone number and the insult`, found.length === 1 && checks.includes('aggressive-tone') && checks.includes('personal-details'), JSON.stringify(found));
    check(`${label}: at least two findings`, Number(found[0]?.findings) >= 2, JSON.stringify(found));
    check(`${label}: the overlay host is outside the editor root`, found[0]?.insideEditor === false, JSON.stringify(found));
    // Underlines come after a debounce and a frame: wait until the phone number and the insult each carry one.
    let marked = {};
    for (let i = 0; i < 40 && !(marked.phone && marked.insult); i++) {
      marked = await page.evaluate(() => {
        const covers = (r, s) => Math.min(r.right, s.right) - Math.max(r.left, s.left) >= (s.right - s.left) / 2 && Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top) > 0;
        const rects = window.__probe.underlines().flatMap((u) => u.rects);
        const [phone] = window.__fixture.textRects('+968 9123 4567');
        const [insult] = window.__fixture.textRects('idiot');
        return { phone: !!phone && rects.some((r) => covers(r, phone)), insult: !!insult && rects.some((r) => covers(r, insult)) };
      });
      if (!(marked.phone && marked.insult)) await wait(250);
    }
    check(`${label}: the phone number and the insult are underlined`, marked.phone && marked.insult, JSON.stringify(marked));
    await page.close();

    const coached = await open(browser, fixture);
    const withExt = await edit(coached.page);
    const without = plain[fixture.name];
    check(`${label}: the script edits about 300 characters`, JSON.parse(without.edited).text.length > 150, without.edited.slice(0, 200));
    check(`${label}: text, model and DOM after editing are as without the extension`, withExt.edited === without.edited, `${withExt.edited}\n  !==\n  ${without.edited}`);
    check(`${label}: undo takes the same step away`, withExt.beforeUndo === without.beforeUndo && withExt.afterUndo === without.afterUndo && without.afterUndo !== without.beforeUndo, `${withExt.afterUndo}\n  vs\n  ${without.afterUndo}`);
    check(`${label}: the box was coached while the script ran`, (await overlays(coached.page)).length === 1);
    const errors = [...trouble.pageErrors, ...coached.trouble.pageErrors];
    const refused = [...trouble.refused, ...coached.trouble.refused];
    check(`${label}: no page errors and no request left the fixture`, !errors.length && !refused.length, JSON.stringify({ errors, refused }));
    await coached.page.close();
  }
} catch (e) {
  check('the run completes', false, e?.stack ?? String(e));
} finally {
  await browser?.close().catch(() => undefined);
  if (built) rmSync(built, { recursive: true, force: true });
}
process.exit(results.length && results.every(Boolean) ? 0 : 1);
