// A manager's ruleset file, validated and layered over the built-in ruleset as the extension layers it.
import { DEFAULT_RULESET, mergeRulesets } from '../engine/ruleset.js';
import { formatProblem, validateRuleset } from '../engine/ruleset-validate.js';
import { sizeProblem, utf8Length } from '../engine/ruleset-limits.js';
import type { Ruleset } from '../engine/types.js';
import { CliError } from './cli-error.js';
import { parseJson, readTextFile } from './io.js';

/** The effective ruleset for `path` (built-in when none is given); a CliError when the file is bad. */
export async function loadRulesetFile(path: string | undefined): Promise<Ruleset> {
  if (path === undefined) return DEFAULT_RULESET;
  const text = await readTextFile(path);
  const tooLarge = sizeProblem(utf8Length(text)); // before parsing, however large the file
  const value = tooLarge.length ? undefined : parseJson(path, text);
  const problems = tooLarge.length ? tooLarge : validateRuleset(value);
  if (problems.length) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    throw new CliError(`${path}: not a valid ruleset: ${formatProblem(problems[0])}${more}; run post-coach ruleset validate ${path}`);
  }
  return mergeRulesets(DEFAULT_RULESET, value as Ruleset);
}
