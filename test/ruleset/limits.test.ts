// A ruleset's size, depth, string and list lengths are bounded, and names and messages carry no control characters.
import { describe, expect, it } from 'vitest';
import { formatProblem, validateRuleset } from '../../src/ruleset/validate.js';
import { loadRuleset, RulesetError } from '../../src/ruleset/load.js';
import { MAX_RULESET_DEPTH, shapeProblems, utf8Length } from '../../src/ruleset/limits.js';

const problems = (value: unknown) => validateRuleset(value).map(formatProblem);
const rule = (extra: Record<string, unknown>) => ({ id: 'r', message: 'm', severity: 'info', words: ['tender'], ...extra });

function nested(levels: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
}

describe('ruleset size and depth', () => {
  it('refuses a ruleset over 256 KB, alone, before the schema', () => {
    const big = { disclosurePhrases: Array.from({ length: 3000 }, (_, i) => `phrase number ${i} `.padEnd(100, 'x')) };
    expect(problems(big)).toEqual(['/: the ruleset must be at most 256 KB']);
  });

  it('accepts one just under the limit', () => {
    const fits = { disclosurePhrases: Array.from({ length: 2000 }, (_, i) => `phrase number ${i} `.padEnd(100, 'x')) };
    expect(problems(fits)).toEqual([]);
  });

  it('counts Arabic as the bytes it takes', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('وزارة')).toBe(10);
    expect(utf8Length('😀')).toBe(4);
  });

  it('refuses JSON text over the limit before parsing it', () => {
    const text = `{"name":"${'x'.repeat(300 * 1024)}"`; // not even valid JSON: size is checked first
    expect(() => loadRuleset(text)).toThrow(new RulesetError([{ path: '', message: 'the ruleset must be at most 256 KB' }]));
  });

  it('refuses nesting deeper than the limit with the path where it goes too deep', () => {
    expect(problems({ checks: nested(50) })).toEqual([
      `/checks${'/a'.repeat(MAX_RULESET_DEPTH - 1)}: is nested too deeply: a ruleset has at most ${MAX_RULESET_DEPTH} levels of objects and lists`,
    ]);
  });

  it('walks a very deep value without recursion', () => {
    expect(shapeProblems(nested(100_000))).toHaveLength(1);
  });

  it('lets through the nesting a real ruleset uses', () => {
    expect(shapeProblems({ quickReference: { tips: [{ title: { en: 'a', ar: 'ب' } }] } })).toEqual([]);
  });
});

describe('string and list lengths', () => {
  it.each([
    [{ customRules: [rule({ message: 'x'.repeat(501) })] }, '/customRules/0/message: must be at most 500 characters long'],
    [{ customRules: [rule({ why: 'x'.repeat(1001) })] }, '/customRules/0/why: must be at most 1000 characters long'],
    [{ name: 'x'.repeat(201) }, '/name: must be at most 200 characters long'],
    [{ version: 'v'.repeat(101) }, '/version: must be at most 100 characters long'],
    [{ staffMayChange: ['a'.repeat(201)] }, '/staffMayChange/0: must be at most 200 characters long'],
    [{ checks: { 'aggressive-tone': { options: { allow: Array(501).fill('a') } } } }, '/checks/aggressive-tone/options/allow: must have at most 500 items'],
    [{ customRules: Array.from({ length: 501 }, (_, i) => rule({ id: `r${i}` })) }, '/customRules: must have at most 500 items'],
  ])('refuses %#', (value, expected) => {
    expect(problems(value)).toEqual([expected]);
  });

  it('checks a host name of any length in linear time (no backtracking pattern)', () => {
    const long = `${'a'.repeat(100_000)}-`;
    expect(problems({ sites: { forums: [long] } })).toEqual([
      '/sites/forums/0: must be at most 261 characters long',
      '/sites/forums/0: must be a lower-case host name such as x.com',
    ]);
  });
});

describe('control characters', () => {
  it.each([
    [{ name: 'Ministry\u0007' }, '/name: must be one line of text without control characters'],
    [{ name: 'Ministry\nof Health' }, '/name: must be one line of text without control characters'],
    [{ organisation: { name: 'MDS\u001b[2J' } }, '/organisation/name: must be one line of text without control characters'],
    [{ officialAccounts: [{ site: 'x.com', handle: '@mds\u0000' }] }, '/officialAccounts/0/handle: must be one line of text without control characters'],
    [{ customRules: [rule({ id: 'r', words: ['ten\tder'] })] }, '/customRules/0/words/0: must be one line of text without control characters'],
    [{ customRules: [rule({ message: 'Do not\r\nsay this' })] }, '/customRules/0/message: must be text without control characters (tab and newline are allowed)'],
    [{ customRules: [rule({ suggestion: 'Say \u009bthis' })] }, '/customRules/0/suggestion: must be text without control characters (tab and newline are allowed)'],
    [{ publicContacts: { emails: ['info\u0000@mds.gov.om'] } }, '/publicContacts/emails/0: must be an email address such as info@example.gov.om'],
    [{ checks: { 'aggressive-tone': { options: { allow: ['ok\u0008'] } } } }, '/checks/aggressive-tone/options/allow/0: must be one line of text without control characters'],
  ])('refuses %j', (value, expected) => {
    expect(problems(value)).toEqual([expected]);
  });

  it('allows tab and newline in messages, reasons, suggestions and quick-reference text', () => {
    const item = { id: 'a', title: { en: 'Title', ar: 'عنوان' }, text: { en: 'One\n\tTwo', ar: 'واحد\nاثنان' }, source: { document: 'D', section: 'S' } };
    expect(problems({
      customRules: [rule({ message: 'Line one\nline two', why: 'Because:\n\t- the code', suggestion: 'Say\tthis' })],
      quickReference: { principles: [item], conduct: [], tips: [] },
    })).toEqual([]);
  });

  it('refuses a newline in a quick-reference title', () => {
    const item = { id: 'a', title: { en: 'Two\nlines', ar: 'عنوان' }, text: { en: 't', ar: 'ن' }, source: { document: 'D', section: 'S' } };
    expect(problems({ quickReference: { principles: [item], conduct: [], tips: [] } })).toEqual([
      '/quickReference/principles/0/title/en: must be one line of text without control characters',
    ]);
  });
});
