// case-details: one person's case discussed in public, a file's number together with their situation or details.
import type { Check, CheckEnv, Hit, PlacedHit, Segment } from '../types.js';
import type { CountryCode } from 'libphonenumber-js/max';
import { normalize, normalizeTerm, toOriginal } from '../normalize.js';
import { quoter } from '../text/quote.js';
import { findCaseReferences, leadingNumber, trailingLabel } from './case-details/references.js';
import { findSituations } from './case-details/situations.js';
import { findTheirDetails } from './case-details/their-details.js';
import { privateChannels } from './case-details/channels.js';
import { caseDetailsMeta } from './meta/case-details.js';

const RULE = 'case-in-public';
/** A file's number and a detail of the person's situation wait for each other across the post. */
const REF_SIGNAL = 'ref';
const DETAIL_SIGNAL = 'detail';
/** "application no." at a sentence's end and the number opening the next: one reference across the cut. */
const LABEL_SIGNAL = 'label';
const LEAD_SIGNAL = 'lead';
/** The span compacted, to compare with the post replied to; dropped before the finding is worded. */
const KEY = 'key';

function regionOf(env: CheckEnv): CountryCode {
  return (env.ruleset.defaultRegion ?? 'OM') as CountryCode;
}

/** The post replied to, normalised and without spaces, so "44 817" there still finds "44817" here. */
function compact(text: string): string {
  return normalizeTerm(text).toLowerCase().replace(/[\s/#-]+/g, '');
}

/** Each mention of a person's situation in the whole draft, quoted as typed, in the draft's order. */
function situationsIn(draft: string): Array<{ params: NonNullable<Hit['params']> }> {
  const n = normalize(draft);
  return findSituations(n.text, /[A-Za-z]/.test(n.text), /[\u0600-\u06ff]/.test(n.text)).map((s) => {
    const [from, to] = toOriginal(n, s.start, s.end);
    return { params: { words: draft.slice(from, to).replace(/\s+/g, ' '), [KEY]: compact(n.text.slice(s.start, s.end)) } };
  });
}

export const caseDetails: Check = {
  meta: caseDetailsMeta,

  scan(segment: Segment, env: CheckEnv): Hit[] {
    const text = segment.text;
    const refs = findCaseReferences(text);
    // A person's phone or address counts beside the number in its own sentence: the finders are too dear for every one.
    const theirs = refs.length ? findTheirDetails(text, segment.hasArabic, segment.hasLatin, regionOf(env)) : [];
    const details = theirs.filter((d) => !refs.some((r) => d.start < r.end && r.start < d.end)); // the number itself is no phone
    const label = trailingLabel(text);
    const lead = leadingNumber(text);
    if (refs.length === 0 && details.length === 0 && !label && !lead) return [];
    const quote = quoter(segment);
    const hits: Hit[] = [];
    if (label) hits.push({ rule: RULE, ...label, signal: LABEL_SIGNAL, params: { words: quote(label.start, label.end) } });
    if (lead) hits.push({ rule: RULE, start: lead.start, end: lead.end, signal: LEAD_SIGNAL, params: { words: quote(lead.start, lead.end), [KEY]: compact(lead.number) } });
    for (const r of refs) {
      hits.push({ rule: RULE, start: r.start, end: r.end, signal: REF_SIGNAL, params: { words: quote(r.start, r.end), [KEY]: compact(r.number) } });
    }
    for (const d of details) {
      hits.push({ rule: RULE, start: d.start, end: d.end, signal: DETAIL_SIGNAL, params: { words: quote(d.start, d.end), [KEY]: compact(text.slice(d.start, d.end)) } });
    }
    return hits;
  },

  combine(hits: PlacedHit[], draft: string, env: CheckEnv): PlacedHit[] {
    const refs = hits.filter((h) => h.signal === REF_SIGNAL);
    // The first label of each sentence, looked up by its number: a search of every hit per number grows with the square of the post.
    const labels = new Map<number, PlacedHit>();
    for (const h of hits) if (h.signal === LABEL_SIGNAL && !labels.has(h.segment)) labels.set(h.segment, h);
    for (const n of hits) {
      if (n.signal !== LEAD_SIGNAL) continue;
      const label = labels.get(n.segment - 1);
      if (label) refs.push({ ...n, start: label.start, signal: REF_SIGNAL, params: { ...n.params, words: `${String(label.params?.words ?? '').trim()} ${n.params?.words}` } });
    }
    if (refs.length === 0) return [];
    // The post replied to is read here, not in scan, so a sentence scanned once serves any reply.
    const replied = env.context.replyTo ? compact(env.context.replyTo) : '';
    const said = (h: { params?: Hit['params'] }) => replied !== '' && replied.includes(String(h.params?.[KEY] ?? ''));
    // The situation is read over the whole post, and only once it holds a file's number: most posts hold none.
    const details: Array<{ params: NonNullable<Hit['params']> }> = [...hits.filter((h) => h.signal === DETAIL_SIGNAL).map((h) => ({ params: h.params! })), ...situationsIn(draft)];
    const fresh = details.find((h) => !said(h));
    const channels = privateChannels(env.ruleset, env.context.lang ?? 'en');
    const out: PlacedHit[] = [];
    for (const h of refs) {
      // A number alone is a file; with the person's situation it is their case. Their own number, posted by
      // them, only counts with details the reply adds.
      const detail = said(h) ? fresh : details[0];
      if (!detail) continue;
      const { [KEY]: _key, ...params } = h.params ?? {};
      const found: PlacedHit = { ...h, signal: undefined, params: { ...params, detail: String(detail.params?.words ?? '') } };
      if (channels) found.params!.channels = channels;
      else found.variant = 'generic'; // no channel named: a private message, in general
      out.push(found);
    }
    return out;
  },
};
