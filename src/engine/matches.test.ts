import { describe, expect, it } from 'vitest';
import { matches, mentions } from './matches.js';

const spans = (list: RegExpExecArray[]) => list.map((m) => [m.index, m[0]]);

describe('matches', () => {
  it('gives the same matches as matchAll, groups included', () => {
    const re = /(\d+)-(\d+)/g;
    const text = 'rooms 12-14 and 3-7';
    expect(matches(re, text).map((m) => [...m])).toEqual([...text.matchAll(re)].map((m) => [...m]));
  });

  it('steps over empty matches by one code point in Unicode mode', () => {
    expect(spans(matches(/x*/gu, 'a😀x'))).toEqual([[0, ''], [1, ''], [3, 'x'], [4, '']]);
    expect(spans(matches(/x*/gu, 'a😀x'))).toEqual(spans([...'a😀x'.matchAll(/x*/gu)] as RegExpExecArray[]));
  });

  it('starts from lastIndex and leaves it as it was', () => {
    const re = /a/g;
    re.lastIndex = 2;
    expect(spans(matches(re, 'aaaa'))).toEqual([[2, 'a'], [3, 'a']]);
    expect(re.lastIndex).toBe(2);
  });

  it('refuses a regex without the global flag, as matchAll does', () => {
    expect(() => matches(/a/, 'a')).toThrow(TypeError);
  });
});

describe('mentions', () => {
  it('finds a match anywhere and leaves lastIndex at 0, even after an earlier partial scan', () => {
    const re = /ministry/gi;
    re.lastIndex = 50;
    expect(mentions(re, 'The Ministry said so')).toBe(true);
    expect(re.lastIndex).toBe(0);
    expect(mentions(re, 'nothing here')).toBe(false);
    expect(mentions(null, 'The Ministry')).toBe(false);
  });
});
