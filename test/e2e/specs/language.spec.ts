// The person's language in the compose box: with Chromium's UI in Arabic, an Arabic draft on x.com gets its card and
// pre-send review in Arabic, worded from the check's metadata and citing the guideline by its Arabic title; once the
// options page is set to English, the same open draft reads in English. The x.com page itself is in English throughout.
import { test as base, expect, type Page, type Worker } from '@playwright/test';
import { DIST, extensionWorker, launchWithExtension, type LaunchedContext } from '../helpers/browser.js';
import { serveFixtures, type RequestLog } from '../helpers/serve.js';
import { openFixture } from '../helpers/test.js';
import { focusEditor, overlays } from '../helpers/editor.js';
import { PAGES } from '../helpers/pages.js';
import { extensionId, SCREENSHOTS } from '../ui-fixture.js';
import { personalDetailsMeta } from '../../../src/engine/checks/meta/personal-details.js';
import { citationLine } from '../../../src/engine/sources.js';
import { fillTemplate } from '../../../src/engine/rule-words.js';
import { STRINGS } from '../../../src/content/overlay/strings.js';
import { resolve } from 'node:path';

const x = PAGES.x;
const POST_BUTTON = '[data-testid="tweetButtonInline"]';
/** Written for this spec: "call me on 91234567 after work", in Arabic. */
const DRAFT = 'اتصل بي على 91234567 بعد الدوام';
const PHONE = '91234567';
const phone = personalDetailsMeta.rules!.phone;
/** Screenshots for the README are rewritten only when asked (POST_COACH_SCREENSHOTS=1), never by CI. */
const SHOOT = process.env.POST_COACH_SCREENSHOTS === '1';
/** The composer and the panels under it. */
const SHOT = { x: 0, y: 0, width: 690, height: 360 };

interface ArabicBrowser extends LaunchedContext {
  background: Worker;
  requests: RequestLog;
}

// Chromium's own UI in Arabic (Debian's chromium-l10n provides the Arabic locale): --lang, LANGUAGE for Linux, and the
// pages' locale, which the test runner would otherwise set to en-US.
const test = base.extend<{ arabic: ArabicBrowser }>({
  arabic: async ({}, use) => {
    const launched = await launchWithExtension(DIST, { args: ['--lang=ar'], env: { LANGUAGE: 'ar' }, locale: 'ar' });
    const requests = await serveFixtures(launched.context);
    const background = await extensionWorker(launched.context);
    await background.evaluate(() => chrome.storage.local.clear());
    await use({ ...launched, background, requests });
    await launched.close();
  },
});

/** What the overlay shows: the card's severity, message and citation, and the review's title, items and citations. */
function shown(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-post-coach]')!.shadowRoot!;
    const card = root.querySelector<HTMLElement>('[part="card"], [part="list"]:not([hidden]) .card');
    const review = root.querySelector<HTMLElement>('[part="review"]');
    return {
      lang: root.querySelector('.ui')?.getAttribute('lang') ?? null,
      card: card && {
        dir: card.dir,
        severity: card.querySelector('.sev')!.textContent,
        message: card.querySelector('h3 span[dir]')!.textContent,
        source: card.querySelector('.source cite')?.textContent ?? null,
      },
      review: review && {
        dir: review.dir,
        title: review.querySelector('h2')!.textContent,
        items: [...review.querySelectorAll('li')].map((li) => li.textContent),
        sources: [...review.querySelectorAll('.sources cite')].map((c) => c.textContent),
        buttons: [...review.querySelectorAll('button')].map((b) => b.textContent),
      },
    };
  });
}

async function openCard(page: Page): Promise<void> {
  await page.evaluate(() => {
    const root = document.querySelector('[data-post-coach]')!.shadowRoot!;
    if (root.querySelector<HTMLElement>('[part="list"]')!.hidden) root.querySelector<HTMLElement>('[part="badge"]')!.click();
  });
}

async function closeOverlayPanels(page: Page): Promise<void> {
  await page.evaluate(() => {
    const root = document.querySelector('[data-post-coach]')!.shadowRoot!;
    root.querySelector<HTMLElement>('[part="review"] .edit')?.click();
    if (root.querySelector('[part="list"]:not([hidden])')) root.querySelector<HTMLElement>('[part="badge"]')!.click();
  });
}

test('an Arabic browser gets the Arabic card and review; the options page set to English turns the same draft English', async ({ arabic }) => {
  const { context, background, requests } = arabic;
  expect(await background.evaluate(() => chrome.i18n.getUILanguage()), "Chromium's UI language (Arabic needs Debian's chromium-l10n)").toMatch(/^ar/);

  const { page, trouble } = await openFixture(context, x);
  expect(await page.evaluate(() => document.documentElement.lang), 'the page is not what picks the language').toBe('en');
  await focusEditor(page, x);
  await page.keyboard.insertText(DRAFT);
  await expect.poll(async () => (await overlays(page)).map((o) => o.checks), { timeout: 10_000 }).toEqual(['personal-details']);

  // The card: the rule's Arabic template with the number as typed, the Arabic severity, the guideline by its Arabic title.
  await openCard(page);
  const arabicMessage = fillTemplate(phone.message.ar, { words: PHONE });
  expect(arabicMessage).toBe('رقم هاتف: 91234567');
  const arabicSource = STRINGS.ar.source(citationLine(personalDetailsMeta.source, 'ar'));
  expect(arabicSource).toBe('المصدر: هيئة تقنية المعلومات، وسائل التواصل الاجتماعي في الحكومة (2016)، قواعد السلوك');
  await expect.poll(async () => (await shown(page)).card).toEqual({ dir: 'rtl', severity: 'خطأ', message: arabicMessage, source: arabicSource });
  if (SHOOT) await page.screenshot({ path: resolve(SCREENSHOTS, 'composer-ar.png'), clip: SHOT });

  // The pre-send review, on pressing the site's Post button.
  await closeOverlayPanels(page);
  await page.locator(POST_BUTTON).click();
  await expect.poll(async () => (await shown(page)).review).toEqual({
    dir: 'rtl',
    title: STRINGS.ar.reviewTitle(1),
    items: [`خطأ: ${arabicMessage}`],
    sources: [arabicSource],
    buttons: ['تعديل', 'انشر على أي حال'],
  });
  expect((await shown(page)).lang).toBe('ar');
  if (SHOOT) await page.screenshot({ path: resolve(SCREENSHOTS, 'composer-ar-review.png'), clip: SHOT });
  await closeOverlayPanels(page);
  await openCard(page);

  // English chosen on the real options page (itself in Arabic, as the browser is): the open draft and its open list of
  // cards are worded again.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId(background)}/src/options/index.html`);
  await options.waitForFunction(() => document.documentElement.lang === 'ar' && !!document.querySelector('#ui-lang'), null, { polling: 100 });
  await options.selectOption('#ui-lang', 'en');
  await expect.poll(() => background.evaluate(async () => (await chrome.storage.local.get('uiLang')).uiLang)).toBe('en');
  await options.close();

  await page.bringToFront();
  const englishMessage = fillTemplate(phone.message.en, { words: PHONE });
  expect(englishMessage).toBe('Phone number: 91234567');
  await expect.poll(async () => (await shown(page)).card).toEqual({
    dir: 'ltr',
    severity: 'Error',
    message: englishMessage,
    source: 'Source: Oman ITA, Social Media in Government (2016), Codes of Conduct',
  });
  await closeOverlayPanels(page);
  await page.locator(POST_BUTTON).click();
  await expect.poll(async () => (await shown(page)).review).toEqual({
    dir: 'ltr',
    title: 'Before you post: 1 thing is still open',
    items: [`Error: ${englishMessage}`],
    sources: ['Source: Oman ITA, Social Media in Government (2016), Codes of Conduct'],
    buttons: ['Edit', 'Post anyway'],
  });
  expect((await shown(page)).lang).toBe('en');
  // The draft is as typed, Arabic and all: nothing was written into the site's editor.
  expect(await page.evaluate(() => window.__fixture!.text())).toBe(DRAFT);

  expect(trouble.pageErrors).toEqual([]);
  expect(trouble.extensionConsoleErrors).toEqual([]);
  expect(requests.refused).toEqual([]);
});
