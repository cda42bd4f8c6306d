// What the affiliation-disclosure check is and why, apart from its cue lists so the popup and options load only this.
import type { CheckMeta, RuleMeta } from '../../types.js';
import { optionsObject } from './option-schemas.js';
import { cite } from '../../sources.js';

/** Every rule an affiliation-disclosure finding carries. */
export type AffiliationRule = 'personal-opinion' | 'undisclosed-affiliation';

/** `{words}`: the words of the draft as typed. */
const RULES: Record<AffiliationRule, RuleMeta> = {
  'personal-opinion': {
    label: { en: 'Personal opinion on an official account', ar: 'رأي شخصي على حساب رسمي' },
    message: { en: 'Personal opinion on an official account: "{words}"', ar: 'رأي شخصي على حساب رسمي: «{words}»' },
    // UK Cabinet Office tips (an official account belongs to the department) and Oman ITA Codes of Conduct (be clear about capacity).
    why: {
      en: 'An official account belongs to the organisation, not to the person posting: keep personal opinions for your own account, and be clear which capacity you post in.',
      ar: 'الحساب الرسمي ملك للجهة لا لمن يكتب فيه: احتفظ بآرائك الشخصية لحسابك الخاص، وكن واضحًا في الصفة التي تنشر بها.',
    },
    suggestion: {
      en: 'Say it in the organisation’s voice, or post it from your own account.',
      ar: 'صُغه بلسان الجهة، أو انشره من حسابك الشخصي.',
    },
  },
  'undisclosed-affiliation': {
    label: { en: 'Employer mentioned without saying you work there', ar: 'ذكر جهة العمل دون الإفصاح عن العمل فيها' },
    message: {
      en: 'Talks about your employer without saying you work there: "{words}"',
      ar: 'حديث عن جهة عملك دون ذكر أنك تعمل فيها: «{words}»',
    },
    suggestion: {
      en: 'Say that you work there and that the views are your own ("I work at ..., views my own"), or leave your employer out.',
      ar: 'اذكر أنك تعمل فيها وأن الآراء آراؤك الشخصية («أعمل في ...، والآراء المنشورة تعبّر عني»)، أو لا تذكر جهة عملك.',
    },
  },
};

export const affiliationDisclosureMeta: CheckMeta = {
  id: 'affiliation-disclosure',
  title: { en: 'Affiliation and capacity', ar: 'الإفصاح عن جهة العمل وصفة النشر' },
  defaultSeverity: 'warning',
  rules: RULES,
  clause: {
    en: 'Be clear whether you post in an official or a personal capacity: when you talk about your employer from your own account, say that you work there and that the views are your own.',
    ar: 'كن واضحًا في صفة مشاركتك، رسمية أم شخصية: إذا تحدثت عن جهة عملك من حسابك الشخصي فاذكر أنك تعمل فيها وأن الآراء آراؤك الشخصية.',
  },
  source: cite(['omanIta', 'codesOfConduct']),
  // No options: what the check looks for comes from the ruleset's organisation, not from settings of its own.
  optionsSchema: optionsObject({}),
};
