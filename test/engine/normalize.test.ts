import { describe, expect, it } from 'vitest';
import { normalize, normalizeTerm, toOriginal } from '../../src/engine/normalize.js';

const norm = (s: string) => normalize(s).text;

describe('normalize', () => {
  it.each([
    ['Arabic-Indic digits become Western digits', 'اتصل ٩١٢٣٤٥٦٧', 'اتصل 91234567'],
    ['Persian digits become Western digits', '۰۹۸۷', '0987'],
    ['tashkeel and tatweel are removed', 'مُحَمَّـــد', 'محمد'],
    ['hamza forms of alef fold to bare alef', 'أحمد إبراهيم آمنة', 'احمد ابراهيم امنه'],
    ['alef maksura and taa marbuta fold', 'على وزارة', 'علي وزاره'],
    ['zero-width characters are removed', 'id\u200Bi\u200Dot', 'idiot'],
    ['bidi controls are removed', '\u202Ehello\u202C \u2067world\u2069', 'hello world'],
    ['fullwidth and mathematical letters fold to ASCII', 'ｆｕｌｌ 𝐛𝐨𝐥𝐝', 'full bold'],
    ['accents are dropped', 'café naïve', 'cafe naive'],
    ['letters spaced with dots are joined', 'you i.d.i.o.t', 'you idiot'],
    ['letters spaced with spaces are joined', 's h u t up', 'shut up'],
    ['letters spaced with dashes are joined', 'a l-o-s-e-r', 'a loser'],
    ['short abbreviations stay as written', 'U.K. and P.O. Box', 'U.K. and P.O. Box'],
    ['case is kept for shouting detection', 'STOP This', 'STOP This'],
    ['no-break spaces become spaces', 'a\u00A0b', 'a b'],
  ])('%s', (_name, input, expected) => {
    expect(norm(input)).toBe(expected);
  });

  it('maps every normalised unit back to the original code point it came from', () => {
    const original = 'call ٩١٢ ok';
    const n = normalize(original);
    expect(n.text).toBe('call 912 ok');
    expect(toOriginal(n, 5, 8)).toEqual([5, 8]);
    expect(original.slice(...toOriginal(n, 5, 8))).toBe('٩١٢');
  });

  it('maps a joined word back over its separators', () => {
    const original = 'hey i.d.i.o.t!';
    const n = normalize(original);
    const at = n.text.indexOf('idiot');
    expect(original.slice(...toOriginal(n, at, at + 5))).toBe('i.d.i.o.t');
  });

  it('maps a span after removed tashkeel to the right original offsets', () => {
    const original = 'قَالَ كَلْب';
    const n = normalize(original);
    expect(n.text).toBe('قال كلب');
    expect(original.slice(...toOriginal(n, 4, 7))).toBe('كَلْب');
  });

  it('keeps a surrogate pair whole in the map', () => {
    const original = 'a😀b';
    const n = normalize(original);
    expect(n.text).toBe('a😀b');
    expect(toOriginal(n, 1, 3)).toEqual([1, 3]);
  });

  it('normalises word-list terms the same way as drafts, lower-cased', () => {
    expect(normalizeTerm('سكة')).toBe('سكه');
    expect(normalizeTerm('Ｉdiot')).toBe('idiot');
  });
});

describe('toOriginal with trailing marks', () => {
  it('covers a vowel mark that ends a word', () => {
    const original = 'يا حَقِيرْ اليوم';
    const n = normalize(original);
    const at = n.text.indexOf('حقير');
    expect(original.slice(...toOriginal(n, at, at + 4))).toBe('حَقِيرْ');
  });

  it('covers a combining accent after the last letter', () => {
    const original = 'cafe\u0301 ok';
    const n = normalize(original);
    expect(original.slice(...toOriginal(n, 0, 4))).toBe('cafe\u0301');
  });
});
