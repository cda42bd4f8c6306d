// Reading a ruleset: the built-in default, or JSON text or a parsed value checked against every rule of a ruleset.
import defaultJson from '../../rules/default.json';
import type { Ruleset, RulesetProblem } from './types.js';
import { validateRuleset } from './validate.js';
import { sizeProblem, utf8Length } from './limits.js';

export const DEFAULT_RULESET = defaultJson as unknown as Ruleset;

export class RulesetError extends Error {
  constructor(readonly problems: RulesetProblem[]) {
    super(problems.map((p) => `${p.path || '/'}: ${p.message}`).join('\n'));
    this.name = 'RulesetError';
  }
}

/**
 * Parse and validate a ruleset (JSON text or a parsed object); no argument gives the built-in one.
 * Throws RulesetError listing every problem with its JSON path.
 */
export function loadRuleset(input?: string | unknown): Ruleset {
  if (input === undefined) return DEFAULT_RULESET;
  let value: unknown = input;
  if (typeof input === 'string') {
    const tooLarge = sizeProblem(utf8Length(input));
    if (tooLarge.length) throw new RulesetError(tooLarge); // refused before parsing, however large
    try {
      value = JSON.parse(input);
    } catch (e) {
      throw new RulesetError([{ path: '', message: `not valid JSON: ${(e as Error).message}` }]);
    }
  }
  const problems = validateRuleset(value);
  if (problems.length) throw new RulesetError(problems);
  return value as Ruleset;
}
