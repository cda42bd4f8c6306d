// The ruleset in force: built-in <- managed (enterprise policy) <- the person's own choices, where not locked.
// Pure: no browser, so every rule of layering is unit-tested.
import type { Ruleset } from './types.js';

/** Sections whose sub-keys are set and locked one by one (e.g. "sites.forums"); the rest lock as a whole. */
const SECTIONS = ['organisation', 'publicContacts', 'sites', 'quickReference'] as const;

/** Lists a person may add to even when locked: more coaching never loosens the manager's rules. */
const ADDITIVE = new Set(['customRules', 'sites.forums', 'sites.mastodon']);

/** Never taken from the person: who may change what is the manager's to say. */
const MANAGER_ONLY = new Set(['staffMayChange']);

/** The lock the popup's pause switch and the content script read: the organisation does not let staff pause the coach. */
export const PAUSE_LOCK = 'pause';

export interface Layered {
  ruleset: Ruleset;
  /** Dotted paths the managed layer set and staff may not change, e.g. "checks.commitment.enabled". */
  locked: string[];
  /** The person's settings left out because the managed layer locked them. */
  overridden: string[];
}

/**
 * The smallest settings that are set, and locked, one at a time: "checks.<id>.<field>", "<section>.<key>"
 * for the sections above, and every other top-level property as a whole.
 */
export function unitsOf(ruleset: Ruleset): Map<string, unknown> {
  const units = new Map<string, unknown>();
  for (const [key, value] of Object.entries(ruleset)) {
    if (value === undefined || key === '$schema') continue;
    if (key === 'checks') {
      for (const [id, config] of Object.entries(value as NonNullable<Ruleset['checks']>)) {
        for (const [field, v] of Object.entries(config ?? {})) if (v !== undefined) units.set(`checks.${id}.${field}`, v);
      }
    } else if ((SECTIONS as readonly string[]).includes(key) && isObject(value)) {
      for (const [sub, v] of Object.entries(value)) if (v !== undefined) units.set(`${key}.${sub}`, v);
    } else {
      units.set(key, value);
    }
  }
  return units;
}

/** The ruleset made of these units (the inverse of unitsOf). */
export function fromUnits(units: Map<string, unknown>): Ruleset {
  const out: Record<string, unknown> = {};
  for (const [path, value] of units) {
    const parts = path.split('.');
    if (parts[0] === 'checks') {
      // a check id may itself contain dots only if a manager invents one; keep everything between as the id
      const field = parts[parts.length - 1];
      const id = parts.slice(1, -1).join('.');
      const checks = (out.checks ??= {}) as Record<string, Record<string, unknown>>;
      (checks[id] ??= {})[field] = value;
    } else if (parts.length === 2) {
      ((out[parts[0]] ??= {}) as Record<string, unknown>)[parts[1]] = value;
    } else {
      out[path] = value;
    }
  }
  return out as Ruleset;
}

/** Whether `unit` is a default staff may change: it, or a section or check containing it, is listed. */
function mayChange(unit: string, staffMayChange: readonly string[]): boolean {
  return staffMayChange.some((s) => unit === s || unit.startsWith(`${s}.`));
}

/** The units the managed ruleset sets and does not leave to staff. */
export function lockedPaths(managed: Ruleset): string[] {
  const free = managed.staffMayChange ?? [];
  return [...unitsOf(managed).keys()].filter((unit) => !mayChange(unit, free)).sort();
}

/**
 * Whether a setting shown in the popup or options is locked: `path` is a locked unit, lies inside one
 * ("checks.commitment.options.words"), or contains one ("checks.commitment" when its severity is locked).
 */
export function isLocked(locked: readonly string[], path: string): boolean {
  return locked.some((l) => l === path || path.startsWith(`${l}.`) || l.startsWith(`${path}.`));
}

export function layerRulesets(builtin: Ruleset, managed?: Ruleset, user?: Ruleset): Layered {
  const units = unitsOf(builtin);
  for (const [unit, value] of unitsOf(managed ?? {})) units.set(unit, value);
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

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Structural equality of JSON values (key order ignored). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const ka = Object.keys(a).filter((k) => a[k] !== undefined);
  const kb = Object.keys(b).filter((k) => b[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
}
