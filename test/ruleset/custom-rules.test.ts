// The ruleset's own words, phrases and patterns, run through the real analyzer with the built-in checks off.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/engine/analyzer.js';
import { compileRulePattern, customRulesCheck, PatternError, termSpans } from '../../src/engine/custom-rules.js';
import type { Context, CustomRule, Finding, Ruleset } from '../../src/engine/types.js';

const OFF = { enabled: false };
const only = (customRules: CustomRule[]): Ruleset => ({
  checks: { 'personal-details': OFF, 'affiliation-disclosure': OFF, commitment: OFF, 'aggressive-tone': OFF },
  customRules,
});
const run = (rules: CustomRule[], text: string, context: Partial<Context> = {}) => createAnalyzer(only(rules)).analyze(text, context);
const spans = (findings: Finding[], text: string) => findings.map((f) => text.slice(f.start, f.end));

const tender: CustomRule = { id: 'tender-talk', words: ['tender', 'مناقصة'], message: 'Tenders are for procurement.', severity: 'warning' };

describe('custom rules check', () => {
  it('is absent when the ruleset has no custom rules', () => {
    expect(customRulesCheck({})).toBeNull();
    expect(customRulesCheck({ customRules: [] })).toBeNull();
  });

  it('carries the organisation-rules metadata citing the Oman ITA codes of conduct', () => {
    const meta = customRulesCheck(only([tender]))!.meta;
    expect(meta.id).toBe('custom');
    expect(meta.title.en).toBe('Organisation rules');
    expect(meta.defaultSeverity).toBe('warning');
    expect(meta.source).toEqual({ document: 'Oman ITA, Social Media in Government (2016)', section: 'Codes of Conduct' });
  });

  it('flags a whole word case-insensitively, with the rule id, message, severity and the clause as why', () => {
    const text = 'The TENDER closes Friday.';
    expect(run([tender], text)).toEqual([
      {
        check: 'custom',
        rule: 'tender-talk',
        severity: 'warning',
        start: 4,
        end: 10,
        message: 'Tenders are for procurement.',
        why: "Your agency's own code of conduct also applies when you take part online as a public servant.",
      },
    ]);
  });

  it('does not flag a word inside a longer word', () => {
    expect(run([tender], 'A tenderloin steak and a contender.')).toEqual([]);
  });

  it('carries the rule\'s own why and suggestion', () => {
    const rule: CustomRule = { ...tender, why: 'Only procurement may speak about bids.', suggestion: 'Link the official notice.' };
    const [f] = run([rule], 'About the tender');
    expect(f.why).toBe('Only procurement may speak about bids.');
    expect(f.suggestion).toBe('Link the official notice.');
  });

  it('speaks the person\'s language when the rule gives its words in English and Arabic', () => {
    const rule: CustomRule = {
      ...tender,
      message: { en: 'Tenders are for procurement.', ar: 'المناقصات من شأن إدارة المشتريات.' },
      why: { en: 'Only procurement may speak about bids.', ar: 'لا يتحدث عن العطاءات إلا قسم المشتريات.' },
      suggestion: { en: 'Link the official notice.', ar: 'ضع رابط الإعلان الرسمي.' },
    };
    const words = (lang: 'en' | 'ar') => run([rule], 'About the tender', { lang }).map((f) => [f.message, f.why, f.suggestion]);
    expect(words('en')).toEqual([['Tenders are for procurement.', 'Only procurement may speak about bids.', 'Link the official notice.']]);
    expect(words('ar')).toEqual([['المناقصات من شأن إدارة المشتريات.', 'لا يتحدث عن العطاءات إلا قسم المشتريات.', 'ضع رابط الإعلان الرسمي.']]);
  });

  it('shows the one language a rule gives, whatever the person\'s, and the clause in theirs when it gives no why', () => {
    const rule: CustomRule = { ...tender, message: { ar: 'المناقصات ليست للنشر.' }, suggestion: { en: 'Link the official notice.' } };
    const [en] = run([rule], 'About the tender', { lang: 'en' });
    expect([en.message, en.suggestion]).toEqual(['المناقصات ليست للنشر.', 'Link the official notice.']);
    expect(en.why).toBe("Your agency's own code of conduct also applies when you take part online as a public servant.");
    const [ar] = run([rule], 'About the tender', { lang: 'ar' });
    expect([ar.message, ar.suggestion]).toEqual(['المناقصات ليست للنشر.', 'Link the official notice.']);
    expect(ar.why).toBe('تنطبق مدونة السلوك الخاصة بجهتك أيضًا على مشاركتك في الإنترنت بصفتك موظفًا عامًا.');
  });

  it('shows a one-string message in either language, its braces as written', () => {
    const rule: CustomRule = { ...tender, message: 'Not about {tenders}.' };
    expect(run([rule], 'the tender', { lang: 'ar' }).map((f) => f.message)).toEqual(['Not about {tenders}.']);
  });

  it('matches an Arabic word with its joined proclitics, marking only the word', () => {
    const text = 'سنعلن والمناقصة وللمناقصة ومناقصة قريبا';
    expect(spans(run([tender], text), text)).toEqual(['مناقصة', 'مناقصة', 'مناقصة']);
  });

  it('matches Arabic written with tashkeel, tatweel and another letter form', () => {
    const text = 'هذه مُنَاقَصـــة جديدة'; // harakat, tatweel; taa marbuta folds to haa for matching
    expect(spans(run([tender], text), text)).toEqual(['مُنَاقَصـــة']);
  });

  it('does not match an Arabic word glued to letters that are not proclitics', () => {
    expect(run([tender], 'كتبمناقصة')).toEqual([]);
  });

  it('matches a phrase across normalised spacing and case', () => {
    const rule: CustomRule = { id: 'rfp', phrases: ['Request for Proposals'], message: 'm', severity: 'info' };
    const text = 'Our request for proposals is out.';
    expect(spans(run([rule], text), text)).toEqual(['request for proposals']);
  });

  it('runs a pattern on re2js, case-insensitive with flag "i", and case-sensitive without it', () => {
    const insensitive: CustomRule = { id: 'ticket', pattern: '\\bMDS-[0-9]{4,6}\\b', flags: 'i', message: 'm', severity: 'error' };
    const sensitive: CustomRule = { ...insensitive, flags: undefined };
    const text = 'See mds-20931 and MDS-1234, not MDS-12.';
    expect(spans(run([insensitive], text), text)).toEqual(['mds-20931', 'MDS-1234']);
    expect(spans(run([sensitive], text), text)).toEqual(['MDS-1234']);
    expect(run([insensitive], text)[0].severity).toBe('error');
  });

  it('matches a pattern against normalised text: Arabic-Indic digits read as 0-9', () => {
    const rule: CustomRule = { id: 'file-no', pattern: 'ملف [0-9]{3}', message: 'm', severity: 'info' };
    const text = 'راجع ملف ٤٥٦ اليوم';
    expect(spans(run([rule], text), text)).toEqual(['ملف ٤٥٦']);
  });

  it('finishes quickly on input that makes backtracking engines explode', () => {
    const rule: CustomRule = { id: 'evil', pattern: '(a+)+c', message: 'm', severity: 'info' };
    const text = `${'a'.repeat(5000)}b`;
    const started = Date.now();
    expect(run([rule], text)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('applies a rule with a capacity only in that capacity', () => {
    const rule: CustomRule = { id: 'launch', phrases: ['launch date'], message: 'm', severity: 'info', capacity: 'personal' };
    expect(run([rule], 'The launch date is set.', { capacity: 'personal' })).toHaveLength(1);
    expect(run([rule], 'The launch date is set.', { capacity: 'official' })).toEqual([]);
    expect(run([rule], 'The launch date is set.')).toEqual([]);
  });

  it('skips a rule whose pattern RE2 refuses but still runs its words', () => {
    const rule: CustomRule = { id: 'mixed', words: ['tender'], pattern: '(?=x)', message: 'm', severity: 'info' };
    expect(spans(run([rule], 'tender x'), 'tender x')).toEqual(['tender']);
  });
});

describe('^ and $ in a pattern: the start and end of each sentence', () => {
  const rule = (pattern: string, flags?: string): CustomRule => ({ id: 'anchored', pattern, ...(flags ? { flags } : {}), message: 'm', severity: 'info' });

  it('^ matches at the start of every sentence, not only of the draft, and never inside one', () => {
    const text = 'Tender notes are out. Read the tender. Tender closes Friday!';
    expect(run([rule('^Tender')], text).map((f) => f.start)).toEqual([0, 39]);
  });

  it('^ skips the spaces before the first sentence', () => {
    const text = '   Tender first.';
    expect(run([rule('^Tender')], text).map((f) => f.start)).toEqual([3]);
  });

  it('$ matches at the end of a sentence, its punctuation included, before the spaces or line break after it', () => {
    const text = 'It closes Friday. Ask by Friday!\nMore on Friday';
    expect(spans(run([rule('Friday[.!]$')], text), text)).toEqual(['Friday.', 'Friday!']);
    // Without the punctuation, only the sentence that has none ends in "Friday".
    expect(run([rule('Friday$')], text).map((f) => f.start)).toEqual([text.lastIndexOf('Friday')]);
  });

  it('a line break ends a sentence, so ^ and $ also match at each line', () => {
    const text = 'first line\nsecond line\n\nthird line';
    expect(spans(run([rule('^[a-z]+')], text), text)).toEqual(['first', 'second', 'third']);
    expect(spans(run([rule('line$')], text), text)).toEqual(['line', 'line', 'line']);
  });

  it('^...$ takes a whole sentence', () => {
    const text = 'Call us. Call us now. Call us.';
    expect(run([rule('^call us\\.$', 'i')], text).map((f) => [f.start, f.end])).toEqual([[0, 8], [22, 30]]);
  });

  it('anchors Arabic sentences the same way, after ؟ and . and at line ends', () => {
    const text = 'هل المناقصة مفتوحة؟ المناقصة تغلق الخميس. اقرأ عن المناقصة\nالمناقصة';
    expect(run([rule('^المناقصة')], text).map((f) => f.start)).toEqual([text.indexOf('المناقصة تغلق'), text.lastIndexOf('المناقصة')]);
    expect(spans(run([rule('مفتوحة؟$')], text), text)).toEqual(['مفتوحة؟']);
    expect(spans(run([rule('الخميس\\.$')], text), text)).toEqual(['الخميس.']);
    expect(run([rule('المناقصة$')], text).map((f) => f.start)).toEqual([text.indexOf('المناقصة\n'), text.lastIndexOf('المناقصة')]);
  });

  it('matches an Arabic pattern written with hamza and taa marbuta at the start of a sentence', () => {
    const text = 'شكرا. أخبار المناقصة غدا.';
    expect(spans(run([rule('^أخبار المناقصة')], text), text)).toEqual(['أخبار المناقصة']);
  });
});

describe('compileRulePattern', () => {
  it('throws PatternError for unsupported syntax and for flags other than "i"', () => {
    expect(() => compileRulePattern('(a)\\1')).toThrow(PatternError);
    expect(() => compileRulePattern('a', 'g')).toThrow('flags must be "" or "i", not "g"');
  });
});

describe('termSpans', () => {
  it('finds every whole-word occurrence, including at the edges of the text', () => {
    expect(termSpans('mds, mds and mdss mds', ['mds'])).toEqual([[0, 3], [5, 8], [18, 21]]);
  });
});
