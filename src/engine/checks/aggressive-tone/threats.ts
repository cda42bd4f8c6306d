// Threats of harm, in English and Arabic: "I'll find you", "you'll regret this", "بذبحك", "ستندم".
import type { Hit } from '../../types.js';
import { regexHits } from './tone-hit.js';

/** A first person who announces what they will do: "I'll", "we are going to", "I want to"... */
const I_WILL = String.raw`\b(?:i|we)(?:'ll|’ll| will| shall|'m going to|'m gonna| am going to| am gonna|'re going to|'re gonna| are going to| are gonna| want to| wanna|'d| would| could| should| swear i'?ll)\s+(?:\w+\s+)?`;

/** Violence that is a threat whenever the speaker aims it at someone. */
const HARM = String.raw`(?:kill|hurt|murder|stab|strangle|choke|beat up|beat the \w+ out of|punch|slap|smash|destroy|bury|hunt(?: down)?|come (?:for|after)|rape)`;

const ENGLISH = new RegExp(
  [
    String.raw`${I_WILL}${HARM} (?:you|u|ya|y'all|him|her|them|your (?:face|neck|head|skull|legs?|arms?|teeth|nose|family))\b`,
    String.raw`${I_WILL}(?:find|get|catch) (?:you|u|ya)(?=\s*(?:$|[.!,]|and\b|when\b|wherever\b|one day\b|soon\b))`,
    String.raw`${I_WILL}teach (?:you|u|them) a lesson\b`,
    String.raw`\bshoot (?:you|u|him|her|them) (?:dead|in the)\b`,
    String.raw`\bkill (?:yo)?urself\b|\bkill your ?self\b|\bkys\b`,
    String.raw`\bgo (?:and )?die\b`,
    String.raw`(?<!\bdo )\bor (?:else )?die\b`,
    String.raw`\b(?:hope|wish)(?: that)? (?:you|u|they|he|she) (?:die|dies|get killed|gets killed|get shot|gets shot|burn|burns|rot|rots|choke|chokes)\b`,
    String.raw`\b(?:deserves?|need|needs|ought) to (?:die|be (?:shot|hanged|hung|killed|executed|lynched|beaten|raped|burned|burnt))\b`,
    String.raw`\bshould (?:all )?(?:be|get) (?:shot|hanged|hung|killed|lynched|beaten|raped|burned|burnt)\b`,
    String.raw`\byou(?:'ll|’ll| will|'re going to|'re gonna| are going to| are gonna| shall) (?:regret (?:this|it|that|the day|ever|your)|pay for (?:this|that|it|what)|be sorry)\b`,
    String.raw`\byou(?:'ll|’ll| will) pay(?=\s*(?:$|[.!]))`,
    String.raw`\bwatch (?:your|ur) back\b`,
    String.raw`\b(?:you(?:'d|’d| had)?|u) better watch (?:out|it|yourself|urself|your back)\b`,
    String.raw`\bwatch yourself\b`,
    String.raw`\bi know where (?:you|u) (?:live|work|sleep|are)\b`,
    String.raw`\byou(?:'re|’re| are) (?:dead meat|a dead man|dead|done for)(?!\s+(?:right|wrong|set|serious|on|tired|certain|sure|wrong))\b`,
    String.raw`\bsleep with one eye open\b`,
    String.raw`\b(?:your|ur) days are numbered\b`,
    String.raw`\byou(?:'ve|’ve| have) been warned\b`,
  ].join('|'),
  'gi',
);

/** Arabic letters, so a word edge can be checked without \b (which only knows Latin). */
const L = String.raw`\p{L}`;
const EDGE_BEFORE = String.raw`(?<!${L})`;
const EDGE_AFTER = String.raw`(?!${L})`;

/** Verbs of killing and violence, in normalised spelling (ا without hamza, ه for ة, ي for ى). */
const AR_HARM = 'قتل|ذبح|دبح|طخ|سحق|دعس|حرق|دفن|فرم|خنق|نحر|صفي|ضرب';

/** "I'll ...", said in Gulf, Levantine, Egyptian and standard Arabic: ب / ح / س / راح / رح / سوف / والله ل. */
const AR_WILL = String.raw`(?:(?:راح|رح|حا|سوف|والله|لازم|بدي|ودي|اقسم بالله)\s+)?(?:(?:و|ف)?(?:ب|ح|س|ل|لا|سا|سن)?[ان]|ب|ح)`;

/** Arabic threats, each starting at a word edge. */
const ARABIC_THREATS = [
  // "I/we will kill you": بقتلك، اقتلك، ساقتلك، سنذبحكم، راح ادعسك
  String.raw`${AR_WILL}(?:${AR_HARM})(?:ك|كم|كي|كو)${EDGE_AFTER}`,
  // "I'll break your head / cut your tongue"
  String.raw`${AR_WILL}?(?:كسر|قطع|خلع|فقع)\s+(?:راس|رقب(?:ت|ه)?|خشم|وجه|ايد|يد|رجل|عظام|سنون|اسنان|لسان|عيون|عين)(?:ك|كم)${EDGE_AFTER}`,
  // beheading: قطع راسه، حز رقابهم
  String.raw`(?:قطع|حز|فصل)\s+(?:راس|روس|رءوس|رووس|رقب|رقاب)${L}*`,
  // "you will regret it": ستندم، بتندم، راح تندم
  String.raw`(?:س|ب|ح)تندم(?:ون|ين|وا|ي)?${EDGE_AFTER}`,
  String.raw`(?:راح|رح|سوف)\s+تندم(?:ون|ين|وا|ي)?${EDGE_AFTER}`,
  // "I'll show you" (Gulf threat) and "I know where you live"
  String.raw`(?:والله\s+)?لاوري(?:ك|كم)${EDGE_AFTER}`,
  String.raw`(?:ا|ن)عرف\s+(?:وين|فين|اين)\s+(?:ساكن|تسكن|تسكنون|ساكنين|بيتك|تشتغل)${EDGE_AFTER}`,
  String.raw`(?:ا|ن)عرف\s+(?:بيتك|عنوانك|بيتكم)${EDGE_AFTER}`,
  // "your blood is fair game", "your end is near", "your days are numbered"
  String.raw`دم(?:ك|كم|ه|هم)\s+مهدور${EDGE_AFTER}`,
  String.raw`نهايت(?:ك|كم)\s+(?:قربت|قريبه|قريب)${EDGE_AFTER}`,
  String.raw`ايام(?:ك|كم)\s+معدود(?:ه|ات)${EDGE_AFTER}`,
  // calls to violence: اقتلوهم، اعدموه، يستاهلون الذبح، الموت لـ
  String.raw`ا(?:قتل|ذبح|دبح|حرق|سحل|عدم|شنق|سحق|دعس)وه(?:م|ا)?${EDGE_AFTER}`,
  String.raw`(?:يستاهل|يستحق|تستاهل|تستحق)(?:ون|وا)?\s+(?:ال)?(?:ذبح|دبح|قتل|حرق|شنق|سحل|اعدام|موت|رصاص|سحق)${EDGE_AFTER}`,
  String.raw`(?:لازم|يجب|الواجب)\s+(?:ال)?(?:ذبح|قتل|حرق|شنق|سحل|اعدام|سحق)(?:هم|ه|ها|كم)${EDGE_AFTER}`,
  String.raw`الموت\s+لل?${L}+`,
];

// One lookbehind in front of the alternation, not one per alternative: V8 then tests the edge once per position.
const ARABIC = new RegExp(`${EDGE_BEFORE}(?:${ARABIC_THREATS.join('|')})`, 'gu');

/** A word every English threat above contains: one cheap test spares the long pattern on most sentences. */
const ENGLISH_WORDS =
  /kill|hurt|murder|stab|strangl|chok|beat|punch|slap|smash|destroy|bury|hunt|come|rape|find|get|catch|teach|shoot|kys|die|hope|wish|deserv|need|ought|should|regret|pay|sorry|watch|know|dead|done|sleep|numbered|warned/i;

export function threatHits(text: string, hasArabic: boolean, hasLatin: boolean): Hit[] {
  return [
    ...(hasLatin && ENGLISH_WORDS.test(text) ? regexHits(ENGLISH, text, 'threat') : []),
    ...(hasArabic ? regexHits(ARABIC, text, 'threat') : []),
  ];
}
