import { launchWithExtension, launchPlain } from './test/e2e/helpers/browser.ts';
import { serveFixtures } from './test/e2e/helpers/serve.ts';
import { PAGES } from './test/e2e/helpers/pages.ts';
process.env.POST_COACH_DIST ??= 'dist/e2e-chrome';
for (const [name, l] of [['ext', await launchWithExtension()], ['plain', await launchPlain()]] as const) {
  const log = await serveFixtures(l.context);
  let fails = 0;
  for (let i = 0; i < 30; i++) {
    const f = Object.values(PAGES)[i % 10];
    const page = await l.context.newPage();
    try { await page.goto(f.url); } catch (e) { fails++; console.log(name, 'FAIL', f.url, JSON.stringify(log.refused)); }
    await page.close();
  }
  console.log(name, 'fails', fails, 'refused', log.refused.length);
  await l.close();
}
