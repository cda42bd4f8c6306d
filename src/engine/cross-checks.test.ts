import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import type { Capacity, Lang, Ruleset } from './types.js';

const ruleset: Ruleset = { organisation: { name: 'Ministry of Housing', aliases: ['MOH', 'وزارة الإسكان'] } };
const analyzer = createAnalyzer(ruleset);
const run = (text: string, capacity: Capacity, lang: Lang = 'en') => analyzer.analyze(text, { capacity, lang });
const of = (text: string, capacity: Capacity, check: string, lang: Lang = 'en') =>
  run(text, capacity, lang)
    .filter((f) => f.check === check)
    .map((f) => ({ rule: f.rule, words: text.slice(f.start, f.end), severity: f.severity, message: f.message }));

describe('employer-disrepute', () => {
  it('a personal post naming the employer beside an insult is an error on the employer, worded in English', () => {
    const text = 'The Ministry of Housing is run by idiots.';
    expect(run(text, 'personal').some((f) => f.check === 'aggressive-tone')).toBe(true);
    expect(of(text, 'personal', 'employer-disrepute')).toEqual([
      { rule: 'named-employer', words: 'Ministry of Housing', severity: 'error', message: 'Names your employer in a post that attacks or accuses: "Ministry of Housing"' },
    ]);
  });
  it('in Arabic, "وزارتنا" beside an insult, worded in Arabic', () => {
    const text = 'وزارتنا يديرها أغبياء';
    expect(run(text, 'personal', 'ar').some((f) => f.check === 'aggressive-tone')).toBe(true);
    expect(of(text, 'personal', 'employer-disrepute', 'ar')).toEqual([
      { rule: 'named-employer', words: 'وزارتنا', severity: 'error', message: 'يذكر جهة عملك في منشور فيه هجوم أو اتهام: «وزارتنا»' },
    ]);
  });
  it('the employer in one sentence and the accusation in another', () => {
    const text = 'I work at the Ministry of Housing. The director there is a thief.';
    expect(run(text, 'personal').some((f) => f.check === 'accusation')).toBe(true);
    expect(of(text, 'personal', 'employer-disrepute').map((f) => [f.words, f.severity])).toEqual([['I work at the Ministry of Housing', 'error']]);
  });
  it('saying where one works names the employer, in English and Arabic', () => {
    const bare = createAnalyzer({});
    const en = 'I work at the ministry. Our director is a liar and a thief.';
    expect(bare.analyze(en, { capacity: 'personal' }).filter((f) => f.check === 'employer-disrepute').map((f) => en.slice(f.start, f.end))).toEqual([
      'I work at the ministry',
    ]);
    const ar = 'أشتغل بالوزارة والمدير حقنا حرامي';
    expect(bare.analyze(ar, { capacity: 'personal', lang: 'ar' }).filter((f) => f.check === 'employer-disrepute').map((f) => ar.slice(f.start, f.end))).toEqual([
      'أشتغل بالوزارة',
    ]);
  });
  it('on an account not known to be personal it is at most a warning', () => {
    expect(of('Our ministry is full of idiots.', 'unknown', 'employer-disrepute').map((f) => [f.words, f.severity])).toEqual([['Our ministry', 'warning']]);
  });
  it('hard negatives: the employer named without an attack, an official account, an attack without the employer', () => {
    expect(of('Proud of what the Ministry of Housing did for families this year.', 'personal', 'employer-disrepute')).toEqual([]);
    expect(of('وزارة الإسكان أطلقت خدمة جديدة اليوم', 'personal', 'employer-disrepute', 'ar')).toEqual([]);
    expect(of('The Ministry of Housing is run by idiots.', 'official', 'employer-disrepute')).toEqual([]);
    expect(of('That referee is an idiot.', 'personal', 'employer-disrepute')).toEqual([]);
    expect(of('وزارتنا ما قصرت!!!', 'personal', 'employer-disrepute', 'ar')).toEqual([]);
  });
  it('the ruleset turns it off like a check', () => {
    const off = createAnalyzer({ ...ruleset, checks: { 'employer-disrepute': { enabled: false } } });
    expect(off.analyze('The Ministry of Housing is run by idiots.', { capacity: 'personal' }).some((f) => f.check === 'employer-disrepute')).toBe(false);
  });
});

describe('friends-only', () => {
  it('"friends only" with work talk is a note on the phrase, in English', () => {
    const text = 'Friends only: my boss says the restructuring starts in March.';
    expect(of(text, 'personal', 'friends-only')).toEqual([
      { rule: 'friends-only-work', words: 'Friends only', severity: 'info', message: 'Meant for friends only, but it talks about work: "Friends only"' },
    ]);
  });
  it('"this stays between us" with the work talk in another sentence', () => {
    expect(of('This stays between us. Things at work are a mess.', 'personal', 'friends-only').map((f) => f.words)).toEqual(['This stays between us']);
  });
  it('in Arabic, بيني وبينكم and للأصدقاء فقط with work talk, worded in Arabic', () => {
    expect(of('بيني وبينكم المدير ناوي يغير الدوام', 'personal', 'friends-only', 'ar')).toEqual([
      { rule: 'friends-only-work', words: 'بيني وبينكم', severity: 'info', message: 'موجَّه للأصدقاء فقط لكنه يتحدث عن العمل: «بيني وبينكم»' },
    ]);
    expect(of('للأصدقاء فقط: زملائي في القسم تعبانين من ضغط الشغل', 'personal', 'friends-only', 'ar').map((f) => f.words)).toEqual(['للأصدقاء فقط']);
    expect(of('خلها بيننا، وزارة الإسكان بتأجل المشروع', 'unknown', 'friends-only', 'ar').map((f) => f.words)).toEqual(['خلها بيننا']);
  });
  it('hard negatives: friends only about a holiday, work talk without the phrase, an official account, a bare بيننا', () => {
    expect(of('Friends only: photos from our holiday in Salalah, the kids loved the beach.', 'personal', 'friends-only')).toEqual([]);
    expect(of('للأصدقاء فقط: صور رحلتنا إلى صلالة', 'personal', 'friends-only', 'ar')).toEqual([]);
    expect(of('My boss says the restructuring starts in March.', 'personal', 'friends-only')).toEqual([]);
    expect(of('Friends only: my boss says the restructuring starts in March.', 'official', 'friends-only')).toEqual([]);
    expect(of('المسافة بيننا بعيدة والدوام طويل', 'personal', 'friends-only', 'ar')).toEqual([]);
  });
});
