// English personal opinion: opinion markers with their intensifiers and word orders ("in my own humble opinion", "my personal
// view:", "IMHO", "speaking for myself", "just my two cents"), and a first-person verb of thinking made personal ("personally,
// though, I think", "I honestly believe"), read by compromise's parse.
import nlp from 'compromise';

/** Words that make an opinion noun personal: "in my own humble opinion", "my honest view". */
const OWN = '(?:(?:own|humble|honest|personal|considered|very|not\\s+so\\s+humble|professional|private)\\s+){0,3}';

/** Markers that are an opinion by themselves. */
const MARKERS = new RegExp(
  [
    `\\bin\\s+my\\s+${OWN}(?:opinion|view|book|eyes|humble\\s+estimation)\\b`,
    `\\bmy\\s+(?:(?:own|personal|honest|humble|private)\\s+){1,3}(?:opinion|view|take|feeling|belief|position)s?\\b`,
    `\\bmy\\s+(?:opinion|view|take)\\s*(?::|is\\b)`,
    `\\b(?:imo|imho|imnsho|imhbco)\\b`,
    `\\bif\\s+you\\s+ask\\s+me\\b`,
    `\\bbetween\\s+you\\s+and\\s+me\\b`,
    `\\boff\\s+the\\s+record\\b`,
    `\\b(?:just\\s+)?my\\s+(?:two|2)\\s*(?:cents|c|pence|penn(?:y|orth)|bits)\\b`,
    `\\b(?:unpopular\\s+opinion|hot\\s+take)\\b`,
    `\\bspeaking\\s+(?:personally|for\\s+myself|only\\s+for\\s+myself|as\\s+a\\s+(?:private\\s+)?(?:citizen|parent|resident))\\b`,
    `\\bpersonally\\s+speaking\\b`,
    `\\bif\\s+I\\s+(?:am|['’]m)\\s+(?:honest|being\\s+honest)\\b`,
    // "I feel that the fee is too high", "I feel like": feeling, unlike "I think", is rarely a way of stating a fact.
    `\\bI\\s+(?:(?:really|strongly|honestly|personally|truly|genuinely|do)\\s+)?feel\\s+(?:that|like|strongly|the|this|it|these|those|our|their)\\b`,
  ].join('|'),
  'gi',
);
/** A cheap test without which MARKERS cannot match. */
const MARKER_WORDS = /opinion|view|take|feel|belief|position|imo|imho|imnsho|imhbco|ask\s+me|you\s+and\s+me|record|cents|pence|penn|bits|\s2c|speaking|honest|hot\s/i;

/** A first-person verb of thinking, with what can make it personal near it. */
const THINKING = /\bI\b/;
const PERSONAL_WORD = /\b(?:personally|honestly|really|truly|genuinely|strongly|firmly|sincerely|frankly|myself)\b/i;
/** "I think the fee should be lower": a view about what ought to be, not advice to the reader ("I think you should..."). */
const NORMATIVE = /\bI\s+(?:\w+\s+)?(?:think|believe|feel|reckon)\s+(?:that\s+)?(?!you\b|your\b)(?:[\w'’-]+\s+){1,6}?(?:should(?:n['’]t)?|ought|must\s+not|deserves?)\b/i;

/** Verbs of thinking the parse confirms after "I" and up to two adverbs, by their root (every tense). */
const THINK_ROOTS = new Set(['think', 'believe', 'feel', 'reckon', 'suppose', 'prefer', 'doubt', 'guess', 'find', 'consider']);
const I_VERB = 'i #Auxiliary? #Adverb? #Adverb? #Verb';
const I_WOULD_RATHER = "i (would|'d) #Adverb? rather";

interface Term {
  text: string;
  normal?: string;
  root?: string;
  tags?: string[];
}

export interface OpinionSpan {
  start: number;
  end: number;
}

/**
 * Spans of personal opinion in an English (normalised) segment. `parse`: also read verbs of thinking with the parser
 * (for an official account); without it only the markers, which is enough to hear "the views are my own".
 */
export function englishOpinion(text: string, parse = true): OpinionSpan[] {
  const out: OpinionSpan[] = [];
  if (MARKER_WORDS.test(text)) {
    MARKERS.lastIndex = 0;
    for (let m = MARKERS.exec(text); m !== null; m = MARKERS.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  // Only sentences with "I" and a word that makes a view personal, or a normative "I think ... should", reach the parser.
  if (parse && out.length === 0 && THINKING.test(text) && (PERSONAL_WORD.test(text) || NORMATIVE.test(text))) {
    const span = personalThinking(text);
    if (span) out.push(span);
  }
  return out;
}

/** "Personally, though, I think", "I honestly believe", "I think the road should...": where the view is stated. */
function personalThinking(text: string): OpinionSpan | null {
  const doc = nlp(text);
  doc.compute('root');
  let phrase: string | null = null;
  for (const m of doc.match(I_VERB).json() as Array<{ text: string; terms: Term[] }>) {
    const verb = m.terms[m.terms.length - 1];
    if (THINK_ROOTS.has(verb.root ?? verb.normal ?? '')) {
      phrase = m.terms.map((t) => t.text).filter(Boolean).join(' ');
      break;
    }
  }
  if (!phrase) {
    const rather = doc.match(I_WOULD_RATHER);
    if (rather.found) phrase = rather.text().trim();
  }
  if (!phrase) return null;
  // The parse drops spacing; find the words as written.
  const words = new RegExp(phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'i').exec(text);
  if (!words) return null;
  const at = words.index;
  const stated = words[0];
  // The verb alone is an opinion only with a word that makes it personal, or a view of what ought to be.
  const personal = PERSONAL_WORD.test(stated) || /\bpersonally\b/i.test(text.slice(Math.max(0, at - 40), at));
  if (!personal && !NORMATIVE.test(text.slice(at))) return null;
  const before = personal && !PERSONAL_WORD.test(stated) ? text.slice(0, at).search(/personally[^.!?]*$/i) : -1;
  return { start: before >= 0 ? before : at, end: at + stated.length };
}
