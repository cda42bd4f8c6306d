import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAnalyzer } from '../../src/engine/analyzer.js';
import { DEFAULT_RULESET } from '../../src/ruleset/load.js';
import type { Finding } from '../../src/engine/types.js';

const analyzer = createAnalyzer(DEFAULT_RULESET);

/** Pieces that exercise every check and the normaliser: digits, Arabic, invisible marks, surrogates. */
const piece = fc.constantFrom(
  ' ', '. ', '!!!', '\n', '+968 ', '9123 4567', '٩١٢٣٤٥٦٧', 'idiot', 'i.d.i.o.t', 'we will', 'سوف', 'نعدكم',
  'our ministry', 'وزارتنا', '\u200B', '\u202E', '\u0651', 'ـ', '😀', '\uD800', '\uDC00', 'SHUT UP', 'name@mail.com',
  'P.O. Box 12', 'GB82 WEST 1234 5698 7654 32', '4111 1111 1111 1111', 'ﷺ', 'ﻻ', 'İ', 'ß',
);
const mixed = fc.array(fc.oneof(piece, fc.string({ unit: 'binary', maxLength: 40 })), { maxLength: 200 }).map((a) => a.join(''));

function assertWellFormed(text: string, findings: Finding[]) {
  const boundary = (i: number) => {
    if (i <= 0 || i >= text.length) return true;
    const before = text.charCodeAt(i - 1);
    const at = text.charCodeAt(i);
    return !(before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff);
  };
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThan(f.end);
    expect(boundary(f.start) && boundary(f.end)).toBe(true);
    if (i > 0) {
      const p = findings[i - 1];
      expect(p.start < f.start || (p.start === f.start && p.end <= f.end)).toBe(true);
    }
  }
}

describe('analyzer properties', () => {
  it('never throws on random Unicode, keeps offsets inside the text, on code-point boundaries, sorted', () => {
    fc.assert(
      fc.property(mixed, fc.constantFrom('official', 'personal', 'unknown') as fc.Arbitrary<'official' | 'personal' | 'unknown'>, (text, capacity) => {
        assertWellFormed(text, analyzer.analyze(text, { capacity }));
      }),
      { numRuns: 300 },
    );
  });

  it('handles random drafts of up to 100 KB', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 50_000, maxLength: 100_000 }), (text) => {
        assertWellFormed(text, createAnalyzer(DEFAULT_RULESET).analyze(text, { capacity: 'personal' }));
      }),
      { numRuns: 5 },
    );
  });

  it('gives the same findings warm and cold', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        const warm = analyzer.analyze(text, { capacity: 'personal' });
        expect(createAnalyzer(DEFAULT_RULESET).analyze(text, { capacity: 'personal' })).toEqual(warm);
      }),
      { numRuns: 100 },
    );
  });
});
