import { describe, expect, it } from 'vitest';
import { remapFindings } from './remap.js';
import type { Finding } from '../engine/types.js';

const finding = (start: number, end: number): Finding => ({ check: 'c', rule: 'r', severity: 'warning', start, end, message: 'm', why: 'w' });

describe('remapFindings', () => {
  it('keeps spans before the edit where they are', () => {
    expect(remapFindings([finding(0, 4)], 'bad word here', 'bad word here!')).toEqual([finding(0, 4)]);
  });

  it('shifts spans after an insertion by its length', () => {
    expect(remapFindings([finding(9, 13)], 'bad word here', 'a bad word here')).toEqual([finding(11, 15)]);
  });

  it('shifts spans after a deletion back', () => {
    expect(remapFindings([finding(9, 13)], 'bad word here', 'bad here')).toEqual([finding(4, 8)]);
  });

  it('drops a span the edit touches', () => {
    expect(remapFindings([finding(4, 8)], 'bad word here', 'bad wxord here')).toEqual([]);
  });

  it('returns the same list when nothing changed', () => {
    const list = [finding(1, 2)];
    expect(remapFindings(list, 'abc', 'abc')).toBe(list);
  });
});
