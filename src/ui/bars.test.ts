import { describe, expect, it } from 'vitest';
import { barLengths } from './bars.js';

describe('barLengths', () => {
  it('scales to the largest count, in check order, then other checks alphabetically', () => {
    expect(barLengths({ custom: 1, commitment: 4, 'personal-details': 2 }, ['personal-details', 'commitment'], 100)).toEqual([
      { key: 'personal-details', count: 2, length: 50 },
      { key: 'commitment', count: 4, length: 100 },
      { key: 'custom', count: 1, length: 25 },
    ]);
  });
  it('keeps a tiny count visible and a zero count empty', () => {
    expect(barLengths({ a: 1000, b: 1, c: 0 }, [], 160).map((b) => b.length)).toEqual([160, 2, 0]);
  });
  it('returns nothing for no counts', () => {
    expect(barLengths({}, ['a'], 100)).toEqual([]);
  });
});
