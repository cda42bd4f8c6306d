// What the confidential-information check is and why, apart from its phrase lists so the popup and options load only this.
import type { CheckMeta, RuleMeta } from '../../types.js';
import { optionsObject } from './option-schemas.js';
import { cite } from '../../sources.js';

/** Every rule a confidential-information finding carries. */
export type ConfidentialRule = 'marking' | 'unannounced' | 'code-name' | 'internal-reference' | 'intranet-link';

/** `{words}`: the words of the draft as typed, a long stretch cut short. */
const RULES: Record<ConfidentialRule, RuleMeta> = {
  marking: {
    label: { en: 'Protective marking', ar: 'تصنيف سرّية' },
    message: { en: 'Marked as not for release: "{words}"', ar: 'مادة مصنّفة بأنها ليست للنشر: «{words}»' },
    why: {
      en: 'A protective marking says the information is not yours to publish: only share what you are authorised to release.',
      ar: 'التصنيف يعني أن هذه المعلومات ليست لك لتنشرها: لا تنشر إلا ما خُوّلت بنشره.',
    },
    suggestion: {
      en: 'Leave the marked material out, or wait until it has been published officially and link to that.',
      ar: 'احذف المادة المصنّفة، أو انتظر حتى تُنشر رسميًا ثم شارك رابطها.',
    },
  },
  unannounced: {
    label: { en: 'News not yet announced', ar: 'خبر لم يُعلَن بعد' },
    message: { en: 'Sounds like news not yet announced: "{words}"', ar: 'يبدو أنه خبر لم يُعلَن بعد: «{words}»' },
    why: {
      en: 'Decisions and plans are the organisation\'s to announce: telling them early, even "between us", discloses information you are not authorised to release.',
      ar: 'إعلان القرارات والخطط من شأن الجهة: نشرها مبكرًا، ولو «بيني وبينك»، إفشاء لمعلومات لم تُخوَّل بنشرها.',
    },
    suggestion: {
      en: 'Wait for the official announcement and share that, or say only what has already been made public.',
      ar: 'انتظر الإعلان الرسمي وشاركه، أو اكتفِ بما أُعلن للعامة.',
    },
  },
  'code-name': {
    label: { en: 'Code name or embargoed topic', ar: 'اسم رمزي أو موضوع محظور النشر' },
    message: { en: 'A code name or embargoed topic of the organisation: "{words}"', ar: 'اسم رمزي أو موضوع محظور النشر لدى الجهة: «{words}»' },
    why: {
      en: 'Your organisation lists this as confidential until it is announced: only share it once it has been made public.',
      ar: 'تعدّ جهتك هذا سرًّا حتى يُعلَن عنه: لا تذكره إلا بعد الإعلان الرسمي.',
    },
    suggestion: { en: 'Leave it out until the organisation has announced it.', ar: 'احذفه حتى تعلن الجهة عنه.' },
  },
  'internal-reference': {
    label: { en: 'Internal reference number', ar: 'رقم مرجعي داخلي' },
    message: { en: 'An internal reference number: "{words}"', ar: 'رقم مرجعي داخلي: «{words}»' },
    why: {
      en: 'Internal file and document numbers belong inside the organisation: posting them discloses information you are not authorised to release.',
      ar: 'أرقام الملفات والوثائق الداخلية تبقى داخل الجهة: نشرها إفشاء لمعلومات لم تُخوَّل بنشرها.',
    },
    suggestion: {
      en: 'Remove the reference; point to the published document or the public service instead.',
      ar: 'احذف الرقم، وأشر إلى الوثيقة المنشورة أو الخدمة العامة بدلًا منه.',
    },
  },
  'intranet-link': {
    label: { en: 'Intranet link', ar: 'رابط للشبكة الداخلية' },
    message: { en: 'A link to the organisation\'s intranet: "{words}"', ar: 'رابط إلى الشبكة الداخلية للجهة: «{words}»' },
    why: {
      en: 'Intranet pages are for staff only: a link to one shows internal material and where to look for it.',
      ar: 'صفحات الشبكة الداخلية للموظفين فقط: رابطها يكشف مادة داخلية ومكانها.',
    },
    suggestion: {
      en: 'Remove the link; link to the public website if the information is published there.',
      ar: 'احذف الرابط، وضع رابط الموقع العام إن كانت المعلومة منشورة فيه.',
    },
  },
};

export const confidentialInformationMeta: CheckMeta = {
  id: 'confidential-information',
  title: { en: 'Confidential information', ar: 'المعلومات السرية' },
  defaultSeverity: 'error',
  rules: RULES,
  clause: {
    en: 'Share only information you are authorised to release: marked documents, decisions not yet announced, internal references and links, and the organisation\'s code names stay inside until they are made public.',
    ar: 'لا تنشر إلا المعلومات المخوَّل بنشرها: الوثائق المصنّفة، والقرارات التي لم يُعلَن عنها بعد، والأرقام المرجعية والروابط الداخلية، والأسماء الرمزية لمشاريع الجهة تبقى داخلها حتى تُعلَن رسميًا.',
  },
  source: cite(['omanIta', 'codesOfConduct'], ['ukGuide', 'civilServiceCode']),
  // No options: the code names, reference shapes and intranet hosts are the organisation's, in the ruleset's `confidential`.
  optionsSchema: optionsObject({}),
};
