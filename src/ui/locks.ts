// What the organisation locked, by the same rule the ruleset layering uses.
import { isLocked } from '../ruleset/locks.js';

export { isLocked };

/** The lock on a check's switch or its severity ("checks" or "checks.<id>" lock both). */
export function checkLocked(locked: readonly string[] | undefined, checkId: string, field: 'enabled' | 'severity'): boolean {
  return isLocked(locked ?? [], `checks.${checkId}.${field}`);
}
