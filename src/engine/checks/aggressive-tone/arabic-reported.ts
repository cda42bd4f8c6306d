// Insults someone else said, reported or quoted ("قال للموظف «يا حمار»", "هل كلمة «وقح» سب؟"), are not the writer's tone.
import { arabicTokens, compileLexicon, foldArabicWord, type ArabicLexicon, type ArabicToken } from '../../arabic/index.js';
import type { Hit } from '../../types.js';
import { REPORTING_NOUNS, REPORTING_VERBS, WRITING_VERBS } from './arabic-words.js';

/** Stems of the writing verbs, which report only what is quoted. */
const WRITING = new Set(WRITING_VERBS.map((v) => foldArabicWord(v).slice(1)));

let reporting: ArabicLexicon<true> | null = null;

function lexicon(): ArabicLexicon<true> {
  const entry = (pos: 'noun' | 'verb') => (lexeme: string) => {
    const [term, ...forms] = lexeme.split('/');
    return { term, forms, pos, arabizi: false, data: true as const };
  };
  reporting ??= compileLexicon([...REPORTING_VERBS.map(entry('verb')), ...REPORTING_NOUNS.map(entry('noun'))]);
  return reporting;
}

const OPEN = '«“"„‹\'';
const CLOSE: Record<string, string> = { '«': '»', '“': '”', '"': '"', '„': '“', '‹': '›', "'": "'" };
/** How far after an unquoted reporting verb its words reach: to the end of the clause, at most this many words. */
const REACH = 6;

/** Spans of `text` holding someone else's words: quotes after a reporting word, and the clause after "قال"/"وصف". */
function reportedSpans(text: string, tokens: ArabicToken[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const reporters = lexicon()
    .find(tokens)
    // "I/we say" is the writer speaking ("اقول لك يا غبي"); "he said", "she called him" report someone else.
    .filter((m) => m.readings[0].pos === 'noun' || (m.person !== 'i' && m.person !== 'we' && !m.readings[0].suffix.startsWith('نا')));
  if (reporters.length === 0) return spans;
  for (const r of reporters) {
    // A quote opening within a few words after the reporting word.
    const after = text.slice(r.end, r.end + 40);
    const q = [...after].findIndex((c) => OPEN.includes(c));
    if (q >= 0) {
      const between = arabicTokens(after.slice(0, q)).length;
      const open = r.end + q;
      const close = text.indexOf(CLOSE[text[open]], open + 1);
      if (between <= 4 && close > open) {
        spans.push([open, close + 1]);
        continue;
      }
    }
    if (r.readings[0].pos !== 'verb' || WRITING.has(r.readings[0].stem)) continue;
    // No quote marks: the clause after "قال له" / "وصفه بـ" up to the next stop.
    const stop = text.slice(r.end).search(/[.!?؟،,;:\n]/);
    const end = stop < 0 ? text.length : r.end + stop;
    const words = tokens.filter((t) => t.start >= r.end && t.start < end);
    spans.push([r.end, words.length > REACH ? words[REACH - 1].end : end]);
  }
  return spans;
}

/** The hits, less those inside someone else's reported or quoted words. */
export function withoutReportedArabic(hits: Hit[], text: string): Hit[] {
  if (hits.length === 0) return hits;
  const spans = reportedSpans(text, arabicTokens(text));
  if (spans.length === 0) return hits;
  return hits.filter((h) => !spans.some(([s, e]) => h.start >= s && h.end <= e));
}
