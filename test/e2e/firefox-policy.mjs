// Firefox end to end: a policies.json made by `post-coach policy --target firefox-policies` reaches the extension
// through storage.managed, and the popup says who manages it. Debian's firefox-esr, driven by puppeteer-core over
// WebDriver BiDi, with the Firefox build installed as a temporary add-on.
//
// Usage: node test/e2e/firefox-policy.mjs [DIST]   (DIST defaults to dist/firefox; exit 0 when every check passed)
//
// Firefox reads <install dir>/distribution/policies.json machine-wide. So that no other Firefox on this machine sees
// this policy, the browser runs in its own mount namespace with a private copy of that folder (root can); when that
// is not possible the real file is written (only if none is there) and removed in a finally.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const DISTRIBUTION = process.env.FIREFOX_DISTRIBUTION || '/usr/lib/firefox-esr/distribution';
const DIST = resolve(process.argv[2] ?? process.env.POST_COACH_FIREFOX_DIST ?? 'dist/firefox');
const ORG = 'Ministry of Digital Services';
const EXPECTED_SOURCE = `Managed by ${ORG}, version 2026.1`;
/** Fixed moz-extension:// host for the add-on, so the test can open its pages. */
const UUID = '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

function fail(message) {
  console.error(`firefox-policy: ${message}`);
  process.exit(1);
}

if (!existsSync(FIREFOX)) fail(`no Firefox at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH)`);
if (!existsSync(join(DIST, 'manifest.json'))) fail(`no Firefox build at ${DIST}: npm run build:ext`);
const { gecko } = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')).browser_specific_settings ?? {};
if (!gecko?.id) fail(`${DIST}/manifest.json has no browser_specific_settings.gecko.id`);

/** policies.json for the ministry example, printed by the CLI itself (no force-install: installed by the test). */
function policiesJson() {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'policy', 'rules/examples/ministry.json', '--target', 'firefox-policies', '--no-install'], { encoding: 'utf8' });
  if (r.status !== 0) fail(`post-coach policy failed (${r.status}): ${r.stderr}`);
  const policies = JSON.parse(r.stdout);
  if (!policies.policies['3rdparty'].Extensions[gecko.id]) fail(`policies.json has no entry for ${gecko.id}`);
  return r.stdout;
}

/** Where the policy goes: a private distribution folder seen only by this browser, or the real one. */
function policyPlace(text) {
  const dir = mkdtempSync(join(tmpdir(), 'post-coach-ff-policy-'));
  // Debian links distribution/ elsewhere: copy what it holds, so the private copy only adds policies.json.
  if (existsSync(DISTRIBUTION)) cpSync(realpathSync(DISTRIBUTION), dir, { recursive: true });
  const probe = spawnSync('unshare', ['-m', 'sh', '-c', `mount --bind "${dir}" "${DISTRIBUTION}"`]);
  if (probe.status === 0) {
    writeFileSync(join(dir, 'policies.json'), text);
    const wrapper = `${dir}-firefox.sh`;
    writeFileSync(wrapper, `#!/bin/sh\nexec unshare -m sh -c 'mount --bind "$0" "${DISTRIBUTION}" && exec "${FIREFOX}" "$@"' "${dir}" "$@"\n`);
    chmodSync(wrapper, 0o755);
    return { executable: wrapper, cleanup: () => (rmSync(dir, { recursive: true, force: true }), rmSync(wrapper, { force: true })) };
  }
  rmSync(dir, { recursive: true, force: true });
  const file = join(DISTRIBUTION, 'policies.json');
  if (existsSync(file)) fail(`${file} exists already and this machine cannot give Firefox a private copy: not touching it`);
  writeFileSync(file, text);
  return { executable: FIREFOX, cleanup: () => rmSync(file, { force: true }) };
}

const place = policyPlace(policiesJson());
let browser;
const results = [];
const check = (name, ok, detail = '') => {
  results.push(ok);
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}${ok ? '' : `: ${detail}`}`);
};

try {
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: place.executable,
    headless: true,
    // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [gecko.id]: UUID }),
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  const id = await browser.installExtension(DIST);
  check('the Firefox build installs', id === gecko.id, `installed as ${id}`);

  const popup = await browser.newPage();
  // Firefox does not always report the load of an extension page to WebDriver: go, then look for the page itself.
  await popup.goto(`moz-extension://${UUID}/src/popup/index.html`, { timeout: 5_000 }).catch(() => undefined);
  // The add-on's background may still be starting when the popup first asks: reload the popup until it answers.
  let source = '';
  for (let i = 0; i < 40 && source !== EXPECTED_SOURCE; i++) {
    await new Promise((r) => setTimeout(r, 250));
    const shown = await popup
      .evaluate(() => ({
        source: document.querySelector('.ruleset-source')?.textContent ?? '',
        failed: !!document.querySelector('#app [role="alert"]') && !document.querySelector('.ruleset-source'),
      }))
      .catch(() => ({ source: '', failed: false }));
    source = shown.source;
    if (shown.failed) await popup.evaluate(() => location.reload()).catch(() => undefined);
  }
  check('the popup says who manages the rules', source === EXPECTED_SOURCE, `popup shows "${source}"`);

  const managed = await popup.evaluate(() => browser.storage.managed.get(null));
  check('storage.managed holds the policy values', managed?.organisation?.name === ORG, JSON.stringify(managed).slice(0, 200));

  const state = await popup.evaluate(() => browser.runtime.sendMessage({ type: 'state:get' }));
  check('the ruleset in force is the managed one', state?.status?.source === 'managed' && state.ruleset.officialAccounts?.[0]?.handle === '@OmanMDS', JSON.stringify(state?.status));
  check('what the policy sets is locked', state?.status?.locked?.includes('checks.commitment.severity'), JSON.stringify(state?.status?.locked));
  check('a valid policy shows no problem', state?.status?.error === undefined, JSON.stringify(state?.status?.error));
} catch (e) {
  check('the run completes', false, e?.stack ?? String(e));
} finally {
  await browser?.close().catch(() => undefined);
  place.cleanup();
}
if (existsSync(join(DISTRIBUTION, 'policies.json')) && place.executable === FIREFOX) fail('policies.json was left behind');
process.exit(results.every(Boolean) ? 0 : 1);
