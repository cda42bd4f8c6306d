// What the impartiality check is and why, apart from its phrase lists so the popup and options load only this.
import type { CheckMeta, RuleMeta } from '../../types.js';
import { optionsObject } from './option-schemas.js';
import { cite } from '../../sources.js';
import type { ImpartialityRule } from '../impartiality/cue.js';

export type { ImpartialityRule };

const SUGGESTION = {
  en: 'Keep to the facts of the election (dates, polling places, how to register, the official results) and leave out whom to vote for or what you think of a party.',
  ar: 'اكتفِ بوقائع الانتخابات (المواعيد، ومراكز الاقتراع، وطريقة التسجيل، والنتائج الرسمية)، واترك الدعوة إلى انتخاب أحد ورأيك في أي حزب أو سياسي.',
};

/** `{words}`: the words of the draft as typed, a long stretch cut short. */
const RULES: Record<ImpartialityRule, RuleMeta> = {
  endorsement: {
    label: { en: 'Backing a candidate or party', ar: 'تأييد مرشح أو حزب' },
    message: { en: 'Takes a side in an election: "{words}"', ar: 'انحياز في الانتخابات: «{words}»' },
    why: {
      en: 'The Civil Service Code asks civil servants to serve whoever is elected: asking people to vote for or against a candidate or party takes a side, and on an official account the department takes it.',
      ar: 'تطلب مدونة سلوك الخدمة المدنية من الموظف أن يخدم من يختاره الناس أيًّا كان: الدعوة إلى انتخاب مرشح أو حزب أو إلى عدم انتخابه انحياز، وعلى الحساب الرسمي تنحاز الجهة نفسها.',
    },
    suggestion: SUGGESTION,
  },
  'party-politics': {
    label: { en: 'Praising or attacking a party or politician', ar: 'مدح حزب أو سياسي أو مهاجمته' },
    message: { en: 'Praises or attacks a party or politician: "{words}"', ar: 'مدح حزب أو سياسي أو هجوم عليه: «{words}»' },
    why: {
      en: 'The Civil Service Code asks civil servants to stay politically impartial: a verdict on a party or a politician, for or against, is party politics, and on an official account it is the department\'s verdict.',
      ar: 'تطلب مدونة سلوك الخدمة المدنية من الموظف الحياد السياسي: الحكم على حزب أو سياسي، مدحًا أو ذمًّا، خوض في السياسة الحزبية، وعلى الحساب الرسمي يُنسب الحكم إلى الجهة.',
    },
    suggestion: SUGGESTION,
  },
};

export const impartialityMeta: CheckMeta = {
  id: 'impartiality',
  title: { en: 'Political impartiality', ar: 'الحياد السياسي' },
  defaultSeverity: 'warning',
  rules: RULES,
  clause: {
    en: 'Operate within the Civil Service Code online as elsewhere: an official account belongs to the department, which takes no side in party politics or elections. Say when and how to vote, never for whom.',
    ar: 'التزم مدونة سلوك الخدمة المدنية على الإنترنت كما في غيره: الحساب الرسمي ملك للجهة، والجهة لا تنحاز في السياسة الحزبية ولا في الانتخابات. قل متى يكون التصويت وكيف، ولا تقل لمن.',
  },
  source: cite(['ukGuide', 'civilServiceCode'], ['agendaNi', 'civilServiceCodeOnline']),
  // No options: the parties and politicians are the organisation's, in the ruleset's `politics`.
  optionsSchema: optionsObject({}),
};
