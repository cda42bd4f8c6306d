import { describe, expect, it } from 'vitest';
import { arabicTokens, compileLexicon, foldArabicWord, latinSkeleton, arabicSkeleton } from './index.js';

const lexicon = compileLexicon([
  { term: 'غبي', data: 'stupid', forms: ['اغبياء'] },
  { term: 'حمار', data: 'donkey', forms: ['حمير'] },
  { term: 'زباله', data: 'rubbish' },
  { term: 'كلب', data: 'dog' },
  { term: 'يسكت', pos: 'verb', data: 'hush' },
  { term: 'يخلص', pos: 'verb', data: 'finish' },
  { term: 'يسوي', pos: 'verb', data: 'do' },
  { term: 'ما يستحي/v', data: 'shameless' },
  { term: 'قليل ادب', data: 'rude' },
  { term: 'طز', pos: 'fixed', data: 'whatever' },
]);

/** [data, matched text] of every match. */
const found = (text: string) => lexicon.findIn(text).map((m) => [m.entry.data, text.slice(m.start, m.end)]);
const only = (text: string) => {
  const ms = lexicon.findIn(text);
  expect(ms).toHaveLength(1);
  return ms[0];
};

describe('arabicTokens', () => {
  it('gives Arabic and Latin words with their offsets, skipping numbers and punctuation', () => {
    const tokens = arabicTokens('يا غبي، 3ayb 2024!');
    expect(tokens.map((t) => [t.text, t.start, t.end, t.latin])).toEqual([
      ['يا', 0, 2, false],
      ['غبي', 3, 6, false],
      ['3ayb', 8, 12, true],
    ]);
  });
  it('folds letter variants, hamza, Gulf letters and stretching in the form, not in the offsets', () => {
    expect(foldArabicWord('أغبياء')).toBe('اغبيا');
    expect(foldArabicWord('چلب')).toBe('كلب');
    expect(foldArabicWord('ڤيزا')).toBe('فيزا');
    expect(foldArabicWord('غبيييييي')).toBe('غبي');
    expect(foldArabicWord('مُعَلِّمة')).toBe('معلمه');
    expect(foldArabicWord('ممكن')).toBe('ممكن');
    const [t] = arabicTokens('  حماااار');
    expect([t.start, t.end, t.form]).toEqual([2, 9, 'حمار']);
  });
});

describe('compileLexicon: nouns and adjectives', () => {
  it.each([
    ['وبالغبي', 'وبال', 'غبي', ''],
    ['فالحمار', 'فال', 'حمار', ''],
    ['للحمير', 'لل', 'حمير', ''],
    ['هالغبي', 'هال', 'غبي', ''],
    ['ياغبي', 'يا', 'غبي', ''],
    ['غبية', '', 'غبي', 'ه'],
    ['غبيين', '', 'غبي', 'ين'],
    ['الغبيات', 'ال', 'غبي', 'ات'],
    ['اغبياءكم', '', 'اغبيا', 'كم'],
    ['زبالتكم', '', 'زباله', 'تكم'],
    ['حمارچ', '', 'حمار', 'ك'],
  ])('%s reads as %s + %s + %s', (text, prefix, stem, suffix) => {
    const m = only(text);
    expect(m.readings[0]).toMatchObject({ prefix, stem, suffix });
  });

  it('marks who a word is aimed at: a you-ending, يا, or انت before it', () => {
    expect(only('يا حمار').vocative).toBe(true);
    expect(only('انتو زباله').secondPerson).toBe(true);
    expect(only('حماركم').secondPerson).toBe(true);
    expect(only('حمارچم').secondPerson).toBe(true);
    const plain = only('الحمار في المزرعة');
    expect([plain.secondPerson, plain.vocative]).toEqual([false, false]);
  });

  it('does not match a word that only contains the stem', () => {
    expect(found('الغبار كثيف')).toEqual([]);
    expect(found('كلبشات وكلية')).toEqual([]);
    expect(found('قلب')).toEqual([]);
  });
});

describe('compileLexicon: verbs', () => {
  it.each([
    ['اسكت', 'ا', ''],
    ['اسكتوا', 'ا', 'وا'],
    ['تسكتين', 'ت', 'ين'],
    ['بنخلص', 'بن', ''],
    ['سنخلصها', 'سن', 'ها'],
    ['وبيسوونه', 'وبي', 'ونه'],
    ['سوينا', '', 'نا'],
  ])('%s reads with prefix %s and ending %s', (text, prefix, suffix) => {
    expect(only(text).readings[0]).toMatchObject({ prefix, suffix, pos: 'verb' });
  });

  it('tells future, person, negation and imperatives', () => {
    expect(only('بنخلص الطلب')).toMatchObject({ future: true, person: 'we', negated: false });
    expect(only('راح نخلصها')).toMatchObject({ future: true, person: 'we' });
    expect(only('ما بنسوي شي')).toMatchObject({ future: true, person: 'we', negated: true });
    expect(only('مب راح نخلص')).toMatchObject({ negated: true, future: true });
    expect(only('اسكتي')).toMatchObject({ imperative: true });
    expect(only('يسكت')).toMatchObject({ imperative: false, person: 'he' });
  });

  it('reads the person after a negation, and none when the negation is all there is before the stem', () => {
    const can = compileLexicon([{ term: 'يقدر', pos: 'verb', data: 'can' }, { term: 'يطلع', pos: 'verb', data: 'go' }, { term: 'يشتغل', pos: 'verb', data: 'work' }]);
    const one = (text: string) => {
      const found = can.findIn(text);
      expect(found).toHaveLength(1);
      return found[0];
    };
    expect(one('ما نقدر نجي')).toMatchObject({ person: 'we', negated: true });
    expect(one('مانقدر')).toMatchObject({ person: 'we', negated: true });
    expect(one('مابنطلع')).toMatchObject({ person: 'we', negated: true, future: true });
    expect(one('مااقدر')).toMatchObject({ person: 'i', negated: true });
    expect(one('ماتطلع')).toMatchObject({ person: 'you', negated: true });
    // ما/لا glued to a past: the ا of the negation is no "I".
    for (const past of ['ماطلع', 'وماطلع', 'لاطلع', 'ماقدر']) {
      const m = one(past);
      expect(m.negated).toBe(true);
      expect(m.person).toBeUndefined();
    }
  });

  it('reads no present person before a past ending, nor "I" before a plural one', () => {
    const work = compileLexicon([{ term: 'يشتغل', pos: 'verb', data: 'work' }]);
    const person = (text: string) => work.findIn(text)[0].person;
    expect(person('اشتغلت')).toBeUndefined();
    expect(person('اشتغلتوا')).toBeUndefined();
    expect(person('اشتغلوا')).toBeUndefined();
    expect(person('اشتغل')).toBe('i');
    expect(person('تشتغلون')).toBe('you');
    expect(person('بيشتغلون')).toBe('he');
    expect(person('نشتغل')).toBe('we');
  });
});

describe('compileLexicon: dialect "to him / to me" on the verb', () => {
  const say = compileLexicon([{ term: 'يقول', forms: ['قال'], pos: 'verb', data: 'say' }]);
  it.each([
    ['قالتله', 'تله'],
    ['قالولي', 'ولي'],
    ['يقولولهم', 'ولهم'],
  ])('%s reads with the ending %s', (text, suffix) => {
    const [m] = say.findIn(text);
    expect(m.readings[0].suffix).toBe(suffix);
  });
  it('still needs the verb: a noun that ends the same way is not read as one', () => {
    expect(say.findIn('قالب')).toEqual([]);
  });
});

describe('compileLexicon: phrases and fixed words', () => {
  it('matches each word of a phrase with its own inflection', () => {
    expect(found('قليلين الأدب')).toEqual([['rude', 'قليلين الأدب']]);
    expect(found('وقليلة ادب')).toEqual([['rude', 'وقليلة ادب']]);
    expect(found('ما تستحون')).toEqual([['shameless', 'ما تستحون']]);
    expect(found('ماتستحي')).toEqual([['shameless', 'ماتستحي']]);
  });
  it('needs every word of a phrase in order', () => {
    expect(found('قليل من الادب')).toEqual([]);
    expect(found('تستحي')).toEqual([]);
  });
  it('keeps fixed words as written, after و or ف only', () => {
    expect(found('وطز')).toEqual([['whatever', 'وطز']]);
    expect(found('بطز')).toEqual([]);
  });
});

describe('compileLexicon: Arabizi', () => {
  it('reads Latin letters and digits by consonant skeleton', () => {
    expect(latinSkeleton('7mar')).toBe(arabicSkeleton('حمار'));
    expect(found('ya 7mar')).toEqual([['donkey', '7mar']]);
    expect(found('enta ghabi')).toEqual([['stupid', 'ghabi']]);
    expect(found('ya 7marak')).toEqual([['donkey', '7marak']]);
    expect(lexicon.findIn('ya 7mar')[0].vocative).toBe(true);
  });
  it('leaves English alone unless the text is plainly Arabizi', () => {
    expect(found('I put the basket in the car')).toEqual([]);
    expect(found('the hammer is broken')).toEqual([]);
  });
});
