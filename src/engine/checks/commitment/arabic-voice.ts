// From a personal account, an Arabic promise counts when the writer speaks as the organisation: "بصفتي مدير المدرسة"،
// "بحكم شغلي في المستشفى"، "أنا من فريق البوابة"، "إحنا في الدائرة"، "عندنا في المركز"، "قسمنا"، "الفريق عندنا"; or
// when a promise is made to the public ("أوعدكم"، "يا جماعة") about a public service (roads, permits, bills, schools).
import { WORD_END, WORD_START, alternation } from '../../text/words.js';

const norm = (words: string[]) => alternation(words)!;

/** Units of an organisation, as a writer names their own ("قسمنا"، "فريقنا") or says "من"/"في" before them. */
const UNITS = [
  'قسم', 'فريق', 'إدارة', 'ادارة', 'دائرة', 'مكتب', 'مركز', 'مدرسة', 'وزارة', 'بلدية', 'هيئة', 'مديرية', 'شركة', 'مستشفى', 'عيادة', 'لجنة',
  'جهة', 'مؤسسة', 'وحدة', 'شعبة', 'فرع',
];

/** "قسمنا"، "إدارتنا"، "وزارتنا"، "مستشفانا": a unit with "our" (ة becomes ت before the ending; ى becomes ا). */
const OUR_UNIT = norm(UNITS.map((u) => `${u.replace(/ة$/u, 'ت').replace(/ى$/u, 'ا')}نا`));

/** Staff nouns: "أنا من موظفي البلدية"، "أنا مسؤول"، "بصفتي مديراً". */
const STAFF = ['موظفي', 'موظفين', 'موظف', 'موظفة', 'مسؤول', 'مسؤولة', 'مدير', 'مديرة', 'رئيس', 'رئيسة', 'منسوبي', 'كادر', 'طاقم', 'زملائي', 'فنيي'];

/** Insider markers, each a short run of words. */
const VOICE = new RegExp(
  [
    // "بصفتي ..."، "بحكم شغلي/عملي/وظيفتي"
    `${WORD_START}${norm(['بصفتي', 'بصفتنا', 'بحكم شغلي', 'بحكم عملي', 'بحكم وظيفتي', 'بحكم منصبي', 'بحكم موقعي', 'بحكم شغلنا', 'بحكم عملنا'])}${WORD_END}`,
    // "أنا من فريق ..."، "أنا من الدائرة"، "أنا وزملائي في"، "إحنا في الدائرة"، "نحن في الوزارة"، "عندنا في المدرسة"، "أنا موظف"
    `${WORD_START}${norm(['أنا', 'انا', 'إحنا', 'احنا', 'حنا', 'نحن', 'عندنا'])}\\s+(?:${norm(['من', 'في', 'وزملائي في', 'وزملائي من'])}\\s+)?(?:ال)?${norm([...UNITS, ...STAFF])}${WORD_END}`,
    // "قسمنا"، "وزارتنا"، with a glued و/ف/ب/ل
    `${WORD_START}[وفبل]?${OUR_UNIT}${WORD_END}`,
    // "الفريق عندنا"، "المدرسة عندنا"
    `${WORD_START}ال${norm(UNITS)}\\s+${norm(['عندنا', 'حقنا', 'عندي'])}${WORD_END}`,
  ].join('|'),
  'u',
);

/** Addressing the public: "أوعدكم"، "لكم"، "يا جماعة"، "يا شباب"، "شباب،". */
const PUBLIC = new RegExp(
  `${WORD_START}(?!ال)\\p{L}{2,}كم${WORD_END}|${WORD_START}${norm(['لكم', 'يا جماعة', 'يا شباب', 'يا أهالي', 'يا اهل', 'شباب', 'جماعة', 'الأهالي', 'الاهالي'])}${WORD_END}`,
  'u',
);

/** Public services a promise can be about: roads, water, power, permits, cards, bills, schools, appointments. */
const SERVICES = new RegExp(
  `${WORD_START}(?:[وفبل]?ال)?${norm([
    'حفر', 'حفرة', 'طريق', 'طرق', 'شارع', 'شوارع', 'سكة', 'سكك', 'إنارة', 'انارة', 'كهرباء', 'كهربا', 'مياه', 'ماء', 'صهاريج', 'صهريج',
    'بوابة', 'رخصة', 'رخص', 'بطاقة', 'بطاقات', 'جواز', 'جوازات', 'تأشيرة', 'تأشيرات', 'معاملة', 'معاملات', 'طلب', 'طلبات', 'فاتورة',
    'فواتير', 'كتب', 'مدرسة', 'مدارس', 'موعد', 'مواعيد', 'مستشفى', 'مخلفات', 'نفايات', 'صرف', 'مجاري', 'إسكان', 'اسكان', 'منحة', 'معاش',
    'رواتب', 'تصريح', 'تصاريح', 'مخالفة', 'مخالفات', 'غرامة', 'غرامات', 'حافلة', 'حافلات', 'باصات',
  ])}${WORD_END}`,
  'u',
);

/** Whether a normalised Arabic segment speaks as the organisation from a personal account. */
export function speaksAsOrganisation(text: string): boolean {
  return VOICE.test(text);
}

/** Whether a promise in the segment is made to the public about a public service ("أوعدكم الحفر كلها بتنردم"). */
export function promisesToPublic(text: string): boolean {
  return PUBLIC.test(text) && SERVICES.test(text);
}
