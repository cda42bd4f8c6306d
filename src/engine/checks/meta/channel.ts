// What the channel check is and why, apart from its phrase lists so the popup and options load only this.
import type { CheckMeta, RuleMeta } from '../../types.js';
import { optionsObject } from './option-schemas.js';
import { cite } from '../../sources.js';

/** Every rule a channel finding carries. */
export type ChannelRule = 'personal-channel' | 'backward-shift';

/** `{words}`: the words of the draft as typed. */
const RULES: Record<ChannelRule, RuleMeta> = {
  'personal-channel': {
    label: { en: 'A personal channel offered', ar: 'عرض قناة تواصل شخصية' },
    message: { en: 'A personal channel offered from the organisation\'s account: "{words}"', ar: 'عرض قناة تواصل شخصية من حساب الجهة: «{words}»' },
    why: {
      en: 'Do not open a channel of communication you cannot maintain: your own number or WhatsApp goes unanswered when you are away, and the account belongs to the organisation, not to you.',
      ar: 'لا تفتح قناة تواصل لا تستطيع الاستمرار فيها: رقمك أو واتسابك الشخصي لن يجد من يرد عليه في غيابك، والحساب للجهة لا لك.',
    },
    suggestion: {
      en: 'Point to the organisation\'s own channels (its messages, helpline or online form) instead of your own.',
      ar: 'وجّه إلى قنوات الجهة نفسها (رسائلها أو خطها الساخن أو نموذجها الإلكتروني) بدلًا من قنواتك الشخصية.',
    },
  },
  'backward-shift': {
    label: { en: 'Sent back to the phone or a visit', ar: 'إحالة إلى الهاتف أو الحضور' },
    message: { en: 'An online question sent back to a call or a visit: "{words}"', ar: 'إحالة سؤال وصل إلكترونيًا إلى اتصال أو حضور: «{words}»' },
    why: {
      en: 'Try not to shift citizens backwards: someone who asked online should be answered online when the answer needs no call or visit.',
      ar: 'تجنّب إعادة المواطن إلى قناة أقل يسرًا: من سأل إلكترونيًا يُجاب إلكترونيًا ما دام الجواب لا يحتاج إلى اتصال أو زيارة.',
    },
    suggestion: {
      en: 'Answer here or in a private message, or link to the online service; ask for a call or a visit only when the matter needs one, and say why.',
      ar: 'أجب هنا أو في رسالة خاصة أو بإحالة إلى الخدمة الإلكترونية، ولا تطلب الاتصال أو الحضور إلا إذا اقتضت المعاملة ذلك، مع ذكر السبب.',
    },
  },
};

export const channelMeta: CheckMeta = {
  id: 'channel',
  title: { en: 'Channels', ar: 'قنوات التواصل' },
  defaultSeverity: 'info',
  rules: RULES,
  clause: {
    en: 'On an official account, use channels the organisation can keep: do not offer your own number or WhatsApp, and do not send a question asked online back to the phone or a visit without need. A personal account\'s own contacts are its own, so the check speaks on official accounts only.',
    ar: 'في الحساب الرسمي استخدم قنوات تستطيع الجهة الاستمرار فيها: لا تعرض رقمك أو واتسابك الشخصي، ولا تُحِل سؤالًا وصل إلكترونيًا إلى الهاتف أو الحضور دون حاجة. أما الحساب الشخصي فقنواته لصاحبه، لذا لا يعمل هذا الفحص إلا في الحسابات الرسمية.',
  },
  source: cite(['ukTenTips', 'tip7'], ['ukTenTips', 'tip8']),
  optionsSchema: optionsObject({}),
};
