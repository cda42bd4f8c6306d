import { describe, expect, it } from 'vitest';
import { pickLang, STRINGS } from './strings.js';

describe('"and N more" in the overlay', () => {
  it('reads in English, with "at least" when a check stopped reading', () => {
    expect(STRINGS.en.moreLine(1, false)).toBe('…and 1 more');
    expect(STRINGS.en.moreLine(150, false)).toBe('…and 150 more');
    expect(STRINGS.en.moreLine(950, true)).toBe('…and at least 950 more');
    expect(STRINGS.en.badgeLabelMore(50, 10, false)).toBe('Post Coach: 50 things to look at before posting, and 10 more');
  });

  it('takes the Arabic form for the number: one, two, 3-10, 11-99, hundreds', () => {
    const ar = (n: number) => STRINGS.ar.moreLine(n, false);
    expect(ar(1)).toBe('…وأمر آخر');
    expect(ar(2)).toBe('…وأمران آخران');
    expect(ar(3)).toBe('…و3 أمور أخرى');
    expect(ar(10)).toBe('…و10 أمور أخرى');
    expect(ar(11)).toBe('…و11 أمرًا آخر');
    expect(ar(99)).toBe('…و99 أمرًا آخر');
    expect(ar(100)).toBe('…و100 أمر آخر');
    expect(ar(102)).toBe('…و102 أمر آخر');
    expect(ar(103)).toBe('…و103 أمور أخرى');
    expect(ar(150)).toBe('…و150 أمرًا آخر');
  });

  it('says "at least" in Arabic after the counted noun, and on the badge', () => {
    expect(STRINGS.ar.moreLine(950, true)).toBe('…و950 أمرًا آخر على الأقل');
    expect(STRINGS.ar.badgeLabelMore(50, 2, false)).toBe('مدرب النشر: 50 من الأمور للمراجعة قبل النشر، وأمران آخران');
  });
});

describe("the overlay's language", () => {
  it("is the person's choice, else the browser's UI language, never the page's", () => {
    expect(pickLang('en', 'ar-OM')).toBe('en');
    expect(pickLang('ar', 'en-GB')).toBe('ar');
    expect(pickLang(undefined, 'ar')).toBe('ar');
    expect(pickLang(undefined, 'AR-om')).toBe('ar');
    expect(pickLang(null, 'en-US')).toBe('en');
    expect(pickLang('fr', undefined)).toBe('en');
  });
});
