import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer.js';
import { loadRuleset } from '../../ruleset/load.js';
import { overlay } from '../../ruleset/layers.js';
import { validateRuleset } from '../../ruleset/validate.js';
import type { Capacity, Context, Finding } from '../types.js';

const analyzer = createAnalyzer(loadRuleset());
const withChannels = createAnalyzer(overlay(loadRuleset(), { privateChannels: ['@OmanMDS', 'https://mds.gov.om/complaints'] }));

function found(text: string, context: Partial<Context> = {}, an = analyzer): Finding[] {
  const lang = /[\u0600-\u06ff]/.test(text) ? 'ar' : 'en';
  return an.analyze(text, { capacity: 'official', lang, ...context }).filter((f) => f.check === 'case-details');
}

/** [what it shows, capacity, draft, the number as the finding covers it, the detail its message names] */
const flagged: Array<[string, Capacity, string, string, string]> = [
  ['an application number with a refusal and income', 'official', 'Your application 5512-A was refused since your income is above the limit.', 'application 5512-A', 'refused'],
  ['a case number with an unpaid fine', 'official', 'We checked case #48120: the fine of OMR 350 is unpaid.', 'case #48120', 'the fine of'],
  ['a request number with a divorce in court', 'official', 'Request number 771204 waits until the court rules on the divorce.', 'Request number 771204', 'court'],
  ['a ticket with a salary', 'personal', 'Ticket 66310 shows your salary was stopped last month.', 'Ticket 66310', 'salary'],
  ['a label cut off by the full stop of "no."', 'official', 'Your appeal no. 2024/7731 stays open while the debt is settled.', 'appeal no. 2024/7731', 'debt'],
  ['the number in one sentence and the diagnosis in the next', 'unknown', 'File 40219 is with the team. Your diagnosis was received.', 'File 40219', 'diagnosis'],
  ['a number with a personal phone', 'official', 'Complaint 88210: we will call you on 9123 4567 tomorrow.', 'Complaint 88210', '9123 4567'],
  ['طلبك رقم with a medical report', 'official', 'طلبك رقم 448172 مرفوض بسبب نقص التقرير الطبي.', 'طلبك رقم 448172', 'مرفوض'],
  ['رقم المعاملة with a fine', 'official', 'رقم المعاملة 55120: الغرامة لم تُسدد بعد.', 'رقم المعاملة 55120', 'الغرامة'],
  ['معاملتك رقم with debts (the ة of the noun turned ت)', 'official', 'معاملتك رقم 33019 متوقفة بسبب الديون.', 'معاملتك رقم 33019', 'الديون'],
  ['شكواك رقم with joblessness', 'personal', 'شكواك رقم 22975 وصلت ونعلم أنك عاطل عن العمل.', 'شكواك رقم 22975', 'عاطل'],
  ['رقم القضية with custody, the label itself no detail', 'official', 'رقم القضية 2024/118 ما زالت في المحكمة بسبب الحضانة.', 'رقم القضية 2024/118', 'المحكمة'],
  ['الرقم المرجعي with a wife', 'official', 'الرقم المرجعي 84120: زوجتك مسجلة في برنامج آخر.', 'الرقم المرجعي 84120', 'زوجتك'],
];

const quiet: Array<[string, string, Partial<Context>?]> = [
  ['a generic "apply with your reference number"', 'Please apply with your reference number and your medical report.'],
  ['statistics of applications', 'Last year we handled 12,400 applications and 310 were declined for missing medical reports.'],
  ['case numbers in a statistic', 'Case numbers fell by 20% this quarter in all hospitals.'],
  ['a number with no situation', 'Your request 66120 has been received and is being processed.'],
  ['a situation with no number', 'We are sorry your application was refused, please send us a private message.'],
  ['a year after the label', 'Applications for the 2026 intake and the medical checks open in May.'],
  ['a date after the label', 'Your appointment 12/03/2026 at the hospital is confirmed.'],
  ['the citizen\'s own number, nothing added', 'Your case #58213 is with our team, we will reply by message.', { replyTo: 'My case #58213 about my surgery has waited three months' }],
  ['the citizen\'s own number with their own words echoed', 'Case 58213 about the surgery is with the team.', { replyTo: 'case 58213 about my surgery is stuck' }],
  ['a generic Arabic instruction', 'يرجى تقديم الطلب مع الرقم المرجعي وإرفاق التقرير الطبي.'],
  ['an Arabic statistic', 'استقبلنا 15 ألف طلب ورُفض منها 400 لنقص المستندات الطبية.'],
  ['the citizen\'s own Arabic number', 'طلبك رقم 448172 وصلنا وسنتواصل معك برسالة خاصة.', { replyTo: 'طلبي رقم 448172 بخصوص علاج ابني متأخر' }],
  ['a ministry line, not the person\'s phone', 'Complaint 88210 is open; our call centre 80077799 can help.'],
];

describe('case-details', () => {
  it.each(flagged)('flags %s', (_name, capacity, text, covered, detail) => {
    const got = found(text, { capacity });
    expect(text.indexOf(covered)).toBeGreaterThanOrEqual(0);
    expect(got.map((f) => ({ rule: f.rule, severity: f.severity, words: text.slice(f.start, f.end) }))).toEqual([
      { rule: 'case-in-public', severity: 'warning', words: covered },
    ]);
    expect(got[0].message).toContain(detail);
  });

  it.each(quiet)('leaves alone %s', (_name, text, context = {}) => {
    expect(found(text, context)).toEqual([]);
  });

  it('still warns on the citizen\'s own number when the reply adds their details', () => {
    const text = 'Your case #58213 is with the team, and the treatment abroad is approved.';
    const got = found(text, { replyTo: 'My case #58213 has waited three months' });
    expect(got.map((f) => [text.slice(f.start, f.end), f.message])).toEqual([
      ['case #58213', 'One person\'s case discussed in public: "case #58213" with "treatment"'],
    ]);
  });

  it('words the finding in Arabic, quoting as typed, with a private message when the organisation names no channel', () => {
    const [f] = found('طلبك رقم ٤٤٨١٧٢ مرفوض بسبب التقرير الطبي.');
    expect(f.message).toBe('حالة شخص بعينه تُناقَش علنًا: «طلبك رقم ٤٤٨١٧٢» مع «مرفوض»');
    expect(f.why).toBe('رقم الملف مع تفاصيل وضع صاحبه يجعل قضيته علنية: اعرف متى يجب أن تنتقل المحادثة إلى قناة خاصة.');
    expect(f.suggestion).toBe('ردّ باختصار علنًا وانقل الحالة إلى رسالة خاصة، ولا تذكر الرقم ولا التفاصيل في الرد العلني.');
  });

  it('suggests the organisation\'s private channels, joined in the person\'s language', () => {
    const [en] = found('Ticket 66310 shows your salary was stopped.', {}, withChannels);
    expect(en.suggestion).toBe('Reply briefly in public and take the case to a private channel: @OmanMDS, https://mds.gov.om/complaints.');
    const [ar] = found('طلبك رقم 448172 مرفوض.', {}, withChannels);
    expect(ar.suggestion).toBe('ردّ باختصار علنًا وانقل الحالة إلى قناة خاصة: @OmanMDS، https://mds.gov.om/complaints.');
  });

  it('lets the ruleset change its severity', () => {
    const an = createAnalyzer(overlay(loadRuleset(), { checks: { 'case-details': { severity: 'error' } } }));
    expect(found('Ticket 66310 shows your salary was stopped.', {}, an).map((f) => f.severity)).toEqual(['error']);
  });

  it('takes its channels from the ruleset, which says plainly what is wrong with them', () => {
    expect(validateRuleset({ privateChannels: ['@OmanMDS', '+968 2412 3456'] })).toEqual([]);
    expect(validateRuleset({ privateChannels: 'DM us' } as never)).toEqual([{ path: '/privateChannels', message: 'must be an array of strings' }]);
  });
});
