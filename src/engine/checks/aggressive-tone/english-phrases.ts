// English phrases that attack the reader: name-calling aimed at "you", dismissals and curses.
import type { Hit } from '../../types.js';
import { regexHits, type ToneRule } from './tone-hit.js';

/** "you are", "you're", "u r", "you people are"...: the phrase that aims a word at the reader. */
const AIMED =
  String.raw`(?:\byou(?:'re|’re| are| r| guys are| lot are| people are| all are)|\bu(?: r|'re| are)|\b(?:these|those) (?:people|guys) are)`;

/** Fillers between the aim and the word: "you are a complete", "you're such an utter". */
const FILL = String.raw`(?:\s+(?:a|an|the|such|so|just|nothing but|total|complete|absolute|utter|bunch of|pack of|waste of|fucking|bloody|little|big|real|lying|filthy|dirty|disgusting|pathetic|stupid|dumb|worthless|ignorant|useless|sad|sick)\b)*`;

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

const AIMED_INSULT = new RegExp(String.raw`(?:${AIMED}|${SEEMING})${AND}${FILL}\s+(${AIMED_WORDS.join('|')})\b`, 'gi');

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
const CONTEMPT = /\b(?:human|white|peasant|liberal|leftist|rightwing|right-wing|commie)\s+(?:garbage|trash|filth|scum|waste)\b|\bsorry excuse (?:for|of) an?\b|\bwaste of (?:space|oxygen|skin|air)\b|\bpiece of (?:garbage|trash|filth|work)\b|(?<!\b(?:treated|treat|treating|treats|live|living|lived) )\blike (?:cockroaches|rats|vermin|animals|pigs|dogs|sheep|parasites|monkeys)\b/gi;

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
    String.raw`\bget (?:lost|a life|over (?:it|yourself)|out of here)\b`,
    String.raw`\b(?:just )?go away\s*(?:!|$|you\b)`,
    String.raw`\b(?:piss|bugger|sod|buzz|naff|eff) off\b`,
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
    String.raw`\bstop (?:whining|crying|moaning|whinging)\b`,
  ].join('|'),
  'gi',
);

/** Wishing harm or damnation on someone. */
const CURSES = new RegExp(
  [
    String.raw`\bgo to hell\b`,
    String.raw`\b(?:burn|rot) in hell\b`,
    String.raw`\bdamn (?:you|u|them|it all)\b`,
    String.raw`\bgod ?damn(?:ed|it)?\b`,
    String.raw`\bto hell with (?:you|u|them)\b`,
  ].join('|'),
  'gi',
);

/** Words each pattern cannot match without: a test of plain words is much cheaper than the pattern it spares. */
const NEEDED = new Map<RegExp, RegExp>([
  [AIMED_INSULT, /\b(?:you|u)['’ ]|\b(?:these|those) /i],
  [THIRD_PERSON_INSULT, /\b(?:he|she|they)['’ ]/i],
  [CONTEMPT, /garbage|trash|filth|scum|waste|excuse|piece|cockroaches|rats|vermin|animals|pigs|dogs|sheep|parasites|monkeys/i],
  [VOCATIVE, /\b(?:you|u)\s/i],
  [
    DISMISSIVE,
    /people|shut|nobody|no[ -]?one|asked|cares|get|away|off|screw|bite|suck|grow up|cry|boo|back|wrong|stupid|dumb|blind|deaf|thick|mad|insane|retarded|brain|talking|hate|think|keep|stop/i,
  ],
  [CURSES, /hell|damn/i],
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
    ...hitsOf(DISMISSIVE, text, 'dismissive'),
    ...hitsOf(CURSES, text, 'curse'),
  ];
}
