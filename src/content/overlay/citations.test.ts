// @vitest-environment happy-dom
// The card and the pre-send review speak the person's language: the guideline cited by its Arabic title, laid out right to left.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../engine/types.js';
import { buildCard } from './card.js';
import { showReview } from './review.js';
import { STRINGS } from './strings.js';

const phone: Finding = { check: 'personal-details', rule: 'phone', severity: 'error', start: 0, end: 8, message: 'رقم هاتف: 91234567', why: '' };
const insult: Finding = { check: 'aggressive-tone', rule: 'insult', severity: 'error', start: 9, end: 14, message: 'عبارة مُهينة: «غبي»', why: '' };
const ITA_AR = 'هيئة تقنية المعلومات، وسائل التواصل الاجتماعي في الحكومة (2016)';

describe('citations on the card and in the review', () => {
  it('cites the Arabic title and section on an Arabic card, the English on an English one', () => {
    expect(buildCard(document, STRINGS.ar, phone, () => undefined).querySelector('.source cite')?.textContent).toBe(`المصدر: ${ITA_AR}، قواعد السلوك`);
    expect(buildCard(document, STRINGS.en, phone, () => undefined).querySelector('.source cite')?.textContent).toBe(
      'Source: Oman ITA, Social Media in Government (2016), Codes of Conduct',
    );
  });

  it('names no source for a check it does not know', () => {
    expect(buildCard(document, STRINGS.en, { ...phone, check: 'someone-elses' }, () => undefined).querySelector('.source')).toBeNull();
  });

  it('lists each guideline the open findings cite once, in Arabic', () => {
    document.body.innerHTML = '';
    const el = showReview(document, document.body, STRINGS.ar, [phone, { ...phone, start: 20 }, insult], false, { left: 0, bottom: 0 } as DOMRect, {
      edit: () => undefined,
      postAnyway: () => undefined,
    });
    expect([...el.querySelectorAll('.sources cite')].map((c) => c.textContent)).toEqual([
      `المصدر: ${ITA_AR}، قواعد السلوك`,
      `المصدر: ${ITA_AR}، المبادئ الأساسية لموظفي الجهات الحكومية («كن متّسقًا»)؛ قواعد السلوك`,
    ]);
    expect([...el.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['خطأ: رقم هاتف: 91234567', 'خطأ: رقم هاتف: 91234567', 'خطأ: عبارة مُهينة: «غبي»']);
  });

  it("lays the card and the review out in the person's language's direction, whatever the box's", () => {
    expect(buildCard(document, STRINGS.ar, phone, () => undefined).dir).toBe('rtl');
    expect(buildCard(document, STRINGS.en, phone, () => undefined).dir).toBe('ltr');
    document.body.innerHTML = '';
    const review = showReview(document, document.body, STRINGS.ar, [phone], false, { left: 0, bottom: 0 } as DOMRect, { edit: () => undefined });
    expect(review.dir).toBe('rtl');
  });
});
