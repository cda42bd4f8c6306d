// Word lists as one linear pattern: English whole words, Arabic whole words with glued و ف ب ل ال and a pronoun after (معاملتك، شكواك).
import { normalizeTerm } from '../../normalize.js';

export interface Span {
  start: number;
  end: number;
}

/** Pronoun suffixes a noun takes: his, her, their, your, my, our. */
export const PRONOUN = 'ه|ها|هم|ك|كم|ي|نا';

/** A normalised word and the stem its pronouns attach to: ة (normalised ه) turns ت, a final ى (normalised ي) turns ا. */
export function arabicForms(word: string): string[] {
  if (word.endsWith('ه')) return [word, `${word.slice(0, -1)}ت`];
  if (word.endsWith('ي') && word.length > 3) return [word, `${word.slice(0, -1)}ا`];
  return [word];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');

/**
 * A global regex for `latin` (regex fragments, already inflected, matched case-insensitively as whole words) and
 * `arabic` (plain words, normalised like drafts; "زوجتك" keeps its own pronoun, "مرض" also reads "ومرضه").
 */
export function lexicon(latin: readonly string[], arabic: readonly string[]): Lexicon {
  const words = [...new Set(arabic.flatMap((w) => arabicForms(normalizeTerm(w).trim())))].sort((a, b) => b.length - a.length).map(escape);
  return {
    latin: new RegExp(`(?<![\\p{L}\\p{N}])(?:${latin.join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
    arabic: new RegExp(`(?<![\\p{L}])(?:[وفبل]{0,2}(?:ال)?)(?:${words.join('|')})(?:${PRONOUN})?(?![\\p{L}])`, 'gu'),
  };
}

/** A word list's two patterns, so a sentence is read only in the scripts it holds. */
export interface Lexicon {
  latin: RegExp;
  arabic: RegExp;
}

/** Every match of a lexicon in a sentence, in the scripts it holds. */
export function lexiconSpans(lex: Lexicon, text: string, hasLatin: boolean, hasArabic: boolean): Span[] {
  return [...(hasLatin ? allSpans(lex.latin, text) : []), ...(hasArabic ? allSpans(lex.arabic, text) : [])];
}

/** Every match of a global regex as a span. */
export function allSpans(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
