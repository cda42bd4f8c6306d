// English vocabulary of commitments: who promises, what counts as doing something, what is only a state.

export const APOS = "['’]";

/** Generic names of a public body or its people, as the subject of a promise. */
export const BODY =
  '(?:ministry|department|dept|government|govt|authority|council|municipality|agency|directorate|office|team|unit|administration|commission|committee|board|helpdesk|help\\s+desk|staff|engineers|crews?|officers|inspectors)';

/** "the ministry", "our technical team", "the local council". */
export const ORG_NOUN = `(?:the|our|this)\\s+(?:[a-z-]+\\s+){0,2}?${BODY}`;

/** An adverb in -ly, but not a verb that happens to end in -ly ("apply", "reply", "supply", "rely"). */
export const LY_ADVERB = '(?!(?:ap|sup|re|multi|com)?ply\\b|rely\\b|fly\\b)[a-z]+ly';

/** Adverbs that sit between the modal and the verb ("we will also", "I'll personally"). */
export const ADVERBS = `(?:\\s+(?:not|never|also|then|now|still|further|again|always|soon|all|both|each|${LY_ADVERB}))*`;

/** Future modals and their contractions ("will", "'ll", "won't", "are going to", "intend to"). */
export const MODAL = `(?:\\s*${APOS}ll|\\s+(?:will|shall|won${APOS}t|wont):?|(?:\\s*${APOS}(?:m|re)|\\s+(?:am|are|is))\\s+going\\s+to|(?:\\s*${APOS}(?:m|re)|\\s+(?:am|are|is))\\s+(?:planning|about|set)\\s+to|\\s+(?:intend|plan|aim)s?\\s+to)${ADVERBS}`;

/** Verbs after "I will" that express a feeling or a hedge, not something to be done. */
export const NOT_ACTIONS = new Set([
  'miss', 'never', 'see', 'bet', 'admit', 'say', 'guess', 'regret', 'remember', 'forget', 'know', 'wait',
  // Feelings and ways of speaking: the writer's own state, nothing done for anyone.
  'rephrase', 'repeat', 'disregard', 'ignore', 'laugh', 'cry', 'die', 'pray', 'hope', 'love', 'hate', 'enjoy', 'like',
  'want', 'need', 'wonder',
  // Threats are hostility, not undertakings; the tone check answers them.
  'kill', 'shoot', 'beat', 'punch', 'slap', 'hit', 'stab', 'murder', 'rape', 'fuck', 'smack', 'choke', 'mess', 'hurt', 'destroy',
]);

/** After "will be": the writer's mood or a manner of speaking, not an undertaking ("I'll be honest"). */
export const BE_STATES =
  /^(?:honest|frank|fine|ok|okay|late|right|wrong|sorry|surprised|amazed|fair|brief|a|an|the|so|such|very|really|that|my|your|his|her|their|more|less|too|just|like|forever|no|nice|good|great|rich|famous|dead|gone)$/;

/** Participles used as plain adjectives, or for rules a reader must follow: not a promise. */
export const STATE_PARTICIPLES = new Set([
  'closed', 'based', 'located', 'interested', 'pleased', 'delighted', 'excited', 'tired', 'surprised', 'disappointed',
  'married', 'required', 'expected', 'allowed', 'permitted', 'charged', 'needed', 'asked', 'advised', 'considered',
  'called', 'named', 'used', 'affected', 'worried', 'concerned', 'bored', 'finished', 'prepared', 'supposed', 'scared',
  'crowded', 'packed', 'limited', 'subjected', 'exposed', 'tested', 'judged', 'remembered', 'missed', 'forgotten',
]);

/**
 * Verbs of deliberate action: "X will <verb>" undertakes to do something, whoever X is.
 * Forecast verbs ("rain", "rise", "happen", "become") are deliberately absent.
 */
export const ACTION_VERBS = [
  'fix', 'repair', 'restore', 'replace', 'resolve', 'sort', 'solve', 'deliver', 'send', 'publish', 'release', 'issue',
  'launch', 'open', 'reopen', 'build', 'construct', 'complete', 'finish', 'install', 'upgrade', 'extend', 'expand',
  'provide', 'offer', 'give', 'pay', 'refund', 'compensate', 'fund', 'allocate', 'invest', 'earmark', 'spend',
  'introduce', 'establish', 'create', 'set', 'start', 'begin', 'initiate', 'implement', 'enforce', 'enact', 'pass',
  'amend', 'repeal', 'abolish', 'reform', 'review', 'revise', 'update', 'modernise', 'modernize', 'improve',
  'increase', 'raise', 'double', 'reduce', 'cut', 'lower', 'waive', 'exempt', 'remove', 'ban', 'end', 'stop',
  'ensure', 'guarantee', 'protect', 'support', 'assist', 'respond', 'reply', 'answer', 'contact', 'call',
  'notify', 'inform', 'investigate', 'inspect', 'check', 'process', 'approve', 'appoint', 'hire', 'recruit', 'train',
  'bring', 'work', 'strive', 'continue', 'develop', 'promote', 'strengthen', 'appoint', 'organise',
  'organize', 'hold', 'host', 'arrange', 'schedule', 'deploy', 'connect', 'clean', 'clear', 'collect', 'rebuild',
  'prepare', 'announce', 'return', 'visit', 'handle', 'address', 'tackle',
  'waive', 'accept', 'extend', 'digitise', 'digitize', 'simplify', 'streamline', 'legislate', 'request', 'correct', 'merge', 'scrap', 'undertake', 'reintroduce', 'set up',
  'amalgamate', 're-establish', 're-introduce', 'formulate', 'institute', 'constitute', 'reserve', 'mandate', 'regularise',
  'regularize', 'regulate', 'revamp', 'revive', 'overhaul', 'restructure', 'rationalise', 'rationalize', 'empower', 'facilitate',
  'triple', 'halve', 'levy', 'subsidise', 'subsidize', 'make', 'form', 'allow', 'permit', 'exempt', 'enable', 'equip',
  'electrify', 'computerise', 'computerize', 'set', 'conduct', 'complete', 'distribute', 'supply', 'bring in', 'roll out',
];

/**
 * Verbs that open a pledge written as a bare list item ("Introduce free school meals", "Abolish the fee").
 * Stricter than ACTION_VERBS: words a reader-directive rarely starts with ("check", "call", "send" are absent).
 */
export const PLEDGE_VERBS = [
  'introduce', 'establish', 'abolish', 'create', 'cut', 'reduce', 'increase', 'provide', 'ensure', 'extend', 'expand',
  'invest', 'build', 'set up', 'bring in', 'scrap', 'legislate', 'enact', 'amend', 'repeal', 'reform', 'launch', 'initiate',
  'implement', 'mandate', 'exempt', 'waive', 'double', 'triple', 'halve', 'raise', 'lower', 'modernise', 'modernize',
  'upgrade', 'construct', 'allocate', 'earmark', 'fund', 'restore', 'revive', 'ban', 'guarantee', 'facilitate', 'strengthen',
  'enhance', 'institute', 'constitute', 'appoint', 'recruit', 'digitise', 'digitize', 'simplify', 'streamline', 'regulate',
  'pass', 'announce', 'identify', 'formulate', 'revamp', 'overhaul', 'restructure', 'roll out', 'set', 'protect',
  'support', 'give', 'develop', 'promote', 'improve', 'open', 'electrify', 'subsidise', 'subsidize', 'regularise', 'regularize',
  'abolish', 'replace', 'rebuild', 'complete', 'deliver', 'offer', 'utilise', 'utilize', 'encourage',
  'work with', 'work towards', 'prepare', 'reserve',
];

/** Nouns made from pledge verbs: "Establishment of ...", "Provision of ..." open a pledge in a list. */
export const PLEDGE_NOUNS = [
  'establishment', 'creation', 'introduction', 'provision', 'expansion', 'extension', 'completion', 'construction',
  'electrification', 'deployment', 'abolition', 'reduction', 'increase', 'implementation', 'enactment', 'formation',
  'launch', 'upgradation', 'modernisation', 'modernization', 'setting up', 'digitisation', 'digitization',
  'restoration', 'revival', 'allocation', 'amendment', 'repeal', 'reform', 'strengthening', 'enhancement', 'development',
];

/** A deadline for the promised thing ("by Friday", "within 48 hours", "before the end of the month"). */
// A count of units comes before a bare day number, so "within 5 working days" is read whole.
export const DEADLINE = new RegExp(
  `\\b(?:by|before|within|no\\s+later\\s+than)\\s+(?:the\\s+)?(?:end\\s+of\\s+(?:the\\s+|this\\s+|next\\s+)?(?:day|week|month|year|[a-z]+)|tomorrow|tonight|today|noon|midday|midnight|(?:next|this)\\s+[a-z]+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\\s+\\d{1,2})?|\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|o${APOS}clock)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty|\\d+)\\s+(?:working\\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)|\\d{1,2}(?:st|nd|rd|th)?(?:\\s+(?:of\\s+)?[a-z]+)?)\\b`,
  'i',
);

/**
 * Words that mark the clause as quoting a published fact with its source ("as published", "as set out in the notice",
 * "according to the official programme", "per the regulator's decision", "see our pinned notice").
 */
export const PUBLISHED = new RegExp(
  [
    '\\bas\\s+(?:published|announced|advertised|listed|stated|scheduled|shown|posted|set\\s+out|outlined|detailed|notified|circulated|per\\b)',
    '\\baccording\\s+to\\s+(?:the|our|its|their|a)\\b',
    '\\b(?:per|under|in\\s+line\\s+with|in\\s+accordance\\s+with)\\s+(?:the|our|its)\\s+(?:[\\w\'’-]+\\s+){0,3}?(?:decision|notice|circular|schedule|timetable|announcement|programme|program|plan|decree|statement|calendar|website|map|bulletin|press\\s+release)\\b',
    '\\b(?:see|check)\\s+(?:our|the)\\s+(?:[\\w\'’-]+\\s+){0,2}?(?:notice|post|tweet|schedule|timetable|map|website|announcement|calendar|circular|page)\\b',
  ].join('|'),
  'i',
);

/** A weather forecast or a prediction attributed to someone: "the forecast suggests", "rain will continue", "expected to". */
export const FORECAST =
  /\b(?:forecasts?|rain|rains|rainfall|showers?|storms?|thunderstorms?|winds?|temperatures?|weather|humidity|fog|dust|waves|cyclone|low-pressure|depression|heatwave|clouds?|crescent)\b|\b(?:expected|likely|predicted|projected|forecast)\s+to\b|\b(?:expects?|predicts?|suggests?)\b/i;

const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
/**
 * A point in time a reader can hold someone to, beyond DEADLINE's "by", "before the end of", "within": "tomorrow
 * morning", "on Wednesday", "within the hour", "between 4 and 6 pm", "the day after Eid", "before your flight".
 */
export const TIME_POINT = new RegExp(
  [
    `\\b(?:tomorrow|today|tonight|this\\s+(?:morning|afternoon|evening|week|weekend|month)|(?:on\\s+|next\\s+|this\\s+|from\\s+next\\s+)?${WEEKDAY})\\b`,
    '\\bwithin\\s+(?:the|an|one)\\s+hour\\b',
    '\\bin\\s+(?:an?|one|two|three|four|five|six|seven|ten|\\d+)\\s+(?:minutes?|hours?|days?|weeks?)\\b',
    '\\b(?:between|from)\\s+\\d{1,2}(?::\\d{2})?(?:\\s*(?:am|pm))?\\s*(?:and|to|-|–)\\s*\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)\\b',
    '\\bat\\s+\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|o[\'’]clock)',
    '\\bthe\\s+day\\s+after\\s+[A-Za-z]+',
    // "before Ramadan starts", "before your flight", "before the school holidays" (not "before you apply": that is the reader's).
    '\\bbefore\\s+(?!you\\b|we\\b|I\\b|it\\b|they\\b|then\\b|that\\b)(?:the\\s+|your\\s+|his\\s+|her\\s+|their\\s+)?[A-Za-z]{3,}',
  ].join('|'),
  'i',
);
