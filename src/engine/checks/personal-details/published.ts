// Numbers that belong to the organisation or to a file, not to a person: published lines (hotline, call centre,
// toll-free, a ministry's fax) and reference numbers (رقم البلاغ، رقم الطلب، case number).
import { normalizeTerm } from '../../normalize.js';
import { after, before, cueMatcher, type Candidate, type DetailRule } from './candidate.js';
import { STRONG_CUE } from './phones.js';

const ar = (words: string[]) => words.map(normalizeTerm);

/**
 * Whole words in English; in Arabic a whole word with its glued و ف ب ل ال before and a pronoun after ("بلاغكم",
 * "وللطلب"), so "طلب" does not match inside "يطلب".
 */
function wordMatcher(latin: string[], arabic: string[]): RegExp {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
  const parts: string[] = [];
  if (latin.length) parts.push(`(?<![a-z0-9])(?:${latin.map(esc).join('|')})(?![a-z0-9])`);
  if (arabic.length) {
    const words = arabic.map(normalizeTerm).sort((a, b) => b.length - a.length).map(esc).join('|');
    parts.push(`(?<![\\p{L}])(?:[وفبل]{0,2}(?:ال)?)(?:${words})(?:ه|ها|هم|ك|كم|ي|نا|ني|وني|وا|وه)?(?![\\p{L}])`);
  }
  return new RegExp(parts.join('|'), 'iu');
}

/** The clause a label must share with its number: a comma or a full stop ends it, a colon does not ("مركز الشرطة: هاتف"). */
function clause(window: string): string {
  const cut = Math.max(window.lastIndexOf('،'), window.lastIndexOf(','), window.lastIndexOf(';'), window.lastIndexOf('؛'));
  return cut >= 0 ? window.slice(cut + 1) : window;
}

/** A line the organisation publishes for the public. */
const PUBLIC_LINE = cueMatcher(
  ['hotline', 'helpline', 'help line', 'call centre', 'call center', 'contact centre', 'contact center', 'toll-free', 'toll free', 'freephone',
    'customer service', 'customer services', 'customer care', 'switchboard', 'emergency', 'emergencies'],
  ar(['الخط الساخن', 'خط ساخن', 'مركز الاتصال', 'مركز اتصال', 'مركز الاتصالات', 'خدمة العملاء', 'خدمه العملاء', 'مركز خدمة', 'الرقم المجاني',
    'رقم مجاني', 'مجاني', 'مجانا', 'بدالة', 'البدالة', 'سنترال', 'الطوارئ', 'طوارئ', 'الرقم الموحد', 'الرقم الرسمي', 'الخط المجاني']),
);

/** The organisation as the owner of the line ("فاكس الدائرة", "هاتف قسم الطوارئ بالمستشفى", "the ministry's number"). */
const ORGANISATION = wordMatcher(
  ['ministry', 'department', 'municipality', 'authority', 'directorate', 'embassy', 'consulate', 'hospital', 'police', 'court'],
  ar(['الوزارة', 'وزارة', 'الدائرة', 'دائرة', 'البلدية', 'بلدية', 'الهيئة', 'هيئة', 'المديرية', 'مديرية', 'المستشفى', 'مستشفى', 'المدرسة',
    'مدرسة', 'الجامعة', 'جامعة', 'الكلية', 'كلية', 'العيادة', 'المركز الصحي', 'المجمع الصحي', 'الشرطة', 'شرطة', 'السفارة', 'سفارة', 'القنصلية',
    'المحكمة', 'محكمة', 'الشركة', 'شركة', 'قسم', 'القسم', 'المكتب', 'مكتب', 'فرع', 'الفرع', 'مقر', 'المقر', 'الادعاء العام']),
);

/** Someone's own line: home, "my number", "call me". One of these near the number keeps it personal. */
const PERSONAL_LINE = cueMatcher(
  ['me', 'my', 'mine', 'home', 'his', 'her', 'personal', 'private'],
  ar(['بيت', 'بيتي', 'بيتنا', 'منزل', 'منزلي', 'جوالي', 'جواله', 'جوالها', 'جوالك', 'رقمي', 'رقمه', 'رقمها', 'نقالي', 'نقاله', 'هاتفي',
    'هاتفه', 'هاتفها', 'تلفوني', 'تلفونه', 'موبايلي', 'واتسابي', 'كلمني', 'كلموني', 'راسلني', 'راسلوني', 'اتصل بي', 'اتصلوا بي', 'الخاص']),
);

/** What a reference number refers to: a report, request, transaction, case, booking, receipt, form, fine, file. */
const REFERENCE = wordMatcher(
  ['reference', 'ref', 'ticket', 'case', 'booking', 'order', 'application', 'receipt', 'invoice', 'tracking', 'complaint', 'request',
    'confirmation', 'transaction', 'form', 'file', 'appointment'],
  ar(['بلاغ', 'البلاغ', 'الطلب', 'طلب', 'المعاملة', 'معاملة', 'القضية', 'قضية', 'الحجز', 'حجز', 'الاستمارة', 'استمارة', 'الايصال', 'ايصال',
    'المخالفة', 'مخالفة', 'الملف', 'ملف', 'التذكرة', 'تذكرة', 'الشكوى', 'شكوى', 'الفاتورة', 'فاتورة', 'الشحنة', 'شحنة', 'التتبع', 'المرجع',
    'مرجع', 'مرجعي', 'الموعد', 'موعد', 'الدعوى', 'الإشعار', 'اشعار', 'السند', 'القسيمة', 'قسيمة']),
);

/** What names the number as a person's own: a phone, civil number, passport or account of someone. */
const PERSONAL_NUMBER = wordMatcher(
  ['phone', 'mobile', 'cell', 'whatsapp', 'civil', 'passport', 'account', 'card', 'my', 'me', 'his', 'her', 'call', 'text', 'ring', 'contact', 'reach'],
  ar(['جوال', 'هاتف', 'نقال', 'واتساب', 'تلفون', 'موبايل', 'المدني', 'الهوية', 'البطاقة', 'بطاقة', 'جواز', 'حساب', 'اتصل', 'اتصال', 'تواصل',
    'كلم', 'راسل', 'الموظف', 'موظف']),
);

const NUMBER_RULES = new Set<DetailRule>(['phone', 'civil-id', 'passport', 'bank-account', 'card', 'nhs-number', 'ssn']);

/** How far before a number its label may stand. */
const REACH = 36;

/** Omani toll-free numbers: 800 and four or five digits, with or without +968. */
function tollFree(digits: string): boolean {
  const local = digits.startsWith('968') ? digits.slice(3) : digits.startsWith('00968') ? digits.slice(5) : digits;
  return /^800\d{5}$/.test(local);
}

/** The last end of a match of `re` in `window`, or -1. */
function lastAt(re: RegExp, window: string): number {
  const g = new RegExp(re.source, 'giu');
  let at = -1;
  for (let m = g.exec(window); m !== null; m = g.exec(window)) {
    at = m.index + m[0].length;
    if (m[0].length === 0) g.lastIndex++;
  }
  return at;
}

/** True when the phone is the organisation's published line rather than someone's own. */
export function organisationLine(text: string, c: Candidate): boolean {
  if (c.rule !== 'phone') return false;
  const window = clause(before(text, c.start, REACH));
  if (PERSONAL_LINE.test(window)) return false;
  if (tollFree(c.value.replace(/\D/g, ''))) return true;
  if (PUBLIC_LINE.test(window) || PUBLIC_LINE.test(after(text, c.end, 14))) return true;
  return ORGANISATION.test(window);
}

/** True when the number is a file's reference: its nearest label names a report, request or case, not a person's number. */
export function referenceNumber(text: string, c: Candidate): boolean {
  if (!NUMBER_RULES.has(c.rule)) return false;
  const window = before(text, c.start, REACH);
  const ref = lastAt(REFERENCE, window);
  // "... 72145698, call him": a call or message right after the number makes it a phone whatever came before.
  const own = Math.max(lastAt(PERSONAL_NUMBER, window), lastAt(STRONG_CUE, window));
  return ref >= 0 && ref > own && !PERSONAL_NUMBER.test(after(text, c.end, 12));
}

/** The organisation's premises: "مقر الدائرة: ...", "فرع الوزارة في ...", "عنوان المستشفى". */
const PREMISES = cueMatcher(
  [],
  ar(['مقر', 'المقر', 'مقرنا', 'فرع', 'الفرع', 'فروع', 'مكاتب', 'مبنى الوزارة', 'عنوان الوزارة', 'عنوان الدائرة', 'عنوان البلدية', 'عنوان الهيئة',
    'عنوان المديرية', 'عنوان المستشفى', 'عنوان المدرسة', 'عنوان المركز', 'عنوان المكتب', 'عنوان الشركة', 'موقع الوزارة', 'موقع الدائرة']),
);

/** True when an Arabic address is where the organisation receives the public, not someone's home. */
export function organisationPremises(text: string, c: Candidate): boolean {
  if (c.rule !== 'address' && c.rule !== 'postal-code') return false;
  const window = before(text, c.start, 48);
  return PREMISES.test(window) && !PERSONAL_LINE.test(window);
}
