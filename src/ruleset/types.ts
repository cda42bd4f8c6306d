// The ruleset's vocabulary. The engine defines the Ruleset it consumes (its resolved configuration); this layer
// reads, checks and layers rulesets of that shape, and adds the words for what can be wrong with one.
export type { CheckConfig, CustomRule, OfficialAccount, QuickRefItem, QuickReference, Ruleset } from '../engine/types.js';

export interface RulesetProblem {
  /** JSON Pointer to the offending value, e.g. "/checks/commitment/severity". */
  path: string;
  message: string;
}
