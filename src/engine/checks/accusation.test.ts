import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer.js';
import { loadRuleset } from '../../ruleset/load.js';
import { overlay } from '../../ruleset/layers.js';
import type { Capacity, Finding } from '../types.js';
import { accusationMeta } from './meta/accusation.js';

const analyzer = createAnalyzer(loadRuleset());

function found(text: string, capacity: Capacity = 'personal', lang: 'en' | 'ar' = /[\u0600-\u06ff]/.test(text) ? 'ar' : 'en'): Finding[] {
  return analyzer.analyze(text, { capacity, lang }).filter((f) => f.check === 'accusation');
}

/** [what it shows, draft, rule, exact words the finding covers] */
const flagged: Array<[string, string, 'label' | 'deed', string]> = [
  ['a role called corrupt', 'The contractor is corrupt and the road proves it.', 'label', 'The contractor is corrupt'],
  ['a handle called a liar', '@bader_77 is a liar, ignore him.', 'label', '@bader_77 is a liar'],
  ['a minister said to take bribes', 'The minister took bribes from the builders.', 'deed', 'The minister took bribes'],
  ['"they" called fraudsters', 'They are fraudsters and they know it.', 'label', 'They are fraudsters'],
  ['a capitalised name called a thief', 'Everyone should know that Hamed is a thief.', 'label', 'Hamed is a thief'],
  ['a title and name who stole', 'Dr Karim stole the design from his students.', 'deed', 'Dr Karim stole'],
  ['a company that ripped people off', 'Gulf Star Motors ripped us off twice.', 'deed', 'Gulf Star Motors ripped us off'],
  ['"you\'re" with a label', "You're a crook and a coward.", 'label', "You're a crook"],
  ['a role qualified by one word', 'The cleaning company is a scam.', 'label', 'The cleaning company is a scam'],
  ['a label inside the noun phrase', 'That corrupt inspector should be sacked.', 'label', 'That corrupt inspector'],
  ['a role with "has been lying to"', 'Our supplier has been lying to us for months.', 'label', 'Our supplier has been lying'],
  ['a body that embezzled', 'The club embezzled the youth fund.', 'deed', 'The club embezzled'],
  ['Arabic: a placeholder name called a thief', 'فلان حرامي وكلنا نعرف', 'label', 'فلان حرامي'],
  ['Arabic: the contractor stole (the object read with it)', 'المقاول سرق فلوس الصيانة', 'deed', 'المقاول سرق فلوس'],
  ['Arabic: the minister is bribed', 'الوزير مرتشي من زمان', 'label', 'الوزير مرتشي'],
  ['Arabic: a feminine label for a company', 'الشركة نصّابة ولا تردّ على أحد', 'label', 'الشركة نصّابة'],
  ['Arabic: Gulf plural with "all of them"', 'المسؤولين كلهم حرامية', 'label', 'المسؤولين كلهم حرامية'],
  ['Arabic: Gulf "eat people\'s rights" with no one named', 'ياكلون حق الناس وما أحد يحاسبهم', 'deed', 'ياكلون حق'],
  ['Arabic: a vocative label', 'يا حرامية رجعوا الفلوس', 'label', 'يا حرامية'],
  ['Arabic: "this" + role with the Gulf هال', 'هالمدير فاسد', 'label', 'هالمدير فاسد'],
  ['Arabic: a label then the one accused', 'نصابين هذول', 'label', 'نصابين هذول'],
  ['Arabic: a body named by its kind', 'شركة حرامية ما تستاهل', 'label', 'شركة حرامية'],
  ['Arabic: a role and an adjective, then طلع', 'المدير الجديد طلع مختلس', 'label', 'المدير الجديد طلع مختلس'],
  ['Arabic: a handle called a liar', '@nasser_om كذاب', 'label', '@nasser_om كذاب'],
  ['Arabic: a role said to take a bribe', 'المقاول أخذ رشوة عشان المناقصة', 'deed', 'المقاول أخذ رشوة'],
  ['Arabic: corruption said to be in a body', 'الوزارة فيها فساد', 'label', 'الوزارة فيها فساد'],
  ['Arabic: a role heading a definite noun', 'رئيس اللجنة مرتشي', 'label', 'رئيس اللجنة مرتشي'],
  ['Arabic: "our" corrupt manager is someone in particular', 'مديرنا الفاسد ما يستحي', 'label', 'مديرنا الفاسد'],
];

const quiet: Array<[string, string]> = [
  ['a news report of a charge', 'Police charged the contractor with fraud this morning.'],
  ['"accused of"', 'The minister was accused of taking bribes.'],
  ['"according to the court"', 'According to the court, the director stole the funds.'],
  ['a question', 'Is the contractor corrupt?'],
  ['a denial', 'He is not corrupt, just disorganised.'],
  ['"no thief"', "He's no thief."],
  ['a general statement about corruption', 'Corruption harms everyone.'],
  ['a general plural at the start', 'Politicians are liars, said my uncle.'],
  ['a hypothesis', 'If the supplier lied, the audit will show it.'],
  ['whoever does it', 'Anyone who takes bribes will lose their job.'],
  ['film talk across sentences', 'Watched the new series last night. The banker is a crook in it.'],
  ['self-deprecation', "I'm such a fraud at the gym."],
  ['a plain insult belongs to aggressive tone', 'You are an idiot.'],
  ['a corrupt file', 'The file is corrupt, please resend it.'],
  ['stole the show', 'Our daughter stole the show at the recital.'],
  ['lying on the beach', 'He is lying on the beach all day.'],
  ['a theft by nobody named', 'Someone stole my bike.'],
  ['a criminal lawyer', 'She is a criminal lawyer in Muscat.'],
  ['a finding of no evidence', 'There is no evidence that the supplier lied.'],
  ['Arabic: a court convicted', 'أدانت المحكمة المدير باختلاس الأموال'],
  ['Arabic: as the paper reported', 'حسب ما نشرت الصحيفة، المقاول سرق المواد'],
  ['Arabic: a question', 'هل المدير فاسد؟'],
  ['Arabic: a denial with مو', 'المدير مو حرامي'],
  ['Arabic: fighting corruption', 'مكافحة الفساد مسؤولية الجميع'],
  ['Arabic: spoiled food', 'الأكل فاسد اليوم'],
  ['Arabic: whoever steals', 'من يسرق المال العام يعاقب'],
  ['Arabic: a hypothesis', 'إذا المقاول سرق بتكشفه الرقابة'],
  ['Arabic: a film', 'الفيلم عن حرامي ذكي'],
  ['Arabic: self-deprecation', 'أنا كذاب لو قلت إني أحب الرياضة'],
  ['Arabic: a theft by nobody named', 'سرقوا سيارتي أمس'],
  ['Arabic: hearsay', 'يقولون المدير مرتشي بس ما في دليل'],
  ['Arabic: doubt', 'ما أظن الشركة نصبت على أحد'],
  ['Arabic: a plain insult', 'أنت غبي'],
  ['Arabic: an indefinite employee in general', 'موظف فاسد لازم يتحاسب'],
  ['Arabic: the corrupt employee as a kind', 'الموظف الفاسد يضر سمعة الجهة'],
];

describe('accusation check', () => {
  it.each(flagged)('flags %s', (_what, draft, rule, words) => {
    const f = found(draft);
    expect(f.map((x) => [x.rule, draft.slice(x.start, x.end)])).toEqual([[rule, words]]);
    expect(f[0].severity).toBe('warning');
  });

  it.each(quiet)('stays quiet on %s', (_what, draft) => {
    expect(found(draft)).toEqual([]);
  });

  it('is an error on an official account, a warning on a personal one', () => {
    expect(found('The contractor stole the cement.', 'official').map((f) => f.severity)).toEqual(['error']);
    expect(found('المقاول حرامي', 'official').map((f) => f.severity)).toEqual(['error']);
    expect(found('The contractor stole the cement.', 'unknown').map((f) => f.severity)).toEqual(['warning']);
  });

  it('keeps a severity the ruleset sets', () => {
    const info = createAnalyzer(overlay(loadRuleset(), { checks: { accusation: { enabled: true, severity: 'info' } } }));
    expect(info.analyze('The contractor is corrupt.', { capacity: 'official', lang: 'en' }).filter((f) => f.check === 'accusation').map((f) => f.severity)).toEqual(['info']);
  });

  it('words the finding in English, quoting the draft as typed', () => {
    const [f] = found('The Contractor is CORRUPT', 'personal', 'en');
    expect(f.message).toBe('Accuses someone of wrongdoing: "The Contractor is CORRUPT"');
    const [g] = found('The contractor is corrupt.');
    expect(g.message).toBe('Accuses someone of wrongdoing: "The contractor is corrupt"');
    expect(g.why).toBe(accusationMeta.rules!.label.why!.en);
    expect(g.suggestion).toBe(accusationMeta.rules!.label.suggestion!.en);
  });

  it('words the finding in Arabic, quoting the draft as typed with its hamza and shadda', () => {
    const [f] = found('المقاول أخذ رشوة', 'personal', 'ar');
    expect(f.message).toBe('نسبة فعل مخالف إلى أحد: «المقاول أخذ رشوة»');
    expect(f.why).toBe(accusationMeta.rules!.deed.why!.ar);
    expect(f.suggestion).toBe(accusationMeta.rules!.deed.suggestion!.ar);
    const [g] = found('الشركة نصّابة', 'personal', 'ar');
    expect(g.message).toBe('اتهام لأحد بمخالفة أو جُرم: «الشركة نصّابة»');
  });

  it('cites the defamation clause of the guidelines', () => {
    expect(accusationMeta.defaultSeverity).toBe('warning');
    expect(accusationMeta.source.document).toContain('Oman ITA');
    expect(accusationMeta.clause.en).toContain('defamation');
    expect(accusationMeta.clause.ar).toContain('التشهير');
  });
});
