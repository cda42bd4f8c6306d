// What the accusation check is and why, apart from its word lists so the popup and options load only this.
import type { CheckMeta, RuleMeta } from '../../types.js';
import { optionsObject } from './option-schemas.js';
import { cite } from '../../sources.js';

/** Every rule an accusation finding carries: a person or body called a wrongdoer, or said to have done wrong. */
export type AccusationRule = 'label' | 'deed';

const SUGGESTION = {
  en: 'State only facts you can show, with their source (a court ruling, an audit report), or leave the accusation out; report suspected wrongdoing through the proper channel.',
  ar: 'اكتفِ بالوقائع التي تستطيع إثباتها مع مصدرها (حكم قضائي، تقرير رقابي)، أو احذف الاتهام؛ وأبلغ عن أي شبهة مخالفة عبر القناة المختصة.',
};

/** `{words}`: the words of the draft as typed, from the one accused to the accusation. */
const RULES: Record<AccusationRule, RuleMeta> = {
  label: {
    label: { en: 'Calling someone a wrongdoer', ar: 'وصف أحد بالفساد أو السرقة أو الكذب' },
    message: { en: 'Accuses someone of wrongdoing: "{words}"', ar: 'اتهام لأحد بمخالفة أو جُرم: «{words}»' },
    why: {
      en: 'Calling a named or identifiable person or body corrupt, a thief or a liar is an accusation: defamation law applies to posts as it does elsewhere.',
      ar: 'وصف شخص أو جهة معروفة بالفساد أو السرقة أو الكذب اتهام صريح، وقوانين التشهير تسري على المنشورات كما تسري على غيرها.',
    },
    suggestion: SUGGESTION,
  },
  deed: {
    label: { en: 'Saying someone did wrong', ar: 'نسبة فعل مخالف إلى أحد' },
    message: { en: 'Says someone did wrong: "{words}"', ar: 'نسبة فعل مخالف إلى أحد: «{words}»' },
    why: {
      en: 'Saying a named or identifiable person or body stole, took bribes or lied is an accusation: defamation law applies to posts as it does elsewhere.',
      ar: 'القول إن شخصًا أو جهة معروفة سرق أو ارتشى أو كذب اتهام صريح، وقوانين التشهير تسري على المنشورات كما تسري على غيرها.',
    },
    suggestion: SUGGESTION,
  },
};

export const accusationMeta: CheckMeta = {
  id: 'accusation',
  title: { en: 'Accusations', ar: 'الاتهامات' },
  defaultSeverity: 'warning',
  rules: RULES,
  clause: {
    en: 'Stay within the law: defamation applies online. Do not accuse a person or an organisation of wrongdoing; state facts you can source, or leave it out.',
    ar: 'التزم حدود القانون، فقوانين التشهير تسري على الإنترنت: لا تتهم شخصًا أو جهة بمخالفة أو جُرم، واكتفِ بالوقائع الموثّقة بمصدرها أو امتنع عن ذكرها.',
  },
  source: cite(['omanIta', 'codesOfConduct'], ['ukGuide', 'civilServiceCode']),
  // No options: what counts as an accusation is the law's, not the organisation's.
  optionsSchema: optionsObject({}),
};
