// English pledges written without a subject or a future: bare verbs and verb nouns opening a list item ("Introduce free
// school meals", "Setting up a tribunal", "Establishment of ten colleges").
import nlp from 'compromise';
import { isQuestion, type Cue } from './cue.js';
import { PLEDGE_NOUNS, PLEDGE_VERBS } from './english-words.js';
import { isFormOf } from './verb-forms.js';

/** A list mark before the item: "7.", "(b)", "-", "•". */
const LIST_MARK = '^\\s*(?:(?:\\d{1,2}|[a-h])[.)]\\s*|\\([a-h\\d]{1,2}\\)\\s*|[-•*–·]\\s*)?';

const phrase = (list: readonly string[]) =>
  [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/g, '\\s+')).join('|');

/** "Introduce a", "Set up the": the verb and the first word of what follows. */
const BARE = new RegExp(`${LIST_MARK}(${phrase(PLEDGE_VERBS)})\\s+([A-Za-z'’-]+)`, 'i');

/** "Establishment of", "Increase in". */
const NOUN_OF = new RegExp(`${LIST_MARK}(${phrase(PLEDGE_NOUNS)})\\s+(?:of|in)\\s+[A-Za-z]`, 'i');

/** "Setting up", "Upgrading": a gerund opening the item (its verb is checked against PLEDGE_VERBS). */
const GERUND = new RegExp(`${LIST_MARK}([a-z]+ing)(\\s+(?:up|in|out))?\\s+[A-Za-z]`, 'i');

const PLEDGE_SET = new Set(PLEDGE_VERBS);

/** After a pledge verb, the start of a noun phrase that needs no second opinion. */
const DETERMINER =
  /^(?:a|an|the|all|every|each|more|new|free|our|their|its|this|these|those|at|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|adequate|special|separate|national|public|local|dedicated|comprehensive|independent|universal)$/i;

/** After a pledge verb, words that show it was a noun or an adjective ("Increase in", "Support for", "Set to"). */
const NOT_OBJECT =
  /^(?:in|of|for|to|from|with|by|on|is|was|are|were|will|would|has|have|had|and|or|but|it|me|us|you|your|yourself|yourselves|him|her|them|so|that|then|now|up|off|out|if|as|like|lol)$/i;

/** The second person anywhere: advice to the reader ("Protect your family"), not a pledge. */
const READER = /\b(?:you|your|yours|yourself|yourselves|u|ur)\b/i;

/** The writer alone ("Setting up my phone"): a personal errand, not a pledge. */
const WRITER = /\b(?:I|me|my|mine|lol|lmao|omg)\b/i;

/** A finite verb makes a sentence out of the item ("Building work starts"): the item is no longer a bare pledge. */
const FINITE =
  /\b(?:is|are|was|were|am|has|have|had|will|shall|would|can|could|should|must|may|might|do|does|did|being|been|need|needs|seems?|starts|began|begins)\b|['’](?:re|ve|ll|d|m)\b/i;

/** Nouns or adjectives that look like a pledge verb at the start ("Fund managers", "Open days", "Double standards"). */
function startsWithVerb(text: string, verbLength: number): boolean {
  // Only the words around the verb: the parse is the costly step, and it runs on candidates alone.
  const doc = nlp(text.slice(0, Math.min(text.length, verbLength + 80)));
  return doc.terms().eq(0).has('#Verb');
}

/** How far the quoted cue runs: the verb and up to three more words, stopping at a clause mark and not ending on "at", "the". */
function quoteEnd(text: string, from: number): number {
  const m = /^(?:\s+[A-Za-z\d'’-]+){0,3}/.exec(text.slice(from));
  const quoted = m ? m[0].replace(/(?<!\s)(?:\s+(?:a|an|the|at|in|on|of|for|to|by|with|from|and|or))+$/i, '') : '';
  return from + quoted.length;
}

/** Bare-verb and verb-noun pledges at the start of a normalised English segment. */
export function pledgeFormCues(text: string): Cue[] {
  // An exclamation is a slogan or a call to the reader ("Build the wall!"), not an item of a programme.
  if (READER.test(text) || /[!]/.test(text) || isQuestion(text, 0)) return [];
  // Three words at least (counted without splitting the sentence into an array).
  if (!/\S\s+\S+\s+\S/.test(text)) return [];

  const bare = BARE.exec(text);
  // "Strengthen and expand the ...", "Ensure that ...": a second verb or a clause still makes a pledge.
  const chained = bare !== null && /^(?:and|that)$/i.test(bare[2]);
  if (bare && (chained || !NOT_OBJECT.test(bare[2]))) {
    const start = bare.index + bare[0].indexOf(bare[1]);
    const verbEnd = start + bare[1].length;
    // A plain noun-phrase opener after the verb settles it; otherwise the parser decides whether the first word is a verb.
    if (!WRITER.test(text) && (chained || DETERMINER.test(bare[2]) || startsWithVerb(text.slice(start), bare[1].length))) {
      return [{ rule: 'pledge', start, end: quoteEnd(text, verbEnd), subject: 'none' }];
    }
  }

  if (FINITE.test(text) || WRITER.test(text)) return [];
  const noun = NOUN_OF.exec(text);
  if (noun) {
    const start = noun.index + noun[0].indexOf(noun[1]);
    return [{ rule: 'pledge', start, end: quoteEnd(text, start + noun[1].length), subject: 'none' }];
  }
  const gerund = GERUND.exec(text);
  if (gerund) {
    const verb = gerund[1].toLowerCase();
    const particle = gerund[2] ? gerund[2].trim().toLowerCase() : '';
    const known = isFormOf(verb, PLEDGE_SET) || (particle !== '' && baseWithParticle(verb, particle));
    if (known) {
      const start = gerund.index + gerund[0].indexOf(gerund[1]);
      const verbEnd = start + gerund[1].length + (gerund[2]?.length ?? 0);
      return [{ rule: 'pledge', start, end: quoteEnd(text, verbEnd), subject: 'none' }];
    }
  }
  return [];
}

/** "setting up", "bringing in", "rolling out". */
function baseWithParticle(gerund: string, particle: string): boolean {
  return [...PLEDGE_SET].some((v) => v.endsWith(` ${particle}`) && isFormOf(gerund, new Set([v.split(' ')[0]])));
}
