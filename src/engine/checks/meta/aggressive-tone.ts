// What the aggressive-tone check is and why, apart from its word lists so the popup and options load only this.
import type { CheckMeta } from '../../types.js';
import { booleanOption, optionsObject, textListOption } from './option-schemas.js';

export const aggressiveToneMeta: CheckMeta = {
  id: 'aggressive-tone',
  title: { en: 'Aggressive tone', ar: 'لهجة عدائية' },
  defaultSeverity: 'warning',
  clause: {
    en: 'Be cordial and professional at all times and welcome constructive criticism: insults, swearing, threats and shouting are none of these, and they stay public long after the argument is over.',
    ar: 'كن ودودًا ومهنيًا في كل الأوقات ورحّب بالنقد البنّاء: الشتائم والألفاظ النابية والتهديد والصراخ ليست من ذلك، وتبقى منشورة للعامة بعد انتهاء النقاش بوقت طويل.',
  },
  source: {
    document: 'Oman ITA, Social Media in Government (2016)',
    section: 'Basic Principles for Agency Staff ("Be consistent"); Codes of Conduct',
  },
  optionsSchema: optionsObject({
    shouting: booleanOption('Flag runs of words in capitals (default true).'),
    exclamations: booleanOption('Flag three or more exclamation marks in a row (default true).'),
    allow: textListOption(500, 200, 'Words or phrases never flagged by this check, e.g. a place name that looks like a swear word.'),
    model: booleanOption('Add the trained tone model\'s estimates where the word rules find nothing (default true).'),
  }),
};
