import { describe, expect, it } from 'vitest';
import en from '../../_locales/en/messages.json';
import ar from '../../_locales/ar/messages.json';
import { CHECK_METAS } from '../engine/checks/meta/index.js';
import { PERSONAL_DETAIL_RULES } from '../engine/checks/meta/personal-details.js';
import { humaniseRuleId, ruleLabel } from './rule-labels.js';

describe('ruleLabel', () => {
  it('names built-in rules in English and Arabic from their check\'s metadata', () => {
    expect(ruleLabel('personal-details', 'phone', 'en')).toBe('Phone number');
    expect(ruleLabel('personal-details', 'phone', 'ar')).toBe('رقم هاتف');
    expect(ruleLabel('confidential-information', 'intranet-link', 'ar')).toBe('رابط للشبكة الداخلية');
    expect(ruleLabel('affiliation-disclosure', 'personal-opinion', 'en')).toBe('Personal opinion on an official account');
    expect(ruleLabel('commitment', 'deadline', 'en')).toBe('Deadline');
    expect(ruleLabel('aggressive-tone', 'insult', 'ar')).toBe('إهانة');
  });
  it('names every rule of every check\'s metadata by its label', () => {
    for (const meta of CHECK_METAS) {
      for (const [rule, { label }] of Object.entries(meta.rules ?? {})) {
        expect(ruleLabel(meta.id, rule, 'en')).toBe(label.en);
        expect(ruleLabel(meta.id, rule, 'ar')).toBe(label.ar);
      }
    }
    const details = CHECK_METAS.find((m) => m.id === 'personal-details')!;
    for (const rule of PERSONAL_DETAIL_RULES) expect(details.rules?.[rule]?.label.ar, rule).toBeTruthy();
  });
  it('names the tone model\'s finding as an estimate, in English and Arabic', () => {
    expect(ruleLabel('aggressive-tone', 'model', 'en')).toBe('Estimated tone (model)');
    expect(ruleLabel('aggressive-tone', 'model', 'ar')).toBe('تقدير النبرة (نموذج مدرَّب)');
  });
  it('names an organisation rule by the message its manager wrote, in the person\'s language when given in both', () => {
    const rules = [
      { id: 'tender-talk', phrases: ['tender award'], message: 'Tender results are not public yet.', severity: 'error' as const },
      { id: 'leave', words: ['leave'], message: { en: 'Leave rules', ar: 'قواعد الإجازات' }, severity: 'info' as const },
      { id: 'only-ar', words: ['x'], message: { ar: 'بالعربية فقط' }, severity: 'info' as const },
    ];
    expect(ruleLabel('custom', 'tender-talk', 'ar', rules)).toBe('Tender results are not public yet.');
    expect(ruleLabel('custom', 'leave', 'en', rules)).toBe('Leave rules');
    expect(ruleLabel('custom', 'leave', 'ar', rules)).toBe('قواعد الإجازات');
    expect(ruleLabel('custom', 'only-ar', 'en', rules)).toBe('بالعربية فقط');
    expect(ruleLabel('custom', 'gone-rule', 'en', rules)).toBe('Gone rule');
  });
  it('reads an unknown rule id as words', () => {
    expect(ruleLabel('commitment', 'soft-promise', 'en')).toBe('Soft promise');
    expect(humaniseRuleId('a_b-c')).toBe('A b c');
  });
  it('leaves no second copy of a rule\'s name in the catalogues', () => {
    const ruleKeys = (catalogue: Record<string, unknown>) => Object.keys(catalogue).filter((k) => /^rule[A-Z]/.test(k));
    expect(ruleKeys(en)).toEqual([]);
    expect(ruleKeys(ar)).toEqual([]);
  });
});
