// One line of a JSONL input: a draft with its context, as `check --jsonl` and `ruleset test` read it.
import { isOfficialAccount } from '../ruleset/accounts.js';
import { isObject } from '../shared/json.js';
import type { Capacity, Context, Ruleset } from '../engine/types.js';
import { printable } from '../shared/printable.js';

export const CAPACITIES: readonly Capacity[] = ['official', 'personal', 'unknown'];

export interface Sample {
  text: string;
  capacity?: Capacity;
  site?: string;
  account?: string;
  replyTo?: string;
  /** For `ruleset test`: check id -> whether that check must report a finding. */
  expect?: Record<string, boolean>;
}

export type ParsedLine = { sample: Sample } | { error: string };

/** Read line `n` (1-based) of a JSONL input; other fields on the line are ignored. */
export function parseSampleLine(line: string, n: number): ParsedLine {
  const fail = (why: string): ParsedLine => ({ error: `line ${n}: ${why}` });
  if (line.trim() === '') return fail('empty line; expected a JSON object with "text"');
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return fail(`not valid JSON (${printable((e as Error).message)})`); // the parser quotes the line itself
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('expected a JSON object with "text"');
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') return fail(o.text === undefined ? 'missing "text"' : '"text" must be a string');
  const sample: Sample = { text: o.text };
  if (o.capacity !== undefined) {
    if (!CAPACITIES.includes(o.capacity as Capacity)) return fail(`"capacity" must be one of ${CAPACITIES.join(', ')}`);
    sample.capacity = o.capacity as Capacity;
  }
  for (const key of ['site', 'account', 'replyTo'] as const) {
    if (o[key] === undefined) continue;
    if (typeof o[key] !== 'string') return fail(`"${key}" must be a string`);
    sample[key] = o[key] as string;
  }
  if (o.expect !== undefined) {
    const expect = o.expect as Record<string, unknown>;
    const valid = isObject(expect) && Object.values(expect).every((v) => typeof v === 'boolean');
    if (!valid) return fail('"expect" must be an object of check id -> true or false');
    sample.expect = expect as Record<string, boolean>;
  }
  return { sample };
}

export interface ContextDefaults {
  capacity?: Capacity;
  site?: string;
  account?: string;
  replyTo?: string;
}

/**
 * The context a draft is checked in: the sample's own fields, then the command-line defaults;
 * without a capacity, one of the ruleset's official accounts posts officially and anyone else is unknown.
 */
export function contextFor(ruleset: Ruleset, sample: Partial<Sample>, defaults: ContextDefaults): Context {
  const site = sample.site ?? defaults.site;
  const account = sample.account ?? defaults.account;
  const capacity = sample.capacity ?? defaults.capacity ?? (isOfficialAccount(ruleset, site, account) ? 'official' : 'unknown');
  const context: Context = { capacity };
  if (site !== undefined) context.site = site;
  if (account !== undefined) context.account = account;
  const replyTo = sample.replyTo ?? defaults.replyTo;
  if (replyTo !== undefined) context.replyTo = replyTo;
  return context;
}
