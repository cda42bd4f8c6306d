// validateRuleset: every problem with its JSON Pointer and a plain-English message.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateRuleset } from '../../src/ruleset/validate.js';

const problems = (value: unknown) => validateRuleset(value).map(formatProblem);
const rule = (extra: Record<string, unknown>) => ({ id: 'r', message: 'm', severity: 'info', ...extra });

describe('validateRuleset', () => {
  it.each(['rules/default.json', 'rules/examples/ministry.json', 'rules/examples/personal.json'])('accepts %s', (file) => {
    expect(problems(JSON.parse(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('accepts an empty ruleset: everything is layered over the built-in one', () => {
    expect(problems({})).toEqual([]);
  });

  it.each([
    [null, ['/: must be an object']],
    [[], ['/: must be an object']],
    [{ checks: { commitment: { severity: 'loud' } } }, ['/checks/commitment/severity: must be one of info, warning, error']],
    [{ checks: { commitment: { enabled: 'yes' } } }, ['/checks/commitment/enabled: must be true or false']],
    [{ checks: { commitment: { options: [] } } }, ['/checks/commitment/options: must be an object']],
    [{ review: 'maybe' }, ['/review: must be one of off, review, block']],
    [{ version: true }, ['/version: must be a number or a string']],
    [{ organisation: {} }, ['/organisation/name: is required']],
    [{ organisation: { name: '' } }, ['/organisation/name: must not be empty']],
    [{ organisation: { name: 'A', website: 'mds.gov.om' } }, ['/organisation/website: must be a web address starting with http:// or https://']],
    [{ defaultRegion: 'om' }, ['/defaultRegion: must be a two-letter upper-case country code such as OM']],
    [{ officialAccounts: [{ site: 'X.com', handle: '@a' }] }, ['/officialAccounts/0/site: must be a lower-case host name such as x.com']],
    [{ officialAccounts: [{ site: 'x.com' }] }, ['/officialAccounts/0/handle: is required']],
    [{ publicContacts: { emails: ['not-an-email'] } }, ['/publicContacts/emails/0: must be an email address such as info@example.gov.om']],
    [{ staffMayChange: ['checks..x'] }, ['/staffMayChange/0: must be a dotted path such as checks.commitment.severity']],
    [{ sites: { forums: ['Forum.Example'] } }, ['/sites/forums/0: must be a lower-case host name such as x.com']],
  ])('reports %j', (value, expected) => {
    expect(problems(value)).toEqual(expected);
  });

  it('names an unknown property and suggests the close one', () => {
    expect(problems({ nmae: 'x' })).toEqual(['/nmae: unknown property "nmae" (did you mean "name"?)']);
    expect(problems({ colour: 'x' })).toEqual(['/colour: unknown property "colour"']);
  });

  it('names an unknown check id and lists the checks', () => {
    expect(problems({ checks: { commitmnt: {} } })).toEqual([
      '/checks/commitmnt: unknown check "commitmnt" (did you mean "commitment"?); the checks are personal-details, affiliation-disclosure, commitment, aggressive-tone, confidential-information, accusation, impartiality, case-details, channel, employer-disrepute, friends-only',
    ]);
  });

  it('reports every problem at once, in document order', () => {
    expect(problems({ review: 'x', checks: { commitment: { severity: 'x' } } })).toEqual([
      '/checks/commitment/severity: must be one of info, warning, error',
      '/review: must be one of off, review, block',
    ]);
  });

  it('escapes "/" and "~" in property names as JSON Pointer does', () => {
    expect(problems({ 'a/b~c': 1 })).toEqual(['/a~1b~0c: unknown property "a/b~c"']);
  });
});

describe('validateRuleset: what the schema cannot say', () => {
  it('refuses a pattern RE2 cannot compile (look-around)', () => {
    expect(problems({ customRules: [rule({ pattern: 'MDS(?=-\\d+)' })] })).toEqual([
      '/customRules/0/pattern: is not a pattern RE2 accepts (error parsing regexp: invalid or unsupported Perl syntax: `(?=`); look-around and back-references are not supported',
    ]);
  });

  it('refuses a back-reference, which would need backtracking', () => {
    expect(problems({ customRules: [rule({ pattern: '(a)\\1' })] })).toEqual([
      '/customRules/0/pattern: is not a pattern RE2 accepts (error parsing regexp: invalid escape sequence: `\\1`); look-around and back-references are not supported',
    ]);
  });

  it('refuses a pattern that matches empty text', () => {
    expect(problems({ customRules: [rule({ pattern: 'x*' })] })).toEqual(['/customRules/0/pattern: matches empty text; it must match at least one character']);
  });

  it('accepts a classic catastrophic-backtracking pattern, because RE2 runs it in linear time', () => {
    expect(problems({ customRules: [rule({ pattern: '(a+)+$' })] })).toEqual([]);
  });

  it('refuses flags other than "i"', () => {
    expect(problems({ customRules: [rule({ pattern: 'x', flags: 'g' })] })).toEqual(['/customRules/0/flags: must be one of "" (empty), i']);
  });

  it('refuses duplicate custom rule ids, naming the first', () => {
    expect(problems({ customRules: [rule({ words: ['a'] }), rule({ words: ['b'] })] })).toEqual(['/customRules/1/id: "r" is already the id of /customRules/0']);
  });

  it('refuses a custom rule with nothing to match', () => {
    expect(problems({ customRules: [rule({})] })).toEqual(['/customRules/0: needs words, phrases or a pattern to match']);
  });

  it('refuses a word that normalises to nothing (only tashkeel)', () => {
    expect(problems({ customRules: [rule({ words: ['ok', '\u064E\u064F'] })] })).toEqual(['/customRules/0/words/1: has nothing left to match once normalised']);
  });

  it('refuses a missing message or severity on a custom rule', () => {
    expect(problems({ customRules: [{ id: 'x', words: ['a'] }] })).toEqual(['/customRules/0/message: is required', '/customRules/0/severity: is required']);
  });

  it('accepts a custom rule\'s message, why and suggestion as one string or in English and Arabic, either alone', () => {
    const words = { words: ['tender'] };
    expect(problems({ customRules: [rule({ ...words, message: { en: 'Tenders are private.', ar: 'المناقصات ليست للنشر.' }, why: { ar: 'لأن' }, suggestion: { en: 'Wait.' } })] })).toEqual([]);
    expect(problems({ customRules: [rule({ ...words, message: 'Tenders are private.', why: 'Because.', suggestion: 'Wait.' })] })).toEqual([]);
  });

  it('refuses a custom rule\'s words given as an empty object, an empty language, another language or another type', () => {
    const words = { words: ['tender'] };
    expect(problems({ customRules: [rule({ ...words, message: {} })] })).toEqual(['/customRules/0/message: must not be an empty object: give the words as "en", "ar" or both']);
    expect(problems({ customRules: [rule({ ...words, message: 'm', why: {}, suggestion: {} })] })).toEqual([
      '/customRules/0/why: must not be an empty object: give the words as "en", "ar" or both',
      '/customRules/0/suggestion: must not be an empty object: give the words as "en", "ar" or both',
    ]);
    expect(problems({ customRules: [rule({ ...words, message: { en: '' } })] })).toEqual(['/customRules/0/message/en: must not be empty']);
    expect(problems({ customRules: [rule({ ...words, message: { en: 'x', fr: 'y' } })] })).toEqual(['/customRules/0/message/fr: unknown property "fr" (did you mean "ar"?)']);
    expect(problems({ customRules: [rule({ ...words, message: 3 })] })).toEqual(['/customRules/0/message: must be a string or an object']);
    expect(problems({ customRules: [rule({ ...words, message: { ar: 'x'.repeat(501) } })] })).toEqual(['/customRules/0/message/ar: must be at most 500 characters long']);
  });

  it('refuses public phone numbers libphonenumber cannot parse, reading local ones in the default region', () => {
    expect(problems({ defaultRegion: 'OM', publicContacts: { phones: ['+968 2412 3456', '24123456', '1234', 'call us'] } })).toEqual([
      '/publicContacts/phones/2: "1234" is not a valid phone number for region OM; write it in full with its country code, e.g. +968 2412 3456',
      '/publicContacts/phones/3: "call us" is not a valid phone number for region OM; write it in full with its country code, e.g. +968 2412 3456',
    ]);
  });

  it('reads local numbers in the ruleset\'s own region', () => {
    expect(problems({ defaultRegion: 'GB', publicContacts: { phones: ['020 7946 0000'] } })).toEqual([]);
    expect(problems({ defaultRegion: 'OM', publicContacts: { phones: ['020 7946 0000'] } })).toHaveLength(1);
  });

  it('refuses a region libphonenumber does not know', () => {
    expect(problems({ defaultRegion: 'XX' })).toEqual(['/defaultRegion: "XX" is not a phone region libphonenumber knows']);
  });

  it('refuses a quick-reference id used twice in one list', () => {
    const item = { id: 'a', title: { en: 't', ar: 'ع' }, text: { en: 't', ar: 'ع' }, source: { document: 'd', section: 's' } };
    expect(problems({ quickReference: { principles: [item, item], conduct: [], tips: [] } })).toEqual(['/quickReference/principles/1/id: "a" appears twice in principles']);
  });
});
