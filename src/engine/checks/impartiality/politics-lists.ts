// The ruleset's political parties and politicians: each entry one name and its other names ("Labour Party | Labour |
// حزب العمال"), all of them compiled into one whole-word pattern per ruleset.
import type { Ruleset } from '../../types.js';
import { wordListRegex } from '../../text/words.js';

/** Separates a name from its aliases inside one entry. */
export const ALIAS_SEPARATOR = '|';

const cache = new WeakMap<Ruleset, RegExp | null>();

/** Every name and alias of one entry, trimmed, empty pieces dropped. */
export function namesOf(entry: string): string[] {
  return entry
    .split(ALIAS_SEPARATOR)
    .map((n) => n.trim())
    .filter(Boolean);
}

/** One pattern for every listed party and politician, or null when the ruleset lists none. */
export function politicalNames(ruleset: Ruleset): RegExp | null {
  if (cache.has(ruleset)) return cache.get(ruleset) ?? null;
  const p = ruleset.politics;
  const names = [...(p?.parties ?? []), ...(p?.politicians ?? [])].flatMap(namesOf);
  const re = names.length > 0 ? wordListRegex(names) : null;
  cache.set(ruleset, re);
  return re;
}
