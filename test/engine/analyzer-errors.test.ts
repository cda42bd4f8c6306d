// A check that throws is reported by id and message; the other checks still run and report as before.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/engine/analyzer.js';
import { CHECKS } from '../../src/engine/checks/index.js';
import type { Check, CheckMeta } from '../../src/engine/types.js';
import { optionsObject } from '../../src/engine/checks/meta/option-schemas.js';

const meta = (id: string): CheckMeta => ({
  id,
  title: { en: id, ar: id },
  defaultSeverity: 'warning',
  clause: { en: 'test', ar: 'اختبار' },
  source: { document: 'test', section: 'test' },
  optionsSchema: optionsObject({}),
});

/** Throws in its scan on any segment containing "boom". */
const scanThrows: Check = {
  meta: meta('scan-throws'),
  scan(segment) {
    if (segment.text.includes('boom')) throw new TypeError('cannot read the list');
    return [{ rule: 'word', start: 0, end: 1, message: 'first letter' }];
  },
};

/** Scans fine, then throws when combining the draft. */
const combineThrows: Check = {
  meta: meta('combine-throws'),
  scan: () => [],
  combine() {
    throw new RangeError('bad offsets');
  },
};

const DRAFT = 'Call me on +968 9123 4567. It went boom.';

describe('a check that throws', () => {
  it('is reported with its message while the built-in checks still find what they find', () => {
    const analyzer = createAnalyzer({}, { checks: [...CHECKS, scanThrows] });
    const result = analyzer.analyzeDetailed(DRAFT);
    expect(result.errors).toEqual([{ check: 'scan-throws', message: 'cannot read the list' }]);
    expect(result.findings.map((f) => `${f.check}/${f.rule}`)).toEqual(['personal-details/phone']);
    expect(analyzer.errors).toEqual(result.errors);
  });

  it('reports none of its hits, even from the sentences it could read', () => {
    const result = createAnalyzer({}, { checks: [scanThrows] }).analyzeDetailed(DRAFT);
    expect(result.findings).toEqual([]);
    expect(result.errors.map((e) => e.check)).toEqual(['scan-throws']);
  });

  it('is reported again when the failing sentence comes from the cache', () => {
    const analyzer = createAnalyzer({}, { checks: [scanThrows] });
    analyzer.analyze(DRAFT);
    expect(analyzer.analyzeDetailed(DRAFT).errors).toEqual([{ check: 'scan-throws', message: 'cannot read the list' }]);
  });

  it('clears once the text no longer makes it throw', () => {
    const analyzer = createAnalyzer({}, { checks: [scanThrows] });
    analyzer.analyze(DRAFT);
    expect(analyzer.analyze('All fine here.').map((f) => f.check)).toEqual(['scan-throws']);
    expect(analyzer.errors).toEqual([]);
  });

  it('is caught in the whole-draft step too', () => {
    const result = createAnalyzer({}, { checks: [...CHECKS, combineThrows] }).analyzeDetailed(DRAFT);
    expect(result.errors).toEqual([{ check: 'combine-throws', message: 'bad offsets' }]);
    expect(result.findings.map((f) => f.check)).toEqual(['personal-details']);
  });

  it('lists every check that failed, in the engine order, once each', () => {
    const result = createAnalyzer({}, { checks: [combineThrows, scanThrows] }).analyzeDetailed(`${DRAFT} Another boom.`);
    expect(result.errors.map((e) => e.check)).toEqual(['combine-throws', 'scan-throws']);
  });

  it('names a thrown non-Error by its text', () => {
    const weird: Check = { meta: meta('weird'), scan: () => { throw 'nope'; } };
    expect(createAnalyzer({}, { checks: [weird] }).analyzeDetailed('x').errors).toEqual([{ check: 'weird', message: 'nope' }]);
  });

  it('has no errors when every check runs', () => {
    const analyzer = createAnalyzer({});
    expect(analyzer.analyzeDetailed(DRAFT).errors).toEqual([]);
    expect(analyzer.errors).toEqual([]);
  });
});
