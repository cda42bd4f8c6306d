// English phrases that attack the reader: name-calling aimed at "you", dismissals and curses.
import type { Hit } from '../../types.js';
import { regexHits, type ToneRule } from './tone-hit.js';

/** "you are", "you're", "u r", "you people are"...: the phrase that aims a word at the reader. */
const AIMED =
  String.raw`(?:\byou(?:'re|’re| are| r| guys are| lot are| people are| all are)|\bu(?: r|'re| are)|\b(?:these|those) (?:people|guys) are)`;

/**
 * Fillers between the aim and the word: "you are a complete", "you're such an utter", and describing words by their
 * endings ("a big hairy", "the biggest", "a pompous", "a spineless"), so any adjective of those shapes fits.
 */
const FILL = String.raw`(?:\s+(?:all|both|a|an|the|such|so|just|nothing but|total|complete|absolute|utter|bunch of|pack of|waste of|fucking|bloody|little|big|fat|old|real|lying|filthy|dirty|disgusting|pathetic|stupid|dumb|worthless|ignorant|useless|sad|sick|really|very|too|truly|clearly|obviously|such a|[a-z]+(?:y|ous|ful|less|ish|ic|ive|est|ible|able)|[a-z]+-(?:faced|minded|headed|brained))\b){0,4}`;

/**
 * Describing words only ever said of a person to belittle them: "you are so racist", "she is deranged",
 * "you are incapable", "he is the worst". Said of the reader, or of he/she (a thing is "it").
 */
const PERSON_ADJECTIVES = [
  'racist', 'sexist', 'bigoted', 'corrupt', 'fat', 'incapable', 'unfit', 'dishonest', 'arrogant', 'nasty', 'vile',
  'despicable', 'deranged', 'unhinged', 'insane', 'crazy', 'mental', 'moronic', 'idiotic', 'brainless', 'spineless',
  'gutless', 'clueless', 'hopeless', 'sleazy', 'creepy', 'repulsive', 'revolting', 'obnoxious', 'ridiculous',
  'laughable', 'dense', 'senile', 'hysterical', 'psychotic', 'wicked', 'heartless', 'soulless', 'two-faced',
  'lame', 'retarded', 'a liability', 'beyond help', 'the worst', 'on crack', 'full of (?:it|shit|crap)', 'out of (?:your|ur|his|her) mind',
  'a waste',
];
/** Phrases of the same kind that go on into their complement: "dumber than a rock", "incapable of understanding it". */
const PERSON_PHRASES = ['dumber than', 'stupider than', 'uglier than', 'incapable of (?:understanding|thinking|reasoning|reading|learning|listening|basic)'];
/**
 * Said of the person, the word ends the phrase: "you are crazy." or "so racist and proud of it", but not "a mental
 * health nurse", "crazy busy", "the worst affected", "unfit to work".
 */
const PERSON_ADJECTIVE = String.raw`(?:(?:${PERSON_ADJECTIVES.join('|')})(?![ \t]+(?!(?:and|or|but|as|it|lol|too|now|again|honestly|really|sometimes|man|mate|dude)\b)[a-z])|${PERSON_PHRASES.join('|')})`;

/** Nouns aimed at a person, but not the first half of a compound ("a dog owner", "the trash collection"). */
const NOT_A_COMPOUND = String.raw`(?![ \t]+(?:owners?|lovers?|walkers?|food|trainers?|shelters?|shows?|collection|bags?|bins?|cans?|trucks?|disposal|day|pickup|control|problem|season|sitters?|sitting|breeds?|parks?)\b)`;

/**
 * Words that are ordinary on their own ("the trash collection", "parasite control") but an
 * insult, or dehumanising, when aimed at a person.
 */
const AIMED_WORDS = [
  'trash', 'garbage', 'rubbish', 'useless', 'animals?', 'savages?', 'vermin', 'parasites?',
  'cockroach(?:es)?', 'rats?', 'snakes?', 'dogs?', 'monkeys?', 'apes?', 'sheep', 'joke',
  'disgrace(?:s|ful)?', 'embarrassment', 'incompetent', 'ignorant', 'clueless', 'evil', 'filth(?:y)?',
  'ugly', 'nobody', 'beneath contempt', 'waste of (?:space|oxygen|air|skin)', 'shameless',
  'disgusting', 'pathetic', 'fools?', 'brain ?dead', 'thick', 'gross', 'illiterate', 'hypocrites?',
  'fraud', 'crooks?', 'thugs?', 'menace', 'nuts', 'delusional', 'pigs?', 'scum', 'sorry excuse',
  'racists?', 'bigots?', 'fascists?', 'nazis?', 'losers?',
];

/** "you sound so ignorant", "you look like an idiot". */
const SEEMING = String.raw`\b(?:you|u) (?:sound|look|seem|act|are acting)(?: so| like| just like)?`;

/** "you are sick and disgusting": one more word joined by "and" before the one that counts. */
const AND = String.raw`(?:\s+\w+\s+and)?`;

const AIMED_INSULT = new RegExp(String.raw`(?:${AIMED}|${SEEMING})${AND}${FILL}\s+(?:(?:${AIMED_WORDS.join('|')})\b${NOT_A_COMPOUND}|${PERSON_ADJECTIVE}\b)`, 'gi');

/** Groups of people called names: "liberals are so stupid", "politicians are all liars", "men like you are pigs". */
const GROUP = String.raw`\b(?:liberals|libs|lefties|leftists|conservatives|tories|democrats|dems|republicans|trumpers|progressives|feminists|immigrants|migrants|foreigners|muslims|christians|jews|men|women|politicians|journalists|people like (?:you|u|them|him|her)|(?:all|most) of (?:you|u|them))`;
const GROUP_INSULT = new RegExp(
  String.raw`${GROUP}(?:\s+(?:are|r|is)|['’]re)(?:\s+all)?${FILL}\s+(${AIMED_WORDS.join('|')}|${PERSON_ADJECTIVE}|idiots|morons|liars|cowards|traitors|criminals|terrorists|retards)\b`,
  'gi',
);

/** "he is so corrupt", "she's deranged", "shows how racist you are". */
const HE_SHE = String.raw`\b(?:he|she)(?:'s|’s| is)`;
const HE_SHE_INSULT = new RegExp(String.raw`${HE_SHE}${FILL}\s+(${PERSON_ADJECTIVE})\b(?!\s+(?:about|for|to|with|at)\b)`, 'gi');
/** "they are so corrupt", "they're deranged": of "they" only the words no thing can be ("the fees are ridiculous" is a complaint). */
const THEY_WORDS = ['racist', 'sexist', 'bigoted', 'corrupt', 'dishonest', 'arrogant', 'deranged', 'unhinged', 'moronic', 'idiotic', 'brainless',
  'spineless', 'gutless', 'clueless', 'senile', 'psychotic', 'heartless', 'soulless', 'two-faced', 'despicable', 'vile'];
const THEY_INSULT = new RegExp(
  String.raw`\bthey(?:['’]re| are)(?:\s+all)?${FILL}\s+(?:${THEY_WORDS.join('|')})\b(?![ \t]+(?!(?:and|or|but|as|lol|too|now|again|honestly|really)\b)[a-z])`,
  'gi',
);

const HOW_YOU_ARE = new RegExp(String.raw`\bhow (?:${[...PERSON_ADJECTIVES, ...PERSON_PHRASES].join('|')}|${AIMED_WORDS.join('|')}) (?:you|u|they|he|she) (?:are|r|is|really are)\b`, 'gi');

/** Said of a third person ("he is a disgrace", "they are human garbage"): only words no thing can be. */
const THIRD_PERSON = String.raw`\b(?:he|she|they)(?:'s|’s| is|'re|’re| are)`;
const PERSON_WORDS = [
  'disgrace', 'joke', 'embarrassment', 'shameless', 'disgusting', 'pathetic', 'ignorant', 'gross',
  'menace', 'hack', 'fraud', 'crooks?', 'thugs?', 'scum', 'nuts', 'monsters?', 'fascists?', 'nazis?',
  'evil', 'ugly', 'useless', 'worthless', 'trash', 'garbage', 'animals', 'savages', 'vermin', 'parasites',
  'cockroaches', 'rats', 'snakes', 'sorry excuse',
];
const THIRD_PERSON_INSULT = new RegExp(
  String.raw`${THIRD_PERSON}${FILL}\s+(${PERSON_WORDS.join('|')})\b(?!\s+(?:bags?|bins?|cans?|collection|trucks?|disposal|day|pickup|control|problem|season))`,
  'gi',
);

/** Contempt in a noun phrase: "human garbage", "a sorry excuse for a", "a waste of space". */
const CONTEMPT = /\b(?:human|white|peasant|liberal|leftist|rightwing|right-wing|commie)\s+(?:garbage|trash|filth|scum|waste)\b|\bsorry excuse (?:for|of) an?\b|\bwaste of (?:space|oxygen|skin|air)\b|\bpiece of (?:garbage|trash|filth|work)\b|\benem(?:y|ies) of the people\b|(?<!\b(?:treated|treat|treating|treats|live|living|lived) )\blike (?:cockroaches|rats|vermin|animals|pigs|dogs|sheep|parasites|monkeys)\b/gi;

/**
 * "you illiterate mud slinger", "you ignorant people", "you filthy creature": a bare "you", a word that only belittles,
 * then one or two words naming a person (a noun with a person's ending, a plural, or a word for people).
 */
const BELITTLING = String.raw`(?:stupid|dumb|filthy|dirty|lying|pathetic|worthless|useless|disgusting|brainless|spineless|illiterate|ignorant|ugly|fat|miserable|idiotic|moronic|retarded|deranged|pompous|arrogant|smug|bigoted|racist|twisted|vile|nasty|low-life|low life|clueless|gutless|incompetent|corrupt|senile|insufferable|obnoxious|hypocritical|delusional|dimwitted|thick|entitled|whiny|whining|sniveling|snivelling|cowardly|treacherous|brain-?dead|two-faced)`;
const PERSON_NOUN = String.raw`(?:[a-z]+(?:ers?|ists?|ians?|ots?|ards?|oids?|ites?|ants?|ons)|people|person|man|men|woman|women|kid|kids|boy|boys|girl|girls|guy|guys|thing|things|creature|creatures|lot|bunch|fools?|clowns?|animals?|pigs?|rats?|snakes?|dogs?|cows?|hags?|losers?|trolls?|sheep|scum|trash|filth|excuse|waste|hack|fraud|freak|creep|cretin|twat|git|sod|prat|bum|slob|mutt|worm|brat)`;
const YOU_BELITTLED = new RegExp(String.raw`\b(?:you|u|ya)\s+${BELITTLING}(?:\s*,\s*|\s+)(?:(?:little|old|[a-z]+(?:y|ous|less|ic))\s+)?(?:[a-z]+\s+)?${PERSON_NOUN}\b(?!\s+(?:are|is|was|were|do|does|did|have|has|can|could|will|would|should)\b)`, 'gi');

/** "you pig", "you animals", "shut up you fool": the word right after a bare "you". */
const VOCATIVE = new RegExp(String.raw`\b(?:you|u)\s+(?:(?:stupid|dumb|filthy|dirty|lying|little|fat|ugly|sad|sick|pathetic|worthless|useless|bloody|fucking|illiterate|ignorant|miserable|disgusting|brainless|spineless|old|silly)\s+)*(fools?|animals?|pigs?|rats?|snakes?|dogs?|monkeys?|apes?|trash|clowns?|savages?|parasites?|vermin|cockroach(?:es)?|bum|hag|cow|wretch|prat|div|dope|donkey|hypocrites?|cheats?|snowflakes?|sheep|slinger|witch|troll)\b`, 'gi');

/** Dismissals aimed at the reader: they close a conversation instead of answering it. */
const DISMISSIVE = new RegExp(
  [
    String.raw`\byou people\b`,
    String.raw`\bshut (?:the \w+ )?up\b`,
    String.raw`\bshut (?:your|ur) (?:mouth|face|trap|gob|pie ?hole)\b`,
    String.raw`\b(?:nobody|no one|no-one|noone) (?:asked(?: (?:you|u|for your opinion))?|cares|gives a \w+)`,
    String.raw`\bwho (?:asked|cares)\s*(?:\?|you|$)`,
    String.raw`\bget (?:lost|a life(?! (?:insurance|cover|policy|assurance|quote|coach|jacket|saving))|over (?:it|yourself)|out of here)\b`,
    String.raw`\b(?:just )?go away\s*(?:!|$|you\b)`,
    String.raw`\b(?:piss|bugger|sod|buzz|naff|eff|f) off\b`,
    String.raw`\bscrew (?:you|u|off)\b`,
    String.raw`\bbite me\b`,
    String.raw`\b(?:you|u) suck\b`,
    // The lookbehind follows the words: in front, V8 would try it at every position of every sentence.
    String.raw`grow up(?<=(?:^|[.!?,;]\s*|\bjust\s|\bplease\s|\bnow\s)grow up)(?=\s*(?:[.!?,]|$))`,
    String.raw`\bcry (?:me a river|more)\b`,
    String.raw`\bboo(?:-| )?hoo\b`,
    String.raw`\bok(?:ay)? boomer\b`,
    String.raw`\bgo back to (?:where (?:you|u|they) (?:came|come) from|your (?:own )?country)\b`,
    String.raw`\b(?:what(?:'s|’s| is) wrong with (?:you|u|them|these people))\b`,
    String.raw`\b(?:are you|r u|are u) (?:stupid|dumb|blind|deaf|thick|mad|insane|retarded|brain ?dead)\b`,
    String.raw`\byou (?:don'?t|do not) know what (?:you(?:'re| are)|ur) talking about\b`,
    String.raw`\b(?:i|we) hate (?:you|u|ya|them|these people|those people)\b`,
    String.raw`\bdon'?t (?:care|give a \w+) what you think\b`,
    String.raw`\bkeep (?:your|ur) (?:mouth|opinions?) (?:shut|to yourself)\b`,
    String.raw`\bstop (?:whining|crying|moaning|whinging|bitching|embarrassing yourself)\b`,
    // Sending someone off to where children and the defeated go: "go back to bed", "go back to your cave".
    String.raw`\bgo back to (?:bed|sleep|school|kindergarten|the kitchen|your (?:cave|hole|basement|mom|mum|mommy|mummy|crib|sandbox|bridge|knitting|cartoons)|watching)\b`,
    String.raw`\b(?:go|run) (?:cry|play|away and (?:cry|die|play))\b|\brun along\b`,
    String.raw`\bget (?:bent|stuffed|a grip|a clue|a brain|real)\b`,
    String.raw`\btake a hike\b|\btalk to the hand\b|\bbye,? felicia\b`,
    String.raw`\bshoot(?:ing|s)? off (?:your|ur|his|her|their) mouths?\b`,
    // Taunts: the other side's anger is the joke.
    String.raw`\brent[- ]free in (?:your|ur|y['’]?all['’]?s|their|his|her) (?:heads?|minds?)\b`,
    String.raw`\b(?:cope|cry|seethe) (?:harder|more|and seethe)\b|\bstay mad\b|\b(?:u|you) mad,? bro\b|\bcry me a river\b`,
    String.raw`\b(?:cry|whine) (?:about it|all you want)\b`,
    String.raw`\bno one (?:likes|wants|needs) (?:you|u)\b|\bnobody (?:likes|wants|needs) (?:you|u)\b`,
    String.raw`\b(?:you(?:['’]re| are)|ur|u r) (?:irrelevant|a nobody|not (?:worth|welcome))\b`,
  ].join('|'),
  'gi',
);

/** Wishing harm or damnation on someone. */
const CURSES = new RegExp(
  [
    String.raw`\bgo to hell\b`,
    String.raw`\bdrop dead\b|\b(?:go )?die in a (?:fire|hole|ditch)\b`,
    String.raw`\b(?:burn|rot) in hell\b`,
    String.raw`\bdamn (?:you|u|them|it all)\b`,
    String.raw`\bgod ?damn(?:ed|it)?\b`,
    String.raw`\bto hell with (?:you|u|them)\b`,
  ].join('|'),
  'gi',
);

/** "these crazy liberals", "those pathetic people": a group pointed at with a word that only belittles. */
const POINTED_GROUP = new RegExp(
  String.raw`\b(?:these|those)\s+(?:${BELITTLING}|crazy|insane|lunatic|loony|looney|brainwashed|deluded|delusional)\s+(?:[a-z]+\s+)?(?:people|folks|liberals|libs|lefties|leftists|conservatives|democrats|dems|republicans|trumpers|progressives|feminists|idiots|morons|clowns|fools|men|women|guys|kids|politicians)\b`,
  'gi',
);

/** What the reader does or says, called worthless: "everything you say is garbage", "what you wrote is nonsense". */
const YOUR_WORDS = new RegExp(
  String.raw`\b(?:everything|all|anything|whatever|what) (?:you|u) (?:do|does|say|said|write|wrote|post|posted|think|type|typed|tweet|tweeted)\s+(?:is|was|are)\s+(?:just\s+|utter\s+|complete\s+|total\s+)?(?:a\s+)?(?:useless|worthless|garbage|trash|rubbish|nonsense|drivel|lies|crap|bs|stupid|idiotic|moronic|pathetic|a joke|a waste)\b`,
  'gi',
);

/** Contempt for what someone wrote: "a flaming pile of garbage", "a steaming heap of lies", and "BS" for bullshit. */
const HEAP = /\b(?:flaming|steaming|stinking|hot|utter|absolute|giant|total) (?:pile|heap|load|bag) of (?:garbage|trash|rubbish|crap|dung|manure|lies|nonsense|bull)\b|\b(?:total|utter|complete|such|more|pure|that['’]?s|what|this is|its|it['’]s) bs\b(?!\s*(?:in|of|degree|from)\b)/gi;
/** "BS" in capitals, unless it is the degree ("a BS in biology", "BS, MS"). */
const BS = /\bBS\b(?!\s*(?:in|of|degree|from|and|\/|,?\s*M\.?S|\())/g;

/** "you've lost your mind", "you're out of your tiny mind". */
const LOST_MIND = /\b(?:you|u)(?:['’]ve| have)? (?:totally |completely |clearly )?(?:lost|losing) (?:your|ur) (?:mind|marbles|head)\b/gi;

/** A sentence that is only a verdict of contempt: "Disgraceful.", "Utterly shameful!". */
// Anchored at the start (not a look-behind to it) so a sentence of punctuation is read once, not once per position.
const VERDICT = /^\W*((?:(?:absolutely|utterly|truly|just|so|how|simply|totally)\s+)?(?:shameful|disgraceful|despicable|deplorable|disgusting|sickening|revolting|vile|contemptible|pathetic))\W*$/dgi;

/** Sexual remarks aimed at a person: harassment whatever the words. */
const SEXUAL = new RegExp(
  [
    String.raw`\b(?:you|u|he|she)\s+(?:probably\s+|clearly\s+|just\s+)?(?:masturbate|masturbates|wank|wanks|jerk off|jerks off|get off on|gets off on)\b`,
    String.raw`\b(?:want|wanna|have|had|love|like|need) sex with (?:you|u|ur|your)\b`,
    String.raw`\b(?:likes?|takes?|wants?|gets?|loves?) it (?:up|in) the (?:butt|bum|ass|arse|anus|rear|backside)\b`,
    String.raw`\bsuck (?:my|his) (?:dick|cock|balls|d)\b`,
  ].join('|'),
  'gi',
);

/** Swearing cut short with dots or dashes: "F... you", "f--- off", "go f...". */
const TRUNCATED = /\b[Ff](?:\.{2,}|-{2,}|…)\s*(?:you|u|off|them|him|her|this|that|yourself|it)\b|\bgo [Ff](?:\.{2,}|-{2,}|…)/g;

/** Words each pattern cannot match without: a test of plain words is much cheaper than the pattern it spares. */
const NEEDED = new Map<RegExp, RegExp>([
  [AIMED_INSULT, /\b(?:you|u)['’ ]|\b(?:these|those) /i],
  [THIRD_PERSON_INSULT, /\b(?:he|she|they)['’ ]/i],
  [CONTEMPT, /garbage|trash|filth|scum|waste|excuse|piece|enem|cockroaches|rats|vermin|animals|pigs|dogs|sheep|parasites|monkeys/i],
  [VOCATIVE, /\b(?:you|u)\s/i],
  [
    DISMISSIVE,
    /people|shut|nobody|no[ -]?one|asked|cares|get|away|off|screw|bite|suck|grow up|cry|boo|back|wrong|stupid|dumb|blind|deaf|thick|mad|insane|retarded|brain|talking|hate|think|keep|stop|run|hike|hand|felicia|mouth|rent|cope|seethe|whine|irrelevant|nobody|not (?:worth|welcome)/i,
  ],
  [CURSES, /hell|damn|dead|die/i],
  [GROUP_INSULT, /\b(?:libs|liberals|lefties|leftists|conservatives|tories|democrats|dems|republicans|trumpers|progressives|feminists|immigrants|migrants|foreigners|muslims|christians|jews|men|women|politicians|journalists|people like|of (?:you|u|them))\b/i],
  [HE_SHE_INSULT, /\b(?:he|she)['’ ]/i],
  [THEY_INSULT, /\bthey['’ ]/i],
  [HOW_YOU_ARE, /\bhow /i],
  [YOU_BELITTLED, /\b(?:you|u|ya)\s/i],
  [SEXUAL, /masturbat|wank|jerk|gets? off|sex with|it (?:up|in) the|suck/i],
  [TRUNCATED, /[Ff](?:\.\.|--|…)/],
  [POINTED_GROUP, /\b(?:these|those)\s/i],
  [YOUR_WORDS, /\b(?:you|u) (?:do|does|say|said|write|wrote|post|posted|think|type|typed|tweet|tweeted)\b/i],
  [HEAP, /pile|heap|load|bag|bs/i],
  [BS, /BS/],
  [LOST_MIND, /\b(?:lost|losing)\b/i],
  [VERDICT, /shameful|disgraceful|despicable|deplorable|disgusting|sickening|revolting|vile|contemptible|pathetic/i],
]);

function hitsOf(re: RegExp, text: string, rule: ToneRule): Hit[] {
  return NEEDED.get(re)?.test(text) === false ? [] : regexHits(re, text, rule);
}

/** Every insult aimed at a person, dismissal and curse in `text` (English). */
export function englishPhraseHits(text: string): Hit[] {
  return [
    ...hitsOf(AIMED_INSULT, text, 'insult'),
    ...hitsOf(THIRD_PERSON_INSULT, text, 'insult'),
    ...hitsOf(CONTEMPT, text, 'insult'),
    ...hitsOf(VOCATIVE, text, 'insult'),
    ...hitsOf(GROUP_INSULT, text, 'insult'),
    ...hitsOf(HE_SHE_INSULT, text, 'insult'),
    ...hitsOf(THEY_INSULT, text, 'insult'),
    ...hitsOf(HOW_YOU_ARE, text, 'insult'),
    ...hitsOf(YOU_BELITTLED, text, 'insult'),
    ...hitsOf(SEXUAL, text, 'insult'),
    ...hitsOf(TRUNCATED, text, 'profanity'),
    ...hitsOf(POINTED_GROUP, text, 'insult'),
    ...hitsOf(YOUR_WORDS, text, 'insult'),
    ...hitsOf(HEAP, text, 'profanity'),
    ...hitsOf(BS, text, 'profanity'),
    ...hitsOf(LOST_MIND, text, 'insult'),
    ...(NEEDED.get(VERDICT)?.test(text) === false ? [] : regexHits(VERDICT, text, 'insult', 1)),
    ...hitsOf(DISMISSIVE, text, 'dismissive'),
    ...hitsOf(CURSES, text, 'curse'),
  ];
}
