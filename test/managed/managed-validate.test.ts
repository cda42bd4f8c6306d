import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readManaged } from '../../src/policy/read.js';
import { rulesetToManaged } from '../../src/policy/keys.js';
import type { Ruleset } from '../../src/ruleset/types.js';

const ministry = JSON.parse(readFileSync(new URL('./fixtures/ministry.json', import.meta.url), 'utf8')) as Ruleset;
const { $schema: _hint, ...deployable } = ministry;

describe('readManaged', () => {
  it('deploys a custom rule worded in both languages, and says what is wrong with one whose words are empty', () => {
    const rule = { id: 'tender', words: ['tender'], severity: 'warning' as const, message: { en: 'Tenders', ar: 'المناقصات' } };
    expect(readManaged(rulesetToManaged({ customRules: [rule] })).ruleset.customRules).toEqual([rule]);
    const reading = readManaged({ customRules: [{ id: 'tender', words: ['tender'], severity: 'warning', message: '', messageAr: 'المناقصات' }] });
    expect(reading.refused).toEqual(['customRules']);
    expect(reading.problems).toEqual([{ path: '/customRules/0/message/en', message: 'must not be empty' }]);
  });

  it('accepts every key of a valid ruleset and rebuilds it', () => {
    const values = rulesetToManaged(ministry);
    const reading = readManaged(values);
    expect(reading.problems).toEqual([]);
    expect(reading.refused).toEqual([]);
    expect(reading.ruleset).toEqual(deployable);
    expect(reading.accepted).toEqual(values);
  });

  it('reads nothing managed as an empty ruleset without problems', () => {
    expect(readManaged({})).toEqual({ ruleset: {}, accepted: {}, refused: [], problems: [] });
  });

  it('refuses a key of the wrong type and keeps the keys beside it', () => {
    const reading = readManaged({ review: 'block', authorisedToCommit: 'yes', organisation: { name: 'Ministry of Health' } });
    expect(reading.refused).toEqual(['authorisedToCommit']);
    expect(reading.problems).toEqual([{ path: '/authorisedToCommit', message: 'must be true or false' }]);
    expect(reading.ruleset).toEqual({ review: 'block', organisation: { name: 'Ministry of Health' } });
  });

  it('refuses one bad check and keeps the other checks', () => {
    const reading = readManaged({
      'check-commitment': { severity: 'critical' },
      'check-personal-details': { enabled: true, severity: 'error' },
    });
    expect(reading.refused).toEqual(['check-commitment']);
    expect(reading.problems.map((p) => p.path)).toEqual(['/check-commitment/severity']);
    expect(reading.ruleset).toEqual({ checks: { 'personal-details': { enabled: true, severity: 'error' } } });
  });

  it('refuses the whole list when one item is bad, as Chrome does', () => {
    const reading = readManaged({
      officialAccounts: [{ site: 'x.com', handle: '@MDS_Oman' }, { site: 'x.com' }],
      defaultRegion: 'OM',
    });
    expect(reading.refused).toEqual(['officialAccounts']);
    expect(reading.problems[0].path).toMatch(/^\/officialAccounts\/1/);
    expect(reading.ruleset).toEqual({ defaultRegion: 'OM' });
  });

  it('checks the ruleset rules, not only the types: a bad region is refused with its path', () => {
    const reading = readManaged({ defaultRegion: 'oman', review: 'off' });
    expect(reading.refused).toEqual(['defaultRegion']);
    expect(reading.problems.map((p) => p.path)).toEqual(['/defaultRegion']);
    expect(reading.ruleset).toEqual({ review: 'off' });
  });

  it('reads a whole ruleset pasted as JSON text, with separate keys taking precedence', () => {
    const reading = readManaged({ ruleset: JSON.stringify(ministry), review: 'block' });
    expect(reading.problems).toEqual([]);
    expect(reading.ruleset).toEqual({ ...deployable, review: 'block' });
  });

  it('lays separate keys over the same settings of the pasted ruleset, keeping the settings they leave alone', () => {
    const pasted: Ruleset = {
      organisation: { name: 'Ministry', aliases: ['MDS'] },
      checks: { commitment: { enabled: false, severity: 'info' } },
    };
    const reading = readManaged({
      ruleset: JSON.stringify(pasted),
      organisation: { name: 'Ministry of Digital Services' },
      'check-commitment': { severity: 'error' },
    });
    expect(reading.problems).toEqual([]);
    expect(reading.ruleset).toEqual({
      organisation: { name: 'Ministry of Digital Services', aliases: ['MDS'] },
      checks: { commitment: { enabled: false, severity: 'error' } },
    });
  });

  it('refuses pasted text that is not JSON, naming the key', () => {
    const reading = readManaged({ ruleset: '{"review": "block",', name: 'Rules' });
    expect(reading.refused).toEqual(['ruleset']);
    expect(reading.problems).toHaveLength(1);
    expect(reading.problems[0].path).toBe('/ruleset');
    expect(reading.problems[0].message).toMatch(/^not valid JSON/);
    expect(reading.ruleset).toEqual({ name: 'Rules' });
  });

  it('refuses a pasted ruleset with a bad part, with the path inside it', () => {
    const reading = readManaged({ ruleset: JSON.stringify({ review: 'sometimes' }) });
    expect(reading.refused).toEqual(['ruleset']);
    expect(reading.problems.map((p) => p.path)).toEqual(['/ruleset/review']);
    expect(reading.ruleset).toEqual({});
  });

  it('refuses the key a problem between keys points at: a local phone number that no longer reads in the new region', () => {
    const reading = readManaged({ defaultRegion: 'GB', publicContacts: { phones: ['2412 3456'] } });
    expect(reading.refused).toEqual(['publicContacts']);
    expect(reading.problems.map((p) => p.path)).toEqual(['/publicContacts/phones/0']);
    expect(reading.ruleset).toEqual({ defaultRegion: 'GB' });
  });

  it('blames the pasted ruleset for a problem in a part only it carries', () => {
    const reading = readManaged({ ruleset: JSON.stringify({ publicContacts: { phones: ['2412 3456'] } }), defaultRegion: 'GB' });
    expect(reading.refused).toEqual(['ruleset']);
    expect(reading.problems.map((p) => p.path)).toEqual(['/ruleset/publicContacts/phones/0']);
    expect(reading.ruleset).toEqual({ defaultRegion: 'GB' });
  });

  it('ignores keys the schema does not declare', () => {
    const reading = readManaged({ colour: 'blue', review: 'review' });
    expect(reading.accepted).toEqual({ review: 'review' });
    expect(reading.problems).toEqual([]);
  });

  it('reports a value that is not an object at all', () => {
    expect(readManaged('review=block').problems).toEqual([{ path: '', message: 'managed settings must be an object' }]);
  });
});

describe('readManaged: check options and limits', () => {
  it('refuses an option of the wrong type by type, as Chrome would, and keeps the other checks', () => {
    const reading = readManaged({
      'check-personal-details': { options: { ignore: 5 } },
      'check-commitment': { severity: 'info' },
    });
    expect(reading.refused).toEqual(['check-personal-details']);
    expect(reading.problems).toEqual([{ path: '/check-personal-details/options/ignore', message: 'must be an array of strings' }]);
    expect(reading.ruleset).toEqual({ checks: { commitment: { severity: 'info' } } });
  });

  it('refuses an unknown option key, which Chrome cannot check, with its path in policy terms', () => {
    const reading = readManaged({ 'check-aggressive-tone': { options: { extraWords: ['clown'] } } });
    expect(reading.refused).toEqual(['check-aggressive-tone']);
    expect(reading.problems.map((p) => p.path)).toEqual(['/check-aggressive-tone/options/extraWords']);
    expect(reading.problems[0].message).toMatch(/^unknown option "extraWords"; the options of aggressive-tone are shouting, /);
  });

  it('accepts boolean and list options of the right type', () => {
    const reading = readManaged({ 'check-aggressive-tone': { options: { shouting: false, allow: ['Scunthorpe'] } } });
    expect(reading.problems).toEqual([]);
    expect(reading.ruleset).toEqual({ checks: { 'aggressive-tone': { options: { shouting: false, allow: ['Scunthorpe'] } } } });
  });

  it('refuses a control character in a managed name', () => {
    const reading = readManaged({ name: 'Rules\u001b[2J', review: 'block' });
    expect(reading.refused).toEqual(['name']);
    expect(reading.problems).toEqual([{ path: '/name', message: 'must be one line of text without control characters' }]);
    expect(reading.ruleset).toEqual({ review: 'block' });
  });

  it('refuses a pasted ruleset over 256 KB without parsing it', () => {
    const reading = readManaged({ ruleset: `{"name":"${'x'.repeat(300 * 1024)}"}`, review: 'off' });
    expect(reading.refused).toEqual(['ruleset']);
    expect(reading.problems).toEqual([{ path: '/ruleset', message: 'the ruleset must be at most 256 KB' }]);
    expect(reading.ruleset).toEqual({ review: 'off' });
  });

  it('refuses a managed value nested too deeply', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 40; i++) deep = [deep];
    const reading = readManaged({ disclosurePhrases: deep, review: 'off' });
    expect(reading.refused).toEqual(['disclosurePhrases']);
    expect(reading.ruleset).toEqual({ review: 'off' });
  });
});
