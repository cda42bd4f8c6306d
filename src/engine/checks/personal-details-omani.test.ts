// Omani and Arabic forms of personal details, and the numbers that belong to the organisation or to a file instead.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer.js';
import { loadRuleset } from '../../ruleset/load.js';
import type { Finding } from '../types.js';

const analyzer = createAnalyzer(loadRuleset());

function found(text: string, lang: 'en' | 'ar' = 'ar'): Finding[] {
  return analyzer.analyze(text, { capacity: 'personal', lang }).filter((f) => f.check === 'personal-details');
}

/** [what it shows, draft, [rule, exact text of the span] for each finding]. */
const flagged: Array<[string, string, Array<[string, string]>]> = [
  // Mobiles and home lines
  ['a mobile in Arabic-Indic digits after "كلموني"', 'إذا تأخرت الشحنة كلموني ٩٥٤٣٢١٠٨', [['phone', '٩٥٤٣٢١٠٨']]],
  ['a mobile with 00968 and mixed spacing', 'للإيجار شقة في بوشر، واتساب ٠٠٩٦٨ ٧٨ ٥٦ ٤٣ ٢١', [['phone', '٠٠٩٦٨ ٧٨ ٥٦ ٤٣ ٢١']]],
  ['a home landline after "تلفون البيت"', 'تلفون البيت ٢٦٧٤٣٢١٩ إذا الجوال مقفول', [['phone', '٢٦٧٤٣٢١٩']]],
  // The span ends on the last digit and its emoji selector, before the keycap frame.
  ['a mobile in keycap digits', 'راسلني واتساب 9️⃣5️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣', [['phone', '9️⃣5️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣'.slice(0, -1)]]],
  ['a mobile in an Arabizi post', 'lli 3indah so2al 3an el form kalmni 96123457', [['phone', '96123457']]],
  ['a mobile named after a reference number', 'رقم الطلب عندك، وجوال الموظف المسؤول ٧٢٣٤٥٦٨٩', [['phone', '٧٢٣٤٥٦٨٩']]],
  ['a mobile of a person named after a school in an earlier clause', 'نبي مدرسة خصوصية للولد، تواصلوا مع أم سالم ٩٩٤٤٥٥٦١', [['phone', '٩٩٤٤٥٥٦١']]],
  // Civil numbers
  ['a civil number after "رقمه المدني"', 'الوالد رقمه المدني ٠٥٦٧٨٩٠١ ويحتاج موعد', [['civil-id', '٠٥٦٧٨٩٠١']]],
  ['a civil number after "رقم البطاقة المدنية"', 'رقم البطاقة المدنية 10987654 للتحقق', [['civil-id', '10987654']]],
  // Addresses
  ['a house and way in Omani form', 'بيتنا في العذيبة، منزل ٥٦ سكة ٢١٣٤', [['address', 'منزل ٥٦ سكة ٢١٣٤']]],
  ['a building and flat in MSA', 'يسكن في بناية ١٢ شقة ٤ بالخوير', [['address', 'بناية ١٢ شقة ٤']]],
  ['a lone way number said to be home', 'عنوان البيت سكة ٤٤٢٠ قريب من الجامع', [['address', 'سكة ٤٤٢٠ قريب من الجامع']]],
  ['a Latin address written in lower case', 'deliver to villa 12 way 2207 please', [['address', 'villa 12 way 2207']]],
  // Bank accounts and IBANs
  ['an account number after "حسابي"', 'حولوا المبلغ على حسابي ٠٤٤٥١٢٣٠٩٨٧٦٥٤٣', [['bank-account', '٠٤٤٥١٢٣٠٩٨٧٦٥٤٣']]],
  ['an account number in groups after "account no"', 'My account no is 0312 4455 6677 8801 at the bank', [['bank-account', '0312 4455 6677 8801']]],
  ['an Omani IBAN', 'الآيبان OM810180000001299123456 باسمي', [['iban', 'OM810180000001299123456']]],
  // Vehicle plates
  ['a plate with a slash and two letters', 'المركبة رقم ٤٥٦٧/ع ب صدمت سيارتي', [['vehicle-plate', '٤٥٦٧/ع ب']]],
  ['a plate after "لوحة"', 'شفت موتر أبيض لوحة ٩٨٧٦٥ ر م يسرع عند المدرسة', [['vehicle-plate', '٩٨٧٦٥ ر م']]],
  ['a plate with one letter', 'السيارة ٢٣٤١ د واقفة عند بابنا', [['vehicle-plate', '٢٣٤١ د']]],
  // Dates of birth
  ['a date after "تاريخ ميلاد" and a relative', 'تاريخ ميلاد بنتي ٠٣/١١/٢٠١٨ والنظام ما يقبله', [['date-of-birth', '٠٣/١١/٢٠١٨']]],
  ['a Hijri date of birth', 'ميلادي ٢ شوال ١٤٠٥هـ حسب الشهادة', [['date-of-birth', '٢ شوال ١٤٠٥']]],
];

const clean: Array<[string, string]> = [
  // The organisation's published lines
  ['a call centre number', 'مركز الاتصال ٢٤٥٥٦٧٨٩ يستقبل استفساراتكم طوال الأسبوع'],
  ['a hotline with the number first', '٢٤٣٣٢٢١١ هو الخط الساخن للإبلاغ عن الأعطال'],
  ['an Omani toll-free number', 'للحجز اتصلوا على ٨٠٠٧٧٦٦٥'],
  ['an Omani toll-free number in groups', 'للاستفسار اتصلوا 800 55 123'],
  ['a ministry fax', 'فاكس الوزارة ٢٤٦٩٨٧٦٥ لإرسال الطلبات'],
  ['a school switchboard', 'بدالة الكلية 26781234 من الثامنة صباحاً'],
  ['a municipality WhatsApp line', 'تقدرون ترسلون الصور على واتساب البلدية ٩٥٥٥١٢٣٤'],
  ['a hospital emergency line', 'هاتف الطوارئ في المستشفى ٢٥٤٤٣٣٢٢'],
  ['a police station line after a colon', 'مركز شرطة بوشر: هاتف ٢٤٥١١٢٢٣'],
  ['a customer service line in English', 'Customer service: 2461 2345, open daily'],
  ['a shared mailbox', 'راسلونا على support@transport.example.om'],
  // Reference numbers
  ['a report number', 'رقم البلاغ ٩١٢٣٤٥٦٧ تم إغلاقه'],
  ['a report number after "برقم"', 'سجلنا بلاغك برقم 72345678 وبنرد عليك'],
  ['a request number', 'رقم طلب الإسكان ٧٦٥٤٣٢١٠ قيد المراجعة'],
  ['a transaction number', 'رقم المعاملة 91827364 للمتابعة'],
  ['a case number', 'رقم القضية ٢٣٤٥٦٧٨٩ في المحكمة الابتدائية'],
  ['a booking number', 'رقم الحجز 99887766 ظاهر في الرسالة'],
  ['a form number', 'احتفظ برقم الاستمارة ٧١٢٣٤٥٦٧'],
  ['a fine number', 'رقم المخالفة 93456781 تقدر تدفعها من التطبيق'],
  ['a file number filed under its year', 'الملف ٢٠٢٥/٤٤٥١٢ محال للجنة'],
  ['a ticket number in English', 'Your ticket number is 91234567, keep it for reference'],
  // Roads, premises and other numbers
  ['a road number alone', 'إغلاق جزئي في الطريق رقم ٣١ بسبب الأمطار'],
  ['a way number alone', 'أعمال صيانة في سكة ٢٥٠٧ بالموالح'],
  ['the organisation\'s premises', 'مقر المديرية: روي، سكة ٣١٠٥، مبنى ١٢'],
  ['a price in rials after a car', 'سعر السيارة ٤٥٠٠ ر.ع فقط'],
  ['a model year and "and"', 'السيارة موديل ٢٠١٩ و ماشية قليل'],
  ['a verb glued to "طلب"', 'الأستاذة تطلب الاتصال بولي الأمر بخصوص الواجب'],
  ['a count of requests', 'استلمنا ١٢٣٤٥٦٧ طلباً هذا العام'],
];

describe('personal-details in Omani and Arabic forms', () => {
  it.each(flagged)('flags %s', (_name, text, expected) => {
    const got = found(text).map((f) => [f.rule, text.slice(f.start, f.end)]);
    expect(got).toEqual(expected);
  });

  it.each(clean)('does not flag %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('masks a bank account number and names it in Arabic', () => {
    const [f] = found('حسابي في البنك ٠٣١٢٤٤٥٥٦٦٧٧٨٨٠١');
    expect(f.message).toBe('رقم حساب مصرفي: ينتهي بـ ٨٨٠١');
    expect(f.suggestion).toBe('احذفه ولا تنشره علناً أبداً. إن احتاجه أحد فشاركه عبر قناة رسمية آمنة.');
  });

  it('names a vehicle plate in English', () => {
    const [f] = found('The car 4567 A B blocked the gate', 'en');
    expect(f).toEqual(expect.objectContaining({ rule: 'vehicle-plate', message: 'Vehicle plate number: 4567 A B' }));
  });
});
