// The CLI's effective ruleset is the extension's: the same files give the ruleset the background serves, and the same findings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRulesetStore } from '../../src/background/ruleset-store.js';
import { loadRulesetFiles, type RulesetFiles } from '../../src/cli/ruleset-file.js';
import { createAnalyzer } from '../../src/engine/analyzer.js';
import { renderPolicy } from '../../src/policy/render.js';
import { TARGETS } from '../../src/policy/targets/index.js';
import type { Ruleset } from '../../src/ruleset/types.js';
import { CHROME_EXTENSION_ID } from '../../src/shared/extension-id.js';
import { STORAGE } from '../../src/shared/messages.js';
import { fakeBrowser } from '../managed/fake-storage.js';
import { cli, ROOT } from './run-cli.js';

const MANAGED = 'test/cli/fixtures/layers/managed.json';
const PERSONAL = 'test/cli/fixtures/layers/personal.json';
const read = (path: string) => JSON.parse(readFileSync(`${ROOT}/${path}`, 'utf8')) as Ruleset;

/** The policy values Chrome hands the extension once the manager deploys `path` with the Linux policy file. */
function deployed(path: string): Record<string, unknown> {
  const out = renderPolicy(read(path), TARGETS.find((t) => t.id === 'chrome-linux')!, {});
  expect(out.problems).toEqual([]);
  return JSON.parse(out.files[0].text)['3rdparty'].extensions[CHROME_EXTENSION_ID];
}

/** What the background serves with `files.managed` deployed by policy and `files.personal` imported on the options page. */
async function extensionRuleset(files: RulesetFiles): Promise<Ruleset> {
  const fake = fakeBrowser(files.managed ? deployed(files.managed) : undefined);
  if (files.personal) await fake.deps.local.set({ [STORAGE.userRuleset]: read(files.personal) });
  return (await createRulesetStore(fake.deps).get()).ruleset;
}

const CASES: Array<[string, RulesetFiles]> = [
  ['nothing but the built-in ruleset', {}],
  ["the organisation's ruleset", { managed: MANAGED }],
  ["a person's own settings", { personal: PERSONAL }],
  ["both, the person's where the organisation does not lock them", { managed: MANAGED, personal: PERSONAL }],
];

describe('the effective ruleset of the CLI and of the extension', () => {
  it.each(CASES)('%s', async (_name, files) => {
    expect(await loadRulesetFiles(files)).toEqual(await extensionRuleset(files));
  });

  it('layers the person over the organisation as the extension does: locked settings stay, free and additive ones are taken', async () => {
    const ruleset = await loadRulesetFiles({ managed: MANAGED, personal: PERSONAL });
    expect(ruleset.checks?.commitment?.severity).toBe('error'); // locked
    expect(ruleset.checks?.['aggressive-tone']?.options).toEqual({ exclamations: false }); // staff may change it
    expect(ruleset.checks?.['personal-details']?.enabled).toBe(false); // the manager set nothing there
    expect(ruleset.disclosurePhrases).toEqual(['my views are my own']);
    expect(ruleset.customRules?.map((r) => r.id)).toEqual(['tender', 'mine']);
    expect(ruleset.sites?.forums).toEqual(['forum.example.org', 'talk.example.net']);
    expect(ruleset.review).toBe('block');
    expect(ruleset.allowPause).toBe(false);
    expect(ruleset.staffMayChange).toEqual(['checks.aggressive-tone', 'disclosurePhrases']);
    expect(ruleset.version).toBe(7); // as policy delivers it: digits read back as a number
  });

  it('post-coach check --ruleset --personal finds what the extension would', async () => {
    const text = 'We will fix the tender process by Monday. Call me on +968 9123 4567. STOP THIS NOW!!!';
    const run = cli(['check', '--ruleset', MANAGED, '--personal', PERSONAL, '--site', 'x.com', '--account', '@OmanMDS', '--format', 'json', text]);
    expect(run.stderr).toBe('');
    const ruleset = await extensionRuleset({ managed: MANAGED, personal: PERSONAL });
    const findings = createAnalyzer(ruleset).analyze(text, { capacity: 'official', site: 'x.com', account: '@OmanMDS' });
    expect(findings.length).toBeGreaterThan(0);
    expect(JSON.parse(run.stdout).findings).toEqual(findings);
  });
});
