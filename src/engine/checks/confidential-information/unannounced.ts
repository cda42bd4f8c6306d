// Talk of what has not been made public: "before the official announcement", "you didn't hear it from me", "بيني وبينك".
// Strong cues leak on their own; weak ones ("between us", "not announced yet") only when the sentence is about work.
import { matches } from '../../matches.js';
import type { Span } from './markings.js';

export interface Cue extends Span {
  /** True when the words alone say something is told before it may be. */
  strong: boolean;
  /** "not announced yet": a leak only when something is revealed with it, not in "we'll post it once announced". */
  notYet?: boolean;
}

const EN = (parts: string[]) => new RegExp(parts.map((p) => `(?<![A-Za-z])${p}(?![A-Za-z])`).join('|'), 'gi');
const AR = (parts: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])[وف]?(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

const ENGLISH_STRONG = EN([
  'before (?:it is |it\'s |it gets |its |the )?(?:officially |formally |publicly )?announced',
  'before the (?:official |formal |public )?announcement',
  'ahead of the (?:official |formal |public )?announcement',
  'you (?:didn\'t|did not|never) hear (?:it|this|that) from me',
  'don\'t (?:tell anyone|say) I told you',
  'do not (?:tell anyone|say) I told you',
]);

const ENGLISH_WEAK = EN([
  '(?:just|strictly|only|this is|this stays|it stays|that stays|keep (?:this|it|that)) between (?:us|you and me|ourselves|the two of us)',
  'between you and me',
  'between ourselves',
  '(?:this is |it\'s |strictly |totally |completely |purely |but )off[- ]the[- ]record',
  'off[- ]the[- ]record(?=\\s?[,:;.!—–-]|$)',
  'keep (?:this|it|that) (?:quiet|under wraps|to yourselves?)',
  'under wraps',
  'hush[- ]hush',
  'don\'t quote me',
]);

const ENGLISH_NOT_YET = EN([
  'not (?:been )?(?:officially )?announced yet',
  'not yet (?:been )?(?:officially )?announced',
  '(?:hasn\'t|has not|haven\'t|have not|isn\'t|is not|wasn\'t|was not|aren\'t|are not) (?:been )?(?:officially )?announced',
  '(?:not|isn\'t|is not) (?:yet )?(?:official|public) yet',
  '(?:hasn\'t|has not|isn\'t|is not) (?:gone|been made) public',
  'until (?:it is|it\'s) (?:officially )?announced',
]);

/** Arabic on normalised text: "قلت لك" may be written "قلتلك", "إني" is "اني". */
const ARABIC_STRONG = AR([
  'قبل الاعلان الرسمي',
  'قبل الاعلان (?:عنه|عنها|عنهم) رسميا',
  'قبل (?:ما|لا) (?:يعلنون|يعلنوا|يعلنونه|يعلنوها|يعلن|تعلن|ينعلن|يطلع رسمي|ينزل رسمي)',
  'لا (?:تقول|تقولي|تقولين|تقولون|تقولوا) (?:اني|انني|انا اللي|عني)(?: (?:قلتلكم|قلتلك|قلت لكم|قلت لك|قلت))?',
  'ما (?:سمعته|سمعتها|سمعتوه|سمعتيه) مني',
  'لا (?:تجيب|تجيبون|تجيبوا) (?:طاري |سيره )?اسمي',
]);

const ARABIC_WEAK = AR([
  'بيني وبينك',
  'بيني وبينكم',
  'بيني و بينك',
  'بيني و بينكم',
  '(?:خلها|خليها|خلوها|خله|خلوه|خليه) بيننا',
  '(?:كلام|سر) بيننا',
  'مصدر داخلي',
  'مصادر داخليه',
]);

const ARABIC_NOT_YET = AR([
  'لم يعلن (?:عنه |عنها )?بعد',
  'لم يتم الاعلان (?:عنه|عنها)',
  'لم يتم الاعلان (?:عنه |عنها )?بعد',
  '(?:للحين|لسه|لسا|بعده|بعدها) ما (?:انعلن|انعلنت|اعلنوه|اعلنوها|اعلنوا|طلع|طلعت|نزل|نزلت)',
  'ما (?:انعلن|انعلنت|اعلنوه|اعلنوها) (?:للحين|لسه|بعد)',
  '(?:مب|مو|مش|غير) رسمي (?:بعد|للحين|لسه)',
]);

/** What a reply says when it honestly has nothing to share yet: "we'll post it here", "سنعلن عنه". */
const NOTHING_YET = /\b(?:we(?:'ll| will| shall) (?:update|let you know|announce|share|post|inform|publish|confirm)|keep you (?:posted|updated|informed)|follow (?:our|this)|watch this space)\b/i;
const NOTHING_YET_AR = /(?:سنعلن|سيتم الاعلان|سنوافيكم|سنبلغكم|سنخبركم|ترقبوا|تابعونا|بنعلن|بنبلغكم|بنخبركم|سيعلن عنه|سيعلن عنها)/u;

/** With a not-yet, something is told: a contrast, a future or a decision. */
const REVEALS = /(?<![A-Za-z])(?:but|though|however|still|will|going to|gonna|decided|approved|agreed|confirmed|plans? to|heads up|spoiler|apparently|word is|I hear|I heard|rumou?r)(?![A-Za-z])/i;
const REVEALS_AR = /(?<![\p{L}])(?:بس|لكن|ولكن|راح|سوف|سيتم|قرروا|قرر|قررت|اعتمدوا|اعتمد|وافقوا|وافق|بيطلع|بتطلع|بينزل|بتنزل|بيعلنون|بيصير|بتصير|الخبر)(?![\p{L}])/u;

const LATIN_LETTER = /[A-Za-z]/;
const ARABIC_LETTER = /[\u0621-\u064a]/;

function push(re: RegExp, text: string, strong: boolean, out: Cue[], notYet = false): void {
  for (const m of matches(re, text)) out.push({ start: m.index, end: m.index + m[0].length, strong, ...(notYet ? { notYet } : {}) });
}

/** Every cue in the sentence; a not-yet with nothing revealed, or in an honest "we'll let you know", is left out. */
export function unannouncedCues(text: string): Cue[] {
  const out: Cue[] = [];
  if (LATIN_LETTER.test(text)) {
    push(ENGLISH_STRONG, text, true, out);
    push(ENGLISH_WEAK, text, false, out);
    if (REVEALS.test(text) && !NOTHING_YET.test(text)) push(ENGLISH_NOT_YET, text, false, out, true);
  }
  if (ARABIC_LETTER.test(text)) {
    push(ARABIC_STRONG, text, true, out);
    push(ARABIC_WEAK, text, false, out);
    if (REVEALS_AR.test(text) && !NOTHING_YET_AR.test(text)) push(ARABIC_NOT_YET, text, false, out, true);
  }
  return out.sort((a, b) => a.start - b.start);
}
