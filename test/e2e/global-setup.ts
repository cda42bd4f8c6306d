// Before any spec: the fixture pages are bundled, the extension's e2e build exists, and a Chromium is there to drive.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromePath } from './helpers/browser.js';

export default async function globalSetup(): Promise<(() => void) | undefined> {
  chromePath(); // Throws with the install command when there is no browser: a failure, never a skip.
  execFileSync('node', ['scripts/build-fixtures.mjs'], { stdio: 'inherit' });
  if (process.env.POST_COACH_DIST) {
    // A build made elsewhere (e.g. by the CI script) is used as it is.
    if (!existsSync(join(resolve(process.env.POST_COACH_DIST), 'manifest.json'))) throw new Error(`No extension build at ${process.env.POST_COACH_DIST}`);
    return undefined;
  }
  // One build per run, so runs side by side never swap the files under each other's browsers.
  const outDir = `dist/e2e-runs/${process.pid}`;
  execFileSync('node', ['test/e2e/build-extension.mjs', outDir], { stdio: 'inherit' });
  if (!existsSync(join(outDir, 'manifest.json'))) throw new Error(`The extension build did not produce ${outDir}/manifest.json`);
  process.env.POST_COACH_DIST = outDir; // the workers inherit it (helpers/browser.ts reads it)
  return () => rmSync(outDir, { recursive: true, force: true });
}
