// What the friends-only cross-check is and why: a post that says it is for friends only while talking about work.
import type { CheckMeta } from '../../types.js';
import { optionsObject } from './option-schemas.js';

export const friendsOnlyMeta: CheckMeta = {
  id: 'friends-only',
  title: { en: 'Friends-only spaces are public', ar: 'مساحات الأصدقاء علنية' },
  defaultSeverity: 'info',
  rules: {
    'friends-only-work': {
      label: { en: 'Work talk in a post meant for friends only', ar: 'حديث عن العمل في منشور للأصدقاء فقط' },
      message: {
        en: 'Meant for friends only, but it talks about work: "{words}"',
        ar: 'موجَّه للأصدقاء فقط لكنه يتحدث عن العمل: «{words}»',
      },
      suggestion: {
        en: 'Write it as if it were public: leave out what you would not want everyone to read.',
        ar: 'اكتبه كأنه منشور للعموم: احذف ما لا تريد أن يقرأه الجميع.',
      },
    },
  },
  // Not run on an official account, which has no friends-only posts.
  clause: {
    en: 'Even a space restricted to your friends is public in effect: you cannot control what friends do with what you post, so talk about work there as if anyone could read it.',
    ar: 'حتى المساحات المقصورة على أصدقائك علنية في الواقع، فلا يمكنك التحكم فيما يفعله الأصدقاء بما تنشره؛ لذا تحدّث فيها عن العمل كأن أي أحد قد يقرؤه.',
  },
  source: { document: 'Oman ITA, Social Media in Government (2016)', section: 'Codes of Conduct' },
  // No options: the phrases are built in, work talk is the employer's names and words of the workplace.
  optionsSchema: optionsObject({}),
};
