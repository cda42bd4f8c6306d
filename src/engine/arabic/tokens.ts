// Splits text into words (Arabic or Latin script) with their offsets, scanned once, no regex.
import { foldArabicWord } from './fold.js';

export interface ArabicToken {
  /** Offsets of the word in the text given (for a segment: its normalised text). */
  start: number;
  end: number;
  /** The word as written. */
  text: string;
  /** Folded form: Arabic letters unified and unstretched; Latin lower-cased. */
  form: string;
  /** True for a Latin-script word (English, or Arabic written in Latin letters with digits: "7mar"). */
  latin: boolean;
}

/** Arabic letters and the marks that may sit inside a word (tashkeel, tatweel), and the extended letters چ ڤ گ پ. */
function isArabicUnit(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0640 && c <= 0x065f) || c === 0x0670 || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x0610 && c <= 0x061a);
}
const isLatinLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * The words of `text`: runs of Arabic letters, and runs of Latin letters and digits holding at
 * least one letter ("3ayb", "ya7mar"). Punctuation, spaces and numbers separate words.
 */
export function arabicTokens(text: string): ArabicToken[] {
  const tokens: ArabicToken[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isArabicUnit(c) && c !== 0x0640 && !(c >= 0x064b && c <= 0x065f)) {
      let j = i + 1;
      while (j < n && isArabicUnit(text.charCodeAt(j))) j++;
      const word = text.slice(i, j);
      tokens.push({ start: i, end: j, text: word, form: foldArabicWord(word), latin: false });
      i = j;
    } else if (isLatinLetter(c) || isDigit(c)) {
      let j = i + 1;
      let letters = isLatinLetter(c);
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isLatinLetter(d)) letters = true;
        else if (!isDigit(d)) break;
        j++;
      }
      if (letters) {
        const word = text.slice(i, j);
        tokens.push({ start: i, end: j, text: word, form: word.toLowerCase(), latin: true });
      }
      i = j;
    } else {
      i++;
    }
  }
  return tokens;
}
