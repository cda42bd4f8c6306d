// The one mapping between a ruleset and its enterprise-policy keys, used by the extension's store and the policy CLI.
// Chrome drops a whole top-level policy key when any part of it is invalid, so each independent part of the
// ruleset is its own key: one bad value never takes the others with it.
import { CHECK_META_IDS as CHECK_IDS } from '../engine/checks/meta/index.js';
import type { CheckConfig, Ruleset } from '../ruleset/types.js';
import { customRulesFromManaged, customRulesToManaged } from './rule-words.js';

/** A whole ruleset as one JSON text, for managers who prefer to paste a file. */
export const WHOLE_RULESET_KEY = 'ruleset';

/** Prefix of the key carrying one check's settings: "check-commitment" <-> checks.commitment. */
export const CHECK_KEY_PREFIX = 'check-';

/** Ruleset properties carried as a managed key of the same name. */
export const PLAIN_KEYS = [
  'name',
  'version',
  'organisation',
  'defaultRegion',
  'officialAccounts',
  'publicContacts',
  'disclosurePhrases',
  'authorisedToCommit',
  'confidential',
  'politics',
  'privateChannels',
  'customRules',
  'sites',
  'quickReference',
  'review',
  'permanenceNote',
  'allowPause',
  'staffMayChange',
] as const satisfies ReadonlyArray<keyof Ruleset>;

export type ManagedValues = Record<string, unknown>;

export function checkKey(checkId: string): string {
  return CHECK_KEY_PREFIX + checkId;
}

/** Every key the managed schema declares, in schema order. */
export function managedKeys(checkIds: readonly string[] = CHECK_IDS): string[] {
  const at = PLAIN_KEYS.indexOf('customRules'); // checks sit between the organisation's facts and its own rules
  return [WHOLE_RULESET_KEY, ...PLAIN_KEYS.slice(0, at), ...checkIds.map(checkKey), ...PLAIN_KEYS.slice(at)];
}

function isPlainKey(key: string): key is (typeof PLAIN_KEYS)[number] {
  return (PLAIN_KEYS as readonly string[]).includes(key);
}

/** Chrome's policy schema has no "number or string": the managed version is text, digits read back as a number. */
function versionToManaged(version: number | string): string {
  return String(version);
}

function versionFromManaged(value: unknown): unknown {
  return typeof value === 'string' && /^(0|[1-9][0-9]{0,14})$/.test(value) ? Number(value) : value;
}

/** The managed keys that deploy `ruleset` (one key per part; `$schema` is an editor hint and is not deployed). */
export function rulesetToManaged(ruleset: Ruleset): ManagedValues {
  const out: ManagedValues = {};
  for (const key of PLAIN_KEYS) {
    const value = ruleset[key];
    if (value === undefined) continue;
    out[key] = key === 'version' ? versionToManaged(value as number | string) : key === 'customRules' ? customRulesToManaged(value) : value;
  }
  for (const [id, config] of Object.entries(ruleset.checks ?? {})) out[checkKey(id)] = config;
  return out;
}

/** The part of a ruleset one managed key carries, or undefined for a key that is not ours. */
export function managedKeyToRuleset(key: string, value: unknown): Partial<Ruleset> | undefined {
  if (key.startsWith(CHECK_KEY_PREFIX)) {
    const id = key.slice(CHECK_KEY_PREFIX.length);
    return { checks: { [id]: value as Partial<CheckConfig> } };
  }
  if (isPlainKey(key)) {
    const part = key === 'version' ? versionFromManaged(value) : key === 'customRules' ? customRulesFromManaged(value) : value;
    return { [key]: part } as Partial<Ruleset>;
  }
  return undefined;
}

/**
 * The ruleset carried by separate managed keys (without the "ruleset" text key, which the caller parses and
 * validates first). Unknown keys are ignored, as Chrome does.
 */
export function managedToRuleset(values: ManagedValues): Ruleset {
  return joinParts(Object.entries(values).map(([key, value]) => managedKeyToRuleset(key, value)));
}

/** The parts separate keys carry, side by side: each key has its own part, only the checks share a property. */
export function joinParts(parts: Iterable<Partial<Ruleset> | undefined>): Ruleset {
  const out: Ruleset = {};
  for (const part of parts) {
    if (part?.checks) out.checks = { ...out.checks, ...part.checks };
    else if (part) Object.assign(out, part);
  }
  return out;
}

/** The managed key that carries a ruleset JSON pointer, e.g. "/checks/commitment/severity" -> "check-commitment". */
export function managedKeyOfRulesetPath(pointer: string): string | undefined {
  const [, top, second] = pointer.split('/');
  if (top === 'checks') return second === undefined ? undefined : checkKey(unescapePointer(second));
  return top !== undefined && isPlainKey(top) ? top : undefined;
}

/** A ruleset JSON pointer rewritten in managed-key terms: "/checks/commitment/severity" -> "/check-commitment/severity". */
export function rulesetPathToManaged(pointer: string): string {
  const parts = pointer.split('/');
  if (parts[1] === 'checks' && parts.length > 2) return ['', checkKey(unescapePointer(parts[2])), ...parts.slice(3)].join('/');
  return pointer;
}

/** A managed-key JSON pointer rewritten in ruleset terms: "/check-commitment/severity" -> "/checks/commitment/severity". */
export function managedPathToRuleset(pointer: string): string {
  const parts = pointer.split('/');
  const top = parts[1];
  if (top !== undefined && top.startsWith(CHECK_KEY_PREFIX)) {
    return ['', 'checks', top.slice(CHECK_KEY_PREFIX.length), ...parts.slice(2)].join('/');
  }
  return pointer;
}

/** The top-level key of a JSON pointer, "" for the root. */
export function topKeyOf(pointer: string): string {
  return unescapePointer(pointer.split('/')[1] ?? '');
}

function unescapePointer(part: string): string {
  return part.replace(/~1/g, '/').replace(/~0/g, '~');
}
