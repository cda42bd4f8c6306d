// What the affiliation-disclosure check is and why, apart from its cue lists so the popup and options load only this.
import type { CheckMeta } from '../../types.js';
import { optionsObject } from './option-schemas.js';

export const affiliationDisclosureMeta: CheckMeta = {
  id: 'affiliation-disclosure',
  title: { en: 'Affiliation and capacity', ar: 'الإفصاح عن جهة العمل وصفة النشر' },
  defaultSeverity: 'warning',
  clause: {
    en: 'Be clear whether you post in an official or a personal capacity: when you talk about your employer from your own account, say that you work there and that the views are your own.',
    ar: 'كن واضحًا في صفة مشاركتك، رسمية أم شخصية: إذا تحدثت عن جهة عملك من حسابك الشخصي فاذكر أنك تعمل فيها وأن الآراء آراؤك الشخصية.',
  },
  source: { document: 'Oman ITA, Social Media in Government (2016)', section: 'Codes of Conduct' },
  // No options: what the check looks for comes from the ruleset's organisation, not from settings of its own.
  optionsSchema: optionsObject({}),
};
