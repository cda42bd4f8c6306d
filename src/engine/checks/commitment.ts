// Promises, guarantees and deadlines given on behalf of the organisation, in English and Arabic.
import type { Check, CheckEnv, Hit, Segment } from '../types.js';
import { organisationTerms, quoter } from './affiliation-disclosure/terms.js';
import { arabicCues, ORG_SUBJECT } from './commitment/arabic.js';
import { arabicOfferCues } from './commitment/arabic-offers.js';
import type { Cue } from './commitment/cue.js';
import { ENGLISH_BODY, englishCues } from './commitment/english.js';

const SUGGESTION =
  'Say what is being done and point to the published timetable, or check that you are authorised to promise this.';
const SUGGESTION_AUTHORISED = 'You may commit for the organisation: make sure the date and the promise match what has been agreed.';

/** Characters of a long cue quoted in the message before "...". */
const QUOTE_LIMIT = 60;

export const commitment: Check = {
  meta: {
    id: 'commitment',
    title: { en: 'Commitments on behalf of the organisation', ar: 'الالتزامات باسم الجهة' },
    defaultSeverity: 'warning',
    clause: {
      en: 'Do not make promises, guarantees or deadlines on behalf of government unless you are authorised to commit your organisation.',
      ar: 'لا تقدّم وعودًا أو ضمانات أو مواعيد باسم الحكومة ما لم تكن مخوّلًا بالالتزام نيابةً عن جهتك.',
    },
    source: { document: 'Oman ITA, Social Media in Government (2016, v3.0)', section: 'Codes of Conduct' },
  },

  scan(segment: Segment, env: CheckEnv): Hit[] {
    const { names, topics } = organisationTerms(env.ruleset);
    const cues: Cue[] = [];
    if (segment.hasLatin) cues.push(...englishCues(segment.text, names));
    if (segment.hasArabic) cues.push(...arabicCues(segment.text, names), ...arabicOfferCues(segment.text));
    if (cues.length === 0) return [];

    // Official and unknown accounts: every undertaking counts. Personal: only those for the organisation or on its business.
    const kept = env.context.capacity === 'personal' ? cues.filter((c) => speaksForOrganisation(c, segment.text, names, topics)) : cues;
    if (kept.length === 0) return [];
    // One finding per sentence: an explicit promise if there is one, else the first cue.
    const cue = kept.find((c) => c.rule === 'promise') ?? kept.reduce((a, b) => (b.start < a.start ? b : a));
    const authorised = env.ruleset.authorisedToCommit === true;
    const quote = quoter(segment);
    const words = clip(quote(cue.start, cue.end)) + (cue.deadline ? ` ... ${quote(cue.deadline[0], cue.deadline[1])}` : '');
    const hit: Hit = {
      rule: cue.rule,
      start: cue.start,
      end: cue.deadline?.[1] ?? cue.end,
      message: `Commitment: "${words}"`,
      suggestion: authorised ? SUGGESTION_AUTHORISED : SUGGESTION,
    };
    if (authorised) hit.severity = 'info';
    return [hit];
  },
};

/**
 * From a personal account, only promises that speak for the organisation matter: by its title or name, in a sentence
 * that names it, or about one of its topics ("I'll sort your permit renewal tomorrow" when permits are its business).
 */
function speaksForOrganisation(cue: Cue, text: string, names: RegExp | null, topics: RegExp | null): boolean {
  if (cue.subject === 'organisation') return true;
  if (ENGLISH_BODY.test(text) || ORG_SUBJECT.test(text)) return true;
  return mentions(names, text) || mentions(topics, text);
}

function mentions(re: RegExp | null, text: string): boolean {
  if (!re) return false;
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

function clip(s: string): string {
  return s.length <= QUOTE_LIMIT ? s : `${s.slice(0, QUOTE_LIMIT).replace(/\s+\S*$/, '')} ...`;
}
