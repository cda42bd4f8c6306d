// The engine as a library: import { createAnalyzer, loadRuleset } from 'post-coach'.
export { createAnalyzer, sortFindings, type Analyzer } from './engine/analyzer.js';
export { loadRuleset, resolveCheckConfig, DEFAULT_RULESET, RulesetError } from './engine/ruleset.js';
export { validateRuleset, type RulesetProblem } from './engine/ruleset-validate.js';
export { normalize, toOriginal } from './engine/normalize.js';
export { CHECKS, CHECK_IDS } from './engine/checks/index.js';
export type * from './engine/types.js';
