// accusation: a named or identifiable person or body accused of wrongdoing ("the contractor stole", "فلان مرتشي"),
// in English and Arabic; reports, questions, denials, general statements and talk of films are left alone.
import type { Check, CheckEnv, Hit, PlacedHit, Segment, Severity } from '../types.js';
import { quoter } from '../text/quote.js';
import { arabicAccusations, ARABIC_FICTION } from './accusation/arabic.js';
import { englishAccusations, type Accused } from './accusation/english.js';
import { accusationMeta } from './meta/accusation.js';

/** A post about a film, a series or a book: the characters in it are not accused of anything. */
const FICTION_SIGNAL = 'fiction';
const ENGLISH_FICTION =
  /(?<![A-Za-z])(?:film|films|movie|movies|series|episode|season finale|novel|character|villain|sitcom|netflix|cartoon|anime|sequel|trailer|spoilers?|starring|actor|actress|tv show|the show|this show|the plot|plot twist|in the book)(?![A-Za-z])/i;

/** Characters of a long quote shown before "…". */
const QUOTE_LIMIT = 60;

const clip = (words: string) => (words.length > QUOTE_LIMIT ? `${words.slice(0, QUOTE_LIMIT - 1)}…` : words);

/** An official account speaks for the organisation: an accusation there is an error unless the ruleset says otherwise. */
function severityFor(env: CheckEnv): Severity {
  return env.context.capacity === 'official' && env.config.severity === 'warning' ? 'error' : env.config.severity;
}

export const accusation: Check = {
  meta: accusationMeta,

  scan(segment: Segment, env: CheckEnv): Hit[] {
    const text = segment.text;
    const fiction = (segment.hasLatin && ENGLISH_FICTION.test(text)) || (segment.hasArabic && ARABIC_FICTION.test(text));
    const hits: Hit[] = fiction ? [{ rule: 'fiction', start: 0, end: 1, signal: FICTION_SIGNAL }] : [];
    const found: Accused[] = [];
    if (segment.hasLatin) found.push(...englishAccusations(text));
    if (segment.hasArabic) found.push(...arabicAccusations(text));
    if (found.length === 0) return hits;
    const quote = quoter(segment);
    const severity = severityFor(env);
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let reached = 0; // one finding per stretch of words: a span that starts inside a kept one is the same accusation
    for (const f of found) {
      if (f.start < reached) continue;
      reached = f.end;
      hits.push({ rule: f.rule, start: f.start, end: f.end, severity, params: { words: clip(quote(f.start, f.end)) } });
    }
    return hits;
  },

  combine(hits: PlacedHit[]): PlacedHit[] {
    // A post that talks of a film or a book may call its characters anything.
    if (hits.some((h) => h.signal === FICTION_SIGNAL)) return [];
    return hits;
  },
};
