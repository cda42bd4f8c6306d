// English offers: the writer takes on a task for the reader ("I can send it today", "leave it with me", "Consider it
// done"). From an official account, each is a commitment the organisation must keep. Plain agreements are in replies.ts.
import { clauseBounds, isQuestion, type Cue } from './cue.js';
import { APOS } from './english-words.js';
import { matches } from '../../matches.js';

/** Things the writer can do for someone: "I can have it ready", "we can get you a copy". */
const SERVICE_VERBS =
  '(?:have|get|send|bring|arrange|book|fix|repair|help|give|show|check|put|pick|drop|deliver|prepare|organi[sz]e|order|sort|handle|offer|lend|e-?mail|post|change|exchange|refund|replace|hold|reserve|wrap|call|ring|text|look\\s+into|take\\s+care\\s+of|process|issue|update|correct|waive|extend|do\\s+(?:it|that|so)(?:\\s+[a-z]+ly)?(?=\\s*(?:[.!,;]|$)))';

/** What follows a service verb in an offer: the reader, the thing asked for, or a particle. */
const OFFER_OBJECT = '(?:you|it|that|this|them|one|some|a|an|the|your|him|her|up|out|over|in|back|round|someone|somebody)\\b';

/** "I can send you", "we can also arrange a". */
const CAN_OFFER = new RegExp(
  `\\b(?:I|we)\\s+(?:can|could\\s+easily)(?:\\s+(?:also|certainly|easily|definitely|quickly|gladly|then))?\\s+${SERVICE_VERBS}(?:\\s+${OFFER_OBJECT}|(?=\\s*[.!,;]|\\s*$))`,
  'gi',
);

/** "I'd be happy to help", "we would be glad to", "I'd love to." (accepting). */
const GLAD_TO = new RegExp(
  [
    `\\b(?:I|we)(?:\\s*${APOS}d|\\s+would)\\s+be\\s+(?:more\\s+than\\s+|very\\s+|only\\s+too\\s+)?(?:happy|glad|delighted|pleased)\\s+to\\b`,
    `\\b(?:I|we)(?:\\s*${APOS}d|\\s+would)\\s+love\\s+to(?=\\s*(?:[.!,;]|$)|\\s+(?:help|assist|come|join|arrange|send|show|take|bring|give|meet|pick|do))`,
    `(?:^|\\b(?:I${APOS}m|I\\s+am|we${APOS}re|we\\s+are)\\s+)(?:always\\s+|more\\s+than\\s+|very\\s+)?(?:happy|glad)\\s+to\\s+(?:help|assist)\\b`,
  ].join('|'),
  'gi',
);

/** Set phrases of taking something on. */
const IDIOMS = new RegExp(
  [
    `\\bconsider\\s+it\\s+done\\b`,
    `\\bleave\\s+it\\s+(?:to|with)\\s+(?:me|us)\\b`,
    `\\b(?:I${APOS}m|I\\s+am|we${APOS}re|we\\s+are)\\s+on\\s+it\\b`,
    `^\\s*will\\s+do\\b`,
    `\\b(?:I|we)(?:\\s*${APOS}ll|\\s+will|\\s+shall)\\s+see\\s+(?:what\\s+(?:I|we)\\s+can\\s+do|to\\s+it|that\\b)`,
    `\\b(?:I|we)(?:\\s*${APOS}ll|\\s+will)\\s+see\\s+(?:you|him|her|them)\\s+(?:then|there|tomorrow|tonight|soon|at|on|next|in\\s+the)\\b`,
    `\\b(?:I|we)(?:\\s*${APOS}ll|\\s+will)\\s+get\\s+back\\s+to\\s+you\\b`,
    // Accepting an arrangement: "That'll be fine", "Tuesday works for us", "sounds like a plan".
    `^\\s*(?:[a-z]+[,.!]?\\s+)?(?:that|this|it|which|the\\s+\\d+(?:st|nd|rd|th)|[a-z]+day)(?:\\s*${APOS}ll|\\s+will|\\s+would)\\s+be\\s+(?:fine|great|perfect|ok|okay|lovely)(?=\\s*(?:[.!,]|thanks|thank|$))`,
    `\\bsounds\\s+like\\s+a\\s+plan\\b`,
    `\\b(?:fine|ok|okay)\\s+(?:with|by)\\s+(?:me|us)\\b`,
    `\\bworks\\s+for\\s+(?:me|us)\\b`,
  ].join('|'),
  'gi',
);

/** Words each pattern cannot match without: a cheap test spares the long patterns on most sentences. */
const NEEDED = new Map<RegExp, RegExp>([
  [CAN_OFFER, /can|could/i],
  [GLAD_TO, /happy|glad|delighted|pleased|love/i],
  [IDIOMS, /consider|leave|on\s+it|will|shall|['’]ll|would|sounds|fine|ok|works/i],
]);

/** Offers and set phrases of taking something on, in a normalised English segment. */
export function commissiveCues(text: string): Cue[] {
  const cues: Cue[] = [];
  // "if I can help", "so we can send": a condition or a purpose, not an offer.
  const conditional = (at: number) => /\b(?:if|unless|whether|when|so|where|how)\b/i.test(text.slice(clauseBounds(text, at)[0], at));
  const push = (start: number, end: number) => {
    if (isQuestion(text, start) || conditional(start) || cues.some((c) => start < c.end && end > c.start)) return;
    cues.push({ rule: 'offer', start, end, subject: /^\s*we\b/i.test(text.slice(start, end)) ? 'we' : 'self' });
  };
  for (const re of [CAN_OFFER, GLAD_TO, IDIOMS]) {
    if (NEEDED.get(re)?.test(text) === false) continue;
    for (const m of matches(re, text)) {
      const lead = /^\s*/.exec(m[0])![0].length;
      push(m.index + lead, m.index + m[0].length);
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}
