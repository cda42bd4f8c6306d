// What a confidential-information finding says, in English or Arabic, quoting the words as written.

export type ConfidentialRule = 'marking' | 'unannounced' | 'code-name' | 'internal-reference' | 'intranet-link';

interface Words {
  message: (words: string) => string;
  why: string;
  suggestion: string;
}

const TEXT: Record<ConfidentialRule, Record<'en' | 'ar', Words>> = {
  marking: {
    en: {
      message: (w) => `Marked as not for release: "${w}"`,
      why: 'A protective marking says the information is not yours to publish: only share what you are authorised to release.',
      suggestion: 'Leave the marked material out, or wait until it has been published officially and link to that.',
    },
    ar: {
      message: (w) => `مادة مصنّفة بأنها ليست للنشر: «${w}»`,
      why: 'التصنيف يعني أن هذه المعلومات ليست لك لتنشرها: لا تنشر إلا ما خُوّلت بنشره.',
      suggestion: 'احذف المادة المصنّفة، أو انتظر حتى تُنشر رسميًا ثم شارك رابطها.',
    },
  },
  unannounced: {
    en: {
      message: (w) => `Sounds like news not yet announced: "${w}"`,
      why: 'Decisions and plans are the organisation\'s to announce: telling them early, even "between us", discloses information you are not authorised to release.',
      suggestion: 'Wait for the official announcement and share that, or say only what has already been made public.',
    },
    ar: {
      message: (w) => `يبدو أنه خبر لم يُعلَن بعد: «${w}»`,
      why: 'إعلان القرارات والخطط من شأن الجهة: نشرها مبكرًا، ولو «بيني وبينك»، إفشاء لمعلومات لم تُخوَّل بنشرها.',
      suggestion: 'انتظر الإعلان الرسمي وشاركه، أو اكتفِ بما أُعلن للعامة.',
    },
  },
  'code-name': {
    en: {
      message: (w) => `A code name or embargoed topic of the organisation: "${w}"`,
      why: 'Your organisation lists this as confidential until it is announced: only share it once it has been made public.',
      suggestion: 'Leave it out until the organisation has announced it.',
    },
    ar: {
      message: (w) => `اسم رمزي أو موضوع محظور النشر لدى الجهة: «${w}»`,
      why: 'تعدّ جهتك هذا سرًّا حتى يُعلَن عنه: لا تذكره إلا بعد الإعلان الرسمي.',
      suggestion: 'احذفه حتى تعلن الجهة عنه.',
    },
  },
  'internal-reference': {
    en: {
      message: (w) => `An internal reference number: "${w}"`,
      why: 'Internal file and document numbers belong inside the organisation: posting them discloses information you are not authorised to release.',
      suggestion: 'Remove the reference; point to the published document or the public service instead.',
    },
    ar: {
      message: (w) => `رقم مرجعي داخلي: «${w}»`,
      why: 'أرقام الملفات والوثائق الداخلية تبقى داخل الجهة: نشرها إفشاء لمعلومات لم تُخوَّل بنشرها.',
      suggestion: 'احذف الرقم، وأشر إلى الوثيقة المنشورة أو الخدمة العامة بدلًا منه.',
    },
  },
  'intranet-link': {
    en: {
      message: (w) => `A link to the organisation's intranet: "${w}"`,
      why: 'Intranet pages are for staff only: a link to one shows internal material and where to look for it.',
      suggestion: 'Remove the link; link to the public website if the information is published there.',
    },
    ar: {
      message: (w) => `رابط إلى الشبكة الداخلية للجهة: «${w}»`,
      why: 'صفحات الشبكة الداخلية للموظفين فقط: رابطها يكشف مادة داخلية ومكانها.',
      suggestion: 'احذف الرابط، وضع رابط الموقع العام إن كانت المعلومة منشورة فيه.',
    },
  },
};

/** Characters of a long quote shown before "…". */
const QUOTE_LIMIT = 60;

export function describe(rule: ConfidentialRule, written: string, lang: 'en' | 'ar'): { message: string; why: string; suggestion: string } {
  const t = TEXT[rule][lang];
  const words = written.length > QUOTE_LIMIT ? `${written.slice(0, QUOTE_LIMIT - 1)}…` : written;
  return { message: t.message(words), why: t.why, suggestion: t.suggestion };
}
