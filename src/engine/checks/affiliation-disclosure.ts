// Personal accounts that talk from inside the employer must say so; official accounts speak for the organisation, not the person.
import type { Check, CheckEnv, Hit, PlacedHit, Segment } from '../types.js';
import { DISCLOSURE } from './affiliation-disclosure/cues.js';
import { organisationTerms } from '../text/organisation-terms.js';
import { quoter } from '../text/quote.js';
import { scriptSpans, spans } from '../text/words.js';
import { englishOpinion } from './affiliation-disclosure/english-opinion.js';
import { arabicOpinion } from './affiliation-disclosure/arabic-opinion.js';
import { englishInsider, type InsiderSpan } from './affiliation-disclosure/english-insider.js';
import { arabicInsider } from './affiliation-disclosure/arabic-insider.js';
import { affiliationDisclosureMeta } from './meta/affiliation-disclosure.js';

type Span = { start: number; end: number };

/** Personal opinions in either script, in order. */
function opinions(segment: Segment, parse = true): Span[] {
  const text = segment.text;
  const out: Span[] = [];
  if (segment.hasLatin) out.push(...englishOpinion(text, parse));
  if (segment.hasArabic) out.push(...arabicOpinion(text));
  return out.sort((a, b) => a.start - b.start);
}

/** Insider talk in either script, overlapping spans joined. */
function insider(segment: Segment, env: CheckEnv): InsiderSpan[] {
  const org = env.ruleset.organisation;
  const names = org ? [org.name, ...(org.aliases ?? [])] : [];
  const found: InsiderSpan[] = [];
  if (segment.hasLatin) found.push(...englishInsider(segment.text, names, org?.topics ?? []));
  if (segment.hasArabic) found.push(...arabicInsider(segment.text, names));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: InsiderSpan[] = [];
  for (const s of found) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      last.weak = last.weak && s.weak;
    } else out.push({ ...s });
  }
  return out;
}

export const affiliationDisclosure: Check = {
  meta: affiliationDisclosureMeta,

  scan(segment: Segment, env: CheckEnv): Hit[] {
    const text = segment.text;
    const quote = quoter(segment);
    if (env.context.capacity === 'official') {
      return opinions(segment).map(({ start, end }) => ({ rule: 'personal-opinion', start, end, params: { words: quote(start, end) } }));
    }

    const terms = organisationTerms(env.ruleset);
    const hits: Hit[] = [];
    // Saying who one works for, or that the views are one's own ("views my own", "برأيي الشخصي"), answers insider talk.
    const disclosed = [...scriptSpans(DISCLOSURE, text), ...spans(terms.disclosures, text), ...opinions(segment, false).map((o) => [o.start, o.end] as [number, number])];
    for (const [start, end] of disclosed) {
      hits.push({ rule: 'disclosure', start, end, signal: 'disclosure' });
    }
    for (const span of insider(segment, env)) {
      // The first person doing the organisation's work is insider talk only when the account is known to be the person's.
      if (span.weak && env.context.capacity !== 'personal') continue;
      const { start, end } = span;
      if (hits.some((h) => start < h.end && end > h.start)) continue; // "I work at the ministry" is the disclosure itself
      const hit: Hit = { rule: 'undisclosed-affiliation', start, end, params: { words: quote(start, end) } };
      // Without knowing whose account this is, only point it out.
      if (env.context.capacity === 'unknown') hit.severity = 'info';
      hits.push(hit);
    }
    return hits;
  },

  combine(hits: PlacedHit[]): PlacedHit[] {
    if (hits.some((h) => h.signal === 'disclosure')) return hits.filter((h) => h.rule !== 'undisclosed-affiliation');
    // One finding for the post: the first insider remark; the fix is one sentence anywhere.
    const first = hits.find((h) => h.rule === 'undisclosed-affiliation');
    return hits.filter((h) => h.rule !== 'undisclosed-affiliation' || h === first);
  },
};
