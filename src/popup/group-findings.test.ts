import { describe, expect, it } from 'vitest';
import { groupFindings } from './group-findings.js';

const f = (check: string, severity: 'info' | 'warning' | 'error') => ({ check, rule: 'r', severity, message: 'm' });

describe('groupFindings', () => {
  it('counts per check in the engine order and keeps the worst severity', () => {
    const rows = groupFindings(
      [f('commitment', 'warning'), f('personal-details', 'info'), f('commitment', 'error'), f('personal-details', 'warning'), f('commitment', 'info')],
      ['personal-details', 'affiliation-disclosure', 'commitment'],
    );
    expect(rows).toEqual([
      { check: 'personal-details', count: 2, severity: 'warning' },
      { check: 'commitment', count: 3, severity: 'error' },
    ]);
  });
  it('puts checks outside the order last, alphabetically', () => {
    expect(groupFindings([f('zeta', 'info'), f('custom', 'info'), f('commitment', 'info')], ['commitment']).map((r) => r.check)).toEqual([
      'commitment',
      'custom',
      'zeta',
    ]);
  });
  it('is empty for a clean draft', () => {
    expect(groupFindings([], ['commitment'])).toEqual([]);
  });
});
