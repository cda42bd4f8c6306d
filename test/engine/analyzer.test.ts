import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnalyzer } from '../../src/engine/analyzer.js';
import { CHECKS } from '../../src/engine/checks/index.js';
import { DEFAULT_RULESET } from '../../src/ruleset/load.js';
import type { Ruleset } from '../../src/engine/types.js';

const personalDetails = CHECKS.find((c) => c.meta.id === 'personal-details')!;

afterEach(() => vi.restoreAllMocks());

describe('createAnalyzer', () => {
  it('re-scans only the sentence a keystroke changed', () => {
    const scan = vi.spyOn(personalDetails, 'scan');
    const analyzer = createAnalyzer(DEFAULT_RULESET);
    const draft = 'First sentence here. Second one follows. Third closes it.';
    analyzer.analyze(draft, { capacity: 'personal' });
    expect(scan).toHaveBeenCalledTimes(3);
    analyzer.analyze(draft.replace('Second one', 'Second ones'), { capacity: 'personal' });
    expect(scan).toHaveBeenCalledTimes(4);
    expect(scan.mock.calls[3][0].original).toBe('Second ones follows. ');
  });

  it('does not reuse work across a change of capacity', () => {
    const scan = vi.spyOn(personalDetails, 'scan');
    const analyzer = createAnalyzer(DEFAULT_RULESET);
    analyzer.analyze('One sentence.', { capacity: 'personal' });
    analyzer.analyze('One sentence.', { capacity: 'official' });
    expect(scan).toHaveBeenCalledTimes(2);
  });

  it('places a hit from a later sentence at its offset in the whole draft', () => {
    vi.spyOn(personalDetails, 'scan').mockImplementation((seg) => {
      const at = seg.text.indexOf('XYZ');
      return at < 0 ? [] : [{ rule: 'test', start: at, end: at + 3, message: 'm' }];
    });
    const analyzer = createAnalyzer(DEFAULT_RULESET);
    const draft = 'Hello there. Say XYZ now.';
    const [finding] = analyzer.analyze(draft, { capacity: 'personal' });
    expect(finding).toMatchObject({ check: 'personal-details', rule: 'test', start: 17, end: 20 });
    expect(draft.slice(finding.start, finding.end)).toBe('XYZ');
    expect(finding.why).toBe(personalDetails.meta.clause.en);
  });

  it('maps a hit in normalised text back over Arabic-Indic digits and tashkeel', () => {
    vi.spyOn(personalDetails, 'scan').mockImplementation((seg) => {
      const at = seg.text.indexOf('912');
      return at < 0 ? [] : [{ rule: 'test', start: at, end: at + 3, message: 'm' }];
    });
    const draft = 'اِتَّصِل ٩١٢';
    const [finding] = createAnalyzer(DEFAULT_RULESET).analyze(draft, { capacity: 'personal' });
    expect(draft.slice(finding.start, finding.end)).toBe('٩١٢');
  });

  it('skips a check the ruleset turns off and applies the ruleset severity', () => {
    vi.spyOn(personalDetails, 'scan').mockImplementation(() => [{ rule: 'test', start: 0, end: 2, message: 'm' }]);
    const off: Ruleset = { ...DEFAULT_RULESET, checks: { 'personal-details': { enabled: false } } };
    expect(createAnalyzer(off).analyze('hi there', {}).filter((f) => f.check === 'personal-details')).toEqual([]);
    const info: Ruleset = { ...DEFAULT_RULESET, checks: { 'personal-details': { severity: 'info' } } };
    const [finding] = createAnalyzer(info).analyze('hi there', {}).filter((f) => f.check === 'personal-details');
    expect(finding.severity).toBe('info');
  });

  it('returns nothing for an empty draft', () => {
    expect(createAnalyzer(DEFAULT_RULESET).analyze('', { capacity: 'unknown' })).toEqual([]);
  });
});
