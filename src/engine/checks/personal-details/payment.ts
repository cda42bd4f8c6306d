// Payment card numbers (Luhn + issuer prefix) and IBANs (country length + mod 97).
import { normalizeTerm } from '../../normalize.js';
import { IBAN_LENGTH, ibanValid, luhnValid } from './checksums.js';
import { before, cueMatcher, type Candidate } from './candidate.js';
import { matches } from '../../matches.js';

const CARD_RUN = /(?<![\p{L}\p{N}+.,/])\d(?:[ -]?\d){11,18}(?![\p{L}\p{N}]|[.,]\d)/gu;

const CARD_CUE = cueMatcher(
  ['card', 'cards', 'cc', 'credit', 'debit', 'visa', 'mastercard', 'master card', 'amex', 'american express', 'discover', 'maestro', 'jcb', 'diners', 'unionpay'],
  ['بطاقه', 'بطاقتي', 'فيزا', 'ماستركارد', 'ماستر كارد', 'الائتمان', 'ائتمان'].map(normalizeTerm),
);

/** Issuer prefixes (IIN ranges) and the lengths each issuer uses. */
function knownIssuer(d: string): boolean {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  if (d[0] === '4') return n === 13 || n === 16 || n === 19; // Visa
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16; // Mastercard
  if (p2 === 34 || p2 === 37) return n === 15; // American Express
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649)) return n >= 16; // Discover
  if (p4 >= 3528 && p4 <= 3589) return n >= 15; // JCB
  if ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) return n >= 14; // Diners Club
  if (p2 === 62 || (p4 >= 2200 && p4 <= 2204)) return n >= 16; // UnionPay, Mir
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 13; // Maestro
  if (d[0] === '1') return n === 15; // UATP
  return false;
}

/** True when `window` (text just before a number) talks about a payment card. */
export function cardCueIn(window: string): boolean {
  return CARD_CUE.test(window);
}

export function findCards(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(CARD_RUN, text)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 12 || !luhnValid(digits) || /^(\d)\1+$/.test(digits)) continue;
    const confirmed = knownIssuer(digits) || CARD_CUE.test(before(text, m.index, 40));
    out.push({ rule: 'card', start: m.index, end: m.index + m[0].length, value: digits, priority: confirmed ? 8 : 0, needsCue: !confirmed });
  }
  return out;
}

const IBAN_RUN = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){10,32}/g;

export function findIbans(text: string): Candidate[] {
  const out: Candidate[] = [];
  const re = IBAN_RUN;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const length = IBAN_LENGTH[m[0].slice(0, 2).toUpperCase()];
    if (!length) continue;
    // Take exactly the country's length in letters and digits; the run may have eaten following words.
    let compact = '';
    let end = m.index;
    for (let i = 0; i < m[0].length && compact.length < length; i++) {
      const ch = m[0][i];
      if (ch !== ' ' && ch !== '-') compact += ch;
      end = m.index + i + 1;
    }
    if (compact.length !== length || /[A-Za-z0-9]/.test(text[end] ?? '')) continue;
    // IBANs are written in capitals; a mix of cases is a typo or something else.
    const letters = compact.replace(/[^A-Za-z]/g, '');
    if (letters !== letters.toUpperCase() && letters !== letters.toLowerCase()) continue;
    if (!ibanValid(compact)) continue;
    out.push({ rule: 'iban', start: m.index, end, value: compact.toUpperCase(), priority: 9 });
    re.lastIndex = end;
  }
  return out;
}
