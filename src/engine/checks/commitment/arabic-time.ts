// Arabic deadlines, MSA and Gulf, found word by word: "خلال أسبوع", "قبل نهاية الشهر", "بكرة الصبح", "باجر",
// "الأسبوع الجاي", "يوم الأحد", "هالشهر", "بعد صلاة العصر", "قبل ما تسافر", "١٥ مارس". A deadline is what makes an
// undertaking checkable (Oman ITA, Social Media in Government (2016), Codes of Conduct: no deadlines on behalf of government).
import { foldArabicWord, type ArabicToken } from '../../arabic/index.js';

const fold = (words: string[]) => new Set(words.map(foldArabicWord));

/** Words that name a time on their own: tomorrow, today, tonight, now, this morning, the days of the week. */
const POINTS = fold([
  'بكرة', 'بكره', 'بكرا', 'باجر', 'باكر', 'غدا', 'غدًا', 'الغد', 'اليوم', 'الليلة', 'الليله', 'الحين', 'الحينه', 'الآن', 'فورا', 'فوراً',
  'حالا', 'حالاً', 'الصبح', 'الصباح', 'العصر', 'الظهر', 'المغرب', 'العشاء', 'الفجر', 'الضحى', 'المساء', 'الليل',
  'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت',
]);

/** "هالأسبوع", "هالشهر": Gulf "this" glued to a period. */
const THIS_PERIODS = fold(['هالأسبوع', 'هالاسبوع', 'هالشهر', 'هاليوم', 'هالسنة', 'هالسنه', 'هالفترة', 'هالويكند', 'هالليلة', 'هالفصل']);

/** Periods and units: they name a time after a preposition, a number, or a word like "الجاي". */
const UNITS = fold([
  'ساعة', 'ساعه', 'ساعتين', 'ساعات', 'يوم', 'يومين', 'يومي', 'أيام', 'ايام', 'أسبوع', 'اسبوع', 'أسبوعين', 'أسابيع', 'شهر', 'شهرين',
  'أشهر', 'شهور', 'سنة', 'سنه', 'سنتين', 'عام', 'دقيقة', 'دقايق', 'دقائق', 'الأسبوع', 'الاسبوع', 'الشهر', 'السنة', 'السنه', 'العام',
  'الفصل', 'الفترة', 'الويكند', 'نهاية', 'بداية', 'مطلع', 'منتصف', 'أول', 'اول', 'آخر', 'موعد',
]);

/** The months, Gregorian as used in Oman and the Gulf. */
const MONTHS = fold([
  'يناير', 'فبراير', 'مارس', 'أبريل', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'اغسطس', 'سبتمبر', 'أكتوبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
]);

/** "الجاي", "القادم", "المقبل", "الحالي": the next or the current one. */
const NEXT = fold([
  'الجاي', 'الجاية', 'الجايه', 'القادم', 'القادمة', 'المقبل', 'المقبلة', 'الحالي', 'الحالية', 'الجاري', 'الجارية', 'هذا', 'هذه',
]);

/** Prepositions after which any noun or clause is a deadline: "قبل العيد الوطني", "خلال الفاتورة الجاية", "قبل ما تسافر". */
const BEFORE = fold(['قبل', 'خلال', 'بحلول', 'غضون', 'أقصاه', 'اقصاه', 'لين', 'لحد', 'ابتداء', 'ابتداءً', 'اعتبارا', 'اعتباراً']);

/** Prepositions after which a unit or a time word is a deadline: "بعد ساعة", "من يوم الأحد", "مع راتب هذا الشهر". */
const AT = fold(['بعد', 'من', 'مع', 'في', 'يوم', 'الساعة', 'الساعه', 'الساعا', 'على']);

/** Events a deadline is set by: "بعد صلاة العصر", "قبل رمضان", "بعد العيد". */
const EVENTS = fold(['صلاة', 'صلاه', 'رمضان', 'العيد', 'عيد', 'الخريف', 'الصيف', 'الشتاء', 'الدوام', 'الإجازة', 'الاجازة', 'العطلة', 'الامتحانات']);

/** Words that widen a deadline without changing it: "بالكثير" (at the latest), "بالضبط". */
const AT_MOST = fold(['بالكثير', 'بالكتير', 'بالأكثر', 'كحد', 'أقصى', 'اقصى', 'بالضبط', 'عمل']);

/** The same time words written in Latin letters (Arabizi): "bukra", "ba6ir", "elyoum", "el lela". */
const LATIN_POINTS = new Set([
  'bukra', 'bokra', 'bukrah', 'bokrah', 'bkra', 'bukura', 'ba6ir', 'bachir', 'baacher', 'bacher', 'bakir', 'ghadan', 'elyoum', 'elyom', 'alyoum',
  'alyom', 'elyawm', 'ellela', 'ellila', 'allela', 'allaila', 'elleila', 'el7een', 'al7een', '7een', 'elsob7', 'essob7', 'el3asr', 'al3asr',
]);

/** The word without a glued "and"/"so" (و، ف) when what is left is a word of its own. */
function bare(form: string): string {
  return (form[0] === 'و' || form[0] === 'ف') && form.length > 3 ? form.slice(1) : form;
}

/** The word read with a glued preposition or article dropped ("بالليل" -> "الليل", "لبكرة" -> "بكرة"). */
function withoutClitic(form: string): string {
  const f = bare(form);
  for (const p of ['بال', 'لل', 'ب', 'ل']) {
    if (f.startsWith(p) && f.length - p.length >= 3) return p === 'بال' ? `ال${f.slice(3)}` : p === 'لل' ? `ال${f.slice(2)}` : f.slice(p.length);
  }
  return f;
}

const isPoint = (form: string) => {
  const f = bare(form);
  return POINTS.has(f) || THIS_PERIODS.has(f) || POINTS.has(withoutClitic(f)) || MONTHS.has(f) || MONTHS.has(withoutClitic(f));
};

/** Whether a word is part of a time expression ("بكرة"، "الأسبوع"، "الجاي"، "مارس"), not a subject. */
export function isTimeWord(form: string): boolean {
  const f = bare(form);
  return isPoint(f) || UNITS.has(f) || UNITS.has(withoutClitic(f)) || NEXT.has(f) || EVENTS.has(f);
}

/** A digit just before a word in the text ("٤٨ ساعة" normalises to "48 ساعة"). */
function numberBefore(text: string, token: ArabicToken, prevEnd: number): boolean {
  return /\d/.test(text.slice(prevEnd, token.start));
}

/** Time spans in tokens [from, to) of `text`, each as [start, end] in the text, in order. */
export function arabicTimes(text: string, tokens: ArabicToken[], from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = from;
  while (i < to) {
    const t = tokens[i];
    if (t.latin) {
      if (LATIN_POINTS.has(t.form)) out.push([t.start, t.end]);
      i++;
      continue;
    }
    const f = bare(t.form);
    const prevEnd = i > 0 ? tokens[i - 1].end : 0;
    const next = i + 1 < to ? tokens[i + 1] : undefined;
    const nf = next && !next.latin ? bare(next.form) : '';
    let end = -1;
    if (BEFORE.has(f) && next) end = i + 1;
    else if (AT.has(f) && next && (isPoint(nf) || UNITS.has(nf) || EVENTS.has(nf) || numberBefore(text, next, t.end))) end = i + 1;
    else if (isPoint(t.form)) end = i;
    else if ((UNITS.has(f) || UNITS.has(withoutClitic(f))) && (NEXT.has(nf) || numberBefore(text, t, prevEnd))) end = NEXT.has(nf) ? i + 1 : i;
    else if (MONTHS.has(f) && numberBefore(text, t, prevEnd)) end = i;
    if (end < 0) {
      i++;
      continue;
    }
    // Run on over the rest of the expression: "قبل نهاية الشهر الجاي", "بكرة الصبح", "خلال ساعة بالكثير".
    let last = end;
    while (last + 1 < to) {
      const n = tokens[last + 1];
      if (n.latin || /[،,.!?؟؛;:\n]/.test(text.slice(tokens[last].end, n.start))) break;
      const g = bare(n.form);
      if (!(isPoint(g) || UNITS.has(g) || UNITS.has(withoutClitic(g)) || NEXT.has(g) || MONTHS.has(g) || AT_MOST.has(g) || EVENTS.has(g) || (AT.has(g) && last + 2 < to && isPoint(bare(tokens[last + 2].form))))) break;
      last++;
    }
    out.push([t.start, tokens[last].end]);
    i = last + 1;
  }
  return out;
}
