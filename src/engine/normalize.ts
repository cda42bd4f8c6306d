// Text normalisation for matching, with a map from every normalised code unit back to the original.

/** Zero-width characters, soft hyphen, bidi controls and the Arabic letter mark: invisible, often used to hide words. */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFE00-\uFE0F\uFEFF]/;
/** Tashkeel (harakat, tanween, shadda, sukun, dagger alef, Quranic marks) and tatweel. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/;
const COMBINING = /\p{Mn}/u;

/** Arabic letter variants folded to one form so word lists match whichever the writer used. */
const ARABIC_LETTERS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ئ': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ہ': 'ه', 'ھ': 'ه', 'ە': 'ه',
  'ؤ': 'و',
  'ک': 'ك', 'ڪ': 'ك', 'گ': 'ك',
  '،': ',', '؛': ';', '٪': '%', '٫': '.', '٬': ',',
};

function foldChar(cp: number, ch: string): string {
  // Arabic-Indic and extended (Persian/Urdu) digits.
  if (cp >= 0x0660 && cp <= 0x0669) return String.fromCharCode(48 + cp - 0x0660);
  if (cp >= 0x06f0 && cp <= 0x06f9) return String.fromCharCode(48 + cp - 0x06f0);
  const direct = ARABIC_LETTERS[ch];
  if (direct !== undefined) return direct;
  if (cp < 0x80) return ch;
  // Compatibility forms (fullwidth, mathematical letters, ligatures, Arabic presentation forms), then drop accents.
  let out = '';
  for (const part of ch.normalize('NFKD')) {
    if (COMBINING.test(part) || INVISIBLE.test(part) || ARABIC_MARKS.test(part)) continue;
    out += ARABIC_LETTERS[part] ?? part;
  }
  return out;
}

/** What normalisation does with a code point: drop it, drop it after a kept one (a combining mark), or fold it. */
const DROP = 0;
const DROP_AFTER_KEPT = 1;
interface Folding {
  kind: typeof DROP | typeof DROP_AFTER_KEPT | 2;
  /** The folded form, split into code points (empty for a dropped one). */
  units: string[];
}

/** Foldings of the non-ASCII code points seen so far: NFKD and three Unicode regexes per character cost the most. */
const FOLDINGS = new Map<number, Folding>();
const FOLDINGS_LIMIT = 20_000;

function folding(cp: number, ch: string): Folding {
  let f = FOLDINGS.get(cp);
  if (f) return f;
  const kind = INVISIBLE.test(ch) || ARABIC_MARKS.test(ch) ? DROP : COMBINING.test(ch) ? DROP_AFTER_KEPT : 2;
  f = { kind, units: Array.from(foldChar(cp, ch)) };
  if (FOLDINGS.size < FOLDINGS_LIMIT) FOLDINGS.set(cp, f);
  return f;
}

export interface Normalized {
  text: string;
  /** starts[i]: original offset where the code point behind normalised unit i begins. */
  starts: Int32Array;
  /** ends[i]: original offset where it ends. */
  ends: Int32Array;
}

/** Separators used to space out a word ("i.d.i.o.t", "s h u t", "i-d-i-o-t"). */
const SPACERS = ' .-_*+~|/\\\'·•';
const isSpacer = (c: string | undefined) => c !== undefined && c.length === 1 && SPACERS.includes(c);
const isLetter = (c: string | undefined) => {
  if (c === undefined || c.length !== 1) return false;
  const code = c.charCodeAt(0) | 0x20;
  return code >= 0x61 && code <= 0x7a;
};

/** Plain ASCII: every unit maps to itself, nothing is dropped or folded. */
const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** Four letters spaced by the same separator: the least that collapseSpacedLetters joins. */
const SPACED_RUN = /[a-zA-Z]([ .\-_*+~|/\\'])[a-zA-Z]\1[a-zA-Z]\1[a-zA-Z]/;

/** The same, with the two non-ASCII separators: run on folded text, where fullwidth letters have become ASCII. */
const SPACED_RUN_FOLDED = /[a-zA-Z]([ .\-_*+~|/\\'·•])[a-zA-Z]\1[a-zA-Z]\1[a-zA-Z]/;

/**
 * Normalise `original` for matching. Every unit of the result maps back to a whole original
 * code point, so mapped spans always fall on code-point boundaries.
 */
export function normalize(original: string): Normalized {
  if (ASCII_ONLY.test(original) && !SPACED_RUN.test(original)) {
    const starts = new Int32Array(original.length);
    const ends = new Int32Array(original.length);
    for (let i = 0; i < original.length; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return { text: original, starts, ends };
  }
  // Fold in one pass, building the text and its map directly; spaced-out words need the slower pass below.
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let lastUnits = 0; // code units of the last code point kept, whose end a following mark extends
  let i = 0;
  while (i < original.length) {
    if (original.charCodeAt(i) < 0x80) {
      text += original[i];
      starts.push(i);
      ends.push(i + 1);
      lastUnits = 1;
      i++;
      continue;
    }
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const f = folding(cp, width === 1 ? original[i] : original.slice(i, i + width));
    const dropped = f.kind === DROP || (f.kind === DROP_AFTER_KEPT && starts.length > 0);
    if (dropped && ends.length > 0 && ends[ends.length - 1] === i) {
      // A mark or invisible character right after a kept one belongs to it, so spans cover "حَقِيرْ" whole.
      for (let u = ends.length - lastUnits; u < ends.length; u++) ends[u] = i + width;
    }
    if (!dropped) {
      for (const unit of f.units) {
        text += unit;
        for (let u = 0; u < unit.length; u++) {
          starts.push(i);
          ends.push(i + width);
        }
        lastUnits = unit.length;
      }
    }
    i += width;
  }
  if (SPACED_RUN_FOLDED.test(text)) return normalizeSpaced(original);
  return { text, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Normalisation of text with a word spelled out letter by letter: fold each code point, then join the letters. */
function normalizeSpaced(original: string): Normalized {
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const f = folding(cp, original.slice(i, i + width));
    const dropped = f.kind === DROP || (f.kind === DROP_AFTER_KEPT && chars.length > 0);
    if (dropped && to.length > 0 && to[to.length - 1] === i) to[to.length - 1] = i + width;
    if (!dropped) {
      for (const u of f.units) {
        chars.push(u);
        from.push(i);
        to.push(i + width);
      }
    }
    i += width;
  }
  collapseSpacedLetters(chars);
  let length = 0;
  for (const c of chars) length += c.length;
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  let n = 0;
  for (let k = 0; k < chars.length; k++) {
    for (let u = 0; u < chars[k].length; u++, n++) {
      starts[n] = from[k];
      ends[n] = to[k];
    }
  }
  return { text: chars.join(''), starts, ends };
}

/**
 * Join words spelled out with one separator between single letters ("i.d.i.o.t" -> "idiot"),
 * when at least four letters are spaced the same way, so short abbreviations ("U.K.", "P.O.") stay.
 */
function collapseSpacedLetters(chars: string[]): void {
  let k = 0;
  while (k < chars.length) {
    if (!isLetter(chars[k]) || isLetter(chars[k - 1]) || !isSpacer(chars[k + 1]) || !isLetter(chars[k + 2])) {
      k++;
      continue;
    }
    const sep = chars[k + 1];
    let end = k; // index of last letter in the run
    let letters = 1;
    while (chars[end + 1] === sep && isLetter(chars[end + 2]) && !isLetter(chars[end + 3])) {
      end += 2;
      letters++;
    }
    if (letters >= 4) {
      for (let s = k + 1; s < end; s += 2) chars[s] = '';
      k = end + 1;
    } else {
      k++;
    }
  }
}

/** Normalise a word or phrase from a word list the same way drafts are normalised (case folded). */
export function normalizeTerm(term: string): string {
  return normalize(term).text.toLowerCase();
}

/** Map a span of normalised text back to the original. */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  if (n.starts.length === 0) return [0, 0];
  const s = Math.min(Math.max(start, 0), n.starts.length - 1);
  const e = Math.min(Math.max(end, s + 1), n.ends.length);
  return [n.starts[s], n.ends[e - 1]];
}
