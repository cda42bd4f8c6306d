import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer.js';
import { loadRuleset } from '../../ruleset/load.js';
import type { Capacity, Finding, Ruleset } from '../types.js';
import { affiliationDisclosureMeta } from './meta/affiliation-disclosure.js';

const builtIn = createAnalyzer(loadRuleset());
const org = createAnalyzer(
  loadRuleset({
    name: 'Ministry of Digital Services rules',
    version: 1,
    organisation: {
      name: 'Ministry of Digital Services',
      aliases: ['MDS', 'وزارة الخدمات الرقمية'],
      topics: ['e-services portal'],
    },
    disclosurePhrases: ['proud MDS employee'],
  } satisfies Ruleset),
);

function affiliation(analyzer: ReturnType<typeof createAnalyzer>, text: string, capacity: Capacity): Finding[] {
  return analyzer.analyze(text, { capacity }).filter((f) => f.check === 'affiliation-disclosure');
}

/** [what it shows, capacity, draft, rule, severity, the exact text the finding covers] */
type Flagged = [string, Capacity, string, string, Finding['severity'], string];

const flagged: Flagged[] = [
  // Insider talk in English, from a personal account
  ['"our ministry" from a personal account', 'personal', 'Our ministry finished the new licensing system today, so proud.', 'undisclosed-affiliation', 'warning', 'Our ministry'],
  ['"at work we"', 'personal', 'At work we finally switched the permits online.', 'undisclosed-affiliation', 'warning', 'At work we'],
  ['"our team at the ..."', 'personal', 'Big week for our team at the directorate.', 'undisclosed-affiliation', 'warning', 'our team at'],
  ['"my department" when the capacity is unknown, as info', 'unknown', 'My department is hiring engineers.', 'undisclosed-affiliation', 'info', 'My department'],
  ['"our department\'s" as a possessive', 'personal', 'Our department\'s new rules for food trucks are fairer, believe me.', 'undisclosed-affiliation', 'warning', 'Our department'],
  ['"our minister"', 'personal', 'Our minister cut the ribbon at the new terminal this morning.', 'undisclosed-affiliation', 'warning', 'Our minister'],
  ['"our inspectors"', 'personal', 'Our inspectors checked 120 bakeries in Nizwa last week.', 'undisclosed-affiliation', 'warning', 'Our inspectors'],
  ['"we in the department"', 'personal', 'Honestly we in the department saw this coming months ago.', 'undisclosed-affiliation', 'warning', 'we in the department'],
  ['"at the directorate, we"', 'personal', 'At the directorate, we never set those prices.', 'undisclosed-affiliation', 'warning', 'At the directorate, we'],
  ['"we" doing something at the ministry', 'personal', 'So proud of what we built at the ministry this year!', 'undisclosed-affiliation', 'warning', 'we built at the ministry'],
  ['"from inside the ministry"', 'personal', 'A tip from inside the ministry: apply early in the week.', 'undisclosed-affiliation', 'warning', 'from inside the ministry'],
  ['"we ... internally"', 'personal', 'We have argued internally for a second bridge for years.', 'undisclosed-affiliation', 'warning', 'We have argued internally'],
  ['"we" doing the organisation\'s work (rolling out permits)', 'personal', 'We are rolling out digital parking permits in Sur next month.', 'undisclosed-affiliation', 'warning', 'We are rolling'],
  ['"we" asking for a budget for a road', 'personal', 'We keep asking for funding for this road and nothing comes.', 'undisclosed-affiliation', 'warning', 'We keep'],
  // Insider talk in Arabic (MSA and Gulf), from a personal account
  ['"وزارتنا" from a personal account', 'personal', 'وزارتنا أطلقت تطبيقا جديدا اليوم', 'undisclosed-affiliation', 'warning', 'وزارتنا'],
  ['"نحن في الوزارة"', 'personal', 'نحن في الوزارة نعمل على نظام جديد', 'undisclosed-affiliation', 'warning', 'نحن في الوزارة'],
  ['"في العمل" after a verb in the first person plural', 'personal', 'أنهينا المشروع في العمل أخيرا', 'undisclosed-affiliation', 'warning', 'أنهينا المشروع في العمل'],
  ['"إحنا في البلدية" (Gulf)', 'personal', 'ترى إحنا في البلدية ما نقرر أسعار المواقف', 'undisclosed-affiliation', 'warning', 'إحنا في البلدية'],
  ['"عندنا في الدائرة" (Gulf)', 'personal', 'عندنا في الدائرة ضغط شغل هالأسبوع', 'undisclosed-affiliation', 'warning', 'عندنا في الدائرة'],
  ['a noun owned by "us" placed in the ministry', 'personal', 'ميزانيتنا بالوزارة ما تغطي كل المدارس', 'undisclosed-affiliation', 'warning', 'ميزانيتنا بالوزارة'],
  ['a verb in ـنا placed in the authority', 'personal', 'المنصة اللي طورناها في الهيئة صارت جاهزة', 'undisclosed-affiliation', 'warning', 'طورناها في الهيئة'],
  ['"فريقنا في الوزارة"', 'personal', 'فريقنا في الوزارة جهز مسودة اللائحة', 'undisclosed-affiliation', 'warning', 'فريقنا في الوزارة'],
  ['"إدارتي" (my directorate)', 'personal', 'إدارتي قررت تمديد الدوام المرن', 'undisclosed-affiliation', 'warning', 'إدارتي'],
  ['"جهة عملي"', 'personal', 'جهة عملي بدأت تطبق النظام الجديد', 'undisclosed-affiliation', 'warning', 'جهة عملي'],
  ['"من داخل الوزارة"', 'personal', 'معلومة من داخل الوزارة: العلاوة قريب', 'undisclosed-affiliation', 'warning', 'من داخل الوزارة'],
  ['"زملائي في المديرية"', 'personal', 'زملائي في المديرية اشتغلوا ليل نهار', 'undisclosed-affiliation', 'warning', 'زملائي في المديرية'],
  // Personal opinions on an official account, English
  ['"personally I think" on an official account', 'official', 'Personally I think the new bus lanes are a mistake.', 'personal-opinion', 'warning', 'Personally I think'],
  ['"personally, though, I think" with a word between', 'official', 'The rule stands. Personally, though, I think it came too fast.', 'personal-opinion', 'warning', 'Personally, though, I think'],
  ['"in my opinion" on an official account', 'official', 'In my opinion the new bus lanes are a mistake.', 'personal-opinion', 'warning', 'In my opinion'],
  ['"in my own humble opinion"', 'official', 'In my own humble opinion the queue system is worse now.', 'personal-opinion', 'warning', 'In my own humble opinion'],
  ['"my personal view:"', 'official', 'My personal view: the parking fee is too steep.', 'personal-opinion', 'warning', 'My personal view'],
  ['"IMHO"', 'official', 'IMHO the old form was clearer.', 'personal-opinion', 'warning', 'IMHO'],
  ['"speaking for myself"', 'official', 'Speaking for myself, I would keep the old hours.', 'personal-opinion', 'warning', 'Speaking for myself'],
  ['"just my two cents"', 'official', 'Just my two cents: the park should open earlier.', 'personal-opinion', 'warning', 'Just my two cents'],
  ['"I honestly believe"', 'official', 'I honestly believe the tunnel was a bad idea.', 'personal-opinion', 'warning', 'I honestly believe'],
  ['"I think ... should" about policy', 'official', 'I think the fee should be waived for pensioners.', 'personal-opinion', 'warning', 'I think'],
  ['"I feel that" on an official account', 'official', 'I feel that the fee is too high.', 'personal-opinion', 'warning', 'I feel that'],
  // Personal opinions on an official account, Arabic
  ['"برأيي" on an official account', 'official', 'برأيي هذا القرار متسرع', 'personal-opinion', 'warning', 'برأيي'],
  ['"شخصياً أرى" on an official account (the span keeps the final tanween)', 'official', 'شخصياً أرى أن القرار متسرع', 'personal-opinion', 'warning', 'شخصياً أرى'],
  ['"أعتقد شخصياً" (the other word order)', 'official', 'أعتقد شخصياً أن الموقع غير مناسب', 'personal-opinion', 'warning', 'أعتقد شخصياً'],
  ['"برأيي الخاص" with its intensifier', 'official', 'برأيي الخاص الرسوم مرتفعة', 'personal-opinion', 'warning', 'برأيي الخاص'],
  ['"من وجهة نظري الشخصية"', 'official', 'من وجهة نظري الشخصية التوقيت غير مناسب', 'personal-opinion', 'warning', 'من وجهة نظري الشخصية'],
  ['"في تقديري" (MSA)', 'official', 'في تقديري أن التصميم القديم أوضح', 'personal-opinion', 'warning', 'في تقديري'],
  ['"أنا أشوف" (Gulf)', 'official', 'أنا أشوف إن الدوام طويل على الطلاب', 'personal-opinion', 'warning', 'أنا أشوف'],
  ['"أنا مب مقتنع" (Gulf)', 'official', 'صراحة أنا مب مقتنع بالتعديل', 'personal-opinion', 'warning', 'أنا مب مقتنع'],
];

describe('affiliation-disclosure: flags insider talk without disclosure, and opinions on official accounts', () => {
  it.each(flagged)('flags %s', (_name, capacity, text, rule, severity, covered) => {
    const start = text.indexOf(covered);
    const found = affiliation(builtIn, text, capacity);
    expect(found).toEqual([
      expect.objectContaining({ check: 'affiliation-disclosure', rule, severity, start, end: start + covered.length }),
    ]);
    expect(found[0].message).toContain(`"${covered}"`);
  });

  it('explains an employer finding with the clause and a fix', () => {
    const [finding] = affiliation(builtIn, 'Our ministry opened a branch.', 'personal');
    expect(finding.message).toBe('Talks about your employer without saying you work there: "Our ministry"');
    expect(finding.why).toMatch(/official or a personal capacity/);
    expect(finding.suggestion).toMatch(/views are your own/);
  });

  it('explains an opinion finding on an official account', () => {
    const [finding] = affiliation(builtIn, 'In my view the queue was too long.', 'official');
    expect(finding.message).toBe('Personal opinion on an official account: "In my view"');
    expect(finding.suggestion).toMatch(/own account/);
  });

  /** [rule, capacity, draft, English message, Arabic message]: the words quoted as typed. */
  const words: Array<[string, Capacity, string, string, string]> = [
    ['undisclosed-affiliation', 'personal', 'وزارتنا افتتحت فرعًا جديدًا', 'Talks about your employer without saying you work there: "وزارتنا"', 'حديث عن جهة عملك دون ذكر أنك تعمل فيها: «وزارتنا»'],
    ['personal-opinion', 'official', 'شخصياً أرى أن القرار متسرع', 'Personal opinion on an official account: "شخصياً أرى"', 'رأي شخصي على حساب رسمي: «شخصياً أرى»'],
  ];

  it.each(words)('words a %s finding in English and in Arabic', (rule, capacity, text, en, ar) => {
    const inLang = (lang: 'en' | 'ar') => builtIn.analyze(text, { capacity, lang }).filter((f) => f.check === 'affiliation-disclosure').map((f) => [f.rule, f.message]);
    expect(inLang('en')).toEqual([[rule, en]]);
    expect(inLang('ar')).toEqual([[rule, ar]]);
  });

  it('explains both findings in Arabic, the why of an opinion on an official account its own', () => {
    const [insider] = builtIn.analyze('وزارتنا افتتحت فرعًا جديدًا', { capacity: 'personal', lang: 'ar' });
    expect(insider.why).toBe(affiliationDisclosureMeta.clause.ar);
    expect(insider.suggestion).toBe('اذكر أنك تعمل فيها وأن الآراء آراؤك الشخصية («أعمل في ...، والآراء المنشورة تعبّر عني»)، أو لا تذكر جهة عملك.');
    const [opinion] = builtIn.analyze('برأيي هذا القرار متسرع', { capacity: 'official', lang: 'ar' });
    expect(opinion.why).toBe('الحساب الرسمي ملك للجهة لا لمن يكتب فيه: احتفظ بآرائك الشخصية لحسابك الخاص، وكن واضحًا في الصفة التي تنشر بها.');
    expect(opinion.suggestion).toBe('صُغه بلسان الجهة، أو انشره من حسابك الشخصي.');
  });

  it('words every rule it can report', () => {
    expect(words.map(([rule]) => rule).sort()).toEqual(Object.keys(affiliationDisclosureMeta.rules!).sort());
  });

  it('points out the work done by "we" only when the account is known to be personal', () => {
    expect(affiliation(builtIn, 'We are rolling out digital parking permits in Sur next month.', 'unknown')).toEqual([]);
  });
});

const clean: Array<[string, Capacity, string]> = [
  // Disclosed
  ['a disclosure in the same sentence', 'personal', 'I work for the Ministry of Health, views my own: our department did well.'],
  ['a disclosure in a later sentence', 'personal', 'Our team at the ministry shipped it. Views my own.'],
  ['"speaking personally"', 'personal', 'Speaking personally and not for my team, the launch went well at my department.'],
  ['"X employee here, personal views only"', 'personal', 'Transport employee here, personal views only: our ministry did well on the bridge.'],
  ['"views mine, not my employer\'s"', 'personal', 'We at the directorate tried hard (views mine, not my employer\'s).'],
  ['a personal opinion marker beside insider talk', 'personal', 'In my own view, we at the ministry handled the floods well.'],
  ['an Arabic disclosure', 'personal', 'أعمل في البلدية، وهذا رأيي الشخصي: في العمل أنهينا الحديقة'],
  ['"لا تمثل جهة عملي"', 'personal', 'تغريداتي لا تمثل جهة عملي، وإحنا في الوزارة تعبنا من الشائعات'],
  ['"أنا من موظفي" and "بصفتي الشخصية"', 'personal', 'أنا من موظفي الهيئة وأتكلم بصفتي الشخصية: عندنا في الهيئة خطة جيدة'],
  ['"الكلام يعبر عني"', 'personal', 'الكلام هنا يعبر عني فقط، ميزانيتنا في الوزارة محدودة'],
  // Citizens talking about a public body
  ['an opinion on a personal account', 'personal', 'In my opinion the bus lanes are great.'],
  ['an Arabic opinion on a personal account', 'personal', 'شخصيًا أرى أن الحديقة جميلة'],
  ['employer talk on an official account', 'official', 'Our ministry opened a new branch in Sohar.'],
  ['a post about something else', 'personal', 'Lovely walk along the corniche this evening.'],
  ['another ministry, not mine', 'personal', 'The ministry of tourism opened a new museum.'],
  ['a citizen thanking the ministry', 'personal', 'Thank you Ministry of Health for the quick vaccine appointment!'],
  ['a citizen waiting at the ministry', 'personal', 'We waited three hours at the ministry to renew a card.'],
  ['"our council" as a citizen says it', 'personal', 'Our council finally fixed the potholes on our street.'],
  ['"our neighbourhood"', 'personal', 'Our neighbourhood got new streetlights, thanks to whoever pushed for it.'],
  ['"we" with a personal plan', 'personal', 'We are building a new majlis at home this summer.'],
  ['a day at the office', 'personal', 'We were in the office until nine again.'],
  ['an Arabic citizen complaint about the ministry', 'personal', 'الوزارة للحين ما ردت على طلبي'],
  ['"راجعنا في البلدية" (a visit)', 'personal', 'راجعنا في البلدية ثلاث مرات ولا فايدة'],
  ['"معاملتنا في الوزارة" (a citizen\'s file)', 'personal', 'معاملتنا في الوزارة متأخرة من شهرين'],
  ['"رحنا للوزارة" (going to it)', 'personal', 'رحنا للوزارة الصبح والزحمة قوية'],
  ['"البلدية ... حارتنا"', 'personal', 'البلدية سوت رصيف جديد في حارتنا، يعطيهم العافية'],
  ['"بلديتنا" as a citizen says it', 'personal', 'بلديتنا ما قصرت في تنظيف الشواطئ'],
  ['a team in sport', 'personal', 'منتخبنا فاز الليلة والجمهور فرحان'],
  ['an adjective in ـي, not "my"', 'personal', 'سوق مركزي جديد افتتح في بهلا'],
  // Official voice, and first person that is not an opinion
  ['the organisation\'s voice with "we at the ministry"', 'official', 'We at the ministry wish all students success in their exams.'],
  ['"we believe" in the organisation\'s voice', 'official', 'We believe the change will make services faster.'],
  ['"I\'ll personally follow up"', 'official', 'I\'ll personally follow up on your case with the housing team.'],
  ['"I think" about a fact', 'official', 'I think the branch opens at eight on Sundays.'],
  ['"I think you should" as advice', 'official', 'I think you should bring the original documents.'],
  ['"بتابع طلبك شخصياً" (follow-up, not opinion)', 'official', 'بتابع طلبك شخصياً مع القسم المختص'],
  ['"نرى في الهيئة" (the authority\'s view)', 'official', 'نرى في الهيئة أن التعديل ضروري لحماية المستهلك'],
  ['"رأي اللجنة" (the committee\'s view)', 'official', 'بحسب رأي اللجنة الفنية الموقع غير مناسب'],
  ['"رأيك" (your view)', 'official', 'رأيك يهمنا، شاركنا ملاحظاتك'],
];

describe('affiliation-disclosure: leaves alone what is disclosed, a citizen\'s voice, and the organisation\'s voice', () => {
  it.each(clean)('does not flag %s', (_name, capacity, text) => {
    expect(affiliation(builtIn, text, capacity)).toEqual([]);
  });
});

describe('affiliation-disclosure: the organisation named in the ruleset', () => {
  it('flags "we at" its short name', () => {
    const text = 'We at MDS launched the app.';
    expect(affiliation(org, text, 'personal')).toEqual([
      expect.objectContaining({ rule: 'undisclosed-affiliation', severity: 'warning', start: 0, end: 9 }),
    ]);
  });

  it('flags "نحن في" its Arabic name', () => {
    const text = 'نحن في وزارة الخدمات الرقمية أطلقنا التطبيق';
    expect(affiliation(org, text, 'personal')).toEqual([expect.objectContaining({ start: 0, end: 28 })]);
  });

  it('flags "we" launching one of its topics', () => {
    const text = 'We are launching the e-services portal on Sunday.';
    expect(affiliation(org, text, 'personal')).toEqual([expect.objectContaining({ start: 0, end: 16 })]);
  });

  it('does not flag its name in a citizen\'s words', () => {
    expect(affiliation(org, 'Ministry of Digital Services launched the app.', 'personal')).toEqual([]);
    expect(affiliation(org, 'ووزارة الخدمات الرقمية أطلقت التطبيق', 'personal')).toEqual([]);
  });

  it('accepts its own disclosure phrases', () => {
    expect(affiliation(org, 'Proud MDS employee here. We at MDS launched the app.', 'personal')).toEqual([]);
  });

  it('does not count "I work at ..." as undisclosed', () => {
    expect(affiliation(org, 'I work at MDS and we at MDS love the app.', 'personal')).toEqual([]);
  });

  it('reports only the first insider remark when the post never discloses', () => {
    const text = 'Our ministry opened a branch. My department moved too. We at MDS are growing.';
    expect(affiliation(org, text, 'personal').map((f) => text.slice(f.start, f.end))).toEqual(['Our ministry']);
  });
});
