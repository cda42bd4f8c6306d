// Words that say a post is meant for friends only: "friends only", "this stays between us", "بيني وبينكم", "للأصدقاء فقط".
// Run on normalised text (أ is ا, ة is ه, ى is ي). A bare "بيننا" ("the distance between us") is not one: it counts when
// held there ("خلها بيننا", "الكلام بيننا", "بيننا وبس").
import { matches } from '../matches.js';

export interface Span {
  start: number;
  end: number;
}

const EN_WHO = '(?:us|you and me|ourselves|friends|the two of us)';

const ENGLISH = new RegExp(
  [
    '(?:close\\s+)?friends[- ]only',
    '(?:only|just|strictly)\\s+for\\s+(?:my\\s+)?(?:close\\s+)?friends',
    'for\\s+(?:my\\s+)?(?:close\\s+)?friends(?:[\'’]?\\s+eyes)?\\s+only',
    `(?:this|it|that|what I say here|all this)\\s+stays\\s+between\\s+${EN_WHO}`,
    `(?:just|strictly|only)\\s+between\\s+${EN_WHO}`,
    `keep\\s+(?:this|it|that)\\s+between\\s+${EN_WHO}`,
    'only\\s+(?:my\\s+)?(?:close\\s+)?friends\\s+(?:can|will|get to)\\s+see\\s+(?:this|it)',
    '(?:my\\s+)?(?:account|profile)\\s+is\\s+(?:private|locked)',
  ]
    .map((p) => `(?<![A-Za-z])${p}(?![A-Za-z])`)
    .join('|'),
  'gi',
);

/** Arabic with a glued و/ف allowed in front. */
const ARABIC = new RegExp(
  `(?<![\\p{L}\\p{N}])[وف]?(?:${[
    'بيني\\s*و\\s*(?:بينكم|بينك|بينچ|بينكن)',
    '(?:خلها|خليها|خلوها|خله|خليه|خلوه|خلي الكلام|خل الكلام|خلي السالفه|خل السالفه)\\s+بيننا',
    '(?:الكلام|كلام|سر|السالفه|سالفه|الموضوع)\\s+بيننا',
    '(?:يبقي|تبقي|يظل|تظل|يضل|تضل)\\s+بيننا',
    'بيننا\\s+(?:وبس|فقط|بس)',
    'لل(?:اصدقاء|اصحاب|ربع|خويان|مقربين)(?:\\s+المقربين)?\\s+(?:فقط|بس|وبس)',
    'حسابي\\s+(?:خاص|مقفل|مغلق)',
  ].join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

const LATIN_LETTER = /[A-Za-z]/;
const ARABIC_LETTER = /[\u0621-\u064A]/;

/** Every place in a normalised sentence that says it is meant for friends only, in text order. */
export function friendsOnlySpans(text: string): Span[] {
  const out: Span[] = [];
  if (LATIN_LETTER.test(text)) for (const m of matches(ENGLISH, text)) out.push({ start: m.index, end: m.index + m[0].length });
  if (ARABIC_LETTER.test(text)) for (const m of matches(ARABIC, text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}
