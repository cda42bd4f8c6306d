// STUB: the ruleset's own words, phrases and patterns as one check.
import type { Check, Ruleset } from './types.js';

export function customRulesCheck(_ruleset: Ruleset): Check | null {
  return null;
}
