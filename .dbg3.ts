import { launchWithExtension, launchPlain } from './test/e2e/helpers/browser.ts';
import { serveFixtures } from './test/e2e/helpers/serve.ts';
import { PAGES } from './test/e2e/helpers/pages.ts';
import { focusEditor, snapshot, editingScript } from './test/e2e/helpers/editor.ts';
import { openFixture } from './test/e2e/helpers/test.ts';
process.env.POST_COACH_DIST ??= 'dist/e2e-chrome';
const f = PAGES[process.argv[2] ?? 'phpbb'];
for (const [name, l] of [['plain', await launchPlain()], ['ext', await launchWithExtension()]] as const) {
  await serveFixtures(l.context);
  for (let i = 0; i < 3; i++) {
    const { page } = await openFixture(l.context, f);
    await focusEditor(page, f);
    await editingScript(page);
    await page.keyboard.press('End');
    await page.waitForTimeout(1200);
    await page.keyboard.type(' zz');
    await page.waitForTimeout(1200);
    const b = (await snapshot(page)).text;
    await page.keyboard.press('ControlOrMeta+z');
    await page.waitForTimeout(300);
    const a = (await snapshot(page)).text;
    console.log(name, i, JSON.stringify(b.slice(-12)), '->', JSON.stringify(a.slice(-30)));
    await page.close();
  }
  await l.close();
}
