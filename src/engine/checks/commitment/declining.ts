// Declining to promise ("I can't promise anything", "we can't give you a date", "ما أقدر أضمن لك", "لا يمكننا
// الالتزام") and handing the matter to another body ("that's the Royal Oman Police", "لسنا الجهة المختصة"). Both are what
// the guidance asks of someone who may not commit the organisation, so neither is a commitment, nor is what they cover.
import { WORD_END, WORD_START, alternation } from '../../text/words.js';
import { matches } from '../../matches.js';

const norm = (words: string[]) => alternation(words)!;

/** "can't", "unable to", "won't be able to", "not in a position to". */
const EN_CANNOT =
  "(?:can['’]?t|cannot|can\\s+not|could(?:n['’]t|\\s+not)|(?:am|are|is|['’]m|['’]re)\\s+(?:unable|not\\s+able|not\\s+in\\s+a\\s+position)\\s+to|won['’]t\\s+be\\s+able\\s+to|will\\s+not\\s+be\\s+able\\s+to|unable\\s+to)";

/** What is declined: a promise, a guarantee, a date ("give you a firm date", "say exactly when", "commit to a timeline"). */
const EN_PROMISE =
  '(?:promise|guarantee|commit|pledge|confirm\\s+(?:a|the|any|an\\s+exact)\\s+(?:date|time|timeline)|give\\s+(?:you\\s+)?(?:a|an|any)\\s+(?:[a-z]+\\s+)?(?:date|guarantee|timeline|timeframe|time\\s*frame|promise|deadline|eta)|say\\s+(?:exactly\\s+)?(?:when|how\\s+long))';

const EN_DECLINE = new RegExp(`\\b(?:I|we)?\\s*${EN_CANNOT}(?:\\s+(?:really|yet|currently|honestly|fully|personally))?\\s+${EN_PROMISE}\\b`, 'gi');

/** "that's the Royal Oman Police", "this falls under the municipality", "please contact them directly". */
const EN_REDIRECT =
  /\b(?:that|this|it)(?:['’]s|\s+is)\s+(?:(?:handled|dealt\s+with)\s+by\s+)?the\s+[A-Z]|\bfalls\s+(?:under|within)\s+the\b|\b(?:please\s+)?contact\s+(?:them|the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+directly\b|\bis\s+the\s+responsibility\s+of\b|\bnot\s+(?:handled\s+by\s+us|our\s+(?:department|remit|responsibility))\b/;

/** A contrast ends what is declined: "I can't promise anything, but I'll call you tomorrow". */
const EN_CONTRAST = /\b(?:but|however|though|although|still)\b|[;:.!?]/i;

/** "ما أقدر", "لا نستطيع", "لا يمكننا", "لن نتمكن من", "مو بيدي": an inability, MSA and Gulf. */
const AR_CANNOT = norm([
  'ما أقدر', 'ما نقدر', 'ما بقدر', 'ما نستطيع', 'ما أستطيع', 'ما نگدر', 'ما أگدر', 'ما يمديني', 'ما يمدينا', 'ما راح أقدر',
  'ما راح نقدر', 'مو بيدي', 'مب بيدي', 'ما بيدي', 'مو بيدنا', 'لا أقدر', 'لا نقدر', 'لا نستطيع', 'لا أستطيع', 'لا يمكننا',
  'لا يمكنني', 'لا يمكن', 'لن نتمكن من', 'لن أتمكن من', 'لن نستطيع', 'لن أستطيع', 'ليس بإمكاننا', 'ليس بوسعنا', 'يتعذر علينا',
  'يصعب علينا', 'لا يسعنا', 'للأسف ما نقدر',
]);

/** What is declined: a promise, a guarantee, a commitment, a date ("أوعدك", "ضمان", "الالتزام بموعد", "تحديد موعد", "أقول لك متى"). */
const AR_PROMISE = norm([
  'أوعد', 'أوعدك', 'أوعدكم', 'نوعد', 'نوعدك', 'نوعدكم', 'أعد', 'أعدك', 'أعدكم', 'نعد', 'نعدك', 'نعدكم', 'الوعد', 'وعد',
  'أضمن', 'نضمن', 'ضمان', 'الضمان', 'نلتزم', 'ألتزم', 'الالتزام', 'التزام', 'نتعهد', 'أتعهد', 'التعهد', 'نحدد', 'أحدد', 'تحديد',
  'نعطيك موعد', 'أعطيك موعد', 'نعطيكم موعد', 'أقول لك متى', 'أقولك متى', 'نقول لك متى', 'نقولك متى', 'أأكد', 'نأكد', 'تأكيد',
]);

/** An inability, then within a word what is declined, or a plain "not" before it: "ما أقدر أضمن لك"، "لا نستطيع حالياً تحديد موعد"، "ما أضمن". */
const AR_DECLINE = new RegExp(
  `${WORD_START}(?:(?:${AR_CANNOT})(?:\\s+\\p{L}+)?|${norm(['ما', 'لا', 'مو', 'مب', 'مش', 'ماني', 'مانا'])})\\s+[وب]?(?:${AR_PROMISE})${WORD_END}`,
  'gu',
);

/** "لسنا الجهة المختصة", "هذا من اختصاص البلدية", "مو من اختصاصنا". */
const AR_REDIRECT = new RegExp(
  `${WORD_START}${norm(['لسنا الجهة المختصة', 'لسنا الجهة المعنية', 'ليس من اختصاصنا', 'مو من اختصاصنا', 'مب من اختصاصنا', 'من اختصاص', 'ليست من اختصاص'])}${WORD_END}`,
  'u',
);

const AR_CONTRAST = new RegExp(`${WORD_START}${norm(['بس', 'لكن', 'ولكن', 'إلا أن', 'الا ان'])}${WORD_END}|[.!?؟؛;:]`, 'u');

/** Words without which nothing here can match: a cheap test spares the long patterns on most sentences. */
const EN_WORDS = /can|could|unable|won['’]?t|will\s+not|not\s+(?:able|in\s+a)|that|this|it['’]?s|falls|contact|responsib/i;
const AR_WORDS = /(?:^|\s)(?:ما|لا|لن|مو|مب|مش|ليس|يتعذر|يصعب|لسنا|مانا|ماني)\s|اختصاص/u;

/** From `start` to the next contrast or the end of the sentence. */
function reach(text: string, start: number, from: number, contrast: RegExp): [number, number] {
  const m = contrast.exec(text.slice(from));
  return [start, m ? from + m.index : text.length];
}

/** Spans of a normalised segment that decline to promise or hand the matter on: nothing inside them is a commitment. */
export function decliningSpans(text: string, latin: boolean, arabic: boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (latin && EN_WORDS.test(text)) {
    for (const m of matches(EN_DECLINE, text)) out.push(reach(text, m.index, m.index + m[0].length, EN_CONTRAST));
    // A redirect hands the whole sentence on: "Sorry, we don't handle visas; that's the police".
    if (EN_REDIRECT.test(text)) out.push([0, text.length]);
  }
  if (arabic && AR_WORDS.test(text)) {
    for (const m of matches(AR_DECLINE, text)) out.push(reach(text, m.index, m.index + m[0].length, AR_CONTRAST));
    if (AR_REDIRECT.test(text)) out.push([0, text.length]);
  }
  return out;
}
