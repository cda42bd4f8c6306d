// Validation of a ruleset: the generated schema validator, then the checks a JSON Schema cannot express.
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { validate as schemaValidate, type SchemaError } from './generated/ruleset-validator.js';
import { compileRulePattern, PatternError } from '../engine/custom-rules.js';
import { normalizeTerm } from '../engine/normalize.js';
import { shapeProblems } from './limits.js';
import { isObject } from '../shared/json.js';
import type { RulesetProblem } from './types.js';

/** Region used to read public phone numbers when the ruleset names none (the built-in ruleset's). */
const FALLBACK_REGION = 'OM';

/** Every problem with `value` as a ruleset, each with its JSON Pointer; empty when it is valid. */
export function validateRuleset(value: unknown): RulesetProblem[] {
  // Too large or too deep: say so alone, without walking the rest.
  const shape = shapeProblems(value);
  if (shape.length) return shape;
  const problems: RulesetProblem[] = [];
  if (!schemaValidate(value)) {
    for (const error of schemaValidate.errors ?? []) problems.push(describeSchemaError(error));
  }
  if (isObject(value)) {
    problems.push(...customRuleProblems(value.customRules));
    problems.push(...regionProblems(value.defaultRegion));
    problems.push(...phoneProblems(value.publicContacts, regionOf(value.defaultRegion)));
    problems.push(...quickReferenceProblems(value.quickReference));
  }
  return dedupe(problems);
}

/** "/checks/commitment/severity: must be one of info, warning, error" */
export function formatProblem(problem: RulesetProblem): string {
  return `${problem.path || '/'}: ${problem.message}`;
}

// ---- schema errors in plain English ----

/** One schema error in plain English, with its path; the managed schema's errors read the same way. */
export function describeSchemaError(error: SchemaError): RulesetProblem {
  const path = error.instancePath;
  const params = error.params;
  switch (error.keyword) {
    case 'enum':
      return { path, message: `must be one of ${(params.allowedValues as unknown[]).map(showValue).join(', ')}` };
    case 'type':
      return { path, message: `must be ${typeName(String(params.type), error.parentSchema)}` };
    case 'required':
      return { path: `${path}/${escapePointer(String(params.missingProperty))}`, message: 'is required' };
    case 'additionalProperties':
      return unknownProperty(path, String(params.additionalProperty), Object.keys(error.parentSchema?.properties ?? {}));
    case 'pattern': {
      const hint = error.parentSchema?.['x-hint'];
      return { path, message: typeof hint === 'string' ? `must be ${hint}` : `must match the pattern ${params.pattern}` };
    }
    case 'minLength':
      return { path, message: params.limit === 1 ? 'must not be empty' : `must be at least ${params.limit} characters long` };
    case 'maxLength':
      return { path, message: `must be at most ${params.limit} characters long` };
    case 'minProperties':
      return { path, message: 'must not be an empty object: give the words as "en", "ar" or both' };
    case 'maxItems':
      return { path, message: `must have at most ${params.limit} items` };
    case 'minItems':
      return { path, message: `must have at least ${params.limit} items` };
    default:
      return { path, message: error.message ?? `fails the schema rule "${error.keyword}"` };
  }
}

function unknownProperty(path: string, name: string, known: string[]): RulesetProblem {
  const where = `${path}/${escapePointer(name)}`;
  const close = closest(name, known);
  const hint = close ? ` (did you mean "${close}"?)` : '';
  if (path === '/checks') {
    return { path: where, message: `unknown check "${name}"${hint}; the checks are ${known.join(', ')}` };
  }
  const check = /^\/checks\/([^/]+)\/options$/.exec(path)?.[1];
  if (check !== undefined) {
    const options = known.length ? `the options of ${check} are ${known.join(', ')}` : `${check} has no options`;
    return { path: where, message: `unknown option "${name}"${hint}; ${options}` };
  }
  return { path: where, message: `unknown property "${name}"${hint}` };
}

/** "an array of strings" when the schema says what the items are, else the bare type. */
function typeName(type: string, schema?: Record<string, any>): string {
  const items = schema?.items?.type;
  if (type === 'array' && typeof items === 'string') return `an array of ${PLURALS[items] ?? items}`;
  return bareTypeName(type);
}

const PLURALS: Record<string, string> = { string: 'strings', object: 'objects', boolean: 'true or false values', number: 'numbers', integer: 'whole numbers' };

function bareTypeName(type: string): string {
  const names: Record<string, string> = {
    string: 'a string',
    object: 'an object',
    array: 'an array',
    boolean: 'true or false',
    number: 'a number',
    integer: 'a whole number',
    null: 'null',
  };
  return type
    .split(',')
    .map((t) => names[t] ?? t)
    .join(' or ');
}

function showValue(v: unknown): string {
  return v === '' ? '"" (empty)' : String(v);
}

/** The known name within two edits of a typo, if any. */
function closest(name: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(name.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

// ---- what the schema cannot say ----

function customRuleProblems(rules: unknown): RulesetProblem[] {
  if (!Array.isArray(rules)) return [];
  const problems: RulesetProblem[] = [];
  const seen = new Map<string, number>();
  rules.forEach((rule, i) => {
    if (!isObject(rule)) return;
    const at = `/customRules/${i}`;
    if (typeof rule.id === 'string') {
      const first = seen.get(rule.id);
      if (first === undefined) seen.set(rule.id, i);
      else problems.push({ path: `${at}/id`, message: `"${rule.id}" is already the id of /customRules/${first}` });
    }
    const words = stringsOf(rule.words);
    const phrases = stringsOf(rule.phrases);
    const hasPattern = typeof rule.pattern === 'string' && rule.pattern !== '';
    if (!words.length && !phrases.length && !hasPattern) {
      problems.push({ path: at, message: 'needs words, phrases or a pattern to match' });
    }
    for (const [field, list] of [['words', words], ['phrases', phrases]] as const) {
      list.forEach((term, j) => {
        if (term.trim() && !normalizeTerm(term)) problems.push({ path: `${at}/${field}/${j}`, message: 'has nothing left to match once normalised' });
      });
    }
    const flags = rule.flags === undefined ? '' : rule.flags;
    if (hasPattern && (flags === '' || flags === 'i')) {
      try {
        const compiled = compileRulePattern(rule.pattern as string, flags);
        if (compiled.matcher('').find()) problems.push({ path: `${at}/pattern`, message: 'matches empty text; it must match at least one character' });
      } catch (e) {
        if (!(e instanceof PatternError)) throw e;
        problems.push({ path: `${at}/pattern`, message: e.message });
      }
    }
  });
  return problems;
}

function regionProblems(region: unknown): RulesetProblem[] {
  if (typeof region !== 'string' || !/^[A-Z]{2}$/.test(region) || isSupportedCountry(region)) return [];
  return [{ path: '/defaultRegion', message: `"${region}" is not a phone region libphonenumber knows` }];
}

function regionOf(region: unknown): CountryCode {
  return typeof region === 'string' && isSupportedCountry(region) ? region : FALLBACK_REGION;
}

function phoneProblems(contacts: unknown, region: CountryCode): RulesetProblem[] {
  if (!isObject(contacts) || !Array.isArray(contacts.phones)) return [];
  const problems: RulesetProblem[] = [];
  contacts.phones.forEach((phone, i) => {
    if (typeof phone !== 'string' || phone === '') return;
    const parsed = parsePhoneNumberFromString(phone, region);
    if (!parsed || !parsed.isValid()) {
      problems.push({
        path: `/publicContacts/phones/${i}`,
        message: `"${phone}" is not a valid phone number for region ${region}; write it in full with its country code, e.g. +968 2412 3456`,
      });
    }
  });
  return problems;
}

function quickReferenceProblems(ref: unknown): RulesetProblem[] {
  if (!isObject(ref)) return [];
  const problems: RulesetProblem[] = [];
  for (const list of ['principles', 'conduct', 'tips']) {
    const items = ref[list];
    if (!Array.isArray(items)) continue;
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (!isObject(item) || typeof item.id !== 'string') return;
      if (seen.has(item.id)) problems.push({ path: `/quickReference/${list}/${i}/id`, message: `"${item.id}" appears twice in ${list}` });
      seen.add(item.id);
    });
  }
  return problems;
}

// ---- small helpers ----

function stringsOf(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
}

function escapePointer(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

function dedupe(problems: RulesetProblem[]): RulesetProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = formatProblem(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
