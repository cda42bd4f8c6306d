// Phone numbers: digit runs shaped like a phone, confirmed by libphonenumber or by a cue word ("call", "واتساب").
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { normalizeTerm } from '../../normalize.js';
import { after, before, cueMatcher, type Candidate } from './candidate.js';
import { matches } from '../../matches.js';

/** A digit run with the separators people put in phone numbers (and keycap digits, 9️⃣), and an optional extension. */
const RUN = /(?<![\p{L}\p{N}_+*=^.,/])(?<![\p{L}\p{N}]-)(?:\(\s?)?\+?(?:\(\s?)?\d[\d ().\/\u20E3-]{4,40}\d\)?(?:\s?(?:x|ext\.?|extension)\s?\d{1,6})?(?![\p{L}\p{N}]|[.,/-]\d)/gu;

export const STRONG_CUE = cueMatcher(
  ['phone', 'phones', 'telephone', 'tel', 'mobile', 'mob', 'cell', 'cellphone', 'call', 'calls', 'calling', 'ring', 'text', 'text me', 'sms', 'whatsapp',
    'whats app', 'fax', 'contact', 'reach', 'reach me', 'dial', 'hotline', 'landline', 'ph', 'message', 'messages', 'messages to', 'message me', 'answering', 'extension',
    // Arabizi: Arabic written in Latin letters and digits ("kalmoni", "etasel", "wts").
    'kalmoni', 'kalmni', 'kalemni', 'kallimni', 'klmni', 'klmoni', 'kalmona', 'etasel', 'etsel', 'ettasel', 'etasil', '2tasel', 'ta9al', 'twasal',
    'tawasal', 'rasselni', 'raselni', 'rasloni', 'wts', 'wtsp', 'watsap', 'watsab', 'whatsab', 'jawal', 'jawali', 'raqmi', 'ra8mi'],
  ['اتصل', 'اتصال', 'اتصلوا', 'اتصلي', 'هاتف', 'هاتفي', 'جوال', 'جوالي', 'موبايل', 'واتساب', 'واتس', 'تلفون', 'تليفون', 'فاكس', 'نقال',
    'للتواصل', 'تواصل', 'راسلني', 'راسلوني', 'كلمني', 'كلموني', 'كلمونا', 'كلمنا', 'مسج'].map(normalizeTerm),
);
/** "number" is a cue only when nothing nearer says which kind of number it is. */
const WEAK_CUE = cueMatcher(['number', 'no', 'no.', 'num', 'nr', '#'], ['رقم', 'رقمي'].map(normalizeTerm));
const OTHER_NUMBER = cueMatcher(
  ['account', 'acct', 'order', 'ref', 'reference', 'invoice', 'tracking', 'ticket', 'case', 'policy', 'serial', 'model', 'flight', 'room',
    'id', 'civil', 'passport', 'card', 'iban', 'licence', 'license', 'version', 'page', 'item', 'booking', 'confirmation', 'transaction',
    'member', 'membership', 'customer', 'student', 'employee', 'staff', 'registration', 'vehicle', 'plate', 'ssn', 'nhs', 'insurance', 'social security', 'zip', 'postcode', 'postal',
    'decree', 'resolution', 'law', 'article', 'section', 'clause', 'issue', 'edition', 'bill', 'act', 'chapter', 'regulation', 'circular'],
  ['الحساب', 'حساب', 'الطلب', 'المرجع', 'مرجع', 'الفاتوره', 'فاتوره', 'التذكره', 'الرحله', 'المدني', 'الهويه', 'الجواز', 'البطاقه', 'الغرفه', 'الشحنه', 'التتبع', 'المعامله', 'المرسوم', 'مرسوم', 'القرار', 'قرار', 'القانون', 'قانون', 'الماده', 'البند', 'العدد', 'الاصدار', 'الطبعه', 'التعميم', 'اللائحه']
    .map(normalizeTerm),
);
const LABEL_AFTER = /^\s*(?:[,(]\s*)?(?:office|fax|mobile|cell|home|work|tel|phone|whatsapp|هاتف|جوال|واتساب|فاكس)(?![a-z])/i;

const DATE_SHAPE = /^(?:\d{1,2}([/.\-])\d{1,2}\1\d{2,4}|\d{4}([/.\-])\d{1,2}\2\d{1,2})$/;
const YEAR_RANGE = /^(?:19|20)\d\d\s?[-/]\s?(?:(?:19|20)\d\d|\d\d)$/;
/** "118/2011": a decree or file number over its year. */
const NUMBER_OF_YEAR = /^\d{1,6}\s?\/\s?(?:19|20)\d\d$/;
/** "2024/33091": a file number filed under its year. */
const YEAR_OF_NUMBER = /^(?:19|20)\d\d\s?\/\s?\d{1,7}$/;

export function findPhones(text: string, region: CountryCode): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(RUN, text)) {
    const whole = classify(text, m.index, m[0], region, false);
    if (whole?.score === 2) {
      out.push(whole.found);
      continue;
    }
    // A run may carry a date or a second number along ("(914) 349-8600 04/21/2020"): try it shorter.
    let best: Reading | null = null;
    for (const [offset, part] of pieces(m[0]).slice(1)) {
      const reading = classify(text, m.index + offset, part, region, true);
      if (!reading || reading.score === 0 || (best && reading.score <= best.score)) continue;
      // A named number stays whole unless what the shorter reading drops looks like a date.
      if (whole?.score === 1 && (reading.score < 2 || !/[/:]/.test(m[0].replace(part, '')))) continue;
      best = reading;
    }
    const chosen = best ?? whole;
    if (chosen) out.push(chosen.found);
  }
  return out;
}

interface Reading {
  score: number;
  found: Candidate;
}

/** The run, then the run less one, two or three groups at its end, then at its start. */
function pieces(run: string): Array<[number, string]> {
  const out: Array<[number, string]> = [[0, run]];
  const gaps = matches(/\s+|\s?[-/]\s?/g, run).map((g) => [g.index, g.index + g[0].length] as const);
  for (let k = gaps.length - 1; k >= Math.max(0, gaps.length - 3); k--) out.push([0, run.slice(0, gaps[k][0])]);
  for (let k = 0; k < Math.min(3, gaps.length); k++) out.push([gaps[k][1], run.slice(gaps[k][1])]);
  return out;
}

/**
 * Score 2: a valid number or a phone's shape; 1: only a cue word says it is a phone; 0: needs a cue.
 * `piece`: part of a longer run, which also needs a cue.
 */
function classify(text: string, start: number, raw: string, region: CountryCode, piece: boolean): Reading | null {
  let run = raw;
  // A closing bracket that opened before the run ("(tel 9123 4567)") is not part of the number.
  if (run.endsWith(')') && !run.includes('(')) run = run.slice(0, -1);
  const ext = /\s?(?:x|ext\.?|extension)\s?\d{1,6}$/.exec(run);
  const core = ext ? run.slice(0, ext.index) : run;
  const digits = core.replace(/\D/g, '');
  const international = /^\(?\s?(?:\+|00)/.test(core);
  if (digits.length < 7 || digits.length > (international ? 17 : 15)) return null;
  if (DATE_SHAPE.test(core) || YEAR_RANGE.test(core) || NUMBER_OF_YEAR.test(core) || YEAR_OF_NUMBER.test(core) || isDecimal(core) || manySingles(core)) return null;

  const number = parse(core, digits, international, region);
  const valid = number?.isValid() ?? false;
  const cued = hasCue(text, start, start + run.length);
  const formatted = /[ ().\/-]/.test(core.replace(/^\(?\s?\+/, ''));
  const strong = international ? valid : nanpShape(core) || (valid && formatted && !roundGroups(core));
  // Asked only when the cue decides: isPossible() is another pass over the metadata.
  const plausible = () => (international ? (number?.isPossible() ?? false) || digits.length >= 9 : true);

  const score = strong && (cued || !piece) ? 2 : cued && plausible() ? 1 : 0;
  const value = valid && number ? number.number : digits;
  return { score, found: { rule: 'phone', start, end: start + run.length, value, priority: score ? 6 : 0, needsCue: score === 0 } };
}

/** True when `window` (text just before a number) asks to call or message it. */
export function phoneCueIn(window: string): boolean {
  if (STRONG_CUE.test(window)) return true;
  return WEAK_CUE.test(window) && !OTHER_NUMBER.test(window);
}

function parse(core: string, digits: string, international: boolean, region: CountryCode): PhoneNumber | undefined {
  try {
    if (international) {
      const plus = /^\(?\s?\+/.test(core) ? core.replace(/\(\s?0\)/, '') : `+${digits.slice(2)}`;
      return parsePhoneNumberFromString(plus.replace(/^\(\s?/, ''));
    }
    return parsePhoneNumberFromString(core, region);
  } catch {
    return undefined;
  }
}

function hasCue(text: string, start: number, end: number): boolean {
  return LABEL_AFTER.test(after(text, end, 16)) || phoneCueIn(before(text, start, 40));
}

/** "200.38294427", "0.5": one dot and nothing else is a decimal, not a phone. */
function isDecimal(core: string): boolean {
  return /^\d+\.\d+$/.test(core);
}

/** "1 2 3 4 5 6 7": a list or a count, not a phone. */
function manySingles(core: string): boolean {
  return core.split(/[ ().\/-]+/).filter((g) => g.length === 1).length > 3;
}

/** North American shapes: (415) 555-0132, 415-555-0132, 415.555.0132, 415 555 0132. */
function nanpShape(core: string): boolean {
  return /^(?:\(\d{3}\)\s?\d{3}[-. ]|\d{3}([-. ])\d{3}\1)\d{4}$/.test(core);
}

/** "2500 3000": every group a round figure reads as amounts, not a phone. */
function roundGroups(core: string): boolean {
  const groups = core.split(/[ ().\/-]+/).filter(Boolean);
  return groups.length > 1 && groups.every((g) => /00$/.test(g));
}
