// A ruleset's policy files for one target: validated as a ruleset, turned into managed keys, written by the target.
import { deepEqual } from '../shared/json.js';
import { CHROME_EXTENSION_ID, FIREFOX_EXTENSION_ID } from '../shared/extension-id.js';
import type { Ruleset } from '../ruleset/types.js';
import { formatProblem, validateRuleset } from '../ruleset/validate.js';
import { managedToRuleset } from './keys.js';
import { managedFromRuleset } from './read.js';
import type { PolicyFile, PolicyInput, PolicyTarget } from './targets/target.js';

/** The files for `ruleset` and `target`, or the problems that stop it being deployed. */
export function renderPolicy(
  ruleset: unknown,
  target: PolicyTarget,
  urls: { updateUrl?: string; installUrl?: string; chromeId?: string } = {},
): { files: PolicyFile[]; problems: string[]; warnings: string[] } {
  const problems = validateRuleset(ruleset).map(formatProblem);
  if (problems.length) return { files: [], problems, warnings: [] };
  const managed = managedFromRuleset(ruleset as Ruleset);
  if (managed.problems.length) return { files: [], problems: managed.problems.map(formatProblem), warnings: [] };
  const warnings: string[] = [];
  const { $schema: _editorHint, ...deployed } = ruleset as Ruleset;
  // An empty "checks" has no policy key of its own and changes nothing.
  if (deployed.checks && !Object.keys(deployed.checks).length) delete deployed.checks;
  if (!deepEqual(managedToRuleset(managed.values), deployed)) {
    warnings.push('the version reads back differently from policy (whole numbers and text only); the rest is deployed as written');
  }
  const input: PolicyInput = {
    values: managed.values,
    chromeId: urls.chromeId ?? CHROME_EXTENSION_ID,
    firefoxId: FIREFOX_EXTENSION_ID,
    updateUrl: urls.updateUrl,
    installUrl: urls.installUrl,
  };
  try {
    return { files: target.render(input), problems: [], warnings };
  } catch (e) {
    return { files: [], problems: [(e as Error).message], warnings };
  }
}
