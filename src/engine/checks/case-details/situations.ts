// A person's situation as a case file holds it: health, money, the law, family, and a refusal or loss of work or home.
import { lexicon, lexiconSpans, type Lexicon, type Span } from './lexicon.js';

export type SituationKind = 'health' | 'money' | 'legal' | 'family' | 'status';

const LISTS: Record<SituationKind, Lexicon> = {
  health: lexicon(
    ['medical(?:ly)?', 'diagnos(?:is|es|ed|e)', 'surgery', 'surgical', 'operation on', 'hospital(?:s|ised|ized|isation|ization)?', 'illness(?:es)?',
      'sick(?:ness)?', 'diseases?', 'cancer', 'diabet(?:es|ic)', 'pregnan(?:t|cy)', 'disabilit(?:y|ies)', 'disabled', 'mental health',
      'depression', 'treatments?', 'chemotherapy', 'dialysis', 'prescriptions?', 'medications?', 'therapy', 'injur(?:y|ies|ed)',
      '(?:your|his|her|their) health', 'health condition'],
    ['مرض', 'مريض', 'مريضة', 'أمراض', 'مستشفى', 'تشخيص', 'جراحة', 'جراحية', 'علاج', 'إعاقة', 'معاق', 'حامل', 'سرطان', 'السكري', 'تقرير طبي',
      'طبي', 'طبية', 'دواء', 'أدوية', 'غسيل الكلى', 'حالتك الصحية', 'حالته الصحية', 'حالتها الصحية', 'وضعك الصحي', 'حالتك النفسية'],
  ),
  money: lexicon(
    ['debts?', 'in debt', 'arrears', 'outstanding (?:balance|amount|payments?|dues)', 'owe[sd]?', 'owing', 'unpaid', 'overdue', 'salar(?:y|ies)',
      'income', 'loans?', 'bankrupt(?:cy)?', 'financial hardship', 'bank statements?', 'fines', '(?:a|the) fine of',
      '(?:omr|ro|r\\.o\\.|rials?|riyals?)\\s?\\d[\\d,.]*',
      // Not from a later digit of a number an earlier one already tried: "1.1.1…" would be read to its end from each.
      '\\d(?<!(?<![\\p{L}\\p{N}])\\d+[,.]+\\d)[\\d,.]*\\s?(?:omr|ro|r\\.o\\.|rials?|riyals?)'],
    ['دين', 'ديون', 'مديونية', 'متأخرات', 'مستحقات', 'راتب', 'رواتب', 'قرض', 'قروض', 'غرامة', 'غرامات', 'إفلاس', 'معسر', 'إعسار', 'دخلك', 'دخل الأسرة',
      'المبلغ المستحق', 'ريال', 'ر.ع'],
  ),
  legal: lexicon(
    ['courts?', 'convict(?:ed|ion|ions)', 'arrest(?:ed)?', 'criminal(?: record)?', 'lawsuits?', 'prosecut(?:ed|ion)', 'police (?:record|report|case)',
      'sentenced?', 'probation', 'travel ban', 'detained', 'detention', 'jail(?:ed)?', 'prison'],
    ['محكمة', 'حكم قضائي', 'سجن', 'مسجون', 'موقوف', 'القبض', 'سوابق', 'جنائي', 'جنائية', 'منع السفر', 'منع من السفر', 'دعوى قضائية', 'الادعاء العام',
      'مخفر'],
  ),
  family: lexicon(
    ['divorce[ds]?', 'widow(?:ed|er)?', '(?:your|his|her) (?:wife|husband|children|child|kids|son|daughter|mother|father|late)', 'passed away',
      'death of (?:your|his|her)', 'deceased', 'orphan(?:ed|s)?', 'alimony', 'child support', 'separated from'],
    ['طلاق', 'مطلقة', 'أرملة', 'حضانة', 'نفقة', 'زوجتك', 'زوجك', 'زوجته', 'زوجها', 'أولادك', 'أبناءك', 'أبنائك', 'ابنك', 'بنتك', 'ابنتك',
      'والدك', 'والدتك', 'المتوفى', 'المرحوم', 'المرحومة', 'وفاة', 'يتيم', 'أيتام'],
  ),
  status: lexicon(
    ['rejected', 'refused', 'denied', 'declined', 'revoked', 'suspended', 'unemploy(?:ed|ment)', 'jobless', 'evict(?:ed|ion)', 'homeless',
      'dismissed', 'terminated', 'blacklisted', 'ineligible', 'not eligible'],
    ['رفض', 'مرفوض', 'مرفوضة', 'رفضت', 'عاطل', 'باحث عن عمل', 'فصل من العمل', 'إنهاء خدمات', 'إخلاء', 'غير مستحق', 'غير مؤهل'],
  ),
};

/** Every mention of a situation in normalised text, with its kind. */
export function findSituations(text: string, hasLatin: boolean, hasArabic: boolean): Array<Span & { kind: SituationKind }> {
  const out: Array<Span & { kind: SituationKind }> = [];
  for (const kind of Object.keys(LISTS) as SituationKind[]) {
    for (const s of lexiconSpans(LISTS[kind], text, hasLatin, hasArabic)) out.push({ ...s, kind });
  }
  return out.sort((a, b) => a.start - b.start);
}
