// Shouting: a run of all-capital words, or a pile of exclamation marks.
import type { Hit } from '../../types.js';
import { soundsCheerful } from './enthusiasm.js';
import { toneHit } from './tone-hit.js';

/** Capitalised short forms staff write every day; they are names, not shouting. */
const ACRONYMS = new Set([
  'AI', 'AM', 'API', 'ATM', 'BBC', 'CCTV', 'CEO', 'CIO', 'CNN', 'COVID', 'CTO', 'CV', 'DIY', 'DM', 'EU',
  'FAQ', 'FIFA', 'GCC', 'GDP', 'GP', 'HM', 'HMRC', 'HQ', 'HR', 'ICT', 'ID', 'IMF', 'IT', 'ITA', 'KPI',
  'MOH', 'MP', 'MPS', 'NASA', 'NATO', 'NB', 'NGO', 'NHS', 'OK', 'OMR', 'OPEC', 'PDF', 'PM', 'PR', 'QA',
  'ROP', 'RT', 'SME', 'SMS', 'TV', 'UAE', 'UK', 'UN', 'UNESCO', 'UNICEF', 'URL', 'US', 'USA', 'USB',
  'VAT', 'VIP', 'WHO', 'WIFI', 'OMAN', 'GOV',
]);

/** A word in capitals: two or more letters, maybe an apostrophe ("DON'T"). */
const CAPS_WORD = /^[A-Z][A-Z'’]*[A-Z]$/;

/** Looks like a short form rather than a word: listed, or three letters or fewer without a vowel. */
function isAcronym(word: string): boolean {
  const bare = word.replace(/['’]S$/, '');
  return ACRONYMS.has(bare) || (bare.length <= 3 && !/[AEIOUY]/.test(bare));
}

/** Words needed in one run of capitals before it counts as shouting. */
const MIN_RUN = 3;
/** Of those, how many must be ordinary words (not short forms). */
const MIN_WORDS = 2;

/** Pronouns, auxiliaries and negations: a sentence that has one says something to someone; a heading names a topic. */
const SAYING = /\b(?:I|ME|MY|WE|US|OUR|YOU|YOUR|U|UR|HE|SHE|THEY|THEM|IT|IS|ARE|WAS|WERE|AM|BE|DO|DOES|DID|DON'T|DON’T|CAN'T|CAN’T|WON'T|WON’T|WILL|WOULD|SHOULD|HAVE|HAS|HAD|NOT|NO|NEVER|NOW|STOP|GET|SHUT|LEAVE)\b/;

/**
 * A heading or title: the whole sentence in capitals (hashtags aside), with no "!" or "?", no full stop at its end,
 * and none of the words that make a sentence say something to someone ("EDUCATION FOR ALL: A SCHOOL IN EVERY VILLAGE").
 */
function isHeading(text: string): boolean {
  const words = text.replace(/#[\w]+/g, ' ');
  return !/[a-z!?]/.test(words) && !/\.\s*$/.test(words.replace(/(?<![^A-Za-z0-9.])[^A-Za-z0-9.]+$/, '')) && !SAYING.test(words);
}

/**
 * Runs of capital words separated only by spaces and light punctuation. A post of a single
 * capital word, or a list of short forms ("NHS ITA UK"), is not shouting; nor are hashtags,
 * headings, or capitals of joy and thanks ("YOU ARE THE BEST").
 */
export function shoutingHits(text: string): Hit[] {
  const hits = capitalRuns(text).filter((h) => !POLITE.test(text.slice(h.start, h.end)));
  return hits.length && (isHeading(text) || soundsCheerful(text)) ? [] : hits;
}

/** A run that asks politely ("PLEASE SIGN THE PETITION", "KINDLY NOTE THE NEW HOURS") stresses a request. */
const POLITE = /^(?:PLEASE|KINDLY)\b/;

function capitalRuns(text: string): Hit[] {
  const hits: Hit[] = [];
  // Every word of a run starts with a capital: fewer than MIN_RUN capitals cannot make one.
  if (!hasCapitals(text, MIN_RUN)) return hits;
  const token = /#\w+|[A-Za-z][A-Za-z'’]*[0-9]*|[^\sA-Za-z]+/g;
  let run: Array<{ start: number; end: number; acronym: boolean }> = [];
  const flush = () => {
    const words = run.filter((w) => !w.acronym).length;
    if (run.length >= MIN_RUN && words >= MIN_WORDS) {
      hits.push(toneHit('shouting', run[0].start, run[run.length - 1].end));
    }
    run = [];
  };
  for (let m = token.exec(text); m !== null; m = token.exec(text)) {
    const tok = m[0];
    if (tok[0] === '#') flush(); // a hashtag names a topic, in whatever case
    else if (/^[A-Za-z]/.test(tok)) {
      if (/[0-9]/.test(tok)) flush(); // a code (IBAN, reference, COVID19), not a word
      else if (CAPS_WORD.test(tok)) run.push({ start: m.index, end: m.index + tok.length, acronym: isAcronym(tok) });
      else if (tok === 'I' || tok === 'A') run.push({ start: m.index, end: m.index + 1, acronym: false });
      else flush();
    } else if (!/^[,!?.:;'"’“”()&-]+$/.test(tok)) {
      flush(); // digits, @handles, emoji and the like break a run only when they are not punctuation
    }
  }
  flush();
  return hits;
}

function hasCapitals(text: string, count: number): boolean {
  let n = 0;
  for (let i = 0; i < text.length && n < count; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) n++;
  }
  return n >= count;
}

/** Three or more exclamation marks together, with or without question marks among them ("?!!!"): a whole run, read once. */
const EXCLAMATIONS = /(?<![!?])\?*!(?:\?*!){2,}[!?]*/g;

/** The reader addressed: "you", "your", "u", "ur", "y'all". */
const ADDRESSED = /\b(?:you|your|yours|yourself|yourselves|u|ur|y['’]all|ya)\b/i;

/**
 * Piles of exclamation marks said to someone ("Answer me, you!!!"); in a remark about the world ("Worst road in
 * town!!!") they are emphasis, and where the sentence cheers or thanks someone ("Congratulations!!!") they are joy.
 */
export function exclamationHits(text: string): Hit[] {
  const hits: Hit[] = [];
  if (!text.includes('!') || !/![!?]*!/.test(text) || !ADDRESSED.test(text) || soundsCheerful(text)) return hits;
  EXCLAMATIONS.lastIndex = 0;
  for (let m = EXCLAMATIONS.exec(text); m !== null; m = EXCLAMATIONS.exec(text)) {
    hits.push(toneHit('exclamations', m.index, m.index + m[0].length));
  }
  return hits;
}
