// Reads what enterprise policy delivered, key by key: the managed schema (types, as Chrome checks them) and then the
// ruleset's own rules. A bad key is refused with its problems; the keys beside it stay (Chrome's per-key behaviour,
// which Firefox does not give us, so the extension does it itself).
import { validate as validateManagedSchema } from './generated/managed-validator.js';
import {
  WHOLE_RULESET_KEY,
  managedKeyOfRulesetPath,
  joinParts,
  managedKeyToRuleset,
  managedKeys,
  rulesetPathToManaged,
  rulesetToManaged,
  topKeyOf,
  type ManagedValues,
} from './keys.js';
import { describeSchemaError, validateRuleset } from '../ruleset/validate.js';
import type { RulesetProblem } from '../ruleset/types.js';
import { sizeProblem, utf8Length } from '../ruleset/limits.js';
import { overlay } from '../ruleset/layers.js';
import type { Ruleset } from '../ruleset/types.js';

export interface ManagedReading {
  /** The ruleset the accepted keys carry together ({} when nothing is managed). */
  ruleset: Ruleset;
  /** The accepted keys with their values as delivered. */
  accepted: ManagedValues;
  /** Keys refused, in the order they were found. */
  refused: string[];
  /** Every problem, with a JSON pointer in policy terms, e.g. "/check-commitment/severity" or "/ruleset/review". */
  problems: RulesetProblem[];
}

/** Bounded: each round refuses at least one more key, and there are only so many keys. */
const MAX_ROUNDS = 32;

export function readManaged(values: unknown): ManagedReading {
  if (values === null || typeof values !== 'object' || Array.isArray(values)) {
    return { ruleset: {}, accepted: {}, refused: [], problems: [{ path: '', message: 'managed settings must be an object' }] };
  }
  const known = new Set(managedKeys());
  const problems: RulesetProblem[] = [];
  const refused = new Set<string>();
  const refuse = (key: string, found: RulesetProblem[]) => {
    refused.add(key);
    problems.push(...found);
  };

  // 1. Types, per key, as Chrome would check them before publishing the policy.
  const raw = values as ManagedValues;
  if (!validateManagedSchema(raw)) {
    const byKey = new Map<string, RulesetProblem[]>();
    for (const e of validateManagedSchema.errors ?? []) {
      const key = topKeyOf(e.instancePath);
      const list = byKey.get(key) ?? [];
      list.push(describeSchemaError(e));
      byKey.set(key, list);
    }
    for (const [key, found] of byKey) refuse(key, found);
  }

  // 2. The pasted whole ruleset, if any, checked as a ruleset file.
  let whole: Ruleset = {};
  if (typeof raw[WHOLE_RULESET_KEY] === 'string' && !refused.has(WHOLE_RULESET_KEY)) {
    const found = parseWhole(raw[WHOLE_RULESET_KEY] as string);
    if (Array.isArray(found)) refuse(WHOLE_RULESET_KEY, found);
    else whole = found;
  }

  // 3. Each separate key, checked as the part of a ruleset it carries.
  const parts = new Map<string, Partial<Ruleset>>();
  for (const [key, value] of Object.entries(raw)) {
    if (key === WHOLE_RULESET_KEY || !known.has(key) || refused.has(key) || value === undefined) continue;
    const fragment = managedKeyToRuleset(key, value);
    if (!fragment) continue;
    const found = validateRuleset(fragment).map(toManagedProblem);
    if (found.length) refuse(key, found);
    else parts.set(key, fragment);
  }

  // 4. The parts together, for the ruleset's rules that span parts; the part a problem points at is refused.
  let ruleset: Ruleset = {};
  for (let round = 0; round < MAX_ROUNDS; round++) {
    ruleset = combine(refused.has(WHOLE_RULESET_KEY) ? {} : whole, parts);
    const found = validateRuleset(ruleset);
    if (!found.length) break;
    const pasted = !refused.has(WHOLE_RULESET_KEY) && typeof raw[WHOLE_RULESET_KEY] === 'string';
    const blame = new Map<string, RulesetProblem[]>();
    for (const p of found) {
      const part = managedKeyOfRulesetPath(p.path);
      if (part !== undefined && parts.has(part)) add(blame, part, toManagedProblem(p));
      // A part no separate key set came from the pasted ruleset.
      else if (pasted) add(blame, WHOLE_RULESET_KEY, { path: `/${WHOLE_RULESET_KEY}${p.path}`, message: p.message });
      // A problem of the parts together that no one key carries: run none of them rather than an invalid ruleset.
      else for (const key of parts.keys()) add(blame, key, p);
    }
    for (const [key, list] of blame) {
      refuse(key, list.filter((p, i) => list.indexOf(p) === i));
      parts.delete(key);
    }
  }

  const accepted: ManagedValues = {};
  for (const key of Object.keys(raw)) {
    if (!known.has(key) || refused.has(key) || raw[key] === undefined) continue;
    if (key === WHOLE_RULESET_KEY || parts.has(key)) accepted[key] = raw[key];
  }
  const unique = problems.filter((p, i) => problems.findIndex((q) => q.path === p.path && q.message === p.message) === i);
  return { ruleset, accepted, refused: [...refused], problems: unique };
}

/** The managed values that deploy `ruleset`, or the problems that stop it being deployed. */
export function managedFromRuleset(ruleset: Ruleset): { values: ManagedValues; problems: RulesetProblem[] } {
  const values = rulesetToManaged(ruleset);
  const reading = readManaged(values);
  return { values, problems: reading.problems };
}

/** The managed layer the extension reads once `ruleset` (already valid) is deployed by enterprise policy. */
export function deployedRuleset(ruleset: Ruleset): Ruleset {
  return readManaged(rulesetToManaged(ruleset)).ruleset;
}

function parseWhole(text: string): Ruleset | RulesetProblem[] {
  const tooLarge = sizeProblem(utf8Length(text));
  if (tooLarge.length) return tooLarge.map((p) => ({ path: `/${WHOLE_RULESET_KEY}`, message: p.message }));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return [{ path: `/${WHOLE_RULESET_KEY}`, message: `not valid JSON: ${(e as Error).message}` }];
  }
  const found = validateRuleset(value);
  if (found.length) return found.map((p) => ({ path: `/${WHOLE_RULESET_KEY}${p.path}`, message: p.message }));
  return value as Ruleset;
}

/** Separate keys take precedence over the same settings of the pasted ruleset. */
function combine(whole: Ruleset, parts: Map<string, Partial<Ruleset>>): Ruleset {
  const { $schema: _editorHint, ...base } = whole;
  const separate = joinParts(parts.values());
  return Object.keys(base).length ? overlay(base, separate) : separate;
}

function add(map: Map<string, RulesetProblem[]>, key: string, problem: RulesetProblem): void {
  const list = map.get(key) ?? [];
  list.push(problem);
  map.set(key, list);
}

function toManagedProblem(p: RulesetProblem): RulesetProblem {
  return { path: rulesetPathToManaged(p.path), message: p.message };
}
