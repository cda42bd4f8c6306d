// A channel the organisation cannot keep: a person's own number, mobile, WhatsApp or email offered from its account.
import { normalizeTerm } from '../../normalize.js';
import { allSpans, type Span } from '../case-details/lexicon.js';

const OWN = '(?:personal|private|own|direct)';
const MEDIUM = '(?:mobile|cell(?:phone)?|phone|number|line|whatsapp|email|e-mail|account|inbox)';
/** "my personal number", "my own mobile", "my mobile number", "WhatsApp me", "text me", "call me any time". */
const EN = new RegExp(
  [
    `(?<![\\p{L}])my\\s+${OWN}\\s+${MEDIUM}`,
    '(?<![\\p{L}])my\\s+(?:mobile|cell(?:phone)?|whatsapp)(?:\\s+number)?(?![\\p{L}])',
    '(?<![\\p{L}])(?:whats\\s?app|text|sms|call|ring|phone)\\s+me(?![\\p{L}])',
    '(?<![\\p{L}])(?:contact|reach|message)\\s+me\\s+(?:directly|personally|any\\s?time)',
  ].join('|'),
  'giu',
);

const ar = (s: string) => normalizeTerm(s);
/** "كلمني على رقمي الخاص"، "واتساب على رقمي"، "جوالي"، "اتصل بي"، "تواصل معي مباشرة"، "بريدي الشخصي". */
const AR = new RegExp(
  `(?<![\\p{L}])[وف]?(?:${[
    'كلمني', 'كلميني', 'كلموني', 'اتصل بي', 'اتصلي بي', 'اتصلوا بي', 'واتسابني', 'واتسابي', 'ارسل لي واتساب', 'ارسل لي على الواتساب', 'ارسل لي على واتساب', 'راسلني واتساب', 'راسلني على الواتساب', 'راسلني على واتساب', 'الواتساب الخاص', 'واتساب الخاص', 'واتسابي الخاص',
    'واتساب على رقمي', 'على رقمي الخاص', 'على رقمي الشخصي', 'على رقمي', 'على جوالي', 'على هاتفي', 'على موبايلي', 'رقمي الخاص', 'رقمي الشخصي', 'هاتفي الخاص', 'هاتفي الشخصي',
    'جوالي', 'نقالي', 'تلفوني', 'موبايلي الخاص', 'بريدي الشخصي', 'بريدي الخاص', 'ايميلي الشخصي', 'ايميلي الخاص', 'ايميلي', 'حسابي الشخصي',
    'حسابي الخاص', 'تواصل معي مباشرة', 'تواصل معي شخصيا', 'تواصل معي على', 'تواصلوا معي على',
  ].map(ar).sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`,
  'gu',
);

/** Every offer of a personal channel in normalised text. */
export function findPersonalChannels(text: string, hasLatin: boolean, hasArabic: boolean): Span[] {
  const out: Span[] = [];
  if (hasLatin) out.push(...allSpans(EN, text));
  if (hasArabic) out.push(...allSpans(AR, text));
  return out;
}
