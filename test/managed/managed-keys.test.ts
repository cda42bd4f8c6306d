import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import schema from '../../rules/managed-schema.json';
import { CHECK_IDS } from '../../src/engine/checks/index.js';
import {
  managedKeyOfRulesetPath,
  managedKeys,
  managedPathToRuleset,
  managedToRuleset,
  rulesetPathToManaged,
  rulesetToManaged,
} from '../../src/policy/keys.js';
import type { Ruleset } from '../../src/ruleset/types.js';

const ministry = JSON.parse(readFileSync(new URL('./fixtures/ministry.json', import.meta.url), 'utf8')) as Ruleset;
const { $schema: _hint, ...deployable } = ministry;

describe('managed keys', () => {
  it('declares exactly the keys the mapping knows, one per check', () => {
    expect(Object.keys(schema.properties)).toEqual(managedKeys());
    for (const id of CHECK_IDS) expect(managedKeys()).toContain(`check-${id}`);
  });

  it('splits a ruleset into one key per part and each check into its own key', () => {
    const values = rulesetToManaged(ministry);
    expect(Object.keys(values).sort()).toEqual(
      [
        'authorisedToCommit', 'check-aggressive-tone', 'check-commitment', 'check-personal-details', 'customRules',
        'defaultRegion', 'disclosurePhrases', 'name', 'officialAccounts', 'organisation', 'publicContacts',
        'review', 'sites', 'staffMayChange', 'version',
      ].sort(),
    );
    expect(values['check-commitment']).toEqual({ enabled: true, severity: 'warning' });
    expect(values.version).toBe('3');
    expect(values).not.toHaveProperty('$schema');
  });

  it('round-trips a ruleset through its managed keys', () => {
    expect(managedToRuleset(rulesetToManaged(ministry))).toEqual(deployable);
  });

  it('carries a custom rule\'s words in both languages as message and messageAr, and one language as one string', () => {
    const rules: Ruleset['customRules'] = [
      { id: 'both', words: ['tender'], severity: 'warning', message: { en: 'Tenders', ar: 'المناقصات' }, why: { en: 'Why', ar: 'لماذا' }, suggestion: 'Wait.' },
      { id: 'arabic', words: ['x'], severity: 'info', message: { ar: 'بالعربية' }, suggestion: { en: 'Only English' } },
    ];
    const values = rulesetToManaged({ customRules: rules });
    expect(values.customRules).toEqual([
      { id: 'both', words: ['tender'], severity: 'warning', message: 'Tenders', messageAr: 'المناقصات', why: 'Why', whyAr: 'لماذا', suggestion: 'Wait.' },
      { id: 'arabic', words: ['x'], severity: 'info', message: 'بالعربية', suggestion: 'Only English' },
    ]);
    expect(managedToRuleset(values).customRules).toEqual([
      rules[0],
      { id: 'arabic', words: ['x'], severity: 'info', message: 'بالعربية', suggestion: 'Only English' },
    ]);
    expect(managedToRuleset({ customRules: [{ id: 'a', words: ['x'], severity: 'info', messageAr: 'فقط' }] }).customRules).toEqual([
      { id: 'a', words: ['x'], severity: 'info', message: 'فقط' },
    ]);
  });

  it('leaves words that are not one or two strings as they are, for validation to refuse', () => {
    const odd = [{ id: 'a', words: ['x'], severity: 'info', message: {} }, { id: 'b', words: ['x'], severity: 'info', message: { en: 'x', fr: 'y' } }];
    expect(rulesetToManaged({ customRules: odd as Ruleset['customRules'] }).customRules).toEqual(odd);
  });

  it('reads a digits-only version back as a number and any other version as text', () => {
    expect(managedToRuleset({ version: '12' }).version).toBe(12);
    expect(managedToRuleset({ version: '2024.1' }).version).toBe('2024.1');
    expect(managedToRuleset({ version: '007' }).version).toBe('007');
  });

  it('ignores keys that are not part of the schema, as Chrome does', () => {
    expect(managedToRuleset({ review: 'block', colour: 'blue' })).toEqual({ review: 'block' });
  });

  it('translates problem paths between ruleset and policy terms', () => {
    expect(rulesetPathToManaged('/checks/commitment/severity')).toBe('/check-commitment/severity');
    expect(rulesetPathToManaged('/organisation/name')).toBe('/organisation/name');
    expect(managedPathToRuleset('/check-aggressive-tone/options/extraWords/0')).toBe(
      '/checks/aggressive-tone/options/extraWords/0',
    );
    expect(managedKeyOfRulesetPath('/checks/personal-details/enabled')).toBe('check-personal-details');
    expect(managedKeyOfRulesetPath('/customRules/0/id')).toBe('customRules');
    expect(managedKeyOfRulesetPath('')).toBeUndefined();
  });
});

/** Chrome refuses to load an extension whose managed schema uses these (components/policy schema parser). */
function chromeDialectProblems(node: unknown, path = '#'): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => chromeDialectProblems(n, `${path}/${i}`));
  if (node === null || typeof node !== 'object') return [];
  const n = node as Record<string, unknown>;
  const out: string[] = [];
  if (!('$ref' in n) && typeof n.type !== 'string' && path !== '#/properties' && !path.endsWith('/properties')) {
    out.push(`${path}: needs exactly one type or a $ref`);
  }
  if (n.additionalProperties === false) out.push(`${path}: additionalProperties false`);
  if (typeof n.$ref === 'string' && n.$ref.startsWith('#')) out.push(`${path}: $ref by pointer`);
  if ((n.type === 'number' || n.type === 'integer') && ('minimum' in n || 'maximum' in n)) out.push(`${path}: min/max`);
  if (n.type === 'boolean' && 'enum' in n) out.push(`${path}: enum on boolean`);
  for (const k of ['oneOf', 'anyOf', 'allOf', 'not', 'definitions', '$schema', 'const']) if (k in n) out.push(`${path}: ${k}`);
  if (typeof n.pattern === 'string' && /\(\?[=!<]|\\[1-9]/.test(n.pattern)) out.push(`${path}: pattern outside RE2`);
  for (const [k, v] of Object.entries(n)) {
    if (k === 'properties' && v && typeof v === 'object') {
      for (const [name, sub] of Object.entries(v)) out.push(...chromeDialectProblems(sub, `${path}/properties/${name}`));
    } else if (k === 'items' || k === 'additionalProperties') {
      out.push(...chromeDialectProblems(v, `${path}/${k}`));
    }
  }
  return out;
}

describe('managed schema in Chrome policy dialect', () => {
  it('uses only what Chrome accepts', () => {
    expect(chromeDialectProblems(schema)).toEqual([]);
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
  });

  it('finds a forbidden construct when one is there', () => {
    const bad = { type: 'object', properties: { a: { type: ['string', 'number'] }, b: { type: 'object', additionalProperties: false } } };
    expect(chromeDialectProblems(bad)).toEqual([
      '#/properties/a: needs exactly one type or a $ref',
      '#/properties/b: additionalProperties false',
    ]);
  });

  it('every id a $ref names is declared once', () => {
    const text = JSON.stringify(schema);
    const refs = new Set([...text.matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]));
    for (const ref of refs) expect(text.split(`"id":"${ref}"`).length - 1).toBe(1);
  });
});
