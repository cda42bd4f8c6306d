// The behaviour every coached editor must show; each editor's spec runs it over its own fixture page.
import { expect, openFixture, test, type PageTrouble } from './test.js';
import type { Launched } from './test.js';
import { covers, editingScript, focusEditor, inside, overlays, snapshot, textRects, underlines, undoStep } from './editor.js';
import { FORUM_HOSTS, hostOf, type FixturePage } from './pages.js';
import type { Ruleset } from '../../../src/engine/types.js';

/** Written for these specs: a phone number and an insult in one short post. */
export const RISKY_POST = 'call me on +968 9123 4567, you idiot';
const PHONE = '+968 9123 4567';
const INSULT = 'idiot';

/** Forum software and Mastodon are coached where the ruleset lists the host, as a manager would. */
export function rulesetFor(fixture: FixturePage): Partial<Ruleset> | undefined {
  const host = hostOf(fixture);
  if (!FORUM_HOSTS.includes(host)) return undefined;
  return fixture.name.startsWith('mastodon') ? { sites: { mastodon: [host] } } : { sites: { forums: [host] } };
}

/** Nothing the person types leaves the browser, and the page never sees the extension fail. */
export function expectQuiet(trouble: PageTrouble, launched: Launched): void {
  expect(trouble.pageErrors, 'errors thrown into the page').toEqual([]);
  expect(trouble.extensionConsoleErrors, 'errors the extension logged in the page').toEqual([]);
  expect(launched.requests.refused, 'requests to anywhere but the fixture files').toEqual([]);
  const unexplained = launched.seen.filter((url) => !/^(chrome-extension|data|blob|about):/.test(url) && !launched.requests.served.includes(url));
  expect(unexplained, 'requests no fixture route answered').toEqual([]);
}

export function describeEditor(fixture: FixturePage): void {
  test.describe(`${fixture.family} on ${hostOf(fixture)}`, () => {
    test('flags a phone number and an insult typed with real keys, underlining exactly those words', async ({ openCoached, withExtension }) => {
      const { page, trouble } = await openCoached(fixture, rulesetFor(fixture));
      await focusEditor(page, fixture);
      await page.keyboard.type(RISKY_POST);

      // One overlay host for the one composer, naming both checks.
      await expect
        .poll(async () => (await overlays(page)).map((o) => o.checks?.split(',') ?? []), { timeout: 10_000 })
        .toEqual([expect.arrayContaining(['aggressive-tone', 'personal-details'])]);
      const [overlay] = await overlays(page);
      expect(Number(overlay.findings)).toBeGreaterThanOrEqual(2);
      expect(overlay.insideEditor, 'overlay host placed inside the editor root').toBe(false);

      const [phone] = await textRects(page, PHONE);
      const [insult] = await textRects(page, INSULT);
      const line = await textRects(page, RISKY_POST);
      expect(phone, 'fixture measures the phone number').toBeTruthy();
      expect(insult, 'fixture measures the insult').toBeTruthy();
      // Underlines are drawn after a debounce and one animation frame: wait until both words carry one.
      await expect
        .poll(async () => {
          const rects = (await underlines(page)).flatMap((u) => u.rects);
          return { phone: rects.some((r) => covers(r, phone)), insult: rects.some((r) => covers(r, insult)) };
        }, { timeout: 10_000 })
        .toEqual({ phone: true, insult: true });
      const drawn = (await underlines(page)).flatMap((u) => u.rects);
      const stray = drawn.filter((r) => !line.some((l) => inside(r, l)));
      expect(stray, `underline rectangles outside the text's own rectangles ${JSON.stringify(line)}`).toEqual([]);

      expectQuiet(trouble, withExtension);
    });

    test("leaves the editor's content, model, DOM and undo exactly as they are without the extension", async ({
      openCoached,
      withExtension,
      withoutExtension,
    }) => {
      const coached = await openCoached(fixture, rulesetFor(fixture));
      const plain = await openFixture(withoutExtension.context, fixture);
      try {
        const runs = [];
        for (const { page } of [coached, plain]) {
          await focusEditor(page, fixture);
          await editingScript(page);
          const edited = await snapshot(page);
          runs.push({ edited, undo: await undoStep(page) });
        }
        const [withExt, withoutExt] = runs;
        expect(withoutExt.edited.text.length, 'the script edits about 300 characters').toBeGreaterThan(150);
        expect(withExt.edited.text).toBe(withoutExt.edited.text);
        expect(withExt.edited.state).toEqual(withoutExt.edited.state);
        expect(withExt.edited.html, 'nothing added to or changed in the editor root').toBe(withoutExt.edited.html);

        // Undo takes the last typed run away, with the extension exactly as without it.
        expect(withoutExt.undo.after.text).not.toBe(withoutExt.undo.before.text);
        expect(withExt.undo.before.text).toBe(withoutExt.undo.before.text);
        expect(withExt.undo.after.text).toBe(withoutExt.undo.after.text);
        expect(withExt.undo.after.state).toEqual(withoutExt.undo.after.state);
        expect(withExt.undo.after.text.trimEnd().endsWith('zz')).toBe(false);

        // The extension did coach this box while the script ran.
        expect(await overlays(coached.page)).toHaveLength(1);
        expectQuiet(coached.trouble, withExtension);
      } finally {
        await plain.page.close();
      }
    });
  });
}
