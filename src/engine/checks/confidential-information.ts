// confidential-information: protective markings, talk of decisions not yet announced, and the organisation's code
// names, internal reference numbers and intranet links, in English and Arabic.
import type { Check, CheckEnv, Hit, PlacedHit, Segment, Severity } from '../types.js';
import { mentions } from '../matches.js';
import { organisationTerms } from '../text/organisation-terms.js';
import { spans } from '../text/words.js';
import { quoter } from '../text/quote.js';
import { aboutWork } from './confidential-information/business.js';
import { markingSpans, type Span } from './confidential-information/markings.js';
import { organisationLists, widenHost } from './confidential-information/organisation-lists.js';
import { unannouncedCues } from './confidential-information/unannounced.js';
import { confidentialInformationMeta, type ConfidentialRule } from './meta/confidential-information.js';

/** A weak cue waits for the rest of the post: another finding or talk of work elsewhere makes it one. */
const WEAK_SIGNAL = 'weak';
const WORK_SIGNAL = 'work';

/** Characters of a long quote shown before "…". */
const QUOTE_LIMIT = 60;

function clip(words: string): string {
  return words.length > QUOTE_LIMIT ? `${words.slice(0, QUOTE_LIMIT - 1)}…` : words;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Official accounts speak for the organisation: the configured severity. Elsewhere at most a warning. */
function severityFor(env: CheckEnv): Severity {
  if (env.context.capacity === 'official') return env.config.severity;
  return RANK[env.config.severity] > RANK.warning ? 'warning' : env.config.severity;
}

export const confidentialInformation: Check = {
  meta: confidentialInformationMeta,

  scan(segment: Segment, env: CheckEnv): Hit[] {
    const text = segment.text;
    const lists = organisationLists(env.ruleset);
    const found: Array<Span & { rule: ConfidentialRule; weak?: boolean }> = [];
    for (const s of markingSpans(text)) found.push({ ...s, rule: 'marking' });
    for (const c of unannouncedCues(text)) found.push({ start: c.start, end: c.end, rule: 'unannounced', weak: !c.strong });
    for (const [start, end] of spans(lists.terms, text)) found.push({ start, end, rule: 'code-name' });
    for (const [start, end] of spans(lists.references, text)) found.push({ start, end, rule: 'internal-reference' });
    for (const [start, end] of spans(lists.intranet, text)) found.push({ ...widenHost(text, { start, end }), rule: 'intranet-link' });

    const { names, topics } = organisationTerms(env.ruleset);
    const work = aboutWork(text, segment.hasLatin, segment.hasArabic) || mentions(names, text) || mentions(topics, text);
    const hits: Hit[] = [];
    if (work) hits.push({ rule: 'work', start: 0, end: 1, signal: WORK_SIGNAL });
    if (found.length === 0) return hits;

    const quote = quoter(segment);
    const severity = severityFor(env);
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let reached = 0; // sorted by start: a span overlaps a kept one only if it starts before the furthest end kept
    for (const f of found) {
      if (f.start < reached) continue; // one finding per stretch of words
      reached = f.end;
      const hit: Hit = { rule: f.rule, start: f.start, end: f.end, severity, params: { words: clip(quote(f.start, f.end)) } };
      if (f.weak) hit.signal = WEAK_SIGNAL;
      hits.push(hit);
    }
    return hits;
  },

  combine(hits: PlacedHit[]): PlacedHit[] {
    // "Between us" or "not announced yet" leaks when the post is about work or already shows something confidential.
    const context = hits.some((h) => h.signal === WORK_SIGNAL || (!h.signal && h.rule !== 'work'));
    const out: PlacedHit[] = [];
    for (const h of hits) {
      if (h.signal === WORK_SIGNAL) continue;
      if (h.signal === WEAK_SIGNAL) {
        if (context) out.push({ ...h, signal: undefined });
        continue;
      }
      out.push(h);
    }
    return out;
  },
};
