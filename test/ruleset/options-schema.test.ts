// Each check's options are typed by its own metadata, and the ruleset schema on disk is generated from those types.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { generateSchemaText, SCHEMA_PATH } from '../../scripts/gen-validator.mjs';
import schema from '../../rules/ruleset.schema.json';
import { CHECK_METAS } from '../../src/engine/checks/meta/index.js';
import { aggressiveToneMeta } from '../../src/engine/checks/meta/aggressive-tone.js';
import { createAnalyzer } from '../../src/engine/analyzer.js';
import { formatProblem, validateRuleset } from '../../src/ruleset/validate.js';
import { loadRuleset, RulesetError } from '../../src/ruleset/load.js';

const problems = (value: unknown) => validateRuleset(value).map(formatProblem);
const toneOptions = Object.keys(aggressiveToneMeta.optionsSchema.properties as object).join(', ');
const withOptions = (check: string, options: unknown) => ({ checks: { [check]: { options } } });

describe('check options schema', () => {
  it('rules/ruleset.schema.json is what the checks metadata generate (run `npm run gen` when this fails)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(generateSchemaText());
  });

  it('every check types its options as a closed object, commitment and affiliation-disclosure included', () => {
    for (const meta of CHECK_METAS) {
      expect(meta.optionsSchema.type, meta.id).toBe('object');
      expect(meta.optionsSchema.additionalProperties, meta.id).toBe(false);
      const inSchema = (schema.properties.checks.properties as Record<string, any>)[meta.id].properties.options;
      const { description: _doc, ...typed } = inSchema;
      expect(typed).toEqual(meta.optionsSchema);
    }
  });

  it.each([
    [withOptions('personal-details', { ignore: 5 }), '/checks/personal-details/options/ignore: must be an array of strings'],
    [withOptions('personal-details', { ignore: ['fax'] }), '/checks/personal-details/options/ignore/0: must be one of phone, email, address, postal-code, civil-id, ni-number, nhs-number, ssn, driving-licence, passport, card, iban, bank-account, vehicle-plate, date-of-birth'],
    [withOptions('personal-details', { ignor: ['phone'] }), '/checks/personal-details/options/ignor: unknown option "ignor" (did you mean "ignore"?); the options of personal-details are ignore'],
    [withOptions('aggressive-tone', { shouting: 'no' }), '/checks/aggressive-tone/options/shouting: must be true or false'],
    [withOptions('aggressive-tone', { allow: 'Scunthorpe' }), '/checks/aggressive-tone/options/allow: must be an array of strings'],
    [withOptions('aggressive-tone', { allow: [7] }), '/checks/aggressive-tone/options/allow/0: must be a string'],
    [withOptions('aggressive-tone', { extraWords: ['clown'] }), `/checks/aggressive-tone/options/extraWords: unknown option "extraWords"; the options of aggressive-tone are ${toneOptions}`],
    [withOptions('commitment', { strict: true }), '/checks/commitment/options/strict: unknown option "strict"; commitment has no options'],
    [withOptions('affiliation-disclosure', { phrases: [] }), '/checks/affiliation-disclosure/options/phrases: unknown option "phrases"; affiliation-disclosure has no options'],
  ])('refuses %j', (value, expected) => {
    expect(problems(value)).toEqual([expected]);
  });

  it('accepts every option each check reads, with the right types', () => {
    expect(problems({
      checks: {
        'personal-details': { options: { ignore: ['phone', 'iban'] } },
        'aggressive-tone': { options: { shouting: false, exclamations: true, allow: ['Scunthorpe', 'مهرج'] } },
        commitment: { options: {} },
        'affiliation-disclosure': { options: {} },
      },
    })).toEqual([]);
  });

  it('never loads the ruleset that used to make every analysis throw', () => {
    expect(() => loadRuleset(JSON.stringify(withOptions('personal-details', { ignore: 5 })))).toThrow(RulesetError);
  });

  it('runs analysis with options that passed validation', () => {
    const ruleset = loadRuleset(withOptions('personal-details', { ignore: ['phone'] }));
    const findings = createAnalyzer(ruleset).analyze('Call me on +968 9123 4567 or write to sara.k@gmail.com');
    expect(findings.map((f) => f.rule)).toEqual(['email']);
  });
});
