// What the case-details check is and why, apart from its word lists so the popup and options load only this.
import type { CheckMeta, RuleMeta } from '../../types.js';
import { optionsObject } from './option-schemas.js';
import { cite } from '../../sources.js';

/**
 * `{words}`: the file's number as typed; `{detail}`: the first detail of the person's situation as typed;
 * `{channels}`: the organisation's private channels (the ruleset's `privateChannels`), the "generic" variant when it names none.
 */
const RULES: Record<'case-in-public', RuleMeta> = {
  'case-in-public': {
    label: { en: 'A citizen\'s case in public', ar: 'قضية مواطن على الملأ' },
    message: {
      en: 'One person\'s case discussed in public: "{words}" with "{detail}"',
      ar: 'حالة شخص بعينه تُناقَش علنًا: «{words}» مع «{detail}»',
    },
    why: {
      en: 'A file number together with the person\'s situation makes their case public: know when a conversation should be taken offline.',
      ar: 'رقم الملف مع تفاصيل وضع صاحبه يجعل قضيته علنية: اعرف متى يجب أن تنتقل المحادثة إلى قناة خاصة.',
    },
    suggestion: {
      en: 'Reply briefly in public and take the case to a private channel: {channels}.',
      ar: 'ردّ باختصار علنًا وانقل الحالة إلى قناة خاصة: {channels}.',
    },
    variants: {
      generic: {
        suggestion: {
          en: 'Reply briefly in public and take the case to a private message; leave the number and the details out of the public reply.',
          ar: 'ردّ باختصار علنًا وانقل الحالة إلى رسالة خاصة، ولا تذكر الرقم ولا التفاصيل في الرد العلني.',
        },
      },
    },
  },
};

export const caseDetailsMeta: CheckMeta = {
  id: 'case-details',
  title: { en: 'A citizen\'s case', ar: 'قضية مواطن' },
  defaultSeverity: 'warning',
  rules: RULES,
  clause: {
    en: 'Take one person\'s case offline: a reference or application number together with their health, money, legal or family situation or their personal details belongs in a private channel, not a public reply.',
    ar: 'انقل قضية الشخص الواحد إلى قناة خاصة: رقم طلبه أو ملفه مع وضعه الصحي أو المالي أو القانوني أو العائلي أو بياناته الشخصية مكانها قناة خاصة لا الرد العلني.',
  },
  source: cite(['ukTenTips', 'tip9']),
  // No options: the private channels are the organisation's, in the ruleset's `privateChannels`.
  optionsSchema: optionsObject({}),
};
