// Whether a sentence is about work: decisions, appointments, budgets, fees, projects, the employer. A weak cue such as
// "between us" or "بيني وبينك" leaks only in such a sentence ("between you and me, the coffee here is awful" does not).
import { arabicTokens, compileLexicon } from '../../arabic/index.js';

/** English words of the organisation's business, as single lower-case words. */
const ENGLISH = new Set(
  `decision decisions decided decide minister ministers ministry ministries department departments directorate authority council
  board management budget budgets tender tenders contract contracts policy policies appointment appointments appointed appoint
  promotion promotions promoted restructure restructuring reshuffle reshuffled layoff layoffs redundancy redundancies cuts fee fees
  tariff tariffs merger merge merging project projects committee circular memo report results salary salaries bonus bonuses raise
  hiring approved approval approve launch launching director directors government regulation regulations law tax taxes subsidy
  subsidies plan plans strategy staff employees boss ceo office meeting cabinet reform scheme programme program deal licence
  licenses license permit permits price prices closure closing funding grant grants`
    .split(/\s+/)
    .filter(Boolean),
);

const ARABIC = compileLexicon<true>(
  [
    'قرار', 'وزير', 'وزاره', 'اداره', 'مدير', 'دائره', 'هيئه', 'مجلس', 'لجنه', 'ميزانيه', 'مناقصه', 'تعيين', 'ترقيه', 'تعميم',
    'رسوم', 'راتب', 'هيكله', 'دمج', 'مشروع', 'تقرير', 'نتيجه', 'موظف', 'حكومه', 'شركه', 'دوام', 'مسؤول', 'تسريح', 'علاوه',
    'خطه', 'سياسه', 'اجتماع', 'قانون', 'ضريبه', 'دعم', 'تصريح', 'رخصه', 'اسعار', 'عقد', 'منحه', 'برنامج', 'تغييرات',
  ]
    .map((term) => ({ term, data: true as const, arabizi: false }))
    .concat(
      [
        { term: 'راتب', forms: ['رواتب'] },
        { term: 'مشروع', forms: ['مشاريع'] },
        { term: 'قرار', forms: ['قرارات'] },
        { term: 'مدير', forms: ['مدراء'] },
        { term: 'يقرر', pos: 'verb' as const },
        { term: 'يعتمد', pos: 'verb' as const },
        { term: 'يوافق', pos: 'verb' as const },
        { term: 'يعين', pos: 'verb' as const },
      ].map((e) => ({ ...e, data: true as const, arabizi: false })),
    ),
);

const LATIN_WORD = /[A-Za-z]+/g;

/** True when the sentence has a word of the organisation's business in it. */
export function aboutWork(text: string, hasLatin: boolean, hasArabic: boolean): boolean {
  if (hasLatin) {
    LATIN_WORD.lastIndex = 0;
    for (let m = LATIN_WORD.exec(text); m !== null; m = LATIN_WORD.exec(text)) {
      if (ENGLISH.has(m[0].toLowerCase())) {
        LATIN_WORD.lastIndex = 0;
        return true;
      }
    }
  }
  return hasArabic && ARABIC.find(arabicTokens(text)).length > 0;
}
