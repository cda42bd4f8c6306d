import { describe, expect, it } from 'vitest';
import en from '../../_locales/en/messages.json';
import ar from '../../_locales/ar/messages.json';
import { CHECK_METAS } from '../engine/checks/meta/index.js';
import { PERSONAL_DETAIL_RULES } from '../engine/checks/meta/personal-details.js';
import { translator } from './i18n.js';
import { CATALOGUE_LABELS, humaniseRuleId, ruleLabel } from './rule-labels.js';

const enT = translator('en');
const arT = translator('ar');

describe('ruleLabel', () => {
  it('names built-in rules in English and Arabic from their check\'s metadata', () => {
    expect(ruleLabel('personal-details', 'phone', 'en', enT)).toBe('Phone number');
    expect(ruleLabel('personal-details', 'phone', 'ar', arT)).toBe('رقم هاتف');
    expect(ruleLabel('confidential-information', 'intranet-link', 'ar', arT)).toBe('رابط للشبكة الداخلية');
    expect(ruleLabel('affiliation-disclosure', 'personal-opinion', 'en', enT)).toBe('Personal opinion on an official account');
  });
  it('names every rule of every check\'s metadata by its label, whatever the catalogues hold', () => {
    for (const meta of CHECK_METAS) {
      for (const [rule, { label }] of Object.entries(meta.rules ?? {})) {
        expect(ruleLabel(meta.id, rule, 'en', enT)).toBe(label.en);
        expect(ruleLabel(meta.id, rule, 'ar', arT)).toBe(label.ar);
      }
    }
    const details = CHECK_METAS.find((m) => m.id === 'personal-details')!;
    for (const rule of PERSONAL_DETAIL_RULES) expect(details.rules?.[rule]?.label.ar, rule).toBeTruthy();
  });
  it('names the tone model\'s finding as an estimate, in English and Arabic', () => {
    expect(ruleLabel('aggressive-tone', 'model', 'en', enT)).toBe('Estimated tone (model)');
    expect(ruleLabel('aggressive-tone', 'model', 'ar', arT)).toBe('تقدير النبرة (نموذج مدرَّب)');
    expect(ruleLabel('commitment', 'deadline', 'en', enT)).toBe('Deadline');
    expect(ruleLabel('aggressive-tone', 'insult', 'ar', arT)).toBe('إهانة');
  });
  it('names an organisation rule by the message its manager wrote, in the person\'s language when given in both', () => {
    const rules = [
      { id: 'tender-talk', phrases: ['tender award'], message: 'Tender results are not public yet.', severity: 'error' as const },
      { id: 'leave', words: ['leave'], message: { en: 'Leave rules', ar: 'قواعد الإجازات' }, severity: 'info' as const },
      { id: 'only-ar', words: ['x'], message: { ar: 'بالعربية فقط' }, severity: 'info' as const },
    ];
    expect(ruleLabel('custom', 'tender-talk', 'ar', arT, rules)).toBe('Tender results are not public yet.');
    expect(ruleLabel('custom', 'leave', 'en', enT, rules)).toBe('Leave rules');
    expect(ruleLabel('custom', 'leave', 'ar', arT, rules)).toBe('قواعد الإجازات');
    expect(ruleLabel('custom', 'only-ar', 'en', enT, rules)).toBe('بالعربية فقط');
    expect(ruleLabel('custom', 'gone-rule', 'en', enT, rules)).toBe('Gone rule');
  });
  it('reads an unknown rule id as words', () => {
    expect(ruleLabel('commitment', 'soft-promise', 'en', enT)).toBe('Soft promise');
    expect(humaniseRuleId('a_b-c')).toBe('A b c');
  });
  it('finds in both catalogues every rule its check\'s metadata does not name yet', () => {
    for (const key of Object.values(CATALOGUE_LABELS)) {
      expect((en as Record<string, { message: string }>)[key]?.message, key).toBeTruthy();
      expect((ar as Record<string, { message: string }>)[key]?.message, key).toBeTruthy();
    }
  });
});
