// English accusations: a named or identifiable person or body called a wrongdoer ("the contractor is corrupt",
// "@someone is a liar") or said to have done wrong ("the minister took bribes"), on normalised text.
import { matches } from '../../matches.js';

export interface Accused {
  start: number;
  end: number;
  rule: 'label' | 'deed';
}

/** The one accused when the words say who: a role or body with its determiner, a pronoun, a handle, a title and name. */
const ROLE =
  '(?:contractors?|company|companies|firm|ministry|minister|director|manager|management|mayor|council|department|official|officials|officers?|boss|supplier|developer|landlord|bank|agency|municipality|government|authority|committee|board|chairman|chairwoman|ceo|owner|administration|inspector|police|judge|governor|councillor|mp|vendor|referee|principal|guy|guys|man|woman|lady|people|team|club|school|hospital|clinic|office|embassy|regulator|auditor|accountant|lawyer|broker|dealer|agent|seller|shop|store|restaurant|hotel|airline|operator|provider)';
const DETERMINER = '(?:the|this|that|these|those|your|our|their|his|her|my)';
const ROLE_MODIFIER = '(?:new|old|current|former|local|same|whole|deputy|assistant|acting|general|finance|regional|head|area|district|building|housing|roads?|school)';
const PRONOUN = '(?:he|she|they|you|u|you guys|you people|ye)';
const HANDLE = '@[A-Za-z0-9_]{2,30}';
const TITLE = '(?:minister|mr|mrs|ms|dr|director|sheikh|eng|engineer|councillor|mayor|judge|professor|prof|sir|senator|governor|ceo|chairman|manager)\\.?\\s+[A-Za-z][\\p{L}\'’-]+';
/** One word may qualify the role: "the paving contractor", "our finance director". */
const TARGET = `(?:${HANDLE}|${TITLE}|${DETERMINER}\\s+(?:(?:${ROLE_MODIFIER}|[a-z][\\p{Ll}-]+)\\s+)?${ROLE}|${PRONOUN})`;

/** A capitalised name of one to three words ("Ahmed", "Acme Roads Ltd"), checked against common words afterwards. */
const NAME = "[A-Z][\\p{Ll}'’-]+(?:\\s+[A-Z][\\p{Ll}'’-]+){0,2}";

const COPULA = "(?:\\s+(?:is|are|was|were|has been|have been|had been|is being|are being|remains|seems|looks like)|['’](?:s|re))";
const INTENSIFIER = '(?:so|very|totally|completely|clearly|obviously|just|such|really|utterly|a|an|the|bunch of|lot of|pack of|gang of|band of|nothing but|pathological|known|proven|notorious|big|real|absolute|complete|total|massive|damn|bloody|lying|little|corrupt|thieving|all|basically|literally)';
/** Words that call someone a wrongdoer; "corrupt" of a file is not about a person, the target rules that out. */
const LABEL_WORD =
  '(?:corrupt|crooked|crooks?|thie(?:f|ves)|liars?|frauds?|fraudsters?|swindlers?|embezzlers?|criminals?(?!\\s+(?:lawyers?|defen[cs]e|justice|cases?|courts?|investigations?|records?|law|offen[cs]es?))|con\\s?(?:artists?|men|man)|conmen|scammers?|a scam|scam artists?|cheats?|cheaters?|racketeers?|money launderers?|bribe[- ]takers?|gangsters?|robbers?|thieving|dishonest|on the take|in the pocket of|taking bribes|on the payroll of|stealing from|lying(?!\\s+(?:on|in|down|there|around|awake|low|next|at|under|beside|flat|by|face|still|about (?:the|my) age))|lining (?:his|her|their|its|your) (?:own )?pockets|ripping (?:us|people|everyone|customers|citizens|taxpayers|the public) off|defrauding|embezzling|money laundering)';
const LABEL = `${COPULA}\\s+(?:${INTENSIFIER}\\s+){0,4}${LABEL_WORD}(?![\\p{L}])`;

const DEED_FILLER = '(?:has|have|had|just|clearly|obviously|openly|actually|literally|always|basically|already|also|then|again|deliberately|knowingly|secretly|even)';
/** Objects that make "stole" a figure of speech: the show, my heart, the limelight. */
const NOT_THEFT = '(?!\\s+(?:the show|my heart|his heart|her heart|our hearts|your heart|hearts|the spotlight|the limelight|the headlines|a glance|a kiss|a look|a march|a base|second base|the ball|the scene|the moment|my fries|my chips|a nap|the win|the game)(?![\\p{L}]))';
const DEED_WORD =
  `(?:(?:stole|stolen|steals?|robbed|robs?)${NOT_THEFT}|embezzled|embezzles?|pocketed|(?:took|takes|take|taken|accepted|accepts|accepting|taking|demanded|demands) (?:a )?(?:bribes?|kickbacks?|backhanders?)|bribed|lied|lie (?:to|about)|lies (?:to|about|through)|(?:is|are|was|were) lying (?:to|about)|defrauded|defrauds?|rigged|rigs (?:the)|cooked the books|laundered|launders?|fiddled (?:the|their|his|her)|ripped (?:us|people|everyone|customers|citizens|taxpayers|the public|me) off|cheated|scammed|scams (?:people|us|customers)|swindled|swindles|siphoned|siphons|misappropriated|misused (?:the |public |our )?(?:funds|money)|lined (?:his|her|their|its|your) (?:own )?pockets)`;
const DEED = `\\s+(?:${DEED_FILLER}\\s+){0,2}${DEED_WORD}(?![\\p{L}])`;

const LABEL_BY_TARGET = new RegExp(`(?<![\\p{L}\\p{N}@])${TARGET}${LABEL}`, 'giu');
const DEED_BY_TARGET = new RegExp(`(?<![\\p{L}\\p{N}@])${TARGET}${DEED}`, 'giu');
const LABEL_BY_NAME = new RegExp(`(?<![\\p{L}\\p{N}@])${NAME}${LABEL}`, 'gu');
const DEED_BY_NAME = new RegExp(`(?<![\\p{L}\\p{N}@])${NAME}${DEED}`, 'gu');
/** "that corrupt minister", "the crooked contractor": the label inside the noun phrase. */
const ATTRIBUTIVE = new RegExp(`(?<![\\p{L}])(?:this|that|the|our|your|their)\\s+(?:corrupt|crooked|thieving|lying|bent)\\s+(?:${ROLE_MODIFIER}\\s+)?${ROLE}(?![\\p{L}])`, 'giu');

/** Capitalised words that are not names: openers, generic groups ("Politicians are liars" is a general statement). */
const NOT_NAMES = new Set(
  ('i the this that these those it he she they we you there here what who which why how everyone everybody nobody ' +
    'somebody someone anyone people politicians officials lawyers bankers journalists companies contractors governments ' +
    'men women kids children all most many some such life love money power everything nothing media society system ' +
    'business politics history capitalism honesty corruption god mine yours my your our their his her its today ' +
    'yesterday tomorrow and but so also yes no oh wow well honestly apparently clearly seriously basically literally ' +
    'sometimes often always never maybe perhaps only even still then now if when while because though although').split(' '),
);

/** A claim told by others or denied: news, courts, charges, doubts. Such a sentence reports, it does not accuse. */
const REPORTED =
  /(?<![A-Za-z])(?:accused|accuses|accusing|accusations?|alleg\w*|charged|charges? of|convicted|found guilty|pleaded guilty|pleaded|pleads|sentenced|jailed|indicted|arrested|prosecut\w*|according to|reportedly|reports? (?:say|said|that|claim)|court|tribunal|trial|investigat\w*|inquiry|police (?:say|said)|(?:say|says|said|claim|claims|claimed) (?:that )?(?:the|he|she|they)|told reporters|news|headline|article|lawsuit|sued|denies|denied|rumou?rs?|suspected of|suspicion of)(?![A-Za-z])/i;
/** Words before the claim that make it hypothetical, general or a doubt. */
const NOT_A_CLAIM =
  /(?<![A-Za-z])(?:if|whether|unless|anyone who|whoever|nobody|no one|not that|never said|don't think|do not think|doubt|don't believe|do not believe|wrong to say|unfair to say|nobody is saying|not saying|isn't saying|never|no evidence|no proof|nothing to show|not true|untrue|false to say|cleared)(?![A-Za-z])[^.!?]*$/i;
const QUESTION = /\?\s*$|^\s*(?:is|are|was|were|did|does|do|has|have|can|could|would|should|will)\s/i;

function isName(words: string, start: number, text: string): boolean {
  const list = words.split(/\s+/);
  if (list.every((w) => NOT_NAMES.has(w.toLowerCase()))) return false;
  // One capitalised plural at the start with "are": a group in general ("Banks are thieves").
  const atStart = /^[\s"'“(]*$/.test(text.slice(0, start));
  return !(atStart && list.length === 1 && /s$/.test(list[0]) && /^\s+are\s/.test(text.slice(start + words.length)));
}

/** Any accusing word at all: most sentences have none, and one look spares the five patterns below. */
const ANY_ACCUSING =
  /corrupt|crook|thie|liar|fraud|swindl|embezzl|criminal|con ?(?:artist|m[ae]n)|scam|cheat|racket|launder|bribe|gangster|robb|rob|dishonest|on the take|pocket|payroll|steal|stole|lying|(?<![A-Za-z])lie|ripp|defraud|rig|cooked the books|fiddl|siphon|misappropriat|misused|kickback|backhander|bent/i;

/** Every English accusation in a sentence; a question, a report of a claim or a denial has none. */
export function englishAccusations(text: string): Accused[] {
  if (!ANY_ACCUSING.test(text) || QUESTION.test(text) || REPORTED.test(text)) return [];
  const out: Accused[] = [];
  const add = (re: RegExp, rule: Accused['rule'], named: boolean) => {
    for (const m of matches(re, text)) {
      if (named) {
        const name = /^[^\s'’]+(?:\s+[A-Z][^\s'’]*){0,2}/u.exec(m[0])![0];
        if (!isName(name, m.index, text)) continue;
      }
      if (NOT_A_CLAIM.test(text.slice(0, m.index))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, rule });
    }
  };
  add(LABEL_BY_TARGET, 'label', false);
  add(DEED_BY_TARGET, 'deed', false);
  add(LABEL_BY_NAME, 'label', true);
  add(DEED_BY_NAME, 'deed', true);
  add(ATTRIBUTIVE, 'label', false);
  return out;
}
