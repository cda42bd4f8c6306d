// What counts as talking about one's employer, as disclosing the affiliation, and as a personal opinion.
import { AR_PREFIX, WORD_END, WORD_START, alternation, type ByScript } from './terms.js';

const APOS = "['’]";
const ar = (words: string[]) => `${WORD_START}${AR_PREFIX}${alternation(words)!}${WORD_END}`;

/**
 * English patterns without the Unicode flag (many times faster on Latin text), Arabic word lists with it; `needed` is
 * a small test without which no English pattern can match.
 */
const byScript = (latin: string[], arabic: string[], needed: RegExp): ByScript => ({
  latin: new RegExp(latin.join('|'), 'gi'),
  arabic: new RegExp(ar(arabic), 'giu'),
  needed,
});

/** A workplace as an organisation: "ministry", "department", "directorate"... */
const WORKPLACE =
  '(?:ministry|department|dept|directorate(?:[- ]general)?|agency|authority|office|division|section|unit|organi[sz]ation|municipality|council|employer|workplace|govt\\s+office)';

/** The writer's own employer: "our ministry", "my department", "at work we", "our team at the...". */
export const EMPLOYER = byScript(
  [
    `\\b(?:our|my)\\s+(?:own\\s+)?${WORKPLACE}\\b`,
    `\\bat\\s+work\\b`,
    `\\bwhere\\s+I\\s+work\\b`,
    `\\b(?:our|my)\\s+team\\s+at\\b`,
    `\\bmy\\s+(?:boss|manager|colleagues|co-?workers)\\s+at\\b`,
    `\\bwe\\s+at\\s+the\\s+${WORKPLACE}\\b`,
  ],
  [
    'وزارتنا', 'وزارتي', 'دائرتنا', 'دائرتي', 'إدارتنا', 'إدارتي', 'مديريتنا', 'مديريتي', 'هيئتنا', 'مؤسستنا', 'مؤسستي',
    'بلديتنا', 'جهة عملي', 'جهة عملنا', 'مكان عملي', 'مقر عملي', 'في العمل', 'في عملي', 'نحن في الوزارة', 'نحن في الهيئة',
    'نحن في الدائرة', 'فريقنا في', 'زملائي في', 'قسمنا',
  ],
  /ministry|department|dept|directorate|agency|authority|office|division|section|unit|organi[sz]ation|municipality|council|employer|work|team|boss|manager|colleagues/i,
);

/** Saying who one works for, or that these are one's own views. */
export const DISCLOSURE = byScript(
  [
    `\\bI\\s+(?:currently\\s+|also\\s+)?(?:work|am\\s+employed|serve)\\s+(?:for|at|in|with|as)\\b`,
    `\\bI${APOS}m\\s+employed\\s+(?:by|at)\\b`,
    `\\b(?:I\\s+am|I${APOS}m|as)\\s+(?:a|an)\\s+(?:[a-z]+\\s+){0,2}?(?:civil\\s+servant|public\\s+servant|employee|staff\\s+member|official|officer)\\b`,
    `\\b(?:views|opinions|thoughts|tweets|posts)\\s+(?:are\\s+|here\\s+are\\s+|expressed\\s+(?:here\\s+)?are\\s+)?(?:my\\s+own|mine|personal|my\\s+own\\s+and\\s+not)\\b`,
    `\\bmy\\s+own\\s+(?:views|opinions?|view)\\b`,
    `\\b(?:in\\s+a|my)\\s+personal\\s+(?:capacity|view|views|opinion)\\b`,
    `\\bspeaking\\s+(?:personally|for\\s+myself|only\\s+for\\s+myself)\\b`,
    `\\bnot\\s+(?:speaking\\s+)?(?:for|on\\s+behalf\\s+of)\\s+(?:my|our|the)\\b`,
    `\\b(?:do\\s+not|don${APOS}t)\\s+(?:speak\\s+for|represent)\\b`,
  ],
  [
    'أعمل في', 'أعمل لدى', 'أعمل بوزارة', 'أعمل بالوزارة', 'أنا موظف في', 'أنا موظفة في', 'أنا موظف لدى', 'أنا موظفة لدى',
    'بصفتي موظف', 'بصفتي موظفة', 'رأيي الشخصي', 'رأي شخصي', 'آرائي الشخصية', 'آراء شخصية', 'بصفة شخصية', 'بصفتي الشخصية',
    'لا أمثل', 'لا تمثل إلا', 'وجهة نظري الشخصية', 'أتحدث بصفتي الشخصية',
  ],
  /work|employ|serv|staff|official|officer|view|opinion|thought|tweet|post|personal|speak|not\s+(?:speaking\s+)?(?:for|on)|represent/i,
);

/** A personal opinion in the first person: out of place on an official account. */
export const PERSONAL_OPINION = byScript(
  [
    `\\bpersonally\\s*,?\\s+I\\b`,
    `\\bI\\s+personally\\b`,
    `\\bin\\s+my\\s+(?:personal\\s+|own\\s+|humble\\s+)?(?:opinion|view)\\b`,
    `\\bmy\\s+(?:personal|own)\\s+(?:opinion|view)\\b`,
    `\\bI\\s+(?:really\\s+|strongly\\s+|honestly\\s+)?feel\\s+(?:that|like|strongly|this|it)\\b`,
    `\\b(?:IMO|IMHO)\\b`,
    `\\bif\\s+you\\s+ask\\s+me\\b`,
    `\\bspeaking\\s+personally\\b`,
  ],
  ['برأيي', 'في رأيي', 'من وجهة نظري', 'شخصيًا', 'شخصيا', 'رأيي الشخصي', 'أنا شخصيا', 'أعتقد شخصيا'],
  /personally|opinion|view|feel|imo|imho|ask/i,
);
