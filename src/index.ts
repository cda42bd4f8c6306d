// The engine as a library: import { createAnalyzer, loadRuleset } from 'post-coach'.
export { createAnalyzer, sortFindings, type Analyzer } from './engine/analyzer.js';
export { resolveCheckConfig } from './engine/check-config.js';
export { loadRuleset, DEFAULT_RULESET, RulesetError } from './ruleset/load.js';
export { validateRuleset } from './ruleset/validate.js';
export type { RulesetProblem } from './ruleset/types.js';
export { normalize, toOriginal } from './engine/normalize.js';
export { CHECKS, CHECK_IDS } from './engine/checks/index.js';
export type * from './engine/types.js';
