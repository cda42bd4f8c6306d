import { describe, expect, it } from 'vitest';
import { findSituations } from './situations.js';

const amounts = (text: string) => findSituations(text, true, false).filter((s) => s.kind === 'money').map((s) => text.slice(s.start, s.end));

describe('findSituations: amounts of money', () => {
  it('reads an amount before or after its currency, separators and all', () => {
    expect(amounts('he owes OMR 1,500.250 to the bank')).toEqual(['owes', 'OMR 1,500.250']);
    expect(amounts('a balance of 1,500.250 rials')).toEqual(['1,500.250 rials']);
    expect(amounts('fees of 12,000rials and 3.5r.o. more')).toEqual(['12,000rials', '3.5r.o.']);
    expect(amounts('paid 1.1.1 ro')).toEqual(['1.1.1 ro']);
  });

  it('starts an amount glued to a word at its first digit after a separator, as before', () => {
    expect(amounts('x1.5.7 rials')).toEqual(['5.7 rials']);
    expect(amounts('..5 rials')).toEqual(['5 rials']);
  });

  it('finds no amount in a run of numbers without a currency, nor a part of one', () => {
    expect(amounts('1.'.repeat(290))).toEqual([]);
    expect(amounts(`${'1.'.repeat(290)}x 5 rials`)).toEqual(['5 rials']);
  });
});
