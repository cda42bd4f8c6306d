// English replies that accept or decline what was asked ("Sure, no problem", "I'm afraid we can't refund it"). From an
// official account the writer's yes or no is the organisation's, so each is worth a second look.
import { clauseBounds, isQuestion, type Cue } from './cue.js';
import { matches } from '../../matches.js';

/** Patterns are written with a plain apostrophe; drafts may use the typographic one. */
const re = (source: string, flags = 'i') => new RegExp(source.replace(/'/g, "['’]"), flags);

/** Interjections that may open a reply before the agreement itself ("Oh, sure", "Yes, of course", "OK, no problem"). */
const LEAD = "^\\s*(?:(?:oh|well|yes|yeah|yep|ok|okay|alright|all\\s+right|right|fine)[,.!]*\\s+)*";

/** Words that agree to a request on their own. */
const AGREE =
  "sure(?:\\s+thing)?|certainly|of\\s+course|no\\s+problem(?:\\s+at\\s+all)?|not\\s+a\\s+problem|no\\s+worries|absolutely|with\\s+pleasure|gladly|right\\s+away|by\\s+all\\s+means|no\\s+trouble(?:\\s+at\\s+all)?";

/** "That should be fine", "That shouldn't be a problem", "It can be arranged", "That will be no trouble". */
const FEASIBLE_BODY =
  "(?:that|this|it)(?:\\s+(?:should|will|would|can)|'ll|'d)\\s+(?:(?:certainly|definitely|surely)\\s+)?be\\s+(?:fine|ok|okay|all\\s+right|possible|arranged|done|no\\s+(?:problem|trouble|bother))|(?:that|this|it)(?:\\s+(?:should|will|would)(?:n't|\\s+not)|\\s+won't)\\s+be\\s+(?:a\\s+|any\\s+)?(?:problem|trouble|bother)|(?:that|this|it)(?:'s|\\s+is)\\s+no\\s+(?:problem|trouble|bother)";
const FEASIBLE = re(`${LEAD}(${FEASIBLE_BODY})(?=\\s*(?:[.!,;]|$)|\\s+(?:at\\s+all|for\\s+(?:us|me)|with\\s+(?:us|me))\\b)`);

/** The writer takes the task on: "I'll", "we can", "let me", "you can" (not "you can't"). */
const UNDERTAKING =
  "(?:I|we)(?:'ll|\\s+will|\\s+shall|\\s+can(?!'t|not)|\\s+could|'d\\s+be|\\s+would\\s+be|'m\\s+(?:happy|glad|on)|'re\\s+(?:happy|glad|on))\\b|let\\s+(?:me|us)\\b|you\\s+(?:can|may)(?!'t|not)\\b|here\\b|go\\s+ahead\\b|one\\s+moment\\b|just\\s+a\\s+(?:moment|minute|second|sec)\\b|right\\s+away\\b|with\\s+pleasure\\b|no\\s+problem\\b|(?:happy|glad)\\s+to\\b|anytime\\b|please\\b";

/** A polite address after the agreement: "Certainly, sir". */
const ADDRESS = "(?:sir|madam|ma'am|miss|mate|dear|my\\s+friend)\\b";

/** The agreement's own words, run together: "Sure, no problem", "Certainly, that shouldn't be a problem". */
const AGREE_RUN = `(?:${AGREE})(?:[,.!]*\\s+(?:${AGREE}|${FEASIBLE_BODY}))*`;

/** What may follow an agreement: nothing more in the clause, an address, or an undertaking. */
const AFTER_AGREE = `(?=\\s*(?:[.!;]|$)|\\s*(?:,\\s*)?(?:${ADDRESS}|${UNDERTAKING}))`;

/** "Sure.", "Of course, I'll send it", "Yes, certainly, sir", "Sure, no problem". */
const AGREEMENT = re(`${LEAD}(${AGREE_RUN})${AFTER_AGREE}`);

/** "OK, I'll book it", "All right, we can do that": a bare "OK" only agrees when the writer takes something on. */
const OK_THEN = re(`^\\s*(?:oh[,.!]*\\s+)?(ok|okay|alright|all\\s+right)[,.!]*\\s+(?=${UNDERTAKING})`);

/** "Yes, we can", "Yes, I will": a plain yes that takes the task on, not the slogan "Yes we can!". */
const YES_WE_CAN = re(`^\\s*((?:yes|yeah|yep)[,.!]*\\s+(?:I|we)\\s+(?:can|will|could|shall)(?!'t|n't|\\s+not))(?=\\s*(?:[.,;]|$)|\\s+(?:do|arrange|help|send|have|get|sort|fix|book|check|make|organi[sz]e)\\b)`);

/** Taking up a suggestion: "That sounds good", "Good idea", "I like the sound of that", "It's a deal". */
const SUGGESTION_TAKEN = re(
  `${LEAD}((?:(?:that|this|it)\\s+)?sounds\\s+(?:good|great|fine|perfect|like\\s+a\\s+(?:good\\s+|great\\s+)?(?:plan|idea))|(?:that's|that\\s+is|what)\\s+an?\\s+(?:good|great|excellent)\\s+idea|(?:good|great)\\s+idea|(?:I|we)\\s+like\\s+the\\s+sound\\s+of\\s+(?:that|it)|(?:I|we)\\s+could\\s+go\\s+for\\s+that|(?:it's|that's)\\s+a\\s+deal|deal|count\\s+(?:me|us)\\s+in|you're\\s+on)(?=\\s*(?:[.!,;]|$))`,
);

/** Accepting a time or a place already proposed: "See you then", "Thank you, see you there". */
const SEE_YOU_THEN = re(
  `^\\s*(?:(?:ok|okay|great|fine|perfect|thanks|thank\\s+you|all\\s+right|alright)[,.!]*\\s+)*((?:I'll\\s+|we'll\\s+)?see\\s+you\\s+(?:then|there))(?=\\s*(?:[.!,;]|$))`,
);

/** Handing over what was asked for: "Here you are", "Here you go", "Here it is". */
const COMPLIANCE = re(`${LEAD}(here\\s+(?:you\\s+(?:are|go)|it\\s+is|they\\s+are))(?=\\s*(?:[.!;:—–-]|$))`);

/** Words right after an agreement that mark sarcasm or an opinion ("Sure, Jan", "Of course not", "Sure, because ..."). */
const NOT_AGREEING = /^\s*(?:[,.!]\s*)?(?:not|jan|because|cause|whatever|why|but|if|lol|lmao|haha|buddy|pal)\b/i;

/** An apology or regret that opens a refusal: "Sorry,", "I'm afraid", "Unfortunately". */
const REGRET =
  "(?:(?:I'm|I\\s+am|we're|we\\s+are)\\s+(?:so\\s+|very\\s+|really\\s+|terribly\\s+|truly\\s+)?sorry|sorry|unfortunately|regrettably|I'm\\s+afraid|I\\s+am\\s+afraid)";

/** The regret, or a "No" opening the reply, then a comma, "but" or "that": "Sorry, but", "No, ", "I'm afraid that". */
const REGRET_LEAD = `(?:\\b${REGRET}|^\\s*no)(?:\\s+(?:sir|madam|ma'am))?[,.]*\\s+(?:but\\s+)?(?:that\\s+)?`;

/** Adverbs inside a refusal: "we really can't", "I simply cannot". */
const ADV = "(?:\\s+(?:just|really|simply|still|currently|now|honestly|unfortunately))?";

/** "can't", "won't", "are unable to": the writer will not or cannot do it. */
const CANNOT =
  "(?:(?:won't|will\\s+not|wont)\\s+be\\s+able\\s+to|can't|cannot|can\\s+not|couldn't|could\\s+not|won't|will\\s+not|am\\s+unable|'m\\s+unable|are\\s+unable|'re\\s+unable|am\\s+not\\s+able|'m\\s+not\\s+able|are\\s+not\\s+able|'re\\s+not\\s+able)";

/** "we don't offer", "we do not accept": the organisation's practice ("I don't have time" is the writer's own state). */
const WE_DONT = "(?:don't|do\\s+not)\\s+(?:have|offer|accept|allow|provide|give|deliver|issue|sell|stock|do|take|handle|refund)";

/** "Sorry, we can't ...", "I'm afraid I won't ...", "No, I couldn't ...". */
const REGRET_CANNOT = re(`${REGRET_LEAD}(?:(?:I|we)${ADV}\\s+${CANNOT}|we${ADV}\\s+${WE_DONT})(?:\\s+([a-z]+))?`, 'gi');

/** After "I'm afraid" alone: "I'm afraid not", "I'm afraid I have to say no", "I'm afraid there's none left". */
const AFRAID = re(
  `\\b(I'm\\s+afraid|I\\s+am\\s+afraid)(?:\\s+(not)\\b|\\s+(?:I|we)\\s+(?:have\\s+to|must|need\\s+to)\\b|(?=\\s+there(?:'s|\\s+is|\\s+are)\\s+(?:none|nothing|no)\\b))`,
  'gi',
);

/** "Sorry, there are no rooms left", "Unfortunately there is nothing available": nothing to give. */
const NONE_LEFT = re(
  `${REGRET_LEAD}there(?:'s|\\s+is|\\s+are)\\s+(?:none|nothing\\s+(?:left|available)|no\\s+(?:[a-z]+\\s+){0,2}?(?:available|left|free|vacancy|vacancies|room|rooms|space|seats?|places?|slots?|appointments?|tickets?|flights?))\\b`,
  'gi',
);

/** Refusals that need no apology: "we are unable to", "I won't be able to", "we'd rather not", "much as we'd like to". */
const PLAIN_REFUSAL = re(
  [
    "\\b(?:I|we)(?:'m|'re|\\s+am|\\s+are)\\s+(?:afraid\\s+(?:I|we)(?:'m|'re|\\s+am|\\s+are)\\s+)?(?:unable|not\\s+able)\\s+to\\b",
    "\\b(?:I|we)\\s+(?:won't|will\\s+not|wont)\\s+be\\s+able\\s+to\\b",
    "\\b(?:I|we)(?:'d|\\s+would)\\s+rather\\s+not\\b",
    // A counter-preference that opens the reply turns down what was offered: "I'd rather stay here", "But we would rather wait".
    "^\\s*(?:(?:but|well|honestly|actually|sorry)[,.]*\\s+)?(?:I|we)(?:'d|\\s+would)\\s+rather\\s+(?!you\\b|he\\b|she\\b|they\\b|it\\b|people\\b)[a-z]+\\b",
    "\\bmuch\\s+as\\s+(?:I|we)(?:'d|\\s+would)\\s+(?:like|love)\\s+to\\b",
    "\\b(?:I|we)\\s+wish\\s+(?:I|we)\\s+could(?=\\s*(?:[.,;]|$)|\\s+but\\b)",
    "\\b(?:it's|it\\s+is|it\\s+would\\s+be|it'd\\s+be|that\\s+would\\s+be|that's|that\\s+is)\\s+(?:impossible|not\\s+possible)\\s+for\\s+(?:us|me)\\s+to\\b",
    "^\\s*(?:I'm\\s+afraid\\s+|sorry,?\\s+)?(?:that's|that\\s+is|it's|it\\s+is)\\s+out\\s+of\\s+the\\s+question\\b",
    "^\\s*no,?\\s+thank(?:s|\\s+you)(?=\\s*(?:[.!,;]|$))",
    "^\\s*there's\\s+no\\s+need(?=\\s*(?:[.!,;]|$))",
    "^\\s*there\\s+is\\s+no\\s+need(?=\\s*(?:[.!,;]|$))",
  ].join('|'),
  'gi',
);

/** "I can't." with nothing more in the clause: a refusal of what was asked (not "I can't!" of exasperation). */
const BARE_CANNOT = re("\\b(?:I|we)\\s+(?:can't|cannot|can\\s+not|couldn't|won't)(?=\\s*(?:[.,;]|$))", 'gi');

/** Things asked of an organisation that a plain "we can't" turns down: "we can't refund it", "I can't do that today". */
const DECLINED_VERB = re(
  "\\b(?:I|we)" + ADV + "\\s+(?:can't|cannot|can\\s+not|won't|will\\s+not)\\s+(?:(?:do|allow)\\s+(?:that|it|this|so)|make\\s+it|come|attend|join\\s+you|refund|return|extend|change|exchange|replace|reserve|book|hold|cancel|waive|deliver|send|give\\s+you|offer\\s+you|lend|reduce|discount|guarantee|promise|help\\s+you|approve|process|issue|arrange|release|share|disclose|comment|confirm|accept\\s+(?:your|the|that|it|this|any|cash|cards?|returns?))\\b",
  'gi',
);

/** After "can't": feelings and the writer's own troubles, not a refusal ("I can't believe", "I can't wait"). */
const NOT_DECLINING =
  /^(?:believe|stand|wait|figure|afford|imagine|understand|stop|help|bear|breathe|sleep|remember|see|hear|find|tell|think|decide|seem|deal|live|even|get|say|explain|describe|thank|express|agree|disagree|be|let|keep|trust|tolerate|ignore|unsee|resist|fathom|put|speak)$/i;

/** Whether "can't <verb>" turns something down: "we can't help you" does, "I can't help it" and "I can't wait" do not. */
function declines(verb: string, rest: string): boolean {
  if (/^help$/i.test(verb)) return !/^\s+(?:it|but|myself|ourselves|[a-z]+ing)\b/i.test(rest);
  return !NOT_DECLINING.test(verb);
}

/** "if we can't", "so I won't", "when I'm unable": a condition or a consequence, not an answer. */
const SUBORDINATE = /\b(?:if|unless|whether|when|so|because|since|why|how|what|that|who|where|though|although)\s+(?:\S+\s+){0,2}$/i;

/** How each agreement pattern above can open (all are anchored at the start): LEAD's interjections or its own words. */
const LEAD_WORDS = 'oh|well|yes|yeah|yep|ok|okay|alright|all|right|fine';
const opening = (words: string) => new RegExp(`^\\s*(?:${words})`, 'i');
const OPENINGS = new Map<RegExp, RegExp>([
  [AGREEMENT, opening(`${LEAD_WORDS}|sure|certainly|of|no|not|absolutely|with|gladly|by`)],
  [OK_THEN, opening('oh|ok|okay|alright|all')],
  [YES_WE_CAN, opening('yes|yeah|yep')],
  [FEASIBLE, opening(`${LEAD_WORDS}|that|this|it`)],
  [SUGGESTION_TAKEN, opening(`${LEAD_WORDS}|that|this|it|sounds|what|good|great|i|we|deal|count|you`)],
  [SEE_YOU_THEN, opening('ok|okay|great|fine|perfect|thanks|thank|all|alright|i|we|see')],
  [COMPLIANCE, opening(`${LEAD_WORDS}|here`)],
]);
/** A pattern run only on sentences that open as it must: seven long patterns would otherwise run on every sentence. */
const openingMatch = (re: RegExp, text: string) => (OPENINGS.get(re)!.test(text) ? re.exec(text) : null);

/** Words each refusal pattern cannot match without: a cheap test spares the long patterns on most sentences. */
const REGRET_WORDS = /sorry|unfortunately|regrettably|afraid|^\s*no/i;
const NEEDED = new Map<RegExp, RegExp>([
  [REGRET_CANNOT, REGRET_WORDS],
  [AFRAID, /afraid/i],
  [NONE_LEFT, REGRET_WORDS],
  [PLAIN_REFUSAL, /able|rather|much|wish|possible|question|no,?\s+thank|need/i],
  [BARE_CANNOT, /can|couldn|won/i],
  [DECLINED_VERB, /can|won|will/i],
]);
const mayMatch = (re: RegExp, text: string) => NEEDED.get(re)?.test(text) !== false;

/** Agreements and refusals in a normalised English segment. */
export function replyCues(text: string): Cue[] {
  const cues: Cue[] = [];
  const push = (rule: Cue['rule'], start: number, end: number) => {
    if (end <= start || isQuestion(text, start) || cues.some((c) => start < c.end && end > c.start)) return;
    const [from, to] = clauseBounds(text, start);
    // "We can't accept this!": an outcry, not an answer to a request.
    if (rule === 'refusal' && /!/.test(text.slice(from, to + 1))) return;
    cues.push({ rule, start, end, subject: /\bwe\b|\bus\b/i.test(text.slice(start, end)) ? 'we' : 'self' });
  };
  const group = (m: RegExpExecArray | RegExpMatchArray, i = 1) => {
    const start = (m.index ?? 0) + m[0].lastIndexOf(m[i]);
    return [start, start + m[i].length] as const;
  };

  const agree = openingMatch(AGREEMENT, text);
  if (agree && !NOT_AGREEING.test(text.slice(agree.index + agree[0].length))) push('agreement', ...group(agree));
  for (const pattern of [OK_THEN, YES_WE_CAN, FEASIBLE, SUGGESTION_TAKEN, SEE_YOU_THEN, COMPLIANCE]) {
    const m = openingMatch(pattern, text);
    if (m) push('agreement', ...group(m));
  }

  for (const m of mayMatch(REGRET_CANNOT, text) ? matches(REGRET_CANNOT, text) : []) {
    // The span runs from the regret to the verb declined: "Sorry, we can't refund".
    if (m[1] && !declines(m[1], text.slice(m.index + m[0].length))) continue;
    const lead = /^\s*/.exec(m[0])![0].length;
    push('refusal', m.index + lead, m.index + m[0].length);
  }
  for (const m of mayMatch(AFRAID, text) ? matches(AFRAID, text) : []) push('refusal', m.index, m.index + m[0].length);
  for (const m of mayMatch(NONE_LEFT, text) ? matches(NONE_LEFT, text) : []) {
    const lead = /^\s*/.exec(m[0])![0].length;
    push('refusal', m.index + lead, m.index + m[0].length);
  }
  for (const pattern of [PLAIN_REFUSAL, BARE_CANNOT, DECLINED_VERB]) {
    for (const m of mayMatch(pattern, text) ? matches(pattern, text) : []) {
      if (SUBORDINATE.test(text.slice(clauseBounds(text, m.index)[0], m.index))) continue;
      push('refusal', m.index, m.index + m[0].length);
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}
