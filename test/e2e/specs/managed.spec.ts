// Enterprise policy end to end: a real Chromium policy file (as `post-coach policy --target chrome-linux` prints it)
// reaches the extension; the popup, the options page and the capacity chip follow it; edits and bad values too.
//
// Chromium reads /etc/chromium/policies/managed/ machine-wide. So that other specs running on this machine never see
// this policy, the browser runs in its own mount namespace where a private folder is mounted at that path (root can);
// when that is not possible the file is written to the real folder and removed in a finally.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { chromePath, extensionWorker, launchWithExtension, type LaunchedContext } from '../helpers/browser.js';
import { focusEditor, overlays } from '../helpers/editor.js';
import { PAGES } from '../helpers/pages.js';
import { serveFixtures } from '../helpers/serve.js';
import { openFixture } from '../helpers/test.js';
import { renderPolicy } from '../../../src/policy/render.js';
import { TARGETS } from '../../../src/policy/targets/index.js';
import { CHROME_EXTENSION_ID } from '../../../src/shared/extension-id.js';
import type { EffectiveState } from '../../../src/shared/messages.js';
import type { Ruleset } from '../../../src/engine/types.js';
import ministry from '../../../rules/examples/ministry.json' with { type: 'json' };

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_NAME = 'post-coach-test.json';
const ORG = 'Ministry of Digital Services';

/** The ministry example, with the commitment check switched on and locked, as a manager would deploy it. */
function managerRuleset(overrides: Partial<Ruleset> = {}): Ruleset {
  const base = ministry as Ruleset;
  return {
    ...base,
    checks: { ...base.checks, commitment: { enabled: true, severity: 'error' } },
    staffMayChange: ['checks.aggressive-tone'],
    ...overrides,
  };
}

/** The policy file for `ruleset`, made by the CLI's own chrome-linux target (no force-install: loaded unpacked here). */
function policyFile(ruleset: Ruleset): Record<string, any> {
  const out = renderPolicy(ruleset, TARGETS.find((t) => t.id === 'chrome-linux')!, {});
  expect(out.problems).toEqual([]);
  return JSON.parse(out.files[0].text);
}

interface PolicyPlace {
  /** Where this test writes the file. */
  file: string;
  /** Set CHROME_PATH to this wrapper, when the browser gets a private policy folder. */
  wrapper?: string;
  cleanup(): void;
}

/** A private /etc/chromium/policies/managed for the browser (mount namespace), or the real folder as a fallback. */
function policyPlace(): PolicyPlace {
  const dir = mkdtempSync(join(tmpdir(), 'post-coach-policy-'));
  mkdirSync(POLICY_DIR, { recursive: true });
  const probe = spawnSync('unshare', ['-m', 'sh', '-c', `mount --bind "${dir}" "${POLICY_DIR}"`]);
  if (probe.status === 0) {
    const wrapper = join(dir, '..', `${dir.split('/').pop()}-chromium.sh`);
    writeFileSync(
      wrapper,
      `#!/bin/sh\nexec unshare -m sh -c 'mount --bind "$0" "${POLICY_DIR}" && exec "${chromePath()}" "$@"' "${dir}" "$@"\n`,
    );
    chmodSync(wrapper, 0o755);
    return {
      file: join(dir, POLICY_NAME), // seen by the browser as /etc/chromium/policies/managed/post-coach-test.json
      wrapper,
      cleanup: () => {
        rmSync(dir, { recursive: true, force: true });
        rmSync(wrapper, { force: true });
      },
    };
  }
  rmSync(dir, { recursive: true, force: true });
  const file = join(POLICY_DIR, POLICY_NAME);
  return { file, cleanup: () => rmSync(file, { force: true }) };
}

/**
 * What Chromium has published to the extension's storage.managed, asked of the worker running now: Chromium may stop
 * and restart the service worker while the policy arrives, and a question put to a stopped one is answered by an error.
 */
async function managedValues(context: BrowserContext): Promise<Record<string, unknown> | string> {
  try {
    const worker = await extensionWorker(context);
    return await worker.evaluate(() => chrome.storage.managed.get(null));
  } catch (error) {
    return `no answer yet: ${(error as Error).message}`; // expect.poll asks again
  }
}

/** Asks Chromium to read its policy files now (chrome://policy, "Reload policies"). */
async function reloadPolicies(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto('chrome://policy');
    await page.locator('#reload-policies').click();
  } finally {
    await page.close();
  }
}

async function openExtensionPage(context: BrowserContext, name: 'popup' | 'options'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${CHROME_EXTENSION_ID}/src/${name}/index.html`);
  await page.waitForFunction(() => !!document.querySelector('#app h1'));
  return page;
}

/** The effective state as the popup and options page get it. */
function stateFrom(page: Page): Promise<EffectiveState> {
  return page.evaluate(() => chrome.runtime.sendMessage({ type: 'state:get' }) as Promise<EffectiveState>);
}

test.describe.configure({ mode: 'serial' });

test.describe('managed by enterprise policy (Chromium policy file)', () => {
  let place: PolicyPlace;
  let launched: LaunchedContext | undefined;
  const savedChromePath = process.env.CHROME_PATH;

  test.beforeAll(async () => {
    place = policyPlace();
    writeFileSync(place.file, JSON.stringify(policyFile(managerRuleset())));
    if (place.wrapper) process.env.CHROME_PATH = place.wrapper;
    launched = await launchWithExtension();
    await serveFixtures(launched.context);
    await (await extensionWorker(launched.context)).evaluate(() => chrome.storage.local.set({ uiLang: 'en' }));
  });

  test.afterAll(async () => {
    try {
      await launched?.close();
    } finally {
      if (savedChromePath === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = savedChromePath;
      place.cleanup();
      expect(existsSync(join(POLICY_DIR, POLICY_NAME))).toBe(false);
    }
  });

  test('the policy reaches the extension and the popup says who manages it', async () => {
    await expect.poll(() => managedValues(launched!.context), { timeout: 20_000 }).toMatchObject({ organisation: { name: ORG } });
    const popup = await openExtensionPage(launched!.context, 'popup');
    await expect(popup.locator('.ruleset-source')).toHaveText(`Managed by ${ORG}, version 2026.1`);
    const { status } = await stateFrom(popup);
    expect(status.source).toBe('managed');
    expect(status.locked).toContain('checks.commitment.enabled');
    expect(status.locked).not.toContain('checks.aggressive-tone.severity');
    await popup.close();
  });

  test('a check the policy locks cannot be turned off in the options', async () => {
    const options = await openExtensionPage(launched!.context, 'options');
    const commitment = options.locator('li.check[data-check="commitment"]');
    const on = commitment.getByRole('checkbox');
    await expect(on).toBeChecked();
    await expect(on).toBeDisabled();
    await expect(commitment.locator('[data-locked="true"]').first()).toHaveText('set by your organisation');
    await on.click({ force: true });
    await expect(on).toBeChecked();
    // Even written straight into the person's layer, the lock holds.
    await (await extensionWorker(launched!.context)).evaluate(() => chrome.storage.local.set({ userRuleset: { checks: { commitment: { enabled: false } } } }));
    await expect.poll(async () => (await stateFrom(options)).ruleset.checks?.commitment?.enabled).toBe(true);
    await (await extensionWorker(launched!.context)).evaluate(() => chrome.storage.local.remove('userRuleset'));
    await options.close();
  });

  test('an official account from the policy turns the capacity chip to official on x.com', async () => {
    const { page } = await openFixture(launched!.context, PAGES.x);
    await focusEditor(page, PAGES.x);
    await page.keyboard.type('Good morning');
    await expect.poll(async () => (await overlays(page))[0]?.chip ?? '', { timeout: 10_000 }).not.toBe('');
    const [overlay] = await overlays(page);
    expect(overlay.capacity).toBe('official');
    expect(overlay.chip).toBe(`Posting as @OmanMDS: official account of ${ORG}`);
    await page.close();
  });

  test('an edited policy file takes effect while the browser runs', async () => {
    writeFileSync(place.file, JSON.stringify(policyFile(managerRuleset({ version: '2026.2', review: 'block' }))));
    await reloadPolicies(launched!.context);
    await expect.poll(() => managedValues(launched!.context), { timeout: 20_000 }).toMatchObject({ version: '2026.2' });
    const popup = await openExtensionPage(launched!.context, 'popup');
    await expect(popup.locator('.ruleset-source')).toHaveText(`Managed by ${ORG}, version 2026.2`);
    expect((await stateFrom(popup)).ruleset.review).toBe('block');
    await popup.close();
  });

  test('an invalid value leaves the last good one in force and shows the problem with its path', async () => {
    const policy = policyFile(managerRuleset({ version: '2026.3' }));
    // Right type for Chromium's schema check, wrong value for the ruleset: only the extension can refuse it.
    policy['3rdparty'].extensions[CHROME_EXTENSION_ID]['check-commitment'] = { enabled: true, severity: 'critical' };
    writeFileSync(place.file, JSON.stringify(policy));
    await reloadPolicies(launched!.context);
    await expect.poll(() => managedValues(launched!.context), { timeout: 20_000 }).toMatchObject({ version: '2026.3' });
    const popup = await openExtensionPage(launched!.context, 'popup');
    await expect(popup.locator('.ruleset-source')).toHaveText(`Managed by ${ORG}, version 2026.3`);
    const alert = popup.getByRole('alert');
    await expect(alert).toContainText("Your organisation's newest rules could not be used");
    await expect(alert).toContainText('/check-commitment/severity');
    const { ruleset, status } = await stateFrom(popup);
    expect(ruleset.checks?.commitment).toEqual({ enabled: true, severity: 'error' });
    expect(status.error?.problems.map((p) => p.path)).toEqual(['/check-commitment/severity']);
    await popup.close();
  });
});
