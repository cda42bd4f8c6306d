// Dates of birth: a full date right after a birth cue ("born on", "DOB", "تاريخ الميلاد").
import { normalizeTerm } from '../../normalize.js';
import { before, cueMatcher, type Candidate } from './candidate.js';
import { matches } from '../../matches.js';

const BIRTH_CUE = cueMatcher(
  ['born', 'born on', 'dob', 'd.o.b', 'd.o.b.', 'date of birth', 'birth date', 'birthdate', 'birthday', 'b-day', 'bday'],
  // "ميلاد" covers every "تاريخ ميلاد ..." (ميلادي، ميلاده، ميلاد ابني، ميلاد الوالد).
  ['ميلاد', 'مواليد', 'مولود', 'مولوده', 'ولدت', 'انولدت'].map(normalizeTerm),
);

const MONTHS_EN = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTHS_AR = ['يناير', 'فبراير', 'مارس', 'أبريل', 'إبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
  'كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول',
  // Hijri months: dates of birth on older cards and in conversation are often Hijri ("١٧ رمضان ١٤٠٠هـ").
  'محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'ربيع الثاني', 'جمادى الأولى', 'جمادى الآخرة', 'جمادى الثانية', 'رجب', 'شعبان', 'رمضان', 'شوال',
  'ذو القعدة', 'ذي القعدة', 'ذو الحجة', 'ذي الحجة']
  .map(normalizeTerm).sort((a, b) => b.length - a.length).join('|');

/** Day/month/year in numbers, or with the month named (English or Arabic), always with a year. */
const DATE = new RegExp(
  [
    String.raw`(?<![\p{N}/.\-])\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})(?![\p{N}]|[/.\-]\d)`,
    String.raw`(?<![\p{N}/.\-])\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}(?![\p{N}]|[/.\-]\d)`,
    String.raw`(?<!\p{N})\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:${MONTHS_EN})\.?,?\s+\d{4}(?!\p{N})`,
    String.raw`(?<![\p{L}])(?:${MONTHS_EN})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?!\p{N})`,
    String.raw`(?<!\p{N})\d{1,2}\s*(?:من\s+)?(?:${MONTHS_AR})(?:\s*(?:سنه|عام))?\s*\d{4}(?!\p{N})`,
  ].join('|'),
  'giu',
);

/** Every date above has a year of four digits, or a day, month and year joined by two separators. */
const DATE_DIGITS = /\d{4}|\d[/.\-]\d{1,2}[/.\-]\d/;

export function findBirthDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!DATE_DIGITS.test(text)) return out;
  for (const m of matches(DATE, text)) {
    if (!plausible(m[0])) continue;
    const cued = BIRTH_CUE.test(before(text, m.index, 40));
    out.push({ rule: 'date-of-birth', start: m.index, end: m.index + m[0].length, value: m[0], priority: cued ? 7 : 0, needsCue: !cued });
  }
  return out;
}

/** True when `window` (text just before a date) asks for or names a date of birth. */
export function birthCueIn(window: string): boolean {
  return BIRTH_CUE.test(window);
}

/** Dates written only in numbers must have a day and month in range in either order (d/m or m/d). */
function plausible(date: string): boolean {
  const parts = date.split(/[/.\-]/);
  if (parts.length !== 3 || !parts.every((p) => /^\d+$/.test(p))) return true;
  const [a, b] = parts[0].length === 4 ? [Number(parts[2]), Number(parts[1])] : [Number(parts[0]), Number(parts[1])];
  return a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));
}
