// One person's file by its number: "application no. 2025-44817", "your case #58213", "رقم الطلب 448172", "معاملتك رقم 55120".
import { normalizeTerm } from '../../normalize.js';
import { arabicForms, type Span } from './lexicon.js';

/** The number itself: digits with at most a short letter prefix and / or - between groups, four digits at least. */
const TOKEN = '#?(?:[A-Za-z]{1,5}[-/]?)?\\d[\\d/-]*\\d(?:-?[A-Za-z]{1,3})?';

const EN_CUES = [
  'reference', 'ref', 'application', 'case', 'file', 'request', 'ticket', 'complaint', 'claim', 'transaction', 'appeal', 'permit',
  'licen[cs]e', 'booking', 'appointment', 'enquiry', 'inquiry', 'report',
];
/** "application number 2025-448", "case no. 5521", "ticket #88213", "reference: REF-2291", "file ID 7781". */
const EN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${EN_CUES.join('|')})(?:\\s+(?:number|no\\.?|num\\.?|id|ref\\.?))?(?:\\s*(?::|#|-)\\s*|\\s+is\\s+|\\s+)(${TOKEN})(?![\\p{L}\\p{N}])`,
  'giu',
);

const ar = (words: string[]) => words.flatMap((w) => arabicForms(normalizeTerm(w))).sort((a, b) => b.length - a.length).join('|');
/** What a numbered file is, as in "رقم الطلب" and "طلبك رقم". */
const AR_NOUNS = ar(['طلب', 'معاملة', 'قضية', 'ملف', 'بلاغ', 'شكوى', 'حجز', 'موعد', 'استمارة', 'تذكرة', 'دعوى', 'تظلم', 'مراجعة', 'اعتراض', 'إشعار']);
const AR_OWNED = '(?:ك|كم|ه|ها|ي)?';
/** "رقم الطلب: 44817"، "رقم طلبك 44817"، "الرقم المرجعي 5521"، "طلبك رقم 44817"، "بلاغكم رقم 5521". */
const AR = new RegExp(
  `(?<![\\p{L}])[وفبل]{0,2}(?:(?:ال)?رقم\\s+(?:ال)?(?:${AR_NOUNS})${AR_OWNED}(?:\\s+(?:ال)?مرجعي)?|(?:ال)?رقم\\s+(?:ال)?مرجعي|(?:ال)?مرجع|(?:ال)?(?:${AR_NOUNS})${AR_OWNED}\\s+رقم)(?:\\s*(?::|#|-)\\s*|\\s+)(${TOKEN})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** "application no." closing a sentence the segmenter cut at its full stop; the number opens the next one. */
const EN_TRAILING = new RegExp(`(?<![\\p{L}\\p{N}])(?:${EN_CUES.join('|')})\\s+(?:no|num|ref)\\.\\s*$`, 'iu');
const LEADING = new RegExp(`^\\s*(?::\\s*)?(${TOKEN})(?![\\p{L}\\p{N}])`, 'u');

/** Four digits at least, not a year alone (the 2025 round) nor a date. */
function numberLike(token: string): boolean {
  const digits = token.replace(/\D/g, '');
  if (digits.length < 4) return false;
  if (/^(?:19|20)\d\d$/.test(token)) return false;
  if (/^\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?$/.test(token)) return false; // a date: 12/03/2026
  return true;
}

/** The span of each numbered file in normalised text: from its label to the end of the number. */
export function findCaseReferences(text: string): Array<Span & { number: string }> {
  const out: Array<Span & { number: string }> = [];
  for (const re of [EN, AR]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const token = m[1];
      if (!numberLike(token)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, number: token.replace(/^#/, '') });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A label that ends the sentence, waiting for its number at the start of the next: its span, or null. */
export function trailingLabel(text: string): Span | null {
  const m = EN_TRAILING.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** A number that opens the sentence, the end of a label cut off before it. */
export function leadingNumber(text: string): (Span & { number: string }) | null {
  const m = LEADING.exec(text);
  if (!m || !numberLike(m[1])) return null;
  const start = m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length, number: m[1].replace(/^#/, '') };
}
