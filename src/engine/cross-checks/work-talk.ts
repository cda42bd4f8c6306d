// Whether a sentence talks about work: the employer's names and business, the workplace, the people and the day there.
// Narrower than any mention of plans or meetings: "friends only, our holiday plans" is not about work.
import { mentions } from '../matches.js';
import { organisationTerms } from '../text/organisation-terms.js';
import type { Ruleset, Segment } from '../types.js';

const ENGLISH = new RegExp(
  [
    '(?:at|from|after|before|about|for|to|off|back to)\\s+work',
    '(?:my|our)\\s+(?:job|work|workplace|office|boss|manager|line manager|supervisor|director|colleagues?|co-?workers?|department|ministry|directorate|employer|minister|dg|team at work)',
    'the\\s+(?:office|boss|ministry|department|directorate|minister|director general|undersecretary)',
    'colleagues?',
    'co-?workers?',
    'workplace',
    'employer',
    'restructur(?:e|ed|es|ing)',
    'promotions?',
    'appraisals?',
    'payroll',
    'where I work',
  ]
    .map((p) => `(?<![A-Za-z])${p}(?![A-Za-z])`)
    .join('|'),
  'i',
);

/** Arabic on normalised text, with a glued و/ف/ب/ل allowed in front. */
const ARABIC = new RegExp(
  `(?<![\\p{L}\\p{N}])[وفبل]{0,2}(?:${[
    'ال(?:دوام|شغل|عمل)',
    'لل(?:دوام|شغل|عمل)',
    '(?:دوام|شغل|وظيفت)(?:ي|نا)',
    '(?:جهه|مكان|مقر) (?:عملي|عملنا|شغلي|شغلنا)',
    '(?:في|من) (?:عملي|عملنا)',
    'مدير(?:ي|نا|تي|تنا)?',
    'المدير(?:ه)?',
    '(?:ال)?مدراء',
    'زملا(?:ء|يي|ئي|ي|نا|ءنا|ئنا)',
    'زميل(?:ي|تي)',
    '(?:ال)?موظفين',
    'الوزاره',
    'وزار(?:تنا|تي)',
    'الاداره',
    'ادار(?:تنا|تي)',
    'الدائره',
    'دائر(?:تنا|تي)',
    'المديريه',
    'قسم(?:نا|ي)',
    'الاجتماع',
    'الوزير',
    '(?:ال)?ترقي(?:ه|ات)',
    '(?:ال)?رواتب',
    'الهيكله',
  ].join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);

/** True when the normalised sentence talks about work or names the organisation or its business. */
export function talksAboutWork(segment: Segment, ruleset: Ruleset): boolean {
  const text = segment.text;
  if (segment.hasLatin && ENGLISH.test(text)) return true;
  if (segment.hasArabic && ARABIC.test(text)) return true;
  const { names, topics } = organisationTerms(ruleset);
  return mentions(names, text) || mentions(topics, text);
}
