// A ruleset as its smallest settings ("units"), the grain at which layers replace each other and managers lock.
import { isObject } from '../shared/json.js';
import type { Ruleset } from './types.js';

/** Sections whose sub-keys are set and locked one by one (e.g. "sites.forums"); the rest lock as a whole. */
const SECTIONS = ['organisation', 'publicContacts', 'confidential', 'politics', 'sites', 'quickReference'] as const;

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
