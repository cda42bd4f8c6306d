// friends-only: a post that says it is for friends only while talking about work gets the reminder that such spaces
// are public in effect. Work talk is in the words, or in another check's finding about the employer or its information.
import type { Check, CheckEnv, Finding, Hit, PlacedHit, Segment } from '../types.js';
import { quoter } from '../text/quote.js';
import { friendsOnlyMeta } from '../checks/meta/friends-only.js';
import { friendsOnlySpans } from './friends-only-phrases.js';
import { talksAboutWork } from './work-talk.js';

/** Checks whose findings are themselves talk about work: the employer from inside, its information. */
const WORK_CHECKS: ReadonlySet<string> = new Set(['affiliation-disclosure', 'confidential-information', 'case-details', 'commitment']);

const PHRASE = 'friends-only';
const WORK = 'work';

export const friendsOnly: Check = {
  meta: friendsOnlyMeta,

  scan(segment: Segment, env: CheckEnv): Hit[] {
    // An official account has no friends-only posts.
    if (env.context.capacity === 'official') return [];
    const hits: Hit[] = [];
    const found = friendsOnlySpans(segment.text);
    if (found.length) {
      const quote = quoter(segment);
      for (const { start, end } of found) hits.push({ rule: 'friends-only-work', start, end, params: { words: quote(start, end) }, signal: PHRASE });
    }
    if (talksAboutWork(segment, env.ruleset)) hits.push({ rule: 'friends-only-work', start: 0, end: 1, signal: WORK });
    return hits;
  },

  crossCheck(hits: PlacedHit[], findings: readonly Finding[]): PlacedHit[] {
    const phrases = hits.filter((h) => h.signal === PHRASE);
    if (phrases.length === 0) return [];
    const work = hits.some((h) => h.signal === WORK) || findings.some((f) => WORK_CHECKS.has(f.check));
    if (!work) return [];
    // One reminder for the post, on the first place it says it is for friends.
    const first = phrases.reduce((a, b) => (b.start < a.start ? b : a));
    return [{ ...first, signal: undefined }];
  },
};
