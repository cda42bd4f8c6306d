// What the personal-details check is and why, apart from its detectors so the popup and options load only this.
import type { CheckMeta, LocalText, RuleMeta } from '../../types.js';
import type { DetailRule } from '../personal-details/candidate.js';
import { optionsObject } from './option-schemas.js';
import { cite } from '../../sources.js';

/** Every kind of detail the check reports: the rule id of each finding, and what a ruleset may ignore. */
export const PERSONAL_DETAIL_RULES: readonly DetailRule[] = [
  'phone', 'email', 'address', 'postal-code', 'civil-id', 'ni-number', 'nhs-number', 'ssn', 'driving-licence', 'passport', 'card', 'iban', 'bank-account',
  'vehicle-plate', 'date-of-birth',
];

/** A detail that reaches a person: quoted as typed (`{words}`), with the advice to send it privately. */
function contact(label: LocalText, named: LocalText = label): RuleMeta {
  return {
    label,
    message: { en: `${named.en}: {words}`, ar: `${named.ar}: {words}` },
    suggestion: {
      en: 'Remove it, or send it by private message to the person who needs it.',
      ar: 'احذفه، أو أرسله في رسالة خاصة إلى من يحتاجه.',
    },
  };
}

/** A number that identifies a person or opens an account: shown only by its last four characters (`{ending}`). */
function secret(label: LocalText, named: LocalText = label): RuleMeta {
  return {
    label,
    message: { en: `${named.en}: ending {ending}`, ar: `${named.ar}: ينتهي بـ {ending}` },
    suggestion: {
      en: 'Remove it: never post it publicly. If someone needs it, share it through an official, secure channel.',
      ar: 'احذفه ولا تنشره علناً أبداً. إن احتاجه أحد فشاركه عبر قناة رسمية آمنة.',
    },
  };
}

const RULES: Record<DetailRule, RuleMeta> = {
  phone: contact({ en: 'Phone number', ar: 'رقم هاتف' }),
  email: contact({ en: 'Email address', ar: 'عنوان بريد إلكتروني' }),
  address: contact({ en: 'Home or street address', ar: 'عنوان سكن أو شارع' }),
  'postal-code': contact({ en: 'Postal code', ar: 'رمز بريدي' }),
  'civil-id': secret({ en: 'Civil ID number', ar: 'رقم البطاقة المدنية' }, { en: 'Civil ID number', ar: 'الرقم المدني' }),
  'ni-number': secret({ en: 'National Insurance number', ar: 'رقم التأمين الوطني' }),
  'nhs-number': secret({ en: 'NHS number', ar: 'رقم هيئة الخدمات الصحية الوطنية' }, { en: 'NHS number', ar: 'رقم الخدمة الصحية الوطنية (NHS)' }),
  ssn: secret({ en: 'Social Security number', ar: 'رقم الضمان الاجتماعي' }),
  'driving-licence': secret({ en: 'Driving licence number', ar: 'رقم رخصة القيادة' }),
  passport: secret({ en: 'Passport number', ar: 'رقم جواز السفر' }),
  card: secret({ en: 'Payment card number', ar: 'رقم بطاقة دفع' }),
  iban: secret({ en: 'Bank account number (IBAN)', ar: 'رقم حساب مصرفي (IBAN)' }),
  'bank-account': secret({ en: 'Bank account number', ar: 'رقم حساب مصرفي' }),
  'vehicle-plate': contact({ en: 'Vehicle plate number', ar: 'رقم لوحة مركبة' }),
  'date-of-birth': contact({ en: 'Date of birth', ar: 'تاريخ الميلاد' }),
};

export const personalDetailsMeta: CheckMeta = {
  id: 'personal-details',
  title: { en: 'Personal details', ar: 'البيانات الشخصية' },
  defaultSeverity: 'error',
  rules: RULES,
  clause: {
    en: 'Never post personal details such as a home address or phone numbers, and remember that privacy laws apply to what you post.',
    ar: 'لا تنشر أبداً بيانات شخصية مثل عنوان المنزل أو أرقام الهواتف، وتذكّر أن قوانين الخصوصية تسري على ما تنشره.',
  },
  source: cite(['omanIta', 'codesOfConduct']),
  optionsSchema: optionsObject({
    ignore: {
      description: 'Kinds of detail not to flag.',
      type: 'array',
      maxItems: PERSONAL_DETAIL_RULES.length,
      items: { type: 'string', enum: [...PERSONAL_DETAIL_RULES] },
    },
  }),
};
