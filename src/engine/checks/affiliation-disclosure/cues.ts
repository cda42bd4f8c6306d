// What counts as disclosing the affiliation: saying who one works for, or that these are one's own views.
import { AR_PREFIX, WORD_END, WORD_START, alternation, type ByScript } from '../../text/words.js';

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
    `\\bpersonal\\s+(?:views?|opinions?)\\s+only\\b`,
    `\\b(?:views|opinions)\\s+(?:are\\s+)?(?:mine|my\\s+own)\\b`,
    `\\bnot\\s+(?:the|my|our)\\s+(?:employer|ministry|department|directorate|organi[sz]ation|municipality|authority)${APOS}s\\b`,
    `\\b(?:employee|staffer|staff\\s+member|civil\\s+servant|public\\s+servant)\\s+here\\b`,
    `\\b(?:I\\s+am|I${APOS}m)\\s+with\\s+(?:the\\s+)?(?:ministry|municipality|department|directorate|authority|council|agency)\\b`,
    `\\b(?:full\\s+)?disclosure\\s*:`,
  ],
  [
    'أعمل في', 'أعمل لدى', 'أعمل بوزارة', 'أعمل بالوزارة', 'أنا موظف في', 'أنا موظفة في', 'أنا موظف لدى', 'أنا موظفة لدى',
    'بصفتي موظف', 'بصفتي موظفة', 'رأيي الشخصي', 'رأي شخصي', 'آرائي الشخصية', 'آراء شخصية', 'بصفة شخصية', 'بصفتي الشخصية',
    'لا أمثل', 'لا تمثل إلا', 'وجهة نظري الشخصية', 'أتحدث بصفتي الشخصية', 'أتكلم بصفتي الشخصية', 'من موظفي', 'أشتغل في', 'أشتغل بوزارة',
    'أشتغل بالوزارة', 'أعمل بالبلدية', 'أشتغل بالبلدية', 'يعبر عني', 'تعبر عني', 'يمثلني', 'تمثلني', 'لا يمثل', 'لا تمثل', 'ما يمثل', 'ما تمثل',
    'مايمثل', 'ماتمثل', 'لا يعبر عن', 'لا تعبر عن', 'آراء شخصية', 'الآراء شخصية', 'حسابي شخصي', 'حساب شخصي',
  ],
  /work|employ|serv|staff|official|officer|view|opinion|thought|tweet|post|personal|speak|not\s+|represent|here|with|disclosure/i,
);
