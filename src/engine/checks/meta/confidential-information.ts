// What the confidential-information check is and why, apart from its phrase lists so the popup and options load only this.
import type { CheckMeta } from '../../types.js';
import { optionsObject } from './option-schemas.js';

export const confidentialInformationMeta: CheckMeta = {
  id: 'confidential-information',
  title: { en: 'Confidential information', ar: 'المعلومات السرية' },
  defaultSeverity: 'error',
  clause: {
    en: 'Share only information you are authorised to release: marked documents, decisions not yet announced, internal references and links, and the organisation\'s code names stay inside until they are made public.',
    ar: 'لا تنشر إلا المعلومات المخوَّل بنشرها: الوثائق المصنّفة، والقرارات التي لم يُعلَن عنها بعد، والأرقام المرجعية والروابط الداخلية، والأسماء الرمزية لمشاريع الجهة تبقى داخلها حتى تُعلَن رسميًا.',
  },
  source: {
    document: 'Oman ITA, Social Media in Government (2016); UK Government, Engaging through social media: a guide for civil servants',
    section: 'Codes of Conduct; Civil Service Code',
  },
  // No options: the code names, reference shapes and intranet hosts are the organisation's, in the ruleset's `confidential`.
  optionsSchema: optionsObject({}),
};
