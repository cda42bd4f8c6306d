import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer.js';
import { loadRuleset } from '../../ruleset/load.js';
import type { Capacity, Finding } from '../types.js';
import { channelMeta } from './meta/channel.js';

const analyzer = createAnalyzer(loadRuleset());

function found(text: string, capacity: Capacity = 'official', lang = /[\u0600-\u06ff]/.test(text) ? 'ar' : 'en'): Finding[] {
  return analyzer.analyze(text, { capacity, lang: lang as 'en' | 'ar' }).filter((f) => f.check === 'channel');
}

/** [what it shows, draft, rule, exact words the finding covers] */
const flagged: Array<[string, string, string, string]> = [
  ['WhatsApp and a personal number as one offer', 'WhatsApp me on my personal number tonight.', 'personal-channel', 'WhatsApp me on my personal number'],
  ['"call my mobile"', 'Call my mobile any time if the portal fails.', 'personal-channel', 'my mobile'],
  ['a personal email', 'Send it to my personal email and I will forward it.', 'personal-channel', 'my personal email'],
  ['"text me"', 'Text me when you get there.', 'personal-channel', 'Text me'],
  ['"reach me directly"', 'Feel free to reach me directly about it.', 'personal-channel', 'reach me directly'],
  ['a visit to ask', 'Please visit our office to ask about the new fees.', 'backward-shift', 'visit our office to ask'],
  ['a branch for information', 'Visit any of our branches in person for more information.', 'backward-shift', 'Visit any of our branches in person for more information'],
  ['"call us instead"', "We can't answer here, call us instead.", 'backward-shift', 'call us instead'],
  ['"rather than posting"', 'Please phone us rather than posting here.', 'backward-shift', 'phone us rather than posting'],
  ['كلمني على رقمي الخاص', 'كلمني على رقمي الخاص وأخلص لك الموضوع.', 'personal-channel', 'كلمني على رقمي الخاص'],
  ['واتساب على رقمي', 'واتساب على رقمي إذا ما اشتغل الموقع.', 'personal-channel', 'واتساب على رقمي'],
  ['جوالي', 'اتصل بي على جوالي في أي وقت.', 'personal-channel', 'اتصل بي على جوالي'],
  ['بريدي الشخصي', 'أرسل الأوراق على بريدي الشخصي.', 'personal-channel', 'بريدي الشخصي'],
  ['أرسل لي على واتساب', 'أرسل لي على واتساب صورة البطاقة.', 'personal-channel', 'أرسل لي على واتساب'],
  ['راجعنا في المكتب', 'راجعنا في المكتب وبنشرح لك.', 'backward-shift', 'راجعنا في المكتب'],
  ['زيارة أقرب فرع للاستفسار', 'نرجو زيارة أقرب فرع للاستفسار عن الرسوم.', 'backward-shift', 'زيارة أقرب فرع للاستفسار'],
  ['اتصل بنا بدلا من', 'اتصل بنا بدلا من الكتابة هنا.', 'backward-shift', 'اتصل بنا بدلا من'],
];

const quiet: Array<[string, string, Capacity?]> = [
  ['a personal account offering its own number', 'WhatsApp me on my personal number tonight.', 'personal'],
  ['unknown capacity', 'Call me any time, I am free all weekend.', 'unknown'],
  ['the organisation\'s messages', 'Please DM us your details and our team will reply today.'],
  ['the organisation\'s hotline', 'Our hotline 80077799 is open 24/7.'],
  ['a visit the matter needs', 'Please visit our office with your original passport to collect the card.'],
  ['no visit needed', 'You can renew online, no need to visit the office.'],
  ['the official WhatsApp channel', 'Send us a message on our official WhatsApp channel.'],
  ['a minister\'s visit', 'The minister visited the new service centre today.'],
  ['Arabic on a personal account', 'كلمني على رقمي الخاص وأخلص لك الموضوع.', 'personal'],
  ['digital transformation (الرقمي)', 'نواصل مسيرة التحول الرقمي وبنيتنا الرقمية.'],
  ['a phone call as an adjective (اتصال هاتفي)', 'تم التواصل الهاتفي مع المراجعين.'],
  ['the organisation\'s private messages', 'نرجو مراسلتنا على الخاص بتفاصيل الطلب.'],
  ['a visit the matter needs, in Arabic', 'يرجى مراجعة الفرع مع جواز السفر الأصلي لاستلام البطاقة.'],
  ['"we reviewed" (راجعنا) the request', 'راجعنا الطلب وتمت الموافقة عليه.'],
  ['the official channel in Arabic', 'تابعونا على قناتنا الرسمية في واتساب.'],
];

describe('channel', () => {
  it.each(flagged)('flags %s', (_name, text, rule, covered) => {
    expect(text.indexOf(covered)).toBeGreaterThanOrEqual(0);
    expect(found(text).map((f) => ({ rule: f.rule, severity: f.severity, words: text.slice(f.start, f.end) }))).toEqual([
      { rule, severity: 'info', words: covered },
    ]);
  });

  it.each(quiet)('leaves alone %s', (_name, text, capacity = 'official') => {
    expect(found(text, capacity)).toEqual([]);
  });

  /** [rule, draft, English message, Arabic message] */
  const words: Array<[string, string, string, string]> = [
    ['personal-channel', 'كلمني على جوالي', 'A personal channel offered from the organisation\'s account: "كلمني على جوالي"', 'عرض قناة تواصل شخصية من حساب الجهة: «كلمني على جوالي»'],
    ['backward-shift', 'Call us instead.', 'An online question sent back to a call or a visit: "Call us instead"', 'إحالة سؤال وصل إلكترونيًا إلى اتصال أو حضور: «Call us instead»'],
  ];

  it.each(words)('words a %s finding in English and in Arabic', (rule, text, en, ar) => {
    expect(found(text, 'official', 'en').map((f) => [f.rule, f.message])).toEqual([[rule, en]]);
    expect(found(text, 'official', 'ar').map((f) => [f.rule, f.message])).toEqual([[rule, ar]]);
  });

  it('words every rule it can report and cites tips 7 and 8', () => {
    expect(words.map(([rule]) => rule).sort()).toEqual(Object.keys(channelMeta.rules!).sort());
    expect(channelMeta.source.section).toBe('Ten tips for social media engagement, tip 7; Ten tips for social media engagement, tip 8');
    const [f] = found('Text me later.');
    expect(f.why).toContain('Do not open a channel of communication you cannot maintain');
    expect(f.suggestion).toBe('Point to the organisation\'s own channels (its messages, helpline or online form) instead of your own.');
  });
});
