// Which settings the managed layer locks, and whether a setting shown in the popup or options page is one of them.
import type { Ruleset } from './types.js';
import { unitsOf } from './units.js';

/** The lock the popup's pause switch and the content script read: the organisation does not let staff pause the coach. */
export const PAUSE_LOCK = 'pause';

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
