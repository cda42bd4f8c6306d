// Arabic vocabulary of commitments, one entry per verb in its he-form present ("يخلص"); the morphology module
// (src/engine/arabic) matches every person, future prefix (س، سوف، بـ، راح) and object pronoun of it: "سنخلص"،
// "بنخلصها لك"، "راح نخلص"، "بخلص"، "بتخلص"، "سيتم".
import { compileLexicon, foldArabicWord, type LexiconEntry } from '../../arabic/index.js';

/**
 * What a verb does in a commitment: a concrete act; a follow-up that needs a deadline to be checkable ("نتابع");
 * "be" (يكون) that needs a state or a deadline; the passive "يتم"; the reader receiving something ("بتلقى"، "تستلم");
 * a promise in so many words ("أوعدك"، "نضمن").
 */
export type VerbKind = 'act' | 'follow' | 'be' | 'passive' | 'receive' | 'promise';

const entries = (kind: VerbKind, terms: string[]): LexiconEntry<VerbKind>[] =>
  terms.map((term) => ({ term, pos: 'verb', data: kind, arabizi: true }));

/** Acts an organisation undertakes for the reader, MSA and Gulf. */
const ACTS = [
  'يخلص', 'ينجز', 'ينهي', 'يحل', 'يصلح', 'يرسل', 'يبعث', 'يطرش', 'يرجع', 'يرجّع', 'يعيد', 'يتواصل', 'يكلم', 'يتصل', 'يرد', 'يبلغ',
  'يخبر', 'يعطي', 'يوفر', 'يسلم', 'يوصل', 'يصرف', 'يعوض', 'يخصم', 'يلغي', 'يمدد', 'يجدد', 'يصدر', 'يطلع', 'يحجز', 'يقدم', 'ينقل',
  'يركب', 'يسفلت', 'يرصف', 'يردم', 'يشيل', 'ينظف', 'يفتح', 'يشغل', 'يغير', 'يبدل', 'يستبدل', 'يضيف', 'يسجل', 'يعدل', 'يصحح',
  'يعالج', 'يحول', 'يدفع', 'يسدد', 'يرتب', 'ينسق', 'يجهز', 'يكمل', 'يستكمل', 'يوزع', 'يمر', 'يزور', 'يجي', 'يسوي', 'يخلي', 'يساعد',
  'يعتمد', 'يوافق', 'يقبل', 'يمنح', 'يخفض', 'يبني', 'ينشئ', 'يطلق', 'يعين', 'يوظف', 'يتحمل', 'يستقبل', 'يحضر', 'يجيب', 'يشتغل',
  'يقرأ', 'يبدأ', 'يرفع', 'ينفذ', 'يزود', 'يعفي', 'يسترد', 'ينشر', 'يعلن', 'يدبر', 'يخدم', 'يطبع', 'يمسح', 'يزيل', 'يعمل', 'يقوم',
  'يصل', 'يتمم', 'يفعّل', 'يفعل', 'يربط', 'يوقف', 'يحدث', 'يعتني', 'يهتم', 'يتكفل', 'يسكر', 'يسد', 'يرقع', 'يغطي', 'يشحن', 'يسلّم',
];

/** Looking into something: checkable only with a deadline ("نتابع الموضوع" alone is not a promise). */
const FOLLOW_UPS = ['يتابع', 'يدرس', 'ينظر', 'يشوف', 'يبحث', 'يراجع', 'يتحقق', 'يتأكد', 'يحاول', 'يسعى', 'يطلّع'];

/** The reader receives or finds something: "بتلقى المبلغ في حسابك"، "ستستلم البطاقة". */
const RECEIVES = ['يلقى', 'يلاقي', 'يستلم', 'يحصل', 'يتسلم'];

/** Promises in so many words: "أوعدك" (Gulf), "أعدكم"، "نضمن لك"، "نتعهد"، "نلتزم"، "أؤكد لك". */
const PROMISES = ['يوعد', 'يعد', 'يضمن', 'يتعهد', 'يلتزم', 'يؤكد'];

/** Every verb entry; "يكون" and "يتم" stand alone. */
export const VERBS = compileLexicon<VerbKind>([
  ...entries('act', ACTS),
  ...entries('follow', FOLLOW_UPS),
  ...entries('receive', RECEIVES),
  ...entries('promise', PROMISES),
  { term: 'يكون', pos: 'verb', data: 'be', forms: ['يصير'] },
  { term: 'يتم', pos: 'verb', data: 'passive' },
]);

/**
 * The Gulf passive of each act ("بتنحل"، "بيتصلح"، "تنشاف"), kept apart: "نحل" is "we solve" before it is "it is solved",
 * so a passive reading is taken only where no person reads the word.
 */
export const PASSIVES = compileLexicon<VerbKind>(
  ACTS.flatMap((term) => {
    const stem = foldArabicWord(term).slice(1);
    // Only sound stems of three letters or more have these forms ("يتجي" is no word).
    if (stem.length < 3 || /[يا]$/u.test(stem) || stem.startsWith('ت')) return [];
    return [`ين${stem}`, `يت${stem}`].map((form) => ({ term: form, pos: 'verb' as const, data: 'passive' as const, arabizi: false }));
  }),
);

/** Stems of the acts, to read the Gulf "I will" written without its alef ("بخلص" for "بأخلص", "بكلم"). */
export const ACT_STEMS = new Set([...ACTS, ...FOLLOW_UPS].map((t) => foldArabicWord(t).slice(1)));

const fold = (words: string[]) => new Set(words.map(foldArabicWord));

/** After "يكون": a state the reader can check ("جاهز"، "منجز"، "عندك"، "خالص"، "شغال"، "أقل"). */
export const READY = fold([
  'جاهز', 'جاهزة', 'جاهزه', 'جاهزين', 'منجز', 'منجزة', 'خالص', 'خالصة', 'مخلص', 'مخلصة', 'عندك', 'عندكم', 'عندج', 'معك', 'بيدك',
  'شغال', 'شغالة', 'شغاله', 'متوفر', 'متوفرة', 'متاح', 'متاحة', 'موجود', 'موجودة', 'أقل', 'اقل', 'مجاني', 'مجانا', 'مجاناً', 'راجع',
  'راجعة', 'مصلح', 'مصلحة', 'مكيفة', 'مكيف', 'مفعل', 'مفعلة', 'صالح', 'صالحة', 'واصل', 'واصلة',
]);

/** Words a forecast or a season is about: a future of these is weather, not a promise. */
export const FORECAST = fold([
  'الجو', 'الطقس', 'الأمطار', 'امطار', 'أمطار', 'المطر', 'مطر', 'الحر', 'الحرارة', 'درجات', 'الرياح', 'رياح', 'الغبار', 'الضباب',
  'المنخفض', 'الأرصاد', 'هطول', 'العاصفة', 'الموج', 'الأمواج', 'السحب', 'الرطوبة', 'البرد', 'الشمس', 'القمر', 'الهلال', 'الأجواء',
  'أجواء', 'ممطر', 'ممطرة', 'غائم', 'غائمة', 'مشمس', 'مشمسة', 'عاصف', 'مغبر', 'الغيوم', 'غيوم', 'الحراره',
]);

/** Hedges and predictions: "ربما"، "يمكن" (maybe), "قد"، "احتمال"، "من المتوقع"، "نأمل"، "عادةً". */
export const HEDGES = fold([
  'ربما', 'يمكن', 'يمكنك', 'ممكن', 'قد', 'احتمال', 'يحتمل', 'المحتمل', 'المتوقع', 'متوقع', 'يتوقع', 'نتوقع', 'نأمل', 'نامل', 'نتمنى',
  'أتمنى', 'اتمنى', 'عادة', 'عادةً', 'غالبا', 'غالباً', 'أمكن', 'امكن', 'مفروض', 'المفروض', 'يفترض', 'أظن', 'اظن', 'أعتقد', 'اعتقد',
  'يعتمد',
]);

/** Conditions: "لو"، "إذا"، "في حال". */
export const CONDITIONS = fold(['لو', 'إذا', 'اذا', 'حال', 'حالة', 'عندما']);

/** A requirement or an option for the reader: "بتحتاج"، "لازم"، "يجب"، "عليك"، "تقدر"، "يرجى"، "الرجاء". */
export const REQUIRES = fold([
  'تحتاج', 'بتحتاج', 'تحتاجون', 'لازم', 'يجب', 'عليك', 'عليكم', 'تقدر', 'تقدرون', 'تستطيع', 'بإمكانك', 'بامكانك', 'يرجى', 'الرجاء',
  'نرجو', 'يلزم', 'مطلوب', 'المطلوب', 'ضروري', 'حاول', 'تبي', 'تبغى', 'تريد',
]);

/** Questions: "هل"، "متى"، "وش"، "ايش"، "كيف"، "ليش"، "شو". */
export const QUESTIONS = fold(['هل', 'متى', 'وش', 'ايش', 'إيش', 'كيف', 'ليش', 'شو', 'وين', 'ماذا', 'لماذا']);

/** The past: "أمس"، "الماضي": a time there dates a fact, not a deadline. */
export const PAST = fold(['أمس', 'امس', 'امبارح', 'البارحة', 'الماضي', 'الماضية', 'سابقا', 'سابقاً']);
