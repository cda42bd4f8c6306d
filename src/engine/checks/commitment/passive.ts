// English passive futures: "will be fixed", "shall be set up", "will be exempt": something will be done, whoever does it.
import { ACTION_VERBS, LY_ADVERB, PLEDGE_VERBS, STATE_PARTICIPLES } from './english-words.js';
import { isFormOf } from './verb-forms.js';
import { matches } from '../../matches.js';

/** "will be" + a participle: something will be done, whoever does it ("will be fixed", "would be formed"). */
const PASSIVE = new RegExp(
  `\\b(will|shall|would)(?:\\s+(?:also|further|soon|then|now|all|both|${LY_ADVERB}))*\\s+be(?:\\s+(?:also|further|soon|then|now|${LY_ADVERB}))?\\s+([a-z]+(?:-[a-z]+)?)(\\s+(?:up|in|out|about|with))?\\b`,
  'gi',
);

/** Verbs whose passive future is something somebody will do: "will be enforced", "will be set up", "will be made". */
const PASSIVE_VERBS = new Set(
  [...ACTION_VERBS, ...PLEDGE_VERBS, 'do', 'deal', 'draw', 'meet', 'keep', 'put', 'take care'].flatMap((v) => [v, v.split(' ')[0]]),
);

/** The subject just before "will be" is a person: a pronoun, or a name that does not start the sentence. */
const PERSON_BEFORE = /(?:\b(?:he|she|they|who|I|we|him|her|them|everyone|somebody|someone)|[^.!?\s]\s+([A-Z][a-z]+)|^@?([A-Z][a-z]+)(?<!^(?:The|This|That|These|It)))\s*$/;

/** Capitalised words that name a body or a plan, not a person ("the Development Board will be reactivated"). */
const INSTITUTION = /^(?:Board|Ministry|Council|Authority|Commission|Committee|Department|Bank|Fund|Programme|Program|Scheme|Mission|Act|Bill|Policy|Plan|Office|Agency|Centre|Center|Service|Services|Corporation|Court|Tribunal|Network|Project|System|Government|Administration|Directorate|Municipality|Portal|Road|Street|Park|Hospital|School|University|College)$/;

function personBefore(before: string): boolean {
  const m = PERSON_BEFORE.exec(before);
  if (!m) return false;
  const name = m[1] ?? m[2];
  // A plural at the start is a common noun in capitals ("Slums will be cleared"); an institution is not a person.
  return !name || !(INSTITUTION.test(name) || (m[2] !== undefined && /[^s]s$/.test(name)));
}

/** "your request", "your appeal hearing": the reader's matter as the subject just before "will be". */
const READER_MATTER = /\byour\s+[a-z]+(?:\s+[a-z]+)?\s*$/i;

/** Irregular participles of handling a matter: "heard", "seen", "dealt with", "sent". */
const HANDLED = new Set(['heard', 'seen', 'sent', 'dealt', 'done', 'given', 'paid', 'held', 'read', 'told', 'shown', 'taken', 'made', 'met', 'kept', 'considered']);

/** "will be exempt", "will be free for": a pledged entitlement rather than a passive. */
const ENTITLED = /^(?:exempt|eligible|entitled|mandatory|compulsory|tax-free|zero-rated|abolished)$/i;

/** "will be free for", "will be free." (what follows "free", which the word alone cannot show): free of charge. */
const FREE_AFTER = /^(?:\s+(?:for|to|in|at)\b|\s+of\s+(?:charge|cost|fees?|tax)\b|\s*(?:[.,;]|$))/i;

/** "set up", "brought in", "rolled out": the particle belongs to the verb and is quoted with it. */
function isPhrasal(participle: string, particle: string): boolean {
  const p = particle.trim().toLowerCase();
  return [...PASSIVE_VERBS].some((v) => v.endsWith(` ${p}`) && isFormOf(participle, new Set([v.split(' ')[0]])));
}

export interface PassiveCue {
  start: number;
  end: number;
  /** "would be done": a plan only outside a condition, which the caller checks. */
  would: boolean;
  /** Of the reader's own matter ("your request will be processed"): a date after it is its deadline. */
  reader: boolean;
  /** Only the reader's matter makes it one, and only with a date ("your child will be seen" alone is no undertaking). */
  needsDate: boolean;
}

/** Passive futures of something done, in a normalised English segment. */
export function passiveCues(text: string): PassiveCue[] {
  const out: PassiveCue[] = [];
  for (const m of matches(PASSIVE, text)) {
    const word = m[2].toLowerCase();
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    // A verb of action, or any participle when what is acted on is not a person ("Mueller will be fired" is a forecast).
    const acted =
      !STATE_PARTICIPLES.has(word) && !word.endsWith('ing') &&
      (isFormOf(word.replace(/^re-/, ''), PASSIVE_VERBS) || (/^[a-z]+ed$/.test(word) && !personBefore(before)));
    const wordEnd = m.index + m[0].length - (m[3]?.length ?? 0);
    const entitled = ENTITLED.test(word) || (word === 'free' && FREE_AFTER.test(text.slice(wordEnd)));
    // "your appeal will be heard": the reader's own matter, whatever the verb of handling it.
    const reader = READER_MATTER.test(before) && (acted || HANDLED.has(word));
    if (!acted && !entitled && !reader) continue;
    // "you will be blocked": a consequence for the reader, not something the writer undertakes.
    if (/\byou\s*$/i.test(before)) continue;
    const particle = m[3] && (!acted || !isPhrasal(word, m[3])) ? m[3].length : 0;
    out.push({ start: m.index, end: m.index + m[0].length - particle, would: m[1].toLowerCase() === 'would', reader, needsDate: !acted && !entitled });
  }
  return out;
}
