import { describe, expect, it } from 'vitest';
import { groupFindings } from './group-findings.js';

const f = (check: string, severity: 'info' | 'warning' | 'error', rule = 'r') => ({ check, rule, severity });

describe('groupFindings', () => {
  it('counts per check in the engine order and keeps the worst severity', () => {
    const rows = groupFindings(
      [f('commitment', 'warning'), f('personal-details', 'info'), f('commitment', 'error'), f('personal-details', 'warning'), f('commitment', 'info')],
      ['personal-details', 'affiliation-disclosure', 'commitment'],
    );
    expect(rows.map(({ rules: _rules, ...row }) => row)).toEqual([
      { check: 'personal-details', count: 2, severity: 'warning' },
      { check: 'commitment', count: 3, severity: 'error' },
    ]);
  });
  it('counts each rule within its check, in the order the draft first shows it, with its worst severity', () => {
    const rows = groupFindings(
      [f('personal-details', 'error', 'phone'), f('personal-details', 'warning', 'email'), f('personal-details', 'error', 'phone'), f('commitment', 'info', 'deadline'), f('commitment', 'warning', 'deadline')],
      ['personal-details', 'commitment'],
    );
    expect(rows.map((r) => r.rules)).toEqual([
      [
        { rule: 'phone', count: 2, severity: 'error' },
        { rule: 'email', count: 1, severity: 'warning' },
      ],
      [{ rule: 'deadline', count: 2, severity: 'warning' }],
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
