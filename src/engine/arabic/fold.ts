// Folds an Arabic word to the one spelling word lists are written in: letter variants, hamza, stretched letters.

/** Variants written for the same letter (including Gulf/Persian letters), mapped to the plain one; hamza is dropped. */
const LETTER_FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ئ': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ہ': 'ه', 'ھ': 'ه', 'ە': 'ه',
  'ؤ': 'و', 'ء': '',
  // Gulf چ (ك, and the feminine "you" ending ـچ), ڤ for v, گ for ق/ك, پ for p, ژ for zh.
  'چ': 'ك', 'ڇ': 'ك', 'ک': 'ك', 'ڪ': 'ك', 'گ': 'ك', 'ڨ': 'ق', 'ڤ': 'ف', 'پ': 'ب', 'ژ': 'ز',
};

/** Tashkeel and tatweel: dropped, for words that did not pass through the engine's normalisation. */
const isMark = (c: number) => (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x0610 && c <= 0x061a);

/**
 * The folded form of one Arabic word: letter variants unified, hamza and marks dropped, and any
 * letter written three or more times in a row ("غبيييي") cut to one.
 */
export function foldArabicWord(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = ch.charCodeAt(0);
    if (isMark(c)) continue;
    out += LETTER_FOLD[ch] ?? ch;
  }
  return unstretch(out);
}

/** Runs of three or more of the same letter cut to one; doubled letters stay ("ممكن", "للبيت"). */
export function unstretch(word: string): string {
  if (word.length < 3) return word;
  let out = '';
  let i = 0;
  while (i < word.length) {
    let j = i + 1;
    while (j < word.length && word[j] === word[i]) j++;
    out += j - i >= 3 ? word[i] : word.slice(i, j);
    i = j;
  }
  return out;
}
