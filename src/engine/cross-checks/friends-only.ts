// friends-only: a post that says it is for friends only while talking about work gets the reminder that such spaces
// are public in effect. Work talk is in the words, or in another check's finding about the employer or its information;
// the words are read for it only in a post that says it is for friends.
import type { Check, CheckEnv, Finding, Hit, PlacedHit, Ruleset, Segment } from '../types.js';
import { quoter } from '../text/quote.js';
import { friendsOnlyMeta } from '../checks/meta/friends-only.js';
import { friendsOnlySpans } from './friends-only-phrases.js';
import { talksAboutWork } from './work-talk.js';
import { sentenceMemo, sentences } from './sentences.js';

/** Checks whose findings are themselves talk about work: the employer from inside, its information, its cases. */
const WORK_CHECKS: ReadonlySet<string> = new Set(['affiliation-disclosure', 'confidential-information', 'case-details', 'commitment']);

const PHRASE = 'friends-only';

const workIn = sentenceMemo((segment, ruleset) => talksAboutWork(segment, ruleset as Ruleset));

export const friendsOnly: Check = {
  meta: friendsOnlyMeta,

  scan(segment: Segment, env: CheckEnv): Hit[] {
    // An official account has no friends-only posts.
    if (env.context.capacity === 'official') return [];
    const found = friendsOnlySpans(segment.text);
    if (found.length === 0) return [];
    const quote = quoter(segment);
    return found.map(({ start, end }) => ({ rule: 'friends-only-work', start, end, params: { words: quote(start, end) }, signal: PHRASE }));
  },

  crossCheck(hits: PlacedHit[], findings: readonly Finding[], draft: string, env: CheckEnv): PlacedHit[] {
    const phrases = hits.filter((h) => h.signal === PHRASE);
    if (phrases.length === 0) return [];
    let work = findings.some((f) => WORK_CHECKS.has(f.check));
    for (const sentence of work ? [] : sentences(draft)) {
      if (workIn(sentence.segment, env.ruleset)) {
        work = true;
        break;
      }
    }
    if (!work) return [];
    // One reminder for the post, on the first place it says it is for friends.
    const first = phrases.reduce((a, b) => (b.start < a.start ? b : a));
    return [{ ...first, signal: undefined }];
  },
};
