// Arabic written in Latin letters and digits ("7mar", "a5ras", "ya ghabi"): compared as consonant skeletons.

/**
 * Consonant classes shared by both scripts, because Arabizi writes several letters alike
 * (s for س and ص, t for ت and ط, h for ه and ح, k/q/g for ك and ق); vowels and hamza are dropped.
 */
const ARABIC_CLASS: Record<string, string> = {
  'ب': 'b', 'ت': 't', 'ط': 't', 'ث': 'T', 'ذ': 'T', 'ظ': 'T', 'ج': 'j', 'ح': 'h', 'ه': 'h', 'خ': 'x',
  'د': 'd', 'ض': 'd', 'ر': 'r', 'ز': 'z', 'س': 's', 'ص': 's', 'ش': 'S', 'ع': 'e', 'غ': 'G', 'ف': 'f',
  'ق': 'k', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n',
};

/** Two-letter Latin spellings first, then single letters and the digits that stand for Arabic letters. */
const LATIN_PAIRS: Record<string, string> = { sh: 'S', ch: 'S', kh: 'x', gh: 'G', th: 'T', dh: 'T', "3'": 'G', "7'": 'x', "6'": 'T', "9'": 'd' };
const LATIN_CLASS: Record<string, string> = {
  b: 'b', p: 'b', t: 't', j: 'j', h: 'h', d: 'd', r: 'r', z: 'z', s: 's', f: 'f', v: 'f', q: 'k', k: 'k', g: 'k', c: 'k',
  l: 'l', m: 'm', n: 'n', x: 'ks',
  '3': 'e', '5': 'x', '6': 't', '7': 'h', '8': 'G', '9': 's',
};

const collapseRuns = (s: string) => s.replace(/(.)\1+/g, '$1');

/** Skeleton of a folded Arabic stem: its consonant classes, doubled ones once ("حمار" -> "hmr"). */
export function arabicSkeleton(form: string): string {
  let out = '';
  for (const ch of form) out += ARABIC_CLASS[ch] ?? '';
  return collapseRuns(out);
}

/** Skeleton of a lower-cased Latin word read as Arabizi ("7mar" -> "hmr", "a5ras" -> "xrs"). */
export function latinSkeleton(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const pair = LATIN_PAIRS[word.slice(i, i + 2)];
    if (pair) {
      out += pair;
      i++;
    } else {
      out += LATIN_CLASS[word[i]] ?? '';
    }
  }
  return collapseRuns(out);
}

/** A digit that stands for an Arabic letter, between or beside Latin letters ("3ayb", "7mar", "ya5i"). */
const ARABIZI_DIGIT = /[a-z][2-9]|(?<![0-9])[2-9][a-z]/;
/** Numbers with English units or ordinals ("3rd", "7am", "43years"), which are not Arabizi. */
const NUMBER_WITH_UNIT = /^\d+(?:st|nd|rd|th|am|pm|s|k|m|h|hr|hrs|min|mins|km|kg|g|x|yr|yrs|year|years|day|days|d|gb|mb|mp|p)$/;

/** Latin words that only Arabizi writes: "ya", "enta", "wallah"... */
const ARABIZI_WORDS = new Set([
  'ya', 'yaa', 'enta', 'inta', 'enti', 'inti', 'ento', 'entu', 'intu', 'antum', 'entum', 'mob', 'wallah', 'wallahi',
  'walla', 'yalla', 'ya3ni', 'shlon', 'shlonk', 'shlonak', 'shoo', 'eish', 'wesh', 'lesh', 'leish', 'e7na', 'i7na',
  'inshallah', 'mashallah', '3ashan', '3shan', 'msh', 'mish', 'la2', 'khalas', '5alas', 'tara', 'akhi', 'ukhti', 'habibi', 'shu', 'wein', 'wain',
  // "you understand?" said to someone, only ever Arabizi: ma tfham, enta ma tfhamon
  'tfham', 'tefham', 'tifham', 'tfhm', 'tfhamoon', 'tfhamon', 'tfhmon', 'tfhmoon',
]);

/** True when a Latin word is plainly Arabizi: it holds a letter digit, or is an Arabizi-only word. */
export function looksArabizi(word: string): boolean {
  return (ARABIZI_DIGIT.test(word) && !NUMBER_WITH_UNIT.test(word)) || ARABIZI_WORDS.has(word);
}

/** Skeletons of the prefixes and endings Arabizi writes ("el", "bel", "hal", "bn"; "ak", "kom", "ha", "hom", "at"). */
export const LATIN_PREFIXES = new Set(['', 'l', 'b', 'f', 'k', 'bl', 'fl', 'kl', 'hl', 't', 'n', 'bt', 'bn', 'st', 'sn', 'ht', 'hn', 'mt', 'mn']);
export const LATIN_SUFFIXES = new Set(['', 'k', 'km', 'kn', 'h', 'hm', 'hn', 'n', 't', 'tk', 'tkm', 'th', 'thm', 'nk', 'nkm', 'nh', 'nhm', 'tn']);

const LONG_VOWELS = new Set(['ا', 'و', 'ي']);

/** For each consonant of an Arabic stem (index 0: before the first), whether a long vowel follows it; runs merged as in the skeleton. */
function arabicGaps(form: string): boolean[] {
  const gaps = [false];
  let last = '';
  for (const ch of form) {
    const cls = ARABIC_CLASS[ch];
    if (cls) {
      if (cls !== last) gaps.push(false);
      last = cls;
    } else if (LONG_VOWELS.has(ch)) gaps[gaps.length - 1] = true;
  }
  return gaps;
}

/**
 * True when every long vowel the Arabic stem writes has a vowel in the Latin word at the same
 * place ("7mar" fits حمار; "uskut" does not fit ساقط). `skip` consonants of the word are its prefix.
 */
export function vowelsFit(stem: string, word: string, skip: number): boolean {
  const want = arabicGaps(stem);
  const have: boolean[] = [false];
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const pair = LATIN_PAIRS[word.slice(i, i + 2)];
    const cls = pair ?? LATIN_CLASS[word[i]];
    if (pair) i++;
    if (cls) {
      for (const c of cls) {
        if (c !== last) have.push(false);
        last = c;
      }
    } else if (/[aeiouy]/.test(word[i])) {
      have[have.length - 1] = true;
    }
  }
  for (let k = 0; k < want.length; k++) if (want[k] && !have[k + skip]) return false;
  return true;
}

/** A cheap test on a whole text: could any word in it be Arabizi? (spares the tokeniser on plain English). */
const ARABIZI_TEXT = /[a-z][2-9]|[2-9][a-z]|\b(?:ya|yaa|enta|inta|enti|inti|ento|entu|wallah|wallahi|yalla|mob|msh|mish|shu|khalas|habibi|akhi|t[ei]?fham\w*|tfhm\w*)\b/i;
export function mayBeArabizi(text: string): boolean {
  return ARABIZI_TEXT.test(text);
}

/** How Arabizi writes the article and prepositions before a word ("el7mar", "bel", "wel"), and the endings after ("-ak", "-kom"). */
export const LATIN_PREFIX_SPELLING = /^(?:w|f)?(?:el|al|il|l|b|bel|bil|fel|fil|hal|ya|t|n|bt|bn|st|sn|y)/;
export const LATIN_SUFFIX_SPELLING = /(?:ak|ek|ik|k|kom|kum|kon|ha|hom|hum|ah|eh|oh|na|at|een|in|oon|un|ek|ich)$/;
