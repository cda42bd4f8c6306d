// Text primitives the checks share: whole words in English and Arabic on normalised text, word lists as one pattern, spans.
import { normalizeTerm } from '../normalize.js';
import { matches } from '../matches.js';

/** Start of a word: no letter or digit just before (works for Arabic, where \b does not). */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** End of a word: no letter or digit just after. */
export const WORD_END = '(?![\\p{L}\\p{N}])';
/** Arabic conjunction or preposition glued to the next word: و ف ب ل (and, so, with, for). */
export const AR_PREFIX = '(?:[وفبل]{1,2})?';

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex source matching any of `terms` as whole words, after the same normalisation as drafts; spaces match any run of spaces. */
export function alternation(terms: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const t of terms) {
    const n = normalizeTerm(t).trim();
    if (n) seen.add(n);
  }
  if (seen.size === 0) return null;
  // Longest first so "ministry of digital services" wins over "ministry".
  const list = [...seen].sort((a, b) => b.length - a.length).map((t) => escape(t).replace(/\s+/g, '\\s+'));
  return `(?:${list.join('|')})`;
}

/** Whole-word, case-insensitive, Unicode regex for a word list; Arabic words may carry a glued و ف ب ل. */
export function wordListRegex(terms: readonly string[]): RegExp | null {
  const alt = alternation(terms);
  if (!alt) return null;
  return new RegExp(`${WORD_START}${AR_PREFIX}${alt}${WORD_END}`, 'giu');
}

/** Every match of a global regex in `text`, as [start, end] spans. */
export function spans(re: RegExp | null, text: string): Array<[number, number]> {
  if (!re) return [];
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (const m of matches(re, text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * A list of patterns split by script. Latin patterns run without the Unicode flag (with it, V8 runs case-insensitive
 * patterns many times slower); Arabic ones keep it for \p{L}. A Latin match starts and ends with a Latin letter and an
 * Arabic one with an Arabic letter, so the two never overlap and together find what one joined regex would.
 */
export interface ByScript {
  latin: RegExp;
  arabic: RegExp;
  /** A small test without which the Latin patterns cannot match: it spares running them on most sentences. */
  needed: RegExp;
}

const LATIN_LETTER = /[A-Za-z]/;
const ARABIC_LETTER = /[\u0621-\u064A]/;

/** Every match of either half in `text`, in order, as [start, end] spans; a half runs only on text with its letters. */
export function scriptSpans(re: ByScript, text: string): Array<[number, number]> {
  const latin = LATIN_LETTER.test(text) && re.needed.test(text) ? spans(re.latin, text) : [];
  const arabic = ARABIC_LETTER.test(text) ? spans(re.arabic, text) : [];
  if (arabic.length === 0) return latin;
  if (latin.length === 0) return arabic;
  return [...latin, ...arabic].sort((a, b) => a[0] - b[0]);
}
