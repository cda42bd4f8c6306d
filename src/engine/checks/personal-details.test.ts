import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer.js';
import { loadRuleset } from '../../ruleset/load.js';
import type { Context, Finding, Ruleset } from '../types.js';
import { PERSONAL_DETAIL_RULES, personalDetails } from './personal-details.js';

const analyzer = createAnalyzer(loadRuleset());

function found(text: string, context: Partial<Context> = {}, an = analyzer): Finding[] {
  return an.analyze(text, context).filter((f) => f.check === 'personal-details');
}

/** [rule, exact text of the span]; the span is located by its first occurrence in the draft. */
type Expect = Array<[string, string]>;

function expectSpans(text: string, expected: Expect, an = analyzer): void {
  const got = found(text, {}, an).map((f) => ({ rule: f.rule, start: f.start, end: f.end, text: text.slice(f.start, f.end) }));
  const want = expected.map(([rule, span]) => {
    const start = text.indexOf(span);
    if (start < 0) throw new Error(`test table error: "${span}" not in "${text}"`);
    return { rule, start, end: start + span.length, text: span };
  });
  expect(got).toEqual(want);
}

const flagged: Array<[string, string, Expect]> = [
  // Phones
  ['an Omani mobile with +968 and spaces', 'Call me on +968 9123 4567 tonight', [['phone', '+968 9123 4567']]],
  ['an Omani mobile with the 00968 prefix', 'WhatsApp 00968 92345678 for details', [['phone', '00968 92345678']]],
  ['an Omani mobile written with a dash', 'My mobile is 9123-4567', [['phone', '9123-4567']]],
  ['an Omani landline formatted like a phone, with no cue', 'The desk is 2456 7890 these days', [['phone', '2456 7890']]],
  ['a UK mobile in national form after "call"', 'Call me on 07700 900123 after six', [['phone', '07700 900123']]],
  ['a UK landline in international form', 'Our London desk: +44 20 7946 0958', [['phone', '+44 20 7946 0958']]],
  ['a North American number in brackets', 'Reach Sam at (415) 555-0132.', [['phone', '(415) 555-0132']]],
  ['an Emirati mobile', 'Dubai line +971 50 123 4567', [['phone', '+971 50 123 4567']]],
  ['a Saudi mobile with dots', 'Ping me +966.55.123.4567 anytime', [['phone', '+966.55.123.4567']]],
  ['a number with an extension', 'Phone 020 7946 0958 ext. 12', [['phone', '020 7946 0958 ext. 12']]],
  ['an Omani mobile written with Arabic-Indic digits', 'اتصل على ٩١٢٣٤٥٦٧', [['phone', '٩١٢٣٤٥٦٧']]],
  ['a bare mobile after "رقم جوالي"', 'رقم جوالي 99123456', [['phone', '99123456']]],
  ['a bare mobile after "واتساب" with Arabic text around it', 'تواصلوا معي واتساب 71234567 شكرا', [['phone', '71234567']]],
  ['a bare number whose cue ends the previous sentence', 'Need my number?\n91234567', [['phone', '91234567']]],
  ['a phone followed by a date in the same run of digits', 'Phone (914) 349-8600 04/21/2020', [['phone', '(914) 349-8600']]],
  // Emails
  ['an email address', 'Write to ahmed.salim@example.om about it', [['email', 'ahmed.salim@example.om']]],
  ['an email spelled out with [at] and [dot]', 'ahmed [at] example [dot] om', [['email', 'ahmed [at] example [dot] om']]],
  ['an email inside Arabic text', 'راسلني على salim99@mail.example.com اليوم', [['email', 'salim99@mail.example.com']]],
  // Addresses
  ['a UK street address', 'I live at 12 Baker Street', [['address', '12 Baker Street']]],
  ['a flat and street, then a UK postcode', 'Flat 3, 22 Acacia Avenue, London SW1A 2AA', [['address', 'Flat 3, 22 Acacia Avenue'], ['postal-code', 'SW1A 2AA']]],
  ['a US street and state with ZIP', '123 Main St, Springfield, IL 62704', [['address', '123 Main St'], ['postal-code', 'IL 62704']]],
  ['an Omani villa and way number', 'Villa 45, Way 3021, Al Khuwair', [['address', 'Villa 45, Way 3021']]],
  ['an Omani P.O. Box with its postal code', 'P.O. Box 1234, PC 112, Ruwi', [['address', 'P.O. Box 1234, PC 112']]],
  ['a European street with the number after the name', 'She stays at Via Roma 17 now', [['address', 'Via Roma 17']]],
  ['an Arabic villa and سكة number', 'العنوان: فيلا 45، سكة 3021، الخوير', [['address', 'فيلا 45، سكة 3021']]],
  ['an Arabic P.O. Box and postal code', 'ص.ب 1234 الرمز البريدي 112', [['address', 'ص.ب 1234 الرمز البريدي 112']]],
  ['"my address is" followed by a street name in Arabic', 'عنواني: شارع السلطان قابوس، مسقط', [['address', 'شارع السلطان قابوس']]],
  ['"I live in" a numbered سكة', 'منزلي في سكة 3021 بالخوير', [['address', 'سكة 3021 بالخوير']]],
  // Identity numbers
  ['an Omani civil number named as such', 'My civil number is 12345678', [['civil-id', '12345678']]],
  ['a civil number after الرقم المدني in Arabic-Indic digits', 'الرقم المدني ١٢٣٤٥٦٧٨', [['civil-id', '١٢٣٤٥٦٧٨']]],
  ['a UK National Insurance number', 'NI number AB 12 34 56 C', [['ni-number', 'AB 12 34 56 C']]],
  ['an NHS number with a valid check digit', 'NHS number 943 476 5919', [['nhs-number', '943 476 5919']]],
  ['a passport number after "passport"', 'passport number A1234567', [['passport', 'A1234567']]],
  ['a passport number after رقم الجواز', 'رقم الجواز P7654321', [['passport', 'P7654321']]],
  ['a US Social Security number', 'SSN 123-45-6789', [['ssn', '123-45-6789']]],
  // Payment
  ['a Visa number passing Luhn', 'Card 4111 1111 1111 1111 please', [['card', '4111 1111 1111 1111']]],
  ['a Mastercard number with dashes and no cue', 'use 5555-5555-5555-4444 today', [['card', '5555-5555-5555-4444']]],
  ['an IBAN with spaces', 'IBAN GB82 WEST 1234 5698 7654 32', [['iban', 'GB82 WEST 1234 5698 7654 32']]],
  ['an IBAN without spaces', 'Send it to DE89370400440532013000 by Friday', [['iban', 'DE89370400440532013000']]],
  // Dates of birth
  ['a date after "born on"', 'I was born on 12/03/1990', [['date-of-birth', '12/03/1990']]],
  ['a date after تاريخ الميلاد', 'تاريخ الميلاد 1990/03/12', [['date-of-birth', '1990/03/12']]],
  ['a date with an Arabic month after مواليد', 'من مواليد 5 مارس 1988', [['date-of-birth', '5 مارس 1988']]],
  ['a date named in the previous sentence', 'Date of birth? 12/03/1990', [['date-of-birth', '12/03/1990']]],
  ['a written-out date after DOB', 'DOB: March 4, 1985', [['date-of-birth', 'March 4, 1985']]],
];

const clean: Array<[string, string]> = [
  ['years', 'The ministry was founded in 1970 and rebuilt in 2011.'],
  ['prices and counts', 'Tickets cost 12,500 baisa; the hall holds 2500 people.'],
  ['times and event dates', 'Meeting at 10:30 on 12/03/2024.'],
  ['version numbers', 'Version 2.14.3 is out'],
  ['an order number', 'Order 45871236 has shipped'],
  ['a bare 8-digit number with no phone cue', 'The code 91234567 was printed on the box'],
  ['a bare 8-digit number after an account cue', 'account number 91234567'],
  ['a tweet id', 'Tweet 1789456123456789012 went viral'],
  ['round amounts that look like an Omani landline', 'Budgets of 2500 3000 were approved'],
  ['a decree number over its year', 'Royal Decree No. 118/2011 applies'],
  ['an Arabic ministerial decision number', 'القرار الوزاري رقم 123/2023'],
  ['a time after "meet me at"', 'Meet me at 5 pm'],
  ['a distance in words', 'It is a 3 hours drive from Muscat'],
  ['a public street named with no number', 'Sultan Qaboos Street is closed today'],
  ['a public street named in Arabic with no number', 'شارع السلطان قابوس مزدحم اليوم'],
  ['a chapter number', 'Read chapter 12 of the book'],
  ['an event date with no birth cue', 'The launch is on 12/03/2025'],
  ['a birth year only', 'من مواليد 1990'],
  ['a card number failing Luhn', 'Card 4111 1111 1111 1112 please'],
  ['an IBAN with a wrong check', 'IBAN GB82 WEST 1234 5698 7654 33'],
  ['an NI number with a prefix never issued', 'GB 12 34 56 A is not one'],
  ['a handle', 'Follow @OmanMDS today'],
  ['"at" and "dot" in prose', 'look at example dot com'],
  ['a decimal', 'The index rose to 200.38294427 today'],
  ['an 8-digit civil-number shape without a cue', 'Ticket 12345678 is valid'],
  ['a list title ending in a year', 'Top 10 Songs 2019\nso good'],
  ['a meeting room', 'See you in Room 12 at 3'],
  ['a population figure with spaces', 'Population 4 527 446 in 2023'],
  ['a national vision year in Arabic', 'رؤية عمان 2040 تبدأ اليوم'],
  ['visitor counts in Arabic', 'سجل 1500 زائر في 2023'],
];

describe('personal-details', () => {
  it.each(flagged)('flags %s', (_name, text, expected) => {
    expectSpans(text, expected);
  });

  it.each(clean)('does not flag %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('reports an error with a message naming the detail and a suggestion', () => {
    expect(found('Call me on +968 9123 4567')).toEqual([
      {
        check: 'personal-details',
        rule: 'phone',
        severity: 'error',
        start: 11,
        end: 25,
        message: 'Phone number: +968 9123 4567',
        why: personalDetails.meta.clause.en,
        suggestion: 'Remove it, or send it by private message to the person who needs it.',
      },
    ]);
  });

  it('shows only the last four characters of a card number', () => {
    expect(found('Card 4111 1111 1111 1111').map((f) => f.message)).toEqual(['Payment card number: ending 1111']);
  });

  it('speaks Arabic when the draft context is Arabic', () => {
    const [f] = found('اتصل على ٩١٢٣٤٥٦٧', { lang: 'ar' });
    expect(f.message).toBe('رقم هاتف: ٩١٢٣٤٥٦٧');
    expect(f.suggestion).toBe('احذفه، أو أرسله في رسالة خاصة إلى من يحتاجه.');
  });

  /** [rule, draft, English message, Arabic message]: contact details quoted as typed, identity numbers by their last four characters. */
  const words: Array<[string, string, string, string]> = [
    ['phone', 'اتصل على ٩١٢٣-٤٥٦٧', 'Phone number: ٩١٢٣-٤٥٦٧', 'رقم هاتف: ٩١٢٣-٤٥٦٧'],
    ['email', 'Write to ahmed.salim@example.om', 'Email address: ahmed.salim@example.om', 'عنوان بريد إلكتروني: ahmed.salim@example.om'],
    ['address', 'العنوان: فيلا 45، سكة 3021، الخوير', 'Home or street address: فيلا 45، سكة 3021', 'عنوان سكن أو شارع: فيلا 45، سكة 3021'],
    ['postal-code', 'London SW1A 2AA', 'Postal code: SW1A 2AA', 'رمز بريدي: SW1A 2AA'],
    ['civil-id', 'الرقم المدني ١٢٣٤٥٦٧٨', 'Civil ID number: ending ٥٦٧٨', 'الرقم المدني: ينتهي بـ ٥٦٧٨'],
    ['ni-number', 'NI number AB 12 34 56 C', 'National Insurance number: ending 456C', 'رقم التأمين الوطني: ينتهي بـ 456C'],
    ['nhs-number', 'NHS number 943 476 5919', 'NHS number: ending 5919', 'رقم الخدمة الصحية الوطنية (NHS): ينتهي بـ 5919'],
    ['ssn', 'SSN 123-45-6789', 'Social Security number: ending 6789', 'رقم الضمان الاجتماعي: ينتهي بـ 6789'],
    ['driving-licence', 'Driving licence MORGA657054SM9IJ', 'Driving licence number: ending M9IJ', 'رقم رخصة القيادة: ينتهي بـ M9IJ'],
    ['passport', 'رقم الجواز P7654321', 'Passport number: ending 4321', 'رقم جواز السفر: ينتهي بـ 4321'],
    ['card', 'Card 4111 1111 1111 1111', 'Payment card number: ending 1111', 'رقم بطاقة دفع: ينتهي بـ 1111'],
    ['iban', 'IBAN GB82 WEST 1234 5698 7654 32', 'Bank account number (IBAN): ending 5432', 'رقم حساب مصرفي (IBAN): ينتهي بـ 5432'],
    ['bank-account', 'حسابي في البنك ٠٣١٢٤٤٥٥٦٦٧٧٨٨٠١', 'Bank account number: ending ٨٨٠١', 'رقم حساب مصرفي: ينتهي بـ ٨٨٠١'],
    ['vehicle-plate', 'The car 4567 A B blocked the gate', 'Vehicle plate number: 4567 A B', 'رقم لوحة مركبة: 4567 A B'],
    ['date-of-birth', 'من مواليد 5 مارس 1988', 'Date of birth: 5 مارس 1988', 'تاريخ الميلاد: 5 مارس 1988'],
  ];

  it.each(words)('words a %s finding in English and in Arabic', (rule, text, en, ar) => {
    expect(found(text, { capacity: 'personal', lang: 'en' }).map((f) => [f.rule, f.message])).toEqual([[rule, en]]);
    expect(found(text, { capacity: 'personal', lang: 'ar' }).map((f) => [f.rule, f.message])).toEqual([[rule, ar]]);
  });

  it('words every kind of detail it can report', () => {
    expect(words.map(([rule]) => rule).sort()).toEqual([...PERSONAL_DETAIL_RULES].sort());
  });

  it('cites the Codes of Conduct of the Oman ITA guidelines', () => {
    expect(personalDetails.meta.id).toBe('personal-details');
    expect(personalDetails.meta.defaultSeverity).toBe('error');
    expect(personalDetails.meta.source).toEqual({
      document: 'Oman ITA, Social Media in Government (2016)',
      section: 'Codes of Conduct',
      ar: { document: 'هيئة تقنية المعلومات، وسائل التواصل الاجتماعي في الحكومة (2016)', section: 'قواعد السلوك' },
    });
    expect(personalDetails.meta.title.ar).toBe('البيانات الشخصية');
  });

  describe('the organisation\'s public contacts', () => {
    const ruleset: Ruleset = {
      ...loadRuleset(),
      publicContacts: { phones: ['+968 2466 6666'], emails: ['info@ministry.example.om'], addresses: ['P.O. Box 1234, PC 112, Ruwi'] },
    };
    const an = createAnalyzer(ruleset);

    it('does not flag the public phone however it is written', () => {
      expectSpans('Call us on 2466 6666 or 00968 24666666', [], an);
    });

    it('does not flag the public email in another case', () => {
      expectSpans('Write to INFO@Ministry.Example.om', [], an);
    });

    it('does not flag the public postal address', () => {
      expectSpans('Letters to P.O. Box 1234, PC 112', [], an);
    });

    it('still flags a personal number next to them', () => {
      expectSpans('Call us on 2466 6666, or me on 9123 4567', [['phone', '9123 4567']], an);
    });
  });

  it('lets a ruleset switch off one kind of detail', () => {
    const an = createAnalyzer({ ...loadRuleset(), checks: { 'personal-details': { options: { ignore: ['postal-code'] } } } });
    expectSpans('London SW1A 2AA, call 9123 4567', [['phone', '9123 4567']], an);
  });
});
