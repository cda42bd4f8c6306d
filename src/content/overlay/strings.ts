// The words the overlay shows, in English and Arabic; the person's language (their choice, else the browser's) picks one.
import type { Lang, LocalText } from '../../engine/types.js';

const AR_PLURAL = new Intl.PluralRules('ar');

/** "and N more things" in the Arabic form for N (وأمر آخر، وأمران آخران، و3 أمور أخرى، و11 أمرًا آخر، و100 أمر آخر). */
function arabicMore(n: number, partial: boolean): string {
  const forms: Record<string, string> = {
    zero: 'ولا أمور أخرى',
    one: 'وأمر آخر',
    two: 'وأمران آخران',
    few: `و${n} أمور أخرى`,
    many: `و${n} أمرًا آخر`,
    other: `و${n} أمر آخر`,
  };
  return `${forms[AR_PLURAL.select(n)]}${partial ? ' على الأقل' : ''}`;
}

const englishMore = (n: number, partial: boolean) => `and ${partial ? 'at least ' : ''}${n} more`;

export const STRINGS = {
  en: {
    lang: 'en',
    /** The direction of the overlay's own panels: the person's language's, whatever the box's. */
    dir: 'ltr',
    badgeLabel: (n: number) => (n === 0 ? 'Post Coach: nothing to look at' : n === 1 ? 'Post Coach: 1 thing to look at before posting' : `Post Coach: ${n} things to look at before posting`),
    /** The badge's label when the list is cut: `n` listed, `more` left out (`partial`: at least that many). */
    badgeLabelMore: (n: number, more: number, partial: boolean) => `Post Coach: ${n} things to look at before posting, ${englishMore(more, partial)}`,
    /** The line where a list of findings is cut. */
    moreLine: (more: number, partial: boolean) => `…${englishMore(more, partial)}`,
    why: 'Why',
    suggestion: 'Try',
    /** The guideline a finding cites: "document, section" in this language (src/engine/sources.ts). */
    source: (citation: string) => `Source: ${citation}`,
    dismiss: 'Dismiss for this post',
    close: 'Close',
    chipOfficial: (handle: string, org: string) => `Posting as ${handle}: official account of ${org}`,
    chipPersonal: 'Personal account',
    chipUnknown: 'Not sure: which account is this?',
    chooseOfficial: 'Official',
    choosePersonal: 'Personal',
    change: 'Change',
    yourOrganisation: 'your organisation',
    replyNoteTitle: 'The post you are replying to is abusive',
    replyNote: 'Do not engage with users who are aggressive or abusive. If a reply is needed, keep it short and factual, or take the conversation offline.',
    replySource: 'UK Cabinet Office ten tips 9 and 10; Oman ITA, Social Media in Government, "Engaged" (moderate comments as appropriate)',
    reviewTitle: (n: number) => (n === 1 ? 'Before you post: 1 thing is still open' : `Before you post: ${n} things are still open`),
    reviewBlocked: 'Your organisation asks you to fix the items marked as errors before posting.',
    reviewPermanent: 'Posting as the organisation: this post will stay available permanently and may be republished in other media.',
    postAnyway: 'Post anyway',
    reviewNoButton: "To post it as it is, use the site's own Post button.",
    reviewFailedTitle: 'Before you post: a check could not run',
    reviewCheckFailed: (titles: readonly LocalText[]) =>
      titles.length === 1
        ? `The check “${titles[0].en}” could not run on this draft, so the draft has not been checked for it.`
        : `These checks could not run on this draft, so it has not been checked for them: ${titles.map((t) => `“${t.en}”`).join(', ')}.`,
    reviewBlockedFailed: 'Your organisation asks for every check to run before posting. Reload the page and try again; if it keeps happening, tell whoever manages your rules.',
    edit: 'Edit',
    severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  },
  ar: {
    lang: 'ar',
    dir: 'rtl',
    badgeLabel: (n: number) => (n === 0 ? 'مدرب النشر: لا شيء للمراجعة' : `مدرب النشر: ${n} من الأمور للمراجعة قبل النشر`),
    badgeLabelMore: (n: number, more: number, partial: boolean) => `مدرب النشر: ${n} من الأمور للمراجعة قبل النشر، ${arabicMore(more, partial)}`,
    moreLine: (more: number, partial: boolean) => `…${arabicMore(more, partial)}`,
    why: 'السبب',
    suggestion: 'جرّب',
    source: (citation: string) => `المصدر: ${citation}`,
    dismiss: 'تجاهل في هذا المنشور',
    close: 'إغلاق',
    chipOfficial: (handle: string, org: string) => `النشر باسم ${handle}: الحساب الرسمي لـ ${org}`,
    chipPersonal: 'حساب شخصي',
    chipUnknown: 'غير متأكد: أي حساب هذا؟',
    chooseOfficial: 'رسمي',
    choosePersonal: 'شخصي',
    change: 'تغيير',
    yourOrganisation: 'جهتك',
    replyNoteTitle: 'المنشور الذي ترد عليه مسيء',
    replyNote: 'لا تتفاعل مع المستخدمين العدوانيين أو المسيئين. إن لزم الرد فاجعله قصيرًا وموضوعيًا، أو انقل الحديث إلى خارج المنصة.',
    replySource: 'نصائح مكتب مجلس الوزراء البريطاني 9 و10؛ هيئة تقنية المعلومات العُمانية، وسائل التواصل الاجتماعي في الحكومة، "المشاركة الكاملة" (الإشراف على التعليقات)',
    reviewTitle: (n: number) => `قبل النشر: ${n} من الأمور ما زالت مفتوحة`,
    reviewBlocked: 'تطلب جهتك إصلاح البنود المصنفة أخطاء قبل النشر.',
    reviewPermanent: 'أنت تنشر باسم الجهة: سيبقى هذا المنشور متاحًا بشكل دائم وقد يُعاد نشره في وسائل إعلام أخرى.',
    postAnyway: 'انشر على أي حال',
    reviewNoButton: 'لنشره كما هو، استخدم زر النشر في الموقع نفسه.',
    reviewFailedTitle: 'قبل النشر: تعذّر تشغيل أحد الفحوص',
    reviewCheckFailed: (titles: readonly LocalText[]) =>
      titles.length === 1
        ? `تعذّر تشغيل فحص «${titles[0].ar}» على هذه المسودة، فلم تُفحص من جهته.`
        : `تعذّر تشغيل هذه الفحوص على هذه المسودة، فلم تُفحص من جهتها: ${titles.map((t) => `«${t.ar}»`).join('، ')}.`,
    reviewBlockedFailed: 'تطلب جهتك أن تعمل جميع الفحوص قبل النشر. أعد تحميل الصفحة وحاول مجددًا، وإن تكرر ذلك فأبلغ المسؤول عن قواعد جهتك.',
    edit: 'تعديل',
    severity: { error: 'خطأ', warning: 'تنبيه', info: 'ملاحظة' },
  },
} as const;

export type Strings = (typeof STRINGS)[Lang];

/** The person's choice on the options page, else the browser's UI language (Arabic for any "ar*" locale); never the page's. */
export function pickLang(chosen: unknown, uiLanguage: string | undefined): Lang {
  if (chosen === 'en' || chosen === 'ar') return chosen;
  return uiLanguage?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}
