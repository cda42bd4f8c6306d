// The ruleset in force: built-in <- managed (enterprise policy) <- the person's own choices, where not locked.
// Pure: no browser, so every rule of layering is unit-tested. `overlay` is the one merge of two rulesets.
import { deepEqual, isObject } from '../shared/json.js';
import { lockedPaths, PAUSE_LOCK } from './locks.js';
import { fromUnits, unitsOf } from './units.js';
import type { Ruleset } from './types.js';

/** Lists a person may add to even when locked: more coaching never loosens the manager's rules. */
const ADDITIVE = new Set(['customRules', 'sites.forums', 'sites.mastodon']);

/** Never taken from the person: who may change what is the manager's to say. */
const MANAGER_ONLY = new Set(['staffMayChange']);

export interface Layered {
  ruleset: Ruleset;
  /** Dotted paths the managed layer set and staff may not change, e.g. "checks.commitment.enabled". */
  locked: string[];
  /** The person's settings left out because the managed layer locked them. */
  overridden: string[];
}

/** `over` laid on `base` setting by setting (units.ts): what `over` sets replaces what `base` sets. */
export function overlay(base: Ruleset, over: Ruleset): Ruleset {
  const units = unitsOf(base);
  for (const [unit, value] of unitsOf(over)) units.set(unit, value);
  return fromUnits(units);
}

/** The ruleset in force, what the managed layer locks, and which of the person's settings those locks left out. */
export function layerRulesets(builtin: Ruleset, managed?: Ruleset, user?: Ruleset): Layered {
  const units = unitsOf(overlay(builtin, managed ?? {}));
  const locked = managed ? lockedPaths(managed) : [];
  const lockedSet = new Set(locked);
  const overridden: string[] = [];

  for (const [unit, value] of unitsOf(user ?? {})) {
    if (MANAGER_ONLY.has(unit) && managed) {
      overridden.push(unit);
    } else if (!lockedSet.has(unit)) {
      units.set(unit, value);
    } else if (ADDITIVE.has(unit)) {
      units.set(unit, unit === 'customRules' ? addRules(units.get(unit), value) : addItems(units.get(unit), value));
    } else if (!deepEqual(units.get(unit), value)) {
      overridden.push(unit);
    }
  }
  // Only a manager can forbid pausing: a person's own "allowPause: false" locks nothing.
  const pauseLocked = managed?.allowPause === false && lockedSet.has('allowPause');
  return { ruleset: fromUnits(units), locked: pauseLocked ? [...locked, PAUSE_LOCK].sort() : locked, overridden: overridden.sort() };
}

/** The person's extra rules after the manager's; a rule with a manager's id stays the manager's. */
function addRules(base: unknown, extra: unknown): unknown {
  const mine = Array.isArray(base) ? base : [];
  const ids = new Set(mine.map((r) => (isObject(r) ? r.id : undefined)));
  const theirs = Array.isArray(extra) ? extra.filter((r) => !(isObject(r) && ids.has(r.id))) : [];
  return [...mine, ...theirs];
}

function addItems(base: unknown, extra: unknown): unknown {
  const mine = Array.isArray(base) ? base : [];
  const theirs = Array.isArray(extra) ? extra.filter((x) => !mine.includes(x)) : [];
  return [...mine, ...theirs];
}
