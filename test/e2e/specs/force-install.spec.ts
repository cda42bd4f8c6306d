// Force-install end to end: `post-coach package` signs the QA build into a CRX, a loopback server serves it with
// updates.xml, a real Chromium policy file (as `post-coach policy` prints it) force-installs it into a clean profile, and it coaches on x.com.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { chromePath, DIST } from '../helpers/browser.js';
import { focusEditor, overlays } from '../helpers/editor.js';
import { PAGES } from '../helpers/pages.js';
import { serveFixtures } from '../helpers/serve.js';
import { openFixture } from '../helpers/test.js';
import { SCREENSHOTS, screenshot } from '../ui-fixture.js';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'post-coach-force-install-test.json');
const ORG = 'Ministry of Digital Services';

function postCoach(args: string[]): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`post-coach ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

test('a policy force-installs the packaged CRX from an update server and it coaches', async () => {
  test.setTimeout(90_000);
  const executablePath = chromePath(); // a missing browser fails here, never skips
  const work = mkdtempSync(join(tmpdir(), 'post-coach-force-'));
  const served: string[] = [];
  const server: Server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname.split('/').pop() ?? '';
    served.push(name);
    if (!/^(updates\.xml|post-coach-[0-9.]+\.crx)$/.test(name)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': name.endsWith('.crx') ? 'application/x-chrome-extension' : 'text/xml' });
    res.end(readFileSync(join(work, 'packages', name)));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/post-coach`;
  let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>> | undefined;
  try {
    const out = postCoach(['package', '--chrome-dist', DIST, '--no-firefox', '--out', join(work, 'packages'), '--base-url', base]);
    const id = /Chrome\/Edge extension id: ([a-p]{32})/.exec(out)![1];
    const command = /post-coach (policy RULESET\.json --target chrome-linux .*)/.exec(out)![1].split(' ').slice(1);
    expect(command).toEqual(['RULESET.json', '--target', 'chrome-linux', '--chrome-id', id, '--update-url', `${base}/updates.xml`]);
    const policy = JSON.parse(postCoach(['policy', 'rules/examples/ministry.json', ...command.slice(1)]));
    expect(policy.ExtensionSettings).toEqual({ [id]: { installation_mode: 'force_installed', update_url: `${base}/updates.xml` } });
    expect(policy['3rdparty'].extensions[id].organisation.name).toBe(ORG);
    mkdirSync(POLICY_DIR, { recursive: true });
    // Chromium keeps DevTools (and so Playwright) off pages of policy-installed extensions unless this allows it.
    writeFileSync(POLICY_FILE, JSON.stringify({ ...policy, DeveloperToolsAvailability: 1 }));

    // A clean profile, no --load-extension; Playwright's --disable-extensions and --disable-background-networking stop installs.
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath,
      headless: false,
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync', '--window-size=1280,900'],
      ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking', '--disable-component-extensions-with-background-pages'],
      viewport: { width: 1280, height: 900 },
    });
    // Installed by policy in the background: the fixture page is coached once the content script is there.
    await serveFixtures(context); // only now: it refuses every request it does not serve
    await expect
      .poll(async () => {
        const { page } = await openFixture(context!, PAGES.x);
        await focusEditor(page, PAGES.x);
        await page.keyboard.type('Call me on +968 9123 4567, you idiot.');
        const found = await expect
          .poll(async () => (await overlays(page)).map((o) => o.checks?.split(',') ?? []), { timeout: 5_000 })
          .toEqual([expect.arrayContaining(['aggressive-tone', 'personal-details'])])
          .then(() => true, () => false);
        await page.close();
        return found;
      }, { timeout: 60_000, intervals: [500], message: `no coaching on x.com; the update server was asked for ${JSON.stringify(served)}` })
      .toBe(true);
    expect(served).toEqual(expect.arrayContaining(['updates.xml', expect.stringMatching(/\.crx$/)]));

    // The popup of the force-installed extension names the organisation whose policy manages it.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/src/popup/index.html`);
    await expect(popup.locator('.ruleset-source')).toHaveText(`Managed by ${ORG}, version 2026.1`, { timeout: 10_000 });
    await popup.setViewportSize({ width: 400, height: 600 });
    await screenshot(popup, 'popup-managed-en.png');

    // What the manager's guide tells them to look for in chrome://policy: the extension's values, each OK.
    const policyPage = await context.newPage();
    await policyPage.goto('chrome://policy');
    const table = policyPage.locator('policy-table').filter({ hasText: ORG });
    await expect(table.getByText('Post Coach').first()).toBeVisible({ timeout: 10_000 });
    await table.screenshot({ path: resolve(SCREENSHOTS, 'chrome-policy-extension.png') });
  } finally {
    await context?.close();
    server.close();
    rmSync(POLICY_FILE, { force: true });
    rmSync(work, { recursive: true, force: true });
  }
});
