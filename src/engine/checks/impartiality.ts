// impartiality: taking a side in party politics or an election (urging a vote for someone, endorsing a candidate,
// praising or attacking a party or a listed politician), in English and Arabic. Civic notices about voting are left alone.
import type { Check, CheckEnv, Hit, PlacedHit, Segment } from '../types.js';
import { quoter } from '../text/quote.js';
import { spans } from '../text/words.js';
import { employerMentions } from '../cross-checks/employer-mentions.js';
import { aboutPolitics } from './impartiality/context.js';
import { arabicOnName, arabicSides } from './impartiality/arabic.js';
import { englishOnName, englishSides } from './impartiality/english.js';
import type { SideTaken } from './impartiality/cue.js';
import { politicalNames } from './impartiality/politics-lists.js';
import { impartialityMeta } from './meta/impartiality.js';

/** A weak cue waits for the post: politics in any sentence makes it count. */
const WEAK_SIGNAL = 'weak';
const POLITICS_SIGNAL = 'politics';
/** The writer's employer named on a personal account: the post speaks near the department's name. */
const EMPLOYER_SIGNAL = 'employer';

const QUOTE_LIMIT = 60;
const clip = (words: string) => (words.length > QUOTE_LIMIT ? `${words.slice(0, QUOTE_LIMIT - 1)}…` : words);

const isArabic = (text: string, start: number, end: number) => /[\u0621-\u064A]/.test(text.slice(start, end));

export const impartiality: Check = {
  meta: impartialityMeta,

  scan(segment: Segment, env: CheckEnv): Hit[] {
    const text = segment.text;
    const official = env.context.capacity === 'official';
    const found: SideTaken[] = [];
    if (segment.hasLatin) found.push(...englishSides(text));
    if (segment.hasArabic) found.push(...arabicSides(text));
    const names = spans(politicalNames(env.ruleset), text);
    for (const [start, end] of names) {
      const side = isArabic(text, start, end) ? arabicOnName(text, start, end) : englishOnName(text, start, end);
      if (side) found.push(side);
    }
    const hits: Hit[] = [];
    if (names.length > 0 || aboutPolitics(text, segment.hasLatin, segment.hasArabic)) hits.push({ rule: 'politics', start: 0, end: 1, signal: POLITICS_SIGNAL });
    // Another sentence may take the side: the employer is looked for in every sentence of a personal post.
    if (!official && employerMentions(segment, env.ruleset).length > 0) hits.push({ rule: 'employer', start: 0, end: 1, signal: EMPLOYER_SIGNAL });
    if (found.length === 0) return hits;
    const quote = quoter(segment);
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let reached = 0; // one finding per stretch of words
    for (const f of found) {
      if (f.start < reached) continue;
      reached = f.end;
      const hit: Hit = { rule: f.rule, start: f.start, end: f.end, params: { words: clip(quote(f.start, f.end)) } };
      if (f.weak) hit.signal = WEAK_SIGNAL;
      hits.push(hit);
    }
    return hits;
  },

  combine(hits: PlacedHit[], _draft: string, env: CheckEnv): PlacedHit[] {
    // An official account is the department speaking; a personal one only when it names the employer.
    const official = env.context.capacity === 'official';
    if (!official && !hits.some((h) => h.signal === EMPLOYER_SIGNAL)) return [];
    const politics = hits.some((h) => h.signal === POLITICS_SIGNAL);
    const severity = official ? env.config.severity : 'info';
    const out: PlacedHit[] = [];
    for (const h of hits) {
      if (h.signal === POLITICS_SIGNAL || h.signal === EMPLOYER_SIGNAL) continue;
      if (h.signal === WEAK_SIGNAL && !politics) continue;
      out.push({ ...h, signal: undefined, severity });
    }
    return out;
  },
};
