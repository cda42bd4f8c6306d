// Shared by the Arabic tone rules: whether a sentence speaks to "you", and small word lexicons.
import { compileLexicon, type ArabicLexicon, type ArabicMatch, type ArabicToken } from '../../arabic/index.js';

/** "You" as a word: انت، انتو، حضرتك، and Arabizi enta/inta. */
export const YOU_WORDS = new Set(['انت', 'انتي', 'انتو', 'انتوا', 'انتم', 'انتن', 'حضرتك', 'جنابك', 'enta', 'inta', 'enti', 'inti', 'ento', 'entu', 'intu']);

/** Words ending in ك that are not "you/your" (ذلك، هناك، مبروك...). */
const K_WORDS = new Set([
  'ذلك', 'لذلك', 'كذلك', 'وكذلك', 'هناك', 'هنالك', 'تلك', 'اولئك', 'ذاك', 'ملك', 'الملك', 'شك', 'بلا شك', 'بنك', 'البنك', 'سمك', 'مشترك', 'المشترك',
  'مبارك', 'مبروك', 'تبارك', 'سلك', 'شباك', 'ضحك', 'محرك', 'حراك', 'مدرك', 'ترك', 'شارك', 'يشارك', 'نشارك', 'اشترك', 'معارك', 'مالك', 'المالك', 'هالك', 'دينامك',
]);

/** True when a word carries a "you/your" ending (Arabic ك/كم/كن/كي, Gulf ـچ folded to ك). */
export function hasYouEnding(t: ArabicToken): boolean {
  if (t.latin || t.form.length < 3 || K_WORDS.has(t.form)) return false;
  return /ك(?:م|ن|ي)?$/.test(t.form);
}

/** True when the sentence speaks to someone: a "you" word, a "you" ending, or يا. */
export function speaksToYou(tokens: ArabicToken[]): boolean {
  return tokens.some((t, i) => YOU_WORDS.has(t.form) || (t.form === 'يا' && !EITHER.has(tokens[i + 1]?.form ?? '')) || hasYouEnding(t));
}

/** "يا إما ... يا إما": either ... or, not a call to anyone. */
const EITHER = new Set(['اما', 'اماا']);

/** A lexicon of plain words (forms joined by "/"), for constructions that look for one of them. */
export function wordSet(list: string, pos: 'noun' | 'verb' = 'noun'): ArabicLexicon<true> {
  return compileLexicon(
    list
      .split(/\s+/)
      .filter(Boolean)
      .map((lexeme) => {
        const [term, ...forms] = lexeme.split('/');
        return { term, forms, pos, data: true as const };
      }),
  );
}

/** The matches of `lexicon` in the tokens, by the index of the token each starts at (one pass over the sentence). */
export function matchesByToken<T>(lexicon: ArabicLexicon<T>, tokens: ArabicToken[]): Map<number, ArabicMatch<T>> {
  const byToken = new Map<number, ArabicMatch<T>>();
  for (const m of lexicon.find(tokens)) if (!byToken.has(m.first)) byToken.set(m.first, m);
  return byToken;
}
