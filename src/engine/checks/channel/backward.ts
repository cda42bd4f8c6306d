// An online question sent back to a phone call or a visit: "visit our office to ask", "call us instead", "راجعنا في المكتب".
import { normalizeTerm } from '../../normalize.js';
import { allSpans, type Span } from '../case-details/lexicon.js';

const PLACE = '(?:office|offices|branch|branches|centre|center|centres|centers|counter|counters|service\\s+(?:centre|center)s?)';
const PURPOSE = '(?:to\\s+(?:ask|enquire|inquire|find\\s+out|know\\s+more|get\\s+(?:more\\s+)?(?:information|details|an\\s+answer))|for\\s+(?:more\\s+)?(?:information|info|details|enquiries|inquiries|an\\s+answer|any\\s+(?:questions|queries))|with\\s+(?:your|any|this)\\s+(?:question|query|enquiry|inquiry)|about\\s+(?:your|this)\\s+(?:question|query|enquiry|inquiry))';
/** A visit asked for a question's sake, a call "instead", or "we cannot answer here". */
const EN = new RegExp(
  [
    `(?<![\\p{L}])(?:visit|come\\s+(?:in\\s+)?to|come\\s+by|drop\\s+by|go\\s+to|pop\\s+into)\\s+(?:our|the|one\\s+of\\s+our|any\\s+of\\s+our|your\\s+nearest|the\\s+nearest)\\s+${PLACE}(?:\\s+in\\s+person)?\\s+${PURPOSE}`,
    `(?<![\\p{L}])(?:come\\s+in|visit\\s+us)(?:\\s+in\\s+person)?\\s+${PURPOSE}`,
    '(?<![\\p{L}])(?:call|phone|ring|visit)\\s+us\\s+instead(?![\\p{L}])',
    '(?<![\\p{L}])(?:call|phone|ring|visit)\\s+us\\s+rather\\s+than\\s+(?:writing|posting|tweeting|messaging|commenting|asking)',
    '(?<![\\p{L}])(?:we\\s+(?:can\\s?not|can\'t|cannot|are\\s+unable\\s+to|do\\s+not|don\'t)\\s+(?:answer|reply\\s+to|respond\\s+to|deal\\s+with)\\s+(?:questions|queries|enquiries|inquiries)\\s+(?:here|online|on\\s+social\\s+media))',
  ].join('|'),
  'giu',
);

const ar = (s: string) => normalizeTerm(s).replace(/ /g, '\\s+');
const AR_PLACE = `(?:ال)?(?:${['مكتب', 'مكتبنا', 'فرع', 'فروع', 'فرعنا', 'فروعنا', 'اقرب فرع', 'مقر', 'مقرنا', 'دائرة', 'قسم', 'مركز الخدمة', 'الوزارة', 'المديرية'].map(ar).join('|')})`;
const AR_PURPOSE = `(?:${['للاستفسار', 'للسؤال', 'لمعرفة', 'للمزيد من المعلومات', 'لمزيد من المعلومات', 'للتفاصيل', 'لمعرفة التفاصيل', 'للاستيضاح', 'للإجابة على', 'للرد على استفسارك'].map(ar).join('|')})`;
/** "راجعنا في المكتب"، "يرجى زيارة الفرع للاستفسار"، "اتصل بنا بدلا من الكتابة هنا"، "لا يمكننا الرد هنا". */
const AR = new RegExp(
  [
    `(?<![\\p{L}])[وف]?(?:راجعنا|راجعونا|راجعينا|تعال|تعالوا|زورونا|زورنا)\\s+(?:في|ب|الي)?\\s*${AR_PLACE}`,
    `(?<![\\p{L}])[وف]?(?:${['مراجعة', 'بمراجعة', 'زيارة', 'بزيارة', 'الحضور إلى', 'الحضور'].map(ar).join('|')})\\s+${AR_PLACE}(?:\\s+\\p{L}+){0,3}?\\s+(?:(?:شخصيا|حضوريا)\\s+)?${AR_PURPOSE}`,
    `(?<![\\p{L}])[وف]?(?:${ar('الحضور شخصيا')}|${ar('حضوريا')})\\s+${AR_PURPOSE}`,
    `(?<![\\p{L}])[وف]?(?:اتصل|اتصلوا|كلمنا|كلمونا|تواصل|تواصلوا)\\s+(?:بنا|معنا|علينا)\\s+${ar('بدلا من')}`,
    `(?<![\\p{L}])(?:${ar('لا يمكننا')}|${ar('لا نستطيع')}|${ar('لا نرد على')})\\s+(?:${ar('الرد')}|${ar('الاجابة')}|${ar('الاستفسارات')})?\\s*(?:${ar('على الاستفسارات')}\\s+)?(?:هنا|${ar('عبر المنصة')}|${ar('عبر وسائل التواصل')}|${ar('في التعليقات')})`,
  ].join('|'),
  'giu',
);

/** Every sending of an online question back to the phone or a visit, in normalised text. */
export function findBackwardShifts(text: string, hasLatin: boolean, hasArabic: boolean): Span[] {
  const out: Span[] = [];
  if (hasLatin) out.push(...allSpans(EN, text));
  if (hasArabic) out.push(...allSpans(AR, text));
  return out;
}
