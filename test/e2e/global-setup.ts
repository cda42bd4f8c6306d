// Before any spec: the fixture pages are bundled, the extension's e2e build exists, and a Chromium is there to drive.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, chromePath } from './helpers/browser.js';

export default async function globalSetup(): Promise<void> {
  chromePath(); // Throws with the install command when there is no browser: a failure, never a skip.
  execFileSync('node', ['scripts/build-fixtures.mjs'], { stdio: 'inherit' });
  // POST_COACH_DIST points at a build made elsewhere; otherwise build the e2e one now.
  if (!process.env.POST_COACH_DIST) execFileSync('node', ['test/e2e/build-extension.mjs'], { stdio: 'inherit' });
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error(`No extension build at ${DIST}`);
}
