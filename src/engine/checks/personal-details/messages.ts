// What a personal-details finding says, in English or Arabic; numbers that unlock accounts are masked.
import type { Candidate, DetailRule } from './candidate.js';

const LABEL: Record<DetailRule, { en: string; ar: string }> = {
  phone: { en: 'Phone number', ar: 'رقم هاتف' },
  email: { en: 'Email address', ar: 'عنوان بريد إلكتروني' },
  address: { en: 'Home or street address', ar: 'عنوان سكن أو شارع' },
  'postal-code': { en: 'Postal code', ar: 'رمز بريدي' },
  'civil-id': { en: 'Civil ID number', ar: 'الرقم المدني' },
  'ni-number': { en: 'National Insurance number', ar: 'رقم التأمين الوطني' },
  'nhs-number': { en: 'NHS number', ar: 'رقم الخدمة الصحية الوطنية (NHS)' },
  ssn: { en: 'Social Security number', ar: 'رقم الضمان الاجتماعي' },
  'driving-licence': { en: 'Driving licence number', ar: 'رقم رخصة القيادة' },
  passport: { en: 'Passport number', ar: 'رقم جواز السفر' },
  card: { en: 'Payment card number', ar: 'رقم بطاقة دفع' },
  iban: { en: 'Bank account number (IBAN)', ar: 'رقم حساب مصرفي (IBAN)' },
  'bank-account': { en: 'Bank account number', ar: 'رقم حساب مصرفي' },
  'vehicle-plate': { en: 'Vehicle plate number', ar: 'رقم لوحة مركبة' },
  'date-of-birth': { en: 'Date of birth', ar: 'تاريخ الميلاد' },
};

/** Numbers that identify a person or open an account: shown only by their last four characters. */
const MASKED = new Set<DetailRule>(['civil-id', 'ni-number', 'nhs-number', 'ssn', 'driving-licence', 'passport', 'card', 'iban', 'bank-account']);

const SUGGEST = {
  contact: {
    en: 'Remove it, or send it by private message to the person who needs it.',
    ar: 'احذفه، أو أرسله في رسالة خاصة إلى من يحتاجه.',
  },
  secret: {
    en: 'Remove it: never post it publicly. If someone needs it, share it through an official, secure channel.',
    ar: 'احذفه ولا تنشره علناً أبداً. إن احتاجه أحد فشاركه عبر قناة رسمية آمنة.',
  },
};

/** `written`: the detail as it stands in the draft, shown for contact details; identity numbers show only their end. */
export function describe(c: Candidate, written: string, lang: 'en' | 'ar'): { message: string; suggestion: string } {
  const label = LABEL[c.rule][lang];
  const compact = c.value.replace(/[\s-]/g, '');
  const shown = MASKED.has(c.rule) ? `${lang === 'ar' ? 'ينتهي بـ' : 'ending'} ${compact.slice(-4)}` : clip(written);
  return {
    message: `${label}: ${shown}`,
    suggestion: SUGGEST[MASKED.has(c.rule) ? 'secret' : 'contact'][lang],
  };
}

function clip(value: string): string {
  const one = value.replace(/\s+/g, ' ').trim();
  return one.length > 48 ? `${one.slice(0, 47)}…` : one;
}
