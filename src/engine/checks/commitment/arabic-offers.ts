// Arabic offers ("أبشر", "خلها علي", "دعني أتحقق") and pledges without a future verb ("هدفنا أن", "إنشاء مستشفى"),
// on normalised text (أإآ->ا, ة->ه, ى->ي, no tashkeel).
import { normalizeTerm } from '../../normalize.js';
import { AR_PREFIX, WORD_END, WORD_START, alternation } from '../../text/words.js';
import { isQuestion, type Cue } from './cue.js';
import { matches } from '../../matches.js';

const norm = (words: string[]) => alternation(words)!;

/** Set phrases of taking a request on: "consider it done", "leave it to me", "at your service" (plain agreements are in arabic-replies). */
const OFFER = new RegExp(
  `${WORD_START}(?:${norm([
    'أبشر', 'أبشري', 'أبشروا', 'من عيوني', 'من عيني', 'تأمر أمر', 'تامر امر', 'خلها علي', 'خليها علي', 'خله علي', 'خلوها علينا',
    'خلوها علي', 'خلوه علي', 'خليه علي', 'خلها علينا', 'خله علينا', 'خليها علينا', 'على مسؤوليتي', 'على ضمانتي',
    'اتركها علي', 'اترك الأمر لي', 'اتركوا الأمر لنا', 'دعها لي', 'تحت أمرك', 'تحت أمركم',
    'يسعدني مساعدتك', 'يسعدنا مساعدتك', 'يسعدنا مساعدتكم', 'يسعدني خدمتك', 'يسعدنا خدمتكم',
  ])})${WORD_END}`,
  'gu',
);

/** "Consider it done": "اعتبرها انحلت"، "اعتبره خالص"، "اعتبروها تمت". */
const CONSIDER_DONE = new RegExp(
  `${WORD_START}${norm(['اعتبرها', 'اعتبره', 'اعتبروها', 'اعتبروه', 'اعتبريها', 'اعتبريه', 'اعتبر الموضوع', 'اعتبر الأمر'])}\\s+${norm([
    'انحلت', 'انحل', 'محلولة', 'محلول', 'خالصة', 'خالص', 'خلصت', 'خلص', 'تمت', 'تم', 'منتهية', 'منتهي', 'انتهت', 'انتهى', 'منجزة', 'منجز',
  ])}${WORD_END}`,
  'gu',
);

/** "أبشر بطول سلامة" is the ironic refusal ("don't count on it"), the opposite of an offer. */
const IRONIC = new RegExp(`^\\s*${norm(['بطول'])}`, 'u');

/** "Let me": دعني / دعنا / خليني / اسمح لي, followed by a first-person verb. */
const LET_ME = new RegExp(`${WORD_START}${norm(['دعني', 'دعيني', 'دعنا', 'خليني', 'خلني', 'اسمح لي', 'اسمحوا لي'])}\\s+([اني]\\p{L}{2,})`, 'gu');

/** What the writer offers to do after "let me": check, follow up, send, call back ("let me say" is not an offer). */
const LET_ME_VERBS = new Set(
  ['أتحقق', 'أتأكد', 'أتابع', 'أرسل', 'أتواصل', 'أراجع', 'أساعد', 'أصلح', 'أحل', 'أبحث', 'أرفع', 'أتصل', 'أبلغ', 'أرتب', 'أحجز',
    'نتحقق', 'نتأكد', 'نتابع', 'نرسل', 'نتواصل', 'نراجع', 'نساعد', 'نصلح', 'نحل', 'نبحث', 'نرفع', 'نتصل', 'نبلغ', 'نرتب']
    .map(normalizeTerm),
);

/** "Our aim is to", "we strive to", "the ministry aims to": a plan stated as the speaker's own. */
const PLAN = new RegExp(
  `${WORD_START}${AR_PREFIX}(?:${norm(['هدفنا', 'خطتنا', 'غايتنا', 'التزامنا', 'أولويتنا', 'مسعانا'])}(?:\\s+${norm(['هو', 'هي'])})?\\s+${norm(['أن', 'ان'])}${WORD_END}|${norm(['نسعى', 'نهدف'])}\\s+(?:${norm(['إلى'])}${WORD_END}|ل\\p{L}+))`,
  'gu',
);

/** Verbal nouns that open a pledge written as a list item: "إنشاء مستشفى في كل ولاية", "خفض الرسوم". */
const PLEDGE_NOUN = new RegExp(
  `^\\s*(?:[-•*–·]\\s*|\\d{1,2}\\s*[-.)]\\s*)?(${norm([
    'إنشاء', 'تأسيس', 'إطلاق', 'توفير', 'زيادة', 'خفض', 'تخفيض', 'إلغاء', 'تطوير', 'بناء', 'تحسين', 'توسيع', 'تمديد', 'إعفاء',
    'إصلاح', 'تحديث', 'رقمنة', 'تبسيط', 'تعزيز', 'استحداث', 'تخصيص', 'مضاعفة', 'تعيين', 'افتتاح', 'تشييد', 'دعم', 'رفع',
  ])})\\s+(\\p{L}+)`,
  'u',
);

/** After a verbal noun: a preposition shows a phrase ("بناء على", "زيادة في") rather than a pledge; "إنشاء الله" is "God willing" misspelt. */
const NOT_OBJECT = new RegExp(`^${norm(['على', 'علي', 'في', 'من', 'عن', 'إلى', 'الى', 'مع', 'ما', 'لا', 'هو', 'هي', 'الله'])}$`, 'u');

/** The reader addressed or a first person singular: advice or an errand, not a list of pledges. */
const NOT_LIST = new RegExp(`${WORD_START}${norm(['انت', 'أنت', 'انتم', 'أنتم', 'لك', 'لكم', 'عليك', 'عليكم', 'انا', 'أنا', 'لي'])}${WORD_END}|[!]`, 'u');

/** Offers and pledges without a future verb in one normalised Arabic segment. */
export function arabicOfferCues(text: string): Cue[] {
  const cues: Cue[] = [];
  const push = (rule: Cue['rule'], start: number, end: number, subject: Cue['subject']) => {
    if (!isQuestion(text, start) && !cues.some((c) => start < c.end && end > c.start)) cues.push({ rule, start, end, subject });
  };
  for (const m of matches(OFFER, text)) {
    const end = m.index + m[0].length;
    if (!IRONIC.test(text.slice(end))) push('offer', m.index, end, 'self');
  }
  for (const m of text.includes('اعتبر') ? matches(CONSIDER_DONE, text) : []) push('offer', m.index, m.index + m[0].length, 'self');
  for (const m of matches(LET_ME, text)) {
    if (LET_ME_VERBS.has(m[1])) push('offer', m.index, m.index + m[0].length, m[1].startsWith('ن') ? 'we' : 'self');
  }
  for (const m of matches(PLAN, text)) push('promise', m.index, m.index + m[0].length, 'we');

  const item = PLEDGE_NOUN.exec(text);
  if (item && !NOT_OBJECT.test(item[2]) && !NOT_LIST.test(text) && text.trim().split(/\s+/).length >= 3) {
    const start = item.index + item[0].indexOf(item[1]);
    push('pledge', start, item.index + item[0].length, 'none');
  }
  return cues.sort((a, b) => a.start - b.start);
}
