import { describe, expect, it } from 'vitest';
import en from '../../_locales/en/messages.json';
import ar from '../../_locales/ar/messages.json';
import { PERSONAL_DETAIL_RULES } from '../engine/checks/meta/personal-details.js';
import { translator } from './i18n.js';
import { RULE_LABELS, humaniseRuleId, ruleLabel } from './rule-labels.js';

describe('ruleLabel', () => {
  it('names built-in rules in English and Arabic', () => {
    expect(ruleLabel('personal-details', 'phone', translator('en'))).toBe('Phone number');
    expect(ruleLabel('personal-details', 'phone', translator('ar'))).toBe('رقم هاتف');
    expect(ruleLabel('commitment', 'deadline', translator('en'))).toBe('Deadline');
    expect(ruleLabel('aggressive-tone', 'insult', translator('ar'))).toBe('إهانة');
  });
  it('names the tone model\'s finding as an estimate, in English and Arabic', () => {
    expect(ruleLabel('aggressive-tone', 'model', translator('en'))).toBe('Estimated tone (model)');
    expect(ruleLabel('aggressive-tone', 'model', translator('ar'))).toBe('تقدير النبرة (نموذج مدرَّب)');
  });
  it('names an organisation rule by the message its manager wrote, and by its id when there is none', () => {
    const rules = [{ id: 'tender-talk', phrases: ['tender award'], message: 'Tender results are not public yet.', severity: 'error' as const }];
    expect(ruleLabel('custom', 'tender-talk', translator('en'), rules)).toBe('Tender results are not public yet.');
    expect(ruleLabel('custom', 'gone-rule', translator('en'), rules)).toBe('Gone rule');
  });
  it('reads an unknown rule id as words', () => {
    expect(ruleLabel('commitment', 'soft-promise', translator('en'))).toBe('Soft promise');
    expect(humaniseRuleId('a_b-c')).toBe('A b c');
  });
  it('has a label in both catalogues for every rule, including every kind of personal detail', () => {
    for (const rule of PERSONAL_DETAIL_RULES) expect(RULE_LABELS[rule]).toBeDefined();
    for (const key of Object.values(RULE_LABELS)) {
      expect((en as Record<string, { message: string }>)[key]?.message, key).toBeTruthy();
      expect((ar as Record<string, { message: string }>)[key]?.message, key).toBeTruthy();
    }
  });
});
