// Arabic replies that accept or decline what was asked ("أكيد، سنرسله اليوم", "للأسف لا نستطيع تمديد الموعد"), on
// normalised text (أإآ->ا, ة->ه, ى->ي, ؤ->و, no tashkeel).
import { normalizeTerm } from '../../normalize.js';
import { WORD_END, WORD_START, alternation } from '../../text/words.js';
import { clauseBounds, isQuestion, type Cue } from './cue.js';
import { matches } from '../../matches.js';

const norm = (words: string[]) => alternation(words)!;

/** Agreements that open a reply: "sure", "at your service", "done", "no problem", "with pleasure", "agreed". */
const AGREE_OPENING = norm([
  'أكيد', 'بالتأكيد', 'بكل تأكيد', 'حاضر', 'حاضرين', 'طبعا', 'طبعًا', 'تم', 'تمام', 'ماشي', 'موافق', 'موافقون', 'بكل سرور',
  'بكل ترحيب', 'على راسي', 'على رأسي', 'على الرحب والسعة', 'لا مشكلة', 'ما في مشكلة', 'مافي مشكلة', 'ما فيه مشكلة',
  'لا توجد مشكلة', 'من دواعي سرورنا', 'نعم نستطيع', 'نعم يمكننا', 'نعم نقدر',
]);

/** "Don't worry about it (it's taken care of)": an agreement wherever it stands. */
const AGREE_ANYWHERE = new RegExp(`${WORD_START}${norm(['ولا يهمك', 'ولا يهمكم', 'ولا يهمكِ'])}${WORD_END}`, 'u');

/**
 * The agreement alone in its clause, or before an address ("يا أخي") or a first-person future ("سنرسل", "سوف", "راح"):
 * "طبعا، الحكومة ..." is an opinion, not a yes.
 */
const AGREEMENT = new RegExp(
  `^\\s*(?:${norm(['نعم', 'اي', 'ايوه', 'اوكي', 'اوك', 'حسنا'])}[،,.!]*\\s+)?(${AGREE_OPENING})(?=\\s*(?:[.!؛;]|$)|\\s*(?:[،,]\\s*)?(?:يا\\s|${norm(['سوف', 'راح', 'ان شاء الله'])}${WORD_END}|س[نا]\\p{L}{2,}))`,
  'u',
);

/** Regret that opens a refusal: "unfortunately", "we apologise", "sorry", "we regret". */
const REGRET = norm(['للأسف', 'مع الأسف', 'نعتذر', 'نأسف', 'أعتذر', 'آسف', 'آسفين', 'عذرا', 'عذرًا', 'يؤسفنا', 'يؤسفني']);

/** "We cannot", "I can't", "we won't be able to", "it is not possible". */
const CANNOT = norm([
  'لا نستطيع', 'لا يمكننا', 'لا نقدر', 'لا نتمكن', 'لن نتمكن', 'لن نستطيع', 'ما نقدر', 'ما نستطيع', 'ما يمكننا', 'لا أستطيع',
  'لا يمكنني', 'لا أقدر', 'لن أتمكن', 'لن أستطيع', 'ما أقدر', 'لا يمكن', 'غير ممكن', 'يتعذر', 'لا يسعنا', 'لا يسعني',
]);

/** Regret, then within a few words an inability: "للأسف لا نستطيع", "نعتذر، لا يمكننا". */
const REGRET_CANNOT = new RegExp(`${WORD_START}(?:${REGRET})[،,.]?(?:\\s+\\p{L}+){0,3}?\\s+(?:${CANNOT})${WORD_END}`, 'gu');

/** A formal "we cannot" needs no apology: "يتعذر علينا", "لا يسعنا", "لن نتمكن من". */
const FORMAL_CANNOT = new RegExp(
  `${WORD_START}(?:${norm(['يتعذر علينا', 'يتعذر علي', 'لا يسعنا', 'لن نتمكن من', 'لن نستطيع'])})${WORD_END}`,
  'gu',
);

/** "We cannot" + what was asked ("لا يمكننا تمديد", "لا نستطيع ذلك"); "لا نستطيع أن ننسى" is a feeling, not a refusal. */
const CANNOT_THAT = new RegExp(`${WORD_START}(?:${norm(['لا نستطيع', 'لا يمكننا', 'لا نقدر', 'ما نقدر', 'ما نستطيع'])})\\s+(\\p{L}+)`, 'gu');

/** Things a reply declines to do for the reader: extend, refund, accept, change, cancel, book, issue, send. */
const DECLINED = new Set(
  [
    'ذلك', 'هذا', 'تمديد', 'استرداد', 'إرجاع', 'قبول', 'تغيير', 'إلغاء', 'حجز', 'إصدار', 'إرسال', 'تقديم', 'توفير', 'الموافقة',
    'تلبية', 'إعادة', 'صرف', 'تأجيل', 'تعديل', 'استثناء', 'استلام', 'المساعدة', 'مساعدتك', 'مساعدتكم', 'تحويل', 'تجديد',
  ].map(normalizeTerm),
);

/** "نعتذر عن" + what is declined ("نعتذر عن عدم قبول", "نعتذر عن تلبية"); "نعتذر عن التأخير" is an apology, not a refusal. */
const DECLINE_TO = new RegExp(`${WORD_START}(?:${norm(['نعتذر', 'أعتذر'])})\\s+${norm(['عن'])}\\s+(\\p{L}+)(\\s+\\p{L}+)?`, 'gu');
const DECLINE_NOUNS = new Set(
  ['عدم', 'قبول', 'تلبية', 'استقبال', 'المشاركة', 'الحضور', 'تنفيذ', 'تمديد', 'استرداد', 'إرجاع', 'تغيير', 'تأجيل', 'الموافقة', 'تقديم']
    .map(normalizeTerm),
);

const NOT = normalizeTerm('عدم');

/** Agreements and refusals in a normalised Arabic segment. */
export function arabicReplyCues(text: string): Cue[] {
  const cues: Cue[] = [];
  const push = (rule: Cue['rule'], start: number, end: number) => {
    if (isQuestion(text, start) || cues.some((c) => start < c.end && end > c.start)) return;
    // "لا يمكننا السكوت!": an outcry, not an answer to a request.
    const [from, to] = clauseBounds(text, start);
    if (rule === 'refusal' && /!/.test(text.slice(from, to + 1))) return;
    const we = /(?:^|\s)(?:[وف]?ن\p{L}+|\p{L}+نا)(?=\s|$)/u.test(text.slice(start, end));
    cues.push({ rule, start, end, subject: we ? 'we' : 'self' });
  };

  const opening = AGREEMENT.exec(text);
  if (opening) {
    const start = opening.index + opening[0].lastIndexOf(opening[1]);
    push('agreement', start, start + opening[1].length);
  }
  const anywhere = AGREE_ANYWHERE.exec(text);
  if (anywhere) push('agreement', anywhere.index, anywhere.index + anywhere[0].length);

  for (const m of matches(REGRET_CANNOT, text)) push('refusal', m.index, m.index + m[0].length);
  for (const m of matches(FORMAL_CANNOT, text)) push('refusal', m.index, m.index + m[0].length);
  for (const m of matches(CANNOT_THAT, text)) {
    if (DECLINED.has(m[1])) push('refusal', m.index, m.index + m[0].length);
  }
  for (const m of matches(DECLINE_TO, text)) {
    if (!DECLINE_NOUNS.has(m[1])) continue;
    // "نعتذر عن عدم قبول": after "عدم" the span runs on to what is not done.
    const tail = m[1] === NOT ? 0 : (m[2]?.length ?? 0);
    push('refusal', m.index, m.index + m[0].length - tail);
  }
  return cues.sort((a, b) => a.start - b.start);
}
