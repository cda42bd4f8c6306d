// The effective ruleset: the built-in default, then whatever a ruleset file or a manager sets.
import defaultJson from '../../rules/default.json';
import type { Ruleset } from './types.js';
import { validateRuleset, type RulesetProblem } from './ruleset-validate.js';
import { sizeProblem, utf8Length } from './ruleset-limits.js';

export const DEFAULT_RULESET = defaultJson as unknown as Ruleset;

export class RulesetError extends Error {
  constructor(readonly problems: RulesetProblem[]) {
    super(problems.map((p) => `${p.path || '/'}: ${p.message}`).join('\n'));
    this.name = 'RulesetError';
  }
}

export { resolveCheckConfig } from './check-config.js';

/**
 * Parse and validate a ruleset (JSON text or a parsed object); no argument gives the built-in one.
 * Throws RulesetError listing every problem with its JSON path.
 */
export function loadRuleset(input?: string | unknown): Ruleset {
  if (input === undefined) return DEFAULT_RULESET;
  let value: unknown = input;
  if (typeof input === 'string') {
    const tooLarge = sizeProblem(utf8Length(input));
    if (tooLarge.length) throw new RulesetError(tooLarge); // refused before parsing, however large
    try {
      value = JSON.parse(input);
    } catch (e) {
      throw new RulesetError([{ path: '', message: `not valid JSON: ${(e as Error).message}` }]);
    }
  }
  const problems = validateRuleset(value);
  if (problems.length) throw new RulesetError(problems);
  return value as Ruleset;
}

/**
 * Layer `over` on `base` (built-in <- managed <- the person's own): objects merge key by key,
 * while arrays and plain values in `over` replace those in `base`; undefined in `over` changes nothing.
 */
export function mergeRulesets(base: Ruleset, over: Ruleset): Ruleset {
  return mergeValue(base, over) as Ruleset;
}

function mergeValue(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = mergeValue(base[key], value);
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Host names compared without "www." / "mobile." and the old name of X. */
function siteKey(host: string): string {
  const h = host.trim().toLowerCase().replace(/^(www|mobile|m)\./, '');
  return h === 'twitter.com' ? 'x.com' : h;
}

function handleKey(handle: string): string {
  return handle.trim().replace(/^@/, '').toLowerCase();
}

/** Whether `account` on `site` is one of the ruleset's official accounts. */
export function isOfficialAccount(ruleset: Ruleset, site: string | undefined, account: string | undefined): boolean {
  if (!site || !account) return false;
  return (ruleset.officialAccounts ?? []).some(
    (a) => siteKey(a.site) === siteKey(site) && handleKey(a.handle) === handleKey(account),
  );
}
