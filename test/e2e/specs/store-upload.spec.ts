// The Chrome Web Store / Edge Add-ons upload that `post-coach package` writes, unzipped and loaded unpacked as a store
// would publish it: with no "key" it gets an id of its own, its service worker starts, its popup opens and it coaches.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Worker } from '@playwright/test';
import { expect, openFixture, test } from '../helpers/test.js';
import { SHIPPED_DIST, extensionWorker, launchWithExtension } from '../helpers/browser.js';
import { serveFixtures } from '../helpers/serve.js';
import { focusEditor } from '../helpers/editor.js';
import { PAGES } from '../helpers/pages.js';
import { unzip } from '../../cli/package-read.js';
import { CHROME_EXTENSION_ID } from '../../../src/shared/extension-id.js';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

/** Every tab's toolbar badge: a count of open findings appears only on a tab where the coach runs. */
function badges(worker: Worker) {
  return worker.evaluate(async () => Promise.all((await chrome.tabs.query({})).map((t) => chrome.action.getBadgeText({ tabId: t.id! }))));
}

test('the store upload, unzipped and loaded unpacked, runs under an id of its own', async () => {
  const work = mkdtempSync(join(tmpdir(), 'post-coach-store-upload-'));
  try {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'package', '--chrome-dist', SHIPPED_DIST, '--no-firefox', '--out', join(work, 'packages')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const unpacked = join(work, 'upload');
    for (const [name, data] of unzip(readFileSync(join(work, 'packages', `post-coach-${version}-store.zip`)))) {
      mkdirSync(dirname(join(unpacked, name)), { recursive: true });
      writeFileSync(join(unpacked, name), data);
    }
    expect(JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8'))).not.toHaveProperty('key');

    const launched = await launchWithExtension(unpacked);
    try {
      const { context } = launched;
      await serveFixtures(context);
      // The service worker starts, under the id Chromium gives an unpacked folder with no key, not the build's fixed one.
      const worker = await extensionWorker(context);
      const id = new URL(worker.url()).host;
      expect(id).toMatch(/^[a-p]{32}$/);
      expect(id).not.toBe(CHROME_EXTENSION_ID);
      expect(await worker.evaluate(() => chrome.runtime.getManifest().version)).toBe(version);

      // The popup opens and says where its rules come from.
      const popup = await context.newPage();
      const errors: string[] = [];
      popup.on('pageerror', (e) => errors.push(String(e)));
      await popup.goto(`chrome-extension://${id}/src/popup/index.html`);
      await expect(popup.locator('.ruleset-source')).toHaveText('Built-in');
      expect(errors).toEqual([]);
      await popup.close();

      // Its content script coaches: a risky draft on x.com badges the tab.
      const { page } = await openFixture(context, PAGES.x);
      await focusEditor(page, PAGES.x);
      await page.keyboard.type('call me on +968 9123 4567');
      await expect.poll(() => badges(worker), { message: 'badge on the x.com tab' }).toContain('1');
    } finally {
      await launched.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
