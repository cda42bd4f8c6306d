import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer.js';
import { loadRuleset } from '../../ruleset/load.js';
import { overlay } from '../../ruleset/layers.js';
import type { Capacity, Finding } from '../types.js';
import { shapeSource } from './confidential-information/organisation-lists.js';
import { validateRuleset } from '../../ruleset/validate.js';
import { confidentialInformationMeta } from './meta/confidential-information.js';

const ruleset = overlay(loadRuleset(), {
  organisation: { name: 'Ministry of Digital Services', aliases: ['MDS'] },
  confidential: {
    terms: ['Project Falcon', 'مشروع الصقر'],
    referenceShapes: ['INT-####/##', 'MDS/@@/###'],
    intranetHosts: ['intranet.mds.gov.om'],
  },
});
const analyzer = createAnalyzer(ruleset);

function found(text: string, capacity: Capacity = 'personal'): Finding[] {
  const lang = /[\u0600-\u06ff]/.test(text) ? 'ar' : 'en';
  return analyzer.analyze(text, { capacity, lang }).filter((f) => f.check === 'confidential-information');
}

/** [what it shows, capacity, draft, rule, exact words the finding covers] */
const flagged: Array<[string, Capacity, string, string, string]> = [
  ['a capital marking as a heading', 'official', 'CONFIDENTIAL: the draft fee schedule for next year', 'marking', 'CONFIDENTIAL'],
  ['a capital marking inside a lower-case sentence', 'personal', 'Just saw a RESTRICTED memo about the new roads plan', 'marking', 'RESTRICTED'],
  ['the UK marking with a hyphen, in any case', 'official', 'Official-Sensitive briefing notes attached', 'marking', 'Official-Sensitive'],
  ['SECRET as a heading', 'official', 'SECRET - minutes of the steering group', 'marking', 'SECRET'],
  ['a bracketed marking', 'personal', 'Sharing this (confidential) summary of the audit', 'marking', '(confidential)'],
  ['"internal only"', 'personal', 'Slides from today, internal only, on the staffing review', 'marking', 'internal only'],
  ['"not for publication"', 'personal', 'Not for publication: the survey results are worse than expected', 'marking', 'Not for publication'],
  ['"embargoed until"', 'official', 'Embargoed until Monday 10am, the annual figures are below', 'marking', 'Embargoed until'],
  ['سري للغاية', 'official', 'سري للغاية: مسودة الخطة الخمسية', 'marking', 'سري للغاية'],
  ['سري alone as a heading', 'official', 'سري - محضر اجتماع اللجنة', 'marking', 'سري'],
  ['للاستخدام الداخلي with tashkeel-free spelling', 'personal', 'العرض للاستخدام الداخلي فقط', 'marking', 'للاستخدام الداخلي'],
  ['غير للنشر', 'personal', 'هذا الكلام غير للنشر طبعًا', 'marking', 'غير للنشر'],
  ['غير قابل للنشر', 'personal', 'التقرير غير قابل للنشر حاليا', 'marking', 'غير قابل للنشر'],
  ['محظور النشر with a glued و', 'official', 'ومحظور النشر قبل يوم الأحد', 'marking', 'ومحظور النشر'],
  ['"you didn\'t hear it from me"', 'personal', "You didn't hear it from me, but the permits office is closing", 'unannounced', "You didn't hear it from me"],
  ['"before the official announcement"', 'personal', 'Before the official announcement: new parking rules from June', 'unannounced', 'Before the official announcement'],
  ['"between you and me" about a decision', 'personal', 'Between you and me, the board decided to freeze hiring', 'unannounced', 'Between you and me'],
  ['"off the record" before a colon', 'personal', 'Off the record: the contract goes to the local firm', 'unannounced', 'Off the record'],
  ['"not announced yet" with something told', 'personal', "It's not announced yet but the fees will rise in May", 'unannounced', 'not announced yet'],
  ['قبل الإعلان الرسمي', 'personal', 'قبل الإعلان الرسمي: الدوام المرن بيبدأ الشهر الجاي', 'unannounced', 'قبل الإعلان الرسمي'],
  ['لا تقول إني قلت لك in Gulf dialect', 'personal', 'لا تقول إني قلتلك بس الترقيات بتتأخر', 'unannounced', 'لا تقول إني قلتلك'],
  ['بيني وبينك about a ministry decision', 'personal', 'بيني وبينك الوزارة قررت تلغي المناقصة', 'unannounced', 'بيني وبينك'],
  ['بيني وبينكم about salaries', 'personal', 'بيني وبينكم الرواتب بتتأخر هالشهر', 'unannounced', 'بيني وبينكم'],
  ['a not-yet in dialect with a decision', 'personal', 'للحين ما انعلن بس قرروا يقفلون الفرع', 'unannounced', 'للحين ما انعلن'],
  ['a code name from the ruleset', 'official', 'Project Falcon goes live next month', 'code-name', 'Project Falcon'],
  ['an Arabic code name with a glued و', 'personal', 'ومشروع الصقر بيبدأ قريب', 'code-name', 'ومشروع الصقر'],
  ['an internal reference in the ruleset shape', 'personal', 'The file is INT-2031/04 if you want to look', 'internal-reference', 'INT-2031/04'],
  ['a reference with letters in the shape', 'personal', 'See mds/hr/102 for the details', 'internal-reference', 'mds/hr/102'],
  ['an intranet link with a page name under the host', 'personal', 'Form is on https://hr.intranet.mds.gov.om/leave', 'intranet-link', 'hr.intranet.mds.gov.om'],
];

const quiet: Array<[string, Capacity, string]> = [
  ['data kept confidential', 'official', 'Your data stays confidential and is only used for your application.'],
  ['a confidential helpline', 'official', 'Our confidential helpline is open from 8am to 8pm.'],
  ['details kept confidential', 'official', 'We keep your details confidential.'],
  ['capitals in a shouted sentence', 'personal', 'ALL CALLS ARE CONFIDENTIAL AND FREE'],
  ['a news item about a classified report', 'personal', 'A newspaper reports that a classified report on the port was leaked.'],
  ['restricted parking', 'official', 'Restricted parking on the corniche during the festival.'],
  ['secret in a recipe', 'personal', 'The secret of good coffee is fresh beans.'],
  ['"between you and me" about cake', 'personal', 'Between you and me, this cake is amazing.'],
  ['"between us" as a distance', 'personal', 'There are only ten minutes between us and the beach.'],
  ['an honest "not announced yet" reply', 'official', 'The results have not been announced yet; we will post them here.'],
  ['an off-the-record briefing in the news', 'personal', 'The minister gave an off-the-record briefing to reporters.'],
  ['سرية البيانات', 'official', 'نحافظ على سرية بياناتك دائما'],
  ['الرقم السري', 'official', 'لا تشارك الرقم السري مع أحد'],
  ['a confidential helpline in Arabic', 'official', 'خط المساعدة سري ومجاني'],
  ['بيني وبينك about food', 'personal', 'بيني وبينك الأكل اليوم ما كان زين'],
  ['a news item about a secret report in Arabic', 'personal', 'الصحيفة نشرت خبرا عن تقرير سري مسرب'],
  ['an honest Arabic not-yet', 'official', 'لم يتم الإعلان عن موعد الاختبارات بعد، وسنعلن عنه هنا'],
  ['do not spread rumours', 'official', 'لا تنشر الإشاعات وتأكد من المصدر'],
  ['a distance between us in Arabic', 'personal', 'المسافة بيننا وبين البحر قريبة'],
  ['a number not in any ruleset shape', 'personal', 'Ticket INT-20/4 is closed.'],
  ['a host that only ends like the intranet', 'personal', 'Try myintranet.mds.gov.om.example.com'],
];

describe('confidential-information', () => {
  it.each(flagged)('flags %s', (_name, capacity, text, rule, covered) => {
    const got = found(text, capacity);
    const start = text.indexOf(covered);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(got.map((f) => ({ rule: f.rule, words: text.slice(f.start, f.end) }))).toEqual([{ rule, words: covered }]);
  });

  it.each(quiet)('leaves alone %s', (_name, capacity, text) => {
    expect(found(text, capacity)).toEqual([]);
  });

  it('is an error on an official account and a warning on a personal or unknown one', () => {
    const text = 'CONFIDENTIAL: minutes of the board';
    expect(found(text, 'official').map((f) => f.severity)).toEqual(['error']);
    expect(found(text, 'personal').map((f) => f.severity)).toEqual(['warning']);
    expect(found(text, 'unknown').map((f) => f.severity)).toEqual(['warning']);
  });

  it('lets a ruleset lower the official severity, and never raises a personal one above it', () => {
    const quietRuleset = overlay(ruleset, { checks: { 'confidential-information': { severity: 'info' } } });
    const an = createAnalyzer(quietRuleset);
    const text = 'RESTRICTED: minutes of the board';
    expect(an.analyze(text, { capacity: 'official' }).filter((f) => f.check === 'confidential-information').map((f) => f.severity)).toEqual(['info']);
    expect(an.analyze(text, { capacity: 'personal' }).filter((f) => f.check === 'confidential-information').map((f) => f.severity)).toEqual(['info']);
  });

  it('reads a weak cue in one sentence with work talk in another', () => {
    const text = 'Between you and me. The ministry is cutting the fees.';
    expect(found(text).map((f) => text.slice(f.start, f.end))).toEqual(['Between you and me']);
    expect(found('Between you and me. The cake was great.')).toEqual([]);
  });

  it('speaks the language of the person and cites the clause', () => {
    const [ar] = found('سري للغاية: الخطة', 'official');
    expect(ar.message).toBe('مادة مصنّفة بأنها ليست للنشر: «سري للغاية»');
    expect(ar.why).toContain('خُوّلت بنشره');
    expect(ar.suggestion).toBe('احذف المادة المصنّفة، أو انتظر حتى تُنشر رسميًا ثم شارك رابطها.');
    const [en] = found('CONFIDENTIAL: the plan', 'official');
    expect(en.message).toBe('Marked as not for release: "CONFIDENTIAL"');
    expect(en.why).toContain('authorised to release');
  });

  /** [rule, draft, English message, Arabic message]: the words quoted as typed, in the quotation marks of each language. */
  const words: Array<[string, string, string, string]> = [
    ['marking', 'سري للغاية: الخطة', 'Marked as not for release: "سري للغاية"', 'مادة مصنّفة بأنها ليست للنشر: «سري للغاية»'],
    ['unannounced', "You didn't hear it from me, but the permits office is closing", 'Sounds like news not yet announced: "You didn\'t hear it from me"', 'يبدو أنه خبر لم يُعلَن بعد: «You didn\'t hear it from me»'],
    ['code-name', 'نعمل على مشروع الصقر', 'A code name or embargoed topic of the organisation: "مشروع الصقر"', 'اسم رمزي أو موضوع محظور النشر لدى الجهة: «مشروع الصقر»'],
    ['internal-reference', 'See file INT-2031/04', 'An internal reference number: "INT-2031/04"', 'رقم مرجعي داخلي: «INT-2031/04»'],
    ['intranet-link', 'الرابط intranet.mds.gov.om/fees', 'A link to the organisation\'s intranet: "intranet.mds.gov.om"', 'رابط إلى الشبكة الداخلية للجهة: «intranet.mds.gov.om»'],
  ];

  it.each(words)('words a %s finding in English and in Arabic', (rule, text, en, ar) => {
    const inLang = (lang: 'en' | 'ar') =>
      analyzer.analyze(text, { capacity: 'official', lang }).filter((f) => f.check === 'confidential-information').map((f) => [f.rule, f.message]);
    expect(inLang('en')).toEqual([[rule, en]]);
    expect(inLang('ar')).toEqual([[rule, ar]]);
  });

  it('words every rule it can report', () => {
    expect(words.map(([rule]) => rule).sort()).toEqual(Object.keys(confidentialInformationMeta.rules!).sort());
  });

  it('cuts a quote longer than sixty characters short', () => {
    const term = 'Programme for the Consolidation of Regional Licensing Offices Phase Two';
    const an = createAnalyzer(overlay(ruleset, { confidential: { terms: [term] } }));
    const [f] = an.analyze(`Working on the ${term} today`, { capacity: 'official', lang: 'en' }).filter((x) => x.check === 'confidential-information');
    expect(f.message).toBe(`A code name or embargoed topic of the organisation: "${term.slice(0, 59)}…"`);
  });

  it('quotes Arabic as written, with its hamza', () => {
    const [f] = found('قبل الإعلان الرسمي: تغيير الدوام');
    expect(f.message).toBe('يبدو أنه خبر لم يُعلَن بعد: «قبل الإعلان الرسمي»');
  });

  it('finds nothing of the organisation\'s lists without a ruleset that gives them', () => {
    const plain = createAnalyzer(loadRuleset());
    expect(plain.analyze('Project Falcon is INT-2031/04', { capacity: 'official' }).filter((f) => f.check === 'confidential-information')).toEqual([]);
  });

  it('turns a reference shape into a fixed-length pattern', () => {
    expect(shapeSource('INT-####/##')).toBe('INT\\-[0-9]{4}\\/[0-9]{2}');
    expect(shapeSource('@@#.')).toBe('[A-Za-z]{2}[0-9]\\.');
  });

  it('is given its lists by the ruleset, which says plainly what is wrong with one', () => {
    expect(validateRuleset({ confidential: { terms: ['Project Falcon'], referenceShapes: ['INT-####'], intranetHosts: ['intranet.mds.gov.om'] } })).toEqual([]);
    expect(validateRuleset({ confidential: { referenceShapes: ['INT-XXXX'], intranetHosts: ['Intranet MDS'], codes: [] } })).toEqual([
      { path: '/confidential/codes', message: 'unknown property "codes"' },
      { path: '/confidential/referenceShapes/0', message: 'must be a shape without spaces holding at least one # (a digit), such as INT-####/##' },
      { path: '/confidential/intranetHosts/0', message: 'must be a lower-case host name such as x.com' },
    ]);
  });
});
