// English ways of taking a side in party politics: urging a vote for someone, endorsing a candidate, praising or
// attacking a party or a listed politician. Urging people to vote at all is a civic notice and is left alone.
import { cuesOf, type SideTaken } from './cue.js';

/** A vote asked for in a competition ("vote for your favourite photo") is not an election. */
const COMPETITION = /\b(?:awards?|competitions?|contests?|photos?|pictures?|designs?|logos?|entr(?:y|ies)|favou?rites?|nominees?|prizes?|talent|finalists?|app of the year)\b/i;

/** Capitalised words after "vote (for)" that are not a name: "Vote Now", "vote for The best...". */
const NOT_A_NAME = new Set([
  'now', 'here', 'today', 'tomorrow', 'online', 'early', 'the', 'your', 'our', 'this', 'that', 'a', 'an', 'yes', 'no', 'me', 'us',
  'whoever', 'who', 'whom', 'which', 'whichever', 'change', 'in', 'on', 'at', 'by', 'and', 'or', 'it', 'them', 'him', 'her', 'i',
  'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
]);

/** "Vote for Ahmed", "vote Labour", "don't vote for Salim": a vote asked for a named side. */
const VOTE_FOR_NAME = /\b(?:(?:[Dd]o not|[Dd]on['’]t|[Nn]ever)\s+)?[Vv]ote\s+(?:for\s+)?([A-Z][\p{L}'’-]*)(?:\s+[A-Z][\p{L}'’-]*){0,2}/gu;

/** "Vote for me", "vote for him": a side, when the post is about an election. */
const VOTE_FOR_PRONOUN = /\b(?:(?:do not|don['’]t|never)\s+)?vote\s+for\s+(?:me|us|him|her|them)\b/gi;

/** "Vote them out", "kick them out at the ballot box". */
const VOTE_OUT = /\bvote\s+(?:them|him|her|the\s+\w+)\s+out\b/gi;

/** "Support Ahmed in the election", "back the independent candidate at the polls". */
const SUPPORT_IN_ELECTION =
  /\b(?:support|back|choose|re-?elect)\s+((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:in|at)\s+(?:the\s+)?(?:upcoming\s+|coming\s+|next\s+|this\s+)?(?:elections?|polls|vote|ballot|shura|majlis)\b/giu;

/** Who a civic notice helps at the polls: "support voters with disabilities in the election" takes no side. */
const HELPED = /\b(?:voters?|citizens|people|everyone|everybody|residents|staff|you|yourselves|those|anyone|all)\b/i;

/** "Re-elect Fatma", "I endorse", "we are proud to endorse", "our candidate". */
const ENDORSE = /\b(?:[Rr]e-?elect\s+[A-Z][\p{L}'’-]*|(?:I|[Ww]e)\s+(?:(?:are|am|['’]re|['’]m)\s+)?(?:proud(?:ly)?\s+(?:to\s+)?)?endors(?:e|ing)\b|[Pp]roud\s+to\s+endorse)/gu;

/** "Our candidate", "my candidate", "our party": said of jobs and teams too. */
const OUR_CANDIDATE = /\b(?:our|my)\s+(?:candidate|party|nominee)\b/gi;

/** "Ahmed for MP", "Salim for Shura": a campaign slogan. */
const FOR_OFFICE = /\b[A-Z][\p{L}'’-]*\s+for\s+(?:MP|President|Mayor|Shura|Majlis|Parliament|Prime Minister|Council)\b/gu;

/** "The best party", "the worst political party", "the only party that": a verdict on a party. */
const PARTY_VERDICT = /\b(?:the\s+)?(?:best|greatest|worst|only|finest)\s+(political\s+)?party\b/gi;

/** "The opposition are a joke", "politicians are liars", "the party is a disgrace". */
const GROUP_VERDICT =
  /\b(?:[Tt]he\s+)?([Oo]pposition|[Pp]oliticians|MPs|(?:[A-Z][\p{L}'’-]*['’]s\s+)?party)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:a\s+|an\s+|the\s+|so\s+|such\s+a\s+|truly\s+|simply\s+|just\s+|absolutely\s+)*(?:disgrace(?:ful)?|joke|useless|corrupt|liars|clowns|pathetic|incompetent|hopeless|traitors|shameful|the\s+best|the\s+worst|brilliant)\b/gu;

/** Praise or blame said of a listed name after it: "X is a disgrace", "X's party are the best". */
export const EVALUATION_AFTER =
  /^(?:['’]s(?:\s+party)?|\s+party)?\s+(?:(?:deserves?\s+to|should|must|has\s+to|have\s+to)\s+(win|go|resign)|(?:is|are|was|were|has\s+been|have\s+been|remains?)\s+(?:a\s+|an\s+|the\s+|so\s+|such\s+a\s+|truly\s+|simply\s+|just\s+|absolutely\s+|our\s+)*(?:disgrace(?:ful)?|joke|useless|corrupt|liars?|clowns?|pathetic|incompetent|hopeless|traitors?|shameful|failures?|best|greatest|worst|brilliant|excellent|amazing|fantastic|heroe?s?|legends?))\b/i;

/** Praise or blame said before a listed name: "great job by X", "shame on X", "proud of X". */
const PRAISE_BEFORE =
  /\b(?:great|good|brilliant|amazing|fantastic|excellent)\s+(?:job|work)\s+(?:by|from)\s*$|\b(?:well\s+done|bravo|shame\s+on|proud\s+of|hats\s+off\s+to|three\s+cheers\s+for|(?:I|we)\s+love|down\s+with|go)\s*,?\s*$/i;

/** Support said before a listed name: "support X", "vote for X", "back X". */
const SUPPORT_BEFORE = /\b(?:(?:I|we)\s+(?:fully\s+|proudly\s+|strongly\s+)?(?:support|back|stand\s+with)|vote\s+(?:for\s+)?|elect|re-?elect|support)\s*$/i;

/** A listed name's span, widened over the words that take a side on it, or null when the sentence only mentions it. */
export function englishOnName(text: string, start: number, end: number): SideTaken | null {
  const after = EVALUATION_AFTER.exec(text.slice(end, end + 80));
  if (after) return { start, end: end + after[0].length, rule: after[1]?.toLowerCase() === 'win' ? 'endorsement' : 'party-politics' };
  const before = text.slice(Math.max(0, start - 40), start);
  const support = SUPPORT_BEFORE.exec(before);
  if (support) return { start: start - (before.length - support.index), end, rule: 'endorsement' };
  const praise = PRAISE_BEFORE.exec(before);
  if (praise) return { start: start - (before.length - praise.index), end, rule: 'party-politics' };
  return null;
}

/** Spans of English side-taking in a normalised sentence (listed names are read by englishOnName). */
export function englishSides(text: string): SideTaken[] {
  if (!/vot|elect|endors|candidate|party|nominee|opposition|politicians|MPs|support|back|choose|for\s+[A-Z]/i.test(text)) return [];
  const out: SideTaken[] = [];
  const competition = COMPETITION.test(text);
  if (!competition) {
    VOTE_FOR_NAME.lastIndex = 0;
    for (let m = VOTE_FOR_NAME.exec(text); m !== null; m = VOTE_FOR_NAME.exec(text)) {
      if (NOT_A_NAME.has(m[1].toLowerCase())) continue;
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'endorsement' });
    }
    VOTE_FOR_NAME.lastIndex = 0;
    out.push(...cuesOf(VOTE_FOR_PRONOUN, text, 'endorsement', true));
  }
  out.push(...cuesOf(VOTE_OUT, text, 'party-politics'));
  SUPPORT_IN_ELECTION.lastIndex = 0;
  for (let m = SUPPORT_IN_ELECTION.exec(text); m !== null; m = SUPPORT_IN_ELECTION.exec(text)) {
    if (!HELPED.test(m[1])) out.push({ start: m.index, end: m.index + m[0].length, rule: 'endorsement' });
  }
  SUPPORT_IN_ELECTION.lastIndex = 0;
  out.push(...cuesOf(ENDORSE, text, 'endorsement'));
  out.push(...cuesOf(OUR_CANDIDATE, text, 'endorsement', true));
  out.push(...cuesOf(FOR_OFFICE, text, 'endorsement'));
  PARTY_VERDICT.lastIndex = 0;
  for (let m = PARTY_VERDICT.exec(text); m !== null; m = PARTY_VERDICT.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, rule: 'party-politics', ...(m[1] ? {} : { weak: true }) });
  }
  PARTY_VERDICT.lastIndex = 0;
  GROUP_VERDICT.lastIndex = 0;
  for (let m = GROUP_VERDICT.exec(text); m !== null; m = GROUP_VERDICT.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, rule: 'party-politics', ...(/party$/i.test(m[1]) ? { weak: true } : {}) });
  }
  GROUP_VERDICT.lastIndex = 0;
  return out;
}
