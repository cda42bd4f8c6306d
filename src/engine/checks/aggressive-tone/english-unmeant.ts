// English insults the writer does not level at anyone: denied ("he is not an idiot", "no one is calling you stupid"),
// quoted as a word ('the word "idiot"'), or someone else's abuse reported to condemn it ("they called her a liar").
import type { Hit } from '../../types.js';

/** The rules these readings apply to: a slur or a threat stays one whoever is quoted. */
const NAME_CALLING = new Set(['insult', 'profanity']);

/** Words between a negation and the insult that keep it denied: "not a", "never really that", "isn't being so". */
const BETWEEN = String.raw`(?:(?:a|an|the|really|actually|that|so|such|at all|any|even|totally|being|been|be|some|kind of|sort of)\s+){0,3}`;

/** "is not an idiot", "you're never stupid", "he isn't a liar": the insult denied right before it. */
const DENIED = new RegExp(String.raw`(?:\b(?:not|never|no longer|hardly)|n['’]t)\s+${BETWEEN}$`, 'i');

/** "don't be stupid", "not just a liar but...": a negation that still insults. */
const STILL_INSULTS = /\b(?:don['’]?t|do not|never|stop) (?:be|being|act(?:ing)?(?: like)?)\s+(?:(?:a|an|so|such)\s+)*$|\bnot (?:just|only|merely|simply)\s+(?:(?:a|an)\s+)?$/i;

/** "no one is calling you stupid", "nobody said she was a liar", "I never called him an idiot". */
const NO_ONE_SAID = new RegExp(
  String.raw`(?:\b(?:no one|no-one|noone|nobody|never|not)|n['’]t)\s+(?:\w+\s+){0,2}(?:call(?:s|ed|ing)?|say(?:s|ing)?|said|suggest(?:s|ed|ing)?|think(?:s|ing)?|thought|mean(?:s|t|ing)?|implied|imply(?:ing)?)\s+(?:that\s+)?(?:you|u|he|she|they|him|her|them|anyone|anybody|people|we|us|i|me)(?:['’]re|['’]s|\s+(?:are|is|was|were|am))?\s+${BETWEEN}$`,
  'i',
);

/** Verbs that report what someone called or shouted at someone, either case for their first letter. */
const REPORTING = ['call(?:s|ed|ing)?', 'label(?:s|led|ed|ling|ing)?', 'brand(?:s|ed|ing)?', 'dub(?:s|bed|bing)?', 'shout(?:s|ed|ing)?',
  'yell(?:s|ed|ing)?', 'scream(?:s|ed|ing)?', 'chant(?:s|ed|ing)?', 'jeer(?:s|ed|ing)?']
  .map((v) => `[${v[0].toUpperCase()}${v[0]}]${v.slice(1)}`)
  .join('|');

/**
 * Someone else's words: "they called her a liar", "shouting Nazi scum at", "the word ... is banned". Case-sensitive, so
 * a capitalised word after the verb is a name or the quoted words, not any word at all.
 */
const REPORTED = new RegExp(
  String.raw`\b(?:${REPORTING})\s+(?:(?:me|us|him|her|them|people|others|someone|anyone|residents|staff|officers|victims|at|out|[A-Z][a-z]+|(?:our|my|his|her|their|the|a) [a-z]+)\s+){0,3}(?:(?:a|an|the|such|really|so)\s+){0,2}$|\b[Tt]he (?:words?|terms?|insults?|slurs?|names?)\s+$`,
);

/** "I'm calling you a liar", "we call them idiots": the writer's own name-calling, not a report. */
const WRITER_CALLS = /\b(?:i|we)(?:['’]m|['’]re| am| are| will| would| just| have| 've)?\s+(?:\w+\s+)?call(?:s|ed|ing)?\s+(?:you|u|him|her|them)\b/i;

const QUOTES_OPEN = /["“‘'«]\s*$/;
const QUOTES_CLOSE = /^[.,!?]?\s*["”’'»]/;

/** Whether the word hit at [start, end) is denied, quoted or reported rather than said to anyone. */
function unmeant(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const clause = before.slice(before.search(/[^.!?;:]*$/));
  if (QUOTES_OPEN.test(clause) && QUOTES_CLOSE.test(text.slice(end, end + 4))) return true;
  // "not a coward like you": the denial points the word at the reader.
  if (STILL_INSULTS.test(clause) || /^\s+like (?:you|u|yourself|y'all)\b/i.test(text.slice(end, end + 16))) return false;
  if (DENIED.test(clause) || NO_ONE_SAID.test(clause)) return true;
  return REPORTED.test(clause) && !WRITER_CALLS.test(clause);
}

/** `hits` without the name-calling the writer denies, quotes or reports. */
export function withoutUnmeantEnglish(hits: Hit[], text: string): Hit[] {
  return hits.filter((h) => !NAME_CALLING.has(h.rule) || !unmeant(text, h.start, h.end));
}
