// What the employer-disrepute cross-check is and why: naming your employer in a post that also attacks or accuses.
import type { CheckMeta } from '../../types.js';
import { optionsObject } from './option-schemas.js';

export const employerDisreputeMeta: CheckMeta = {
  id: 'employer-disrepute',
  title: { en: 'Your employer named in a heated post', ar: 'ذكر جهة عملك في منشور حادّ' },
  defaultSeverity: 'error',
  rules: {
    'named-employer': {
      label: { en: 'Employer named beside an attack or accusation', ar: 'ذكر جهة العمل مع هجوم أو اتهام' },
      message: {
        en: 'Names your employer in a post that attacks or accuses: "{words}"',
        ar: 'يذكر جهة عملك في منشور فيه هجوم أو اتهام: «{words}»',
      },
      suggestion: {
        en: 'Leave your employer out of this post, or say it calmly and without accusing anyone.',
        ar: 'احذف ذكر جهة عملك من هذا المنشور، أو قل ما تريد بهدوء ودون اتهام أحد.',
      },
    },
  },
  // Not run on an official account (the employer speaking); on an account not known to be personal, at most a warning.
  clause: {
    en: 'On your own account, do not name or point to your employer when the post could bring it into disrepute: an angry or accusing post that says where you work is read as coming from there.',
    ar: 'في حسابك الشخصي لا تذكر جهة عملك ولا تُشِر إليها إذا كان المنشور قد يسيء إلى سمعتها: المنشور الغاضب أو الاتهامي الذي يذكر مكان عملك يُقرأ كأنه صادر عنها.',
  },
  source: { document: 'Oman ITA, Social Media in Government (2016)', section: 'Codes of Conduct' },
  // No options: the employer's names come from the ruleset's organisation, the attack from the tone and accusation checks.
  optionsSchema: optionsObject({}),
};
