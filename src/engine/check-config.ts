// A check's settings in a ruleset: kept apart from ruleset loading so the options page needs no validator to show them.
import type { CheckConfig, CheckMeta, Ruleset } from './types.js';

/** The check's settings in this ruleset, falling back to the check's own defaults. */
export function resolveCheckConfig(ruleset: Ruleset, meta: CheckMeta): CheckConfig {
  const set = ruleset.checks?.[meta.id] ?? {};
  return {
    enabled: set.enabled ?? true,
    severity: set.severity ?? meta.defaultSeverity,
    options: set.options ?? {},
  };
}
