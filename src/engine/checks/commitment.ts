// Promises, guarantees and deadlines given on behalf of the organisation, in English and Arabic.
import type { Check, CheckEnv, Hit, Segment } from '../types.js';
import { organisationTerms } from '../text/organisation-terms.js';
import { quoter } from '../text/quote.js';
import { arabicCues, ORG_SUBJECT } from './commitment/arabic.js';
import { arabicOfferCues } from './commitment/arabic-offers.js';
import { arabicReplyCues } from './commitment/arabic-replies.js';
import { promisesToPublic, speaksAsOrganisation } from './commitment/arabic-voice.js';
import type { Cue } from './commitment/cue.js';
import { decliningSpans } from './commitment/declining.js';
import { ENGLISH_BODY, englishCues } from './commitment/english.js';
import { replyCues } from './commitment/replies.js';
import { keepSpecific } from './commitment/specificity.js';
import { commitmentMeta } from './meta/commitment.js';
import { mentions } from '../matches.js';

/** A digit standing for an Arabic letter inside a Latin word ("bn5ales", "7agk"). */
const ARABIZI_HINT = /[a-z][2-9][a-z]|(?<![\d])[2-9][a-z]{2}/i;

const ARABIC_LETTER = /[\u0621-\u064a]/;

/** Characters of a long cue quoted in the message before "...". */
const QUOTE_LIMIT = 60;

export const commitment: Check = {
  meta: commitmentMeta,

  scan(segment: Segment, env: CheckEnv): Hit[] {
    const { names, topics } = organisationTerms(env.ruleset);
    const cues: Cue[] = [];
    const replies: Cue[] = [];
    if (segment.hasLatin) {
      cues.push(...keepSpecific(segment.text, englishCues(segment.text, names)));
      replies.push(...replyCues(segment.text));
    }
    // Arabizi ("bn5ales el talab bukra") is Arabic in Latin letters: a letter digit inside a word shows it.
    if (segment.hasArabic || (segment.hasLatin && ARABIZI_HINT.test(segment.text))) {
      cues.push(...arabicCues(segment.text, names), ...arabicOfferCues(segment.text));
      replies.push(...arabicReplyCues(segment.text));
    }
    const declined = decliningSpans(segment.text, segment.hasLatin, segment.hasArabic);
    const all = settle(cues, replies).filter((c) => !declined.some(([s, e]) => c.start < e && (c.deadline?.[1] ?? c.end) > s));
    if (all.length === 0) return [];

    // Official and unknown accounts: every undertaking counts. Personal: only those for the organisation or on its business.
    const kept = env.context.capacity === 'personal' ? all.filter((c) => speaksForOrganisation(c, segment.text, names, topics)) : all;
    if (kept.length === 0) return [];
    // One finding per sentence: an explicit promise, else the first undertaking, else the first yes or no; a checkable
    // promise before a mere intention.
    const firm = kept.filter((c) => !c.tentative);
    const pool = firm.length > 0 ? firm : kept;
    const undertakings = pool.filter((c) => c.rule !== 'agreement' && c.rule !== 'refusal');
    // "أبشر، بنخلص معاملتك خلال يومين": the undertaking with its deadline is what can be held to, not the "yes" before it.
    const dated = undertakings.filter((c) => c.deadline && c.rule !== 'offer');
    const offered = undertakings.length > 0 && first(undertakings).rule === 'offer' && !first(undertakings).deadline;
    const cue = pool.find((c) => c.rule === 'promise') ?? (offered && dated.length > 0 ? first(dated) : first(undertakings.length > 0 ? undertakings : pool));
    const authorised = env.ruleset.authorisedToCommit === true;
    const quote = quoter(segment);
    const words = clip(quote(cue.start, cue.end)) + (cue.deadline ? ` ... ${quote(cue.deadline[0], cue.deadline[1])}` : '');
    // A yes or a no to a request is a note of its own (its severity is the rule's), with the same advice for everyone.
    if (cue.rule === 'agreement' || cue.rule === 'refusal') return [{ rule: cue.rule, start: cue.start, end: cue.end, params: { words } }];
    const hit: Hit = { rule: cue.rule, start: cue.start, end: cue.deadline?.[1] ?? cue.end, params: { words } };
    if (authorised) hit.variant = 'authorised';
    // An intention tied to a date or a sum is worth a note, not a warning.
    if (authorised || cue.tentative) hit.severity = 'info';
    return [hit];
  },
};

/**
 * A refusal is the better reading of the future it contains ("we won't be able to" is not "we won't be"); an agreement
 * inside an offer ("Yes, we can arrange that") adds nothing to it.
 */
function settle(cues: Cue[], replies: Cue[]): Cue[] {
  const overlaps = (a: Cue, b: Cue) => a.start < (b.deadline?.[1] ?? b.end) && b.start < (a.deadline?.[1] ?? a.end);
  const refusals = replies.filter((r) => r.rule === 'refusal');
  const others = cues.filter((c) => !refusals.some((r) => overlaps(c, r)));
  const agreements = replies.filter((r) => r.rule === 'agreement' && !others.some((c) => overlaps(c, r)));
  return [...others, ...refusals, ...agreements];
}

function first(cues: Cue[]): Cue {
  return cues.reduce((a, b) => (b.start < a.start ? b : a));
}

/**
 * From a personal account, only promises that speak for the organisation matter: by its title or name, in a sentence
 * that names it, or about one of its topics ("I'll sort your permit renewal tomorrow" when permits are its business).
 */
function speaksForOrganisation(cue: Cue, text: string, names: RegExp | null, topics: RegExp | null): boolean {
  if (cue.subject === 'organisation') return true;
  if (ENGLISH_BODY.test(text)) return true;
  if (ARABIC_LETTER.test(text)) {
    if (ORG_SUBJECT.test(text) || speaksAsOrganisation(text)) return true;
    // "أوعدكم الحفر كلها بتنردم": a promise to the public about a public service is the organisation's to keep.
    if ((cue.rule === 'promise' || cue.subject === 'we') && promisesToPublic(text)) return true;
  }
  return mentions(names, text) || mentions(topics, text);
}

function clip(s: string): string {
  return s.length <= QUOTE_LIMIT ? s : `${s.slice(0, QUOTE_LIMIT).replace(/\s+\S*$/, '')} ...`;
}
