// The effective ruleset: the built-in default, then whatever a ruleset file or a manager sets.
import defaultJson from '../../rules/default.json';
import type { CheckConfig, CheckMeta, Ruleset } from './types.js';
import { validateRuleset, type RulesetProblem } from './ruleset-validate.js';

export const DEFAULT_RULESET = defaultJson as unknown as Ruleset;

export class RulesetError extends Error {
  constructor(readonly problems: RulesetProblem[]) {
    super(problems.map((p) => `${p.path || '/'}: ${p.message}`).join('\n'));
    this.name = 'RulesetError';
  }
}

/** The check's settings in this ruleset, falling back to the check's own defaults. */
export function resolveCheckConfig(ruleset: Ruleset, meta: CheckMeta): CheckConfig {
  const set = ruleset.checks?.[meta.id] ?? {};
  return {
    enabled: set.enabled ?? true,
    severity: set.severity ?? meta.defaultSeverity,
    options: set.options ?? {},
  };
}

/**
 * Parse and validate a ruleset (JSON text or a parsed object); no argument gives the built-in one.
 * Throws RulesetError listing every problem with its JSON path.
 */
export function loadRuleset(input?: string | unknown): Ruleset {
  if (input === undefined) return DEFAULT_RULESET;
  let value: unknown = input;
  if (typeof input === 'string') {
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
