// Personal accounts that talk about the employer must say so; official accounts speak for the organisation, not the person.
import type { Check, CheckEnv, Hit, PlacedHit, Segment } from '../types.js';
import { DISCLOSURE, EMPLOYER, PERSONAL_OPINION } from './affiliation-disclosure/cues.js';
import { organisationTerms, quoter, scriptSpans, spans } from './affiliation-disclosure/terms.js';
import { affiliationDisclosureMeta } from './meta/affiliation-disclosure.js';

/** UK Cabinet Office tips (an official account belongs to the department) and Oman ITA Codes of Conduct (be clear about capacity). */
const WHY_OFFICIAL =
  'An official account belongs to the organisation, not to the person posting: keep personal opinions for your own account, and be clear which capacity you post in.';

export const affiliationDisclosure: Check = {
  meta: affiliationDisclosureMeta,

  scan(segment: Segment, env: CheckEnv): Hit[] {
    const text = segment.text;
    const quote = quoter(segment);
    if (env.context.capacity === 'official') {
      return scriptSpans(PERSONAL_OPINION, text).map(([start, end]) => ({
        rule: 'personal-opinion',
        start,
        end,
        message: `Personal opinion on an official account: "${quote(start, end)}"`,
        why: WHY_OFFICIAL,
        suggestion: 'Say it in the organisation’s voice, or post it from your own account.',
      }));
    }

    const terms = organisationTerms(env.ruleset);
    const hits: Hit[] = [];
    for (const [start, end] of [...scriptSpans(DISCLOSURE, text), ...spans(terms.disclosures, text)]) {
      hits.push({ rule: 'disclosure', start, end, message: 'Affiliation disclosed', signal: 'disclosure' });
    }
    const references = [...scriptSpans(EMPLOYER, text), ...spans(terms.names, text), ...spans(terms.topics, text)];
    for (const [start, end] of references) {
      if (hits.some((h) => start < h.end && end > h.start)) continue; // "I work at the Ministry" is the disclosure itself
      const hit: Hit = {
        rule: 'undisclosed-affiliation',
        start,
        end,
        message: `Talks about your employer without saying you work there: "${quote(start, end)}"`,
        suggestion: 'Say that you work there and that the views are your own ("I work at ..., views my own"), or leave your employer out.',
      };
      // Without knowing whose account this is, only point it out.
      if (env.context.capacity === 'unknown') hit.severity = 'info';
      hits.push(hit);
    }
    return hits;
  },

  combine(hits: PlacedHit[]): PlacedHit[] {
    if (hits.some((h) => h.signal === 'disclosure')) return hits.filter((h) => h.rule !== 'undisclosed-affiliation');
    // One finding for the post: the first mention of the employer; the fix is one sentence anywhere.
    const first = hits.find((h) => h.rule === 'undisclosed-affiliation');
    return hits.filter((h) => h.rule !== 'undisclosed-affiliation' || h === first);
  },
};
