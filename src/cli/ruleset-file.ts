// Ruleset files, validated and layered as the extension layers them: built-in <- managed (deployed by policy) <- person.
import { deployedRuleset } from '../policy/read.js';
import { layerRulesets } from '../ruleset/layers.js';
import { DEFAULT_RULESET } from '../ruleset/load.js';
import { sizeProblem, utf8Length } from '../ruleset/limits.js';
import type { Ruleset } from '../ruleset/types.js';
import { formatProblem, validateRuleset } from '../ruleset/validate.js';
import { CliError } from './cli-error.js';
import { parseJson, readTextFile } from './io.js';

/** The layers the CLI was given: the organisation's ruleset (as a manager deploys it) and a person's own. */
export interface RulesetFiles {
  managed?: string;
  personal?: string;
}

/** The effective ruleset for these files (the built-in one, layered alone, when none is given); a CliError when a file is bad. */
export async function loadRulesetFiles(files: RulesetFiles): Promise<Ruleset> {
  const managed = files.managed === undefined ? undefined : deployedRuleset(await readRuleset(files.managed));
  const personal = files.personal === undefined ? undefined : await readRuleset(files.personal);
  return layerRulesets(DEFAULT_RULESET, managed, personal).ruleset;
}

async function readRuleset(path: string): Promise<Ruleset> {
  const text = await readTextFile(path);
  const tooLarge = sizeProblem(utf8Length(text)); // before parsing, however large the file
  const value = tooLarge.length ? undefined : parseJson(path, text);
  const problems = tooLarge.length ? tooLarge : validateRuleset(value);
  if (problems.length) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    throw new CliError(`${path}: not a valid ruleset: ${formatProblem(problems[0])}${more}; run post-coach ruleset validate ${path}`);
  }
  return value as Ruleset;
}
