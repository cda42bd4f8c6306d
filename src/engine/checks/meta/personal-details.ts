// What the personal-details check is and why, apart from its detectors so the popup and options load only this.
import type { CheckMeta } from '../../types.js';
import type { DetailRule } from '../personal-details/candidate.js';
import { optionsObject } from './option-schemas.js';

/** Every kind of detail the check reports: the rule id of each finding, and what a ruleset may ignore. */
export const PERSONAL_DETAIL_RULES: readonly DetailRule[] = [
  'phone', 'email', 'address', 'postal-code', 'civil-id', 'ni-number', 'nhs-number', 'ssn', 'driving-licence', 'passport', 'card', 'iban', 'bank-account',
  'vehicle-plate', 'date-of-birth',
];

export const personalDetailsMeta: CheckMeta = {
  id: 'personal-details',
  title: { en: 'Personal details', ar: 'البيانات الشخصية' },
  defaultSeverity: 'error',
  clause: {
    en: 'Never post personal details such as a home address or phone numbers, and remember that privacy laws apply to what you post.',
    ar: 'لا تنشر أبداً بيانات شخصية مثل عنوان المنزل أو أرقام الهواتف، وتذكّر أن قوانين الخصوصية تسري على ما تنشره.',
  },
  source: { document: 'Oman ITA, Social Media in Government (2016)', section: 'Codes of Conduct' },
  optionsSchema: optionsObject({
    ignore: {
      description: 'Kinds of detail not to flag.',
      type: 'array',
      maxItems: PERSONAL_DETAIL_RULES.length,
      items: { type: 'string', enum: [...PERSONAL_DETAIL_RULES] },
    },
  }),
};
