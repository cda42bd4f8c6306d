// STUB: validation against rules/ruleset.schema.json plus the ruleset's own checks.
export interface RulesetProblem {
  /** JSON Pointer to the offending value, e.g. "/checks/commitment/severity". */
  path: string;
  message: string;
}

export function validateRuleset(_value: unknown): RulesetProblem[] {
  return [];
}
