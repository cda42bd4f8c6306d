// Quick smoke run of the built extension in Debian's Chromium: a composer page served as https://x.com,
// a draft with a phone number and an insult, the overlay's counts, the pre-send review, a screenshot.
// Run: POST_COACH_QA=1 npm run build:ext && node test/e2e/smoke-ext.mjs [screenshot.png]   (reads the QA build's overlay attributes)
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const DIST = resolve(process.env.POST_COACH_DIST ?? 'dist/qa-chrome');
const SHOT = resolve(process.argv[2] ?? 'test-results/smoke-ext.png');
if (!existsSync(join(DIST, 'manifest.json'))) throw new Error(`No build at ${DIST}: run POST_COACH_QA=1 npm run build:ext first`);

// A stand-in for X's composer markup: the selectors the site adapter reads, none of X's code.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Home / X</title>
<style>body{font:16px system-ui;margin:40px} .box{width:520px;min-height:90px;border:1px solid #ccc;padding:10px;border-radius:8px}
[data-testid=tweetButton]{margin-top:10px;padding:6px 14px}</style></head><body>
<nav><a data-testid="AppTabBar_Profile_Link" href="/OmanMDS">Profile</a></nav>
<main><div class="box"><div data-testid="tweetTextarea_0" class="public-DraftEditor-content" contenteditable="true" role="textbox" aria-label="Post text"></div></div>
<button data-testid="tweetButton" type="button">Post</button><p id="sent">not sent</p></main>
<script>document.querySelector('[data-testid=tweetButton]').addEventListener('click',()=>{document.getElementById('sent').textContent='sent'})</script>
</body></html>`;

// Old Reddit's comment form: a plain textarea (underlines are boxes placed with a mirror), here in Arabic, right to left.
const OLD_REDDIT = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>reddit</title>
<style>body{font:16px system-ui;margin:40px} textarea{width:480px;height:90px;font:16px system-ui;padding:8px}</style></head><body>
<div id="header-bottom-right"><span class="user"><a href="https://old.reddit.com/user/civil_servant/">civil_servant</a></span></div>
<form class="usertext"><div class="usertext-edit"><textarea name="text"></textarea></div>
<div class="usertext-buttons"><button type="submit" class="save">save</button></div></form></body></html>`;

/** Gzipped bytes of what a page loads at start: the manifest's content script and every chunk it imports statically. */
function startupBytes() {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    // The loader's one dynamic import is the entry itself; the entry's own import() calls are the lazy engine, not counted.
    const loaded = file.includes('-loader') ? [...code.matchAll(/getURL\("([^"]+)"\)/g)] : [...code.matchAll(/(?:^|;)\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+)["']/g)].map((m) => [m[0], `assets/${m[1]}`]);
    for (const m of loaded) visit(m[1]);
  };
  for (const cs of manifest.content_scripts) cs.js.forEach(visit);
  return [...seen].reduce((n, f) => n + gzipSync(readFileSync(join(DIST, f))).length, 0);
}

const dir = mkdtempSync(join(tmpdir(), 'post-coach-smoke-'));
const requests = [];
const context = await chromium.launchPersistentContext(dir, {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: false, // --headless=new below: Playwright's own headless mode cannot load extensions
  ignoreDefaultArgs: ['--disable-extensions'],
  viewport: { width: 900, height: 600 },
  args: [
    '--headless=new',
    `--disable-extensions-except=${DIST}`,
    `--load-extension=${DIST}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
let failed = false;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failed = true;
};
try {
  const bytes = startupBytes();
  check(bytes <= 30 * 1024, `content script at page start: ${(bytes / 1024).toFixed(1)} KB gzipped (limit 30 KB)`);
  await context.route('https://x.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: PAGE }));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  check(worker.url().startsWith('chrome-extension://fbieohmliinmfkkehbblmpgpiojianhi/'), `extension id is the fixed one (${worker.url()})`);

  const page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && console.log('  page console:', m.text()));
  await page.goto('https://x.com/home');
  const editor = page.locator('[data-testid="tweetTextarea_0"]');
  await editor.click();
  const host = page.locator('[data-post-coach]');
  await host.waitFor({ state: 'attached', timeout: 10000 });
  check(true, `overlay host attached (family ${await host.getAttribute('data-post-coach')})`);
  check((await page.locator('[data-post-coach] [data-testid]').count()) === 0 && (await editor.locator('[data-post-coach]').count()) === 0, 'host is outside the editor');

  await page.keyboard.type('Call me on 9123 4567, you idiot.', { delay: 15 });
  await page.waitForFunction(() => Number(document.querySelector('[data-post-coach]')?.getAttribute('data-findings')) >= 2, null, { timeout: 10000 });
  const findings = await host.getAttribute('data-findings');
  const checks = await host.getAttribute('data-checks');
  check(findings === '2', `data-findings = ${findings}`);
  check(checks === 'aggressive-tone,personal-details', `data-checks = ${checks}`);
  check((await host.getAttribute('data-capacity')) === 'unknown', `data-capacity = ${await host.getAttribute('data-capacity')}`);
  const chip = await page.evaluate(() => document.querySelector('[data-post-coach]').shadowRoot.querySelector('[part="chip"]')?.textContent);
  check(chip?.startsWith('Not sure: which account is this?'), `chip: ${chip}`);
  const html = await editor.evaluate((el) => el.outerHTML);
  check(!/post-coach|highlight/i.test(html), 'editor DOM untouched');
  const underlined = await page.evaluate(() => document.querySelector('[data-post-coach]').shadowRoot.querySelectorAll('[part~="underline"]').length);
  check(underlined >= 2, `underline boxes drawn in the overlay (${underlined})`);

  // Hover the insult: a card with the message, the clause and "dismiss".
  const box = await page.evaluate(() => {
    const el = document.querySelector('[data-testid="tweetTextarea_0"]');
    const text = el.firstChild?.nodeType === 3 ? el.firstChild : el.querySelector('*')?.firstChild ?? el.firstChild;
    const range = document.createRange();
    const i = text.data.indexOf('idiot');
    range.setStart(text, i);
    range.setEnd(text, i + 5);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await page.waitForTimeout(300);
  const card = await page.evaluate(() => document.querySelector('[data-post-coach]').shadowRoot.querySelector('[part="card"]')?.innerText);
  check(!!card && /dismiss/i.test(card), `card on hover: ${JSON.stringify(card?.slice(0, 80))}`);
  await page.screenshot({ path: SHOT });
  console.log(`     screenshot: ${SHOT}`);

  // Choosing "Personal account" is remembered and shown.
  await page.evaluate(() => document.querySelector('[data-post-coach]').shadowRoot.querySelector('[part="chip"] button.personal').click());
  await page.waitForFunction(() => document.querySelector('[data-post-coach]')?.getAttribute('data-capacity') === 'personal');
  check(true, 'capacity chosen: personal');

  // Pre-send review: the press is held while findings are open; "post anyway" lets one press through.
  await page.click('[data-testid="tweetButton"]');
  await page.waitForTimeout(200);
  const review = await page.evaluate(() => document.querySelector('[data-post-coach]').shadowRoot.querySelector('[part="review"]')?.innerText);
  check(!!review && (await page.textContent('#sent')) === 'not sent', `review shown, post held: ${JSON.stringify(review?.split('\n')[0])}`);
  await page.screenshot({ path: SHOT.replace(/\.png$/, '-review.png') });
  await page.evaluate(() => document.querySelector('[data-post-coach]').shadowRoot.querySelector('[part="review"] .post-anyway').click());
  check((await page.textContent('#sent')) === 'sent', 'post anyway sends');

  // The toolbar badge count comes from the background's per-tab state.
  const badge = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://x.com/*' });
    return chrome.action.getBadgeText({ tabId: tab.id });
  });
  check(badge === '2', `toolbar badge = ${JSON.stringify(badge)}`);

  // Replying under an abusive post: a note says not to engage.
  const status = await context.newPage();
  await status.goto('https://x.com/someone/status/1');
  await status.evaluate(() => {
    const post = document.createElement('article');
    post.setAttribute('data-testid', 'tweet');
    post.innerHTML = '<div data-testid="tweetText">You are an idiot and a liar</div>';
    document.querySelector('main').prepend(post);
  });
  await status.click('[data-testid="tweetTextarea_0"]');
  await status.keyboard.type('Thank you for your message.');
  await status.waitForFunction(() => !!document.querySelector('[data-post-coach]')?.shadowRoot.querySelector('[part="reply-note"]:not([hidden])'), null, { timeout: 10000 });
  const note = await status.evaluate(() => document.querySelector('[data-post-coach]').shadowRoot.querySelector('[part="reply-note"]').innerText);
  check(/Do not engage/.test(note), `reply note: ${JSON.stringify(note.split('\n')[0])}`);
  // In-app navigation removes the composer: its overlay goes with it.
  await status.evaluate(() => document.querySelector('.box').remove());
  await status.waitForFunction(() => !document.querySelector('[data-post-coach]'), null, { timeout: 5000 });
  check(true, 'overlay removed with its composer');
  await status.close();

  // A textarea on old Reddit, in Arabic: a phone number in Arabic-Indic digits is underlined with boxes.
  await context.route('https://old.reddit.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: OLD_REDDIT }));
  const reddit = await context.newPage();
  reddit.on('request', (r) => requests.push(r.url()));
  await reddit.goto('https://old.reddit.com/r/oman/comments/1/x/');
  await reddit.click('textarea');
  await reddit.keyboard.type('للتواصل اتصل على ٩١٢٣٤٥٦٧ شكرا', { delay: 10 });
  await reddit.waitForFunction(() => Number(document.querySelector('[data-post-coach]')?.getAttribute('data-findings')) >= 1, null, { timeout: 10000 });
  const rHost = reddit.locator('[data-post-coach]');
  check((await rHost.getAttribute('data-post-coach')) === 'textarea', 'textarea family on old Reddit');
  check((await rHost.getAttribute('data-checks'))?.includes('personal-details'), `Arabic-Indic phone found: ${await rHost.getAttribute('data-checks')}`);
  const boxes = await reddit.evaluate(() => document.querySelector('[data-post-coach]').shadowRoot.querySelectorAll('.box').length);
  check(boxes >= 1, `underline boxes drawn for the textarea (${boxes})`);
  await reddit.screenshot({ path: SHOT.replace(/\.png$/, '-textarea-rtl.png') });

  const foreign = requests.filter((u) => !/^https:\/\/(x\.com|old\.reddit\.com)\//.test(u) && !u.startsWith('chrome-extension://') && !u.startsWith('data:'));
  check(foreign.length === 0, `no requests beyond the pages themselves (${foreign.join(', ') || 'none'})`);
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
