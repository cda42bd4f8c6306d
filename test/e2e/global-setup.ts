// Before any spec: the fixture pages are bundled, the extension's e2e builds exist, and a Chromium is there to drive.
// POST_COACH_DIST is the QA build most specs read (data-findings on the overlay host); POST_COACH_SHIPPED_DIST is the
// build as it goes to users, for the specs that check what a page can learn.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromePath } from './helpers/browser.js';

function given(name: string): boolean {
  const dir = process.env[name];
  if (!dir) return false;
  // A build made elsewhere (e.g. by the CI script) is used as it is.
  if (!existsSync(join(resolve(dir), 'manifest.json'))) throw new Error(`No extension build at ${dir} (${name})`);
  return true;
}

export default async function globalSetup(): Promise<(() => void) | undefined> {
  chromePath(); // Throws with the install command when there is no browser: a failure, never a skip.
  execFileSync('node', ['scripts/build-fixtures.mjs'], { stdio: 'inherit' });
  // One build per run, so runs side by side never swap the files under each other's browsers.
  const runDir = `dist/e2e-runs/${process.pid}`;
  const made: string[] = [];
  if (!given('POST_COACH_DIST')) {
    const outDir = `${runDir}/qa-chrome`;
    execFileSync('node', ['test/e2e/build-extension.mjs', outDir], { stdio: 'inherit' });
    if (!existsSync(join(outDir, 'manifest.json'))) throw new Error(`The QA build did not produce ${outDir}/manifest.json`);
    process.env.POST_COACH_DIST = outDir; // the workers inherit it (helpers/browser.ts reads it)
    made.push(outDir);
  }
  if (!given('POST_COACH_SHIPPED_DIST')) {
    const outDir = `${runDir}/chrome`;
    execFileSync('node', ['test/e2e/build-extension.mjs', outDir, '--shipped'], { stdio: 'inherit' });
    if (!existsSync(join(outDir, 'manifest.json'))) throw new Error(`The shipped build did not produce ${outDir}/manifest.json`);
    process.env.POST_COACH_SHIPPED_DIST = outDir;
    made.push(outDir);
  }
  if (!made.length) return undefined;
  return () => rmSync(runDir, { recursive: true, force: true });
}
