// Whether coaching is paused on a site: the person's stored choice, unless the organisation does not allow pausing.
import { isLocked, PAUSE_LOCK } from '../ruleset/locks.js';

/** `stored` is storage.local's "paused" record ({ "<site>": true }); anything else reads as not paused. */
export function pausedOn(site: string, stored: unknown, locked: readonly string[]): boolean {
  if (isLocked(locked, PAUSE_LOCK)) return false;
  return !!stored && typeof stored === 'object' && (stored as Record<string, unknown>)[site] === true;
}
