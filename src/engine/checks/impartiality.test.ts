import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer.js';
import { loadRuleset } from '../../ruleset/load.js';
import { overlay } from '../../ruleset/layers.js';
import { validateRuleset } from '../../ruleset/validate.js';
import type { Capacity, Finding } from '../types.js';
import { namesOf } from './impartiality/politics-lists.js';
import { impartialityMeta } from './meta/impartiality.js';

const ruleset = overlay(loadRuleset(), {
  organisation: { name: 'Ministry of Digital Services', aliases: ['MDS', 'وزارة الخدمات الرقمية'] },
  politics: { parties: ['Labour Party | Labour | حزب العمال'], politicians: ['Salim Al Harthy | سالم الحارثي'] },
});
const analyzer = createAnalyzer(ruleset);

function found(text: string, capacity: Capacity = 'official'): Finding[] {
  const lang = /[\u0600-\u06ff]/.test(text) ? 'ar' : 'en';
  return analyzer.analyze(text, { capacity, lang }).filter((f) => f.check === 'impartiality');
}

/** [what it shows, draft, rule, exact words the finding covers] — all on an official account. */
const flagged: Array<[string, string, string, string]> = [
  ['a vote asked for a named candidate', 'Vote for Ahmed Al Balushi on Saturday!', 'endorsement', 'Vote for Ahmed Al Balushi'],
  ['"vote" and a party name', 'Vote Labour this time.', 'endorsement', 'Vote Labour'],
  ['a vote asked against someone', "Don't vote for Khalid, whatever he promises.", 'endorsement', "Don't vote for Khalid"],
  ['support in the election', 'Support Ahmed in the election next month.', 'endorsement', 'Support Ahmed in the election'],
  ['an endorsement said outright', 'We are proud to endorse the independent list.', 'endorsement', 'We are proud to endorse'],
  ['a campaign slogan', 'Fatma for Shura!', 'endorsement', 'Fatma for Shura'],
  ['a re-election asked for', 'Re-elect Huda for a second term.', 'endorsement', 'Re-elect Huda'],
  ['"our candidate" in a post about an election', 'Our candidate will win the Shura election.', 'endorsement', 'Our candidate'],
  ['"vote for them" about an election', 'The elections are on Sunday: vote for them.', 'endorsement', 'vote for them'],
  ['a listed party attacked', "Labour's party is a disgrace.", 'party-politics', "Labour's party is a disgrace"],
  ['a listed politician praised', 'Great job by Salim Al Harthy today.', 'party-politics', 'Great job by Salim Al Harthy'],
  ['a listed politician who should resign', 'Salim Al Harthy must resign.', 'party-politics', 'Salim Al Harthy must resign'],
  ['the best political party', 'The best political party in the country.', 'party-politics', 'The best political party'],
  ['the opposition attacked', 'The opposition are a joke.', 'party-politics', 'The opposition are a joke'],
  ['صوّتوا لـ with a name', 'صوّتوا لـ أحمد البلوشي في انتخابات مجلس الشورى', 'endorsement', 'صوّتوا لـ أحمد البلوشي'],
  ['a vote asked, the sentence going on after the name', 'صوّتوا لـ سالم في الشورى', 'endorsement', 'صوّتوا لـ سالم'],
  ['صوتوا للمرشح with a name', 'صوتوا للمرشح خالد يوم الأحد', 'endorsement', 'صوتوا للمرشح خالد'],
  ['أعطوا صوتكم لـ', 'أعطوا صوتكم لسالم', 'endorsement', 'أعطوا صوتكم لسالم'],
  ['انتخبوا at the start of a sentence', 'انتخبوا المرشح سالم يوم الأحد', 'endorsement', 'انتخبوا المرشح سالم'],
  ['لا تنتخبوا', 'لا تنتخبوا خالد', 'endorsement', 'لا تنتخبوا خالد'],
  ['ندعم المرشح', 'ندعم المرشح خالد في الدائرة الانتخابية', 'endorsement', 'ندعم المرشح خالد'],
  ['نؤيد المرشحة with hamza and ta marbuta', 'نؤيد المرشحة مريم', 'endorsement', 'نؤيد المرشحة مريم'],
  ['مرشحنا in a post about the Shura', 'مرشحنا في انتخابات الشورى هو الأفضل', 'endorsement', 'مرشحنا'],
  ['أفضل حزب', 'هذا أفضل حزب في البلد', 'party-politics', 'أفضل حزب'],
  ['a listed party attacked in Arabic', 'حزب العمال فاشل', 'party-politics', 'حزب العمال فاشل'],
  ['a listed politician cheered', 'عاش سالم الحارثي', 'party-politics', 'عاش سالم الحارثي'],
  ['a listed politician who deserves the vote', 'سالم الحارثي يستاهل صوتكم', 'endorsement', 'سالم الحارثي يستاهل صوتكم'],
];

/** [what it shows, draft]: civic notices, logistics, neutral reports and other kinds of vote, on an official account. */
const quiet: Array<[string, string]> = [
  ['register to vote', 'Register to vote before 30 June.'],
  ['a general call to vote', 'Polling stations open at 7am: make sure you vote.'],
  ['a competition vote', 'Vote for your favourite photo in our contest.'],
  ['a named entry in a competition', 'Vote for Muscat Library in the app of the year awards.'],
  ['a party name in a neutral notice', 'The Labour party conference closes the road on Sunday.'],
  ['a neutral result', 'Labour won 40 seats, the election commission said.'],
  ['voters helped at the polls', 'We support voters with disabilities at the polls.'],
  ['a job candidate', 'Our candidate for the analyst post starts on Monday.'],
  ['a party with music', 'Best party ever, thanks to everyone who came to the staff dinner!'],
  ['vote now', 'Vote now in the residents survey.'],
  ['a listed politician visiting', 'Salim Al Harthy visited the new clinic this morning.'],
  ['شارك في الانتخابات', 'شارك في انتخابات مجلس الشورى، صوتك أمانة'],
  ['صوّت لمن تراه الأنسب', 'صوّت لمن تراه الأنسب لتمثيل ولايتك'],
  ['صوّتوا للأكفأ', 'صوتوا للأكفأ والأصلح'],
  ['a neutral result in Arabic', 'فاز المرشح أحمد بمقعد الولاية بعد فرز الأصوات'],
  ['المجالس البلدية logistics', 'التصويت في انتخابات المجالس البلدية إلكترونيًا عبر تطبيق انتخب'],
  ['they elected, in a report', 'المواطنون انتخبوا ممثليهم في المجلس البلدي'],
  ['a listed party in a neutral notice', 'مؤتمر حزب العمال يغلق الطريق يوم الأحد'],
  ['my voice, not my vote', 'صوتي مبحوح اليوم من كثر الكلام'],
  ['candidates in general', 'ندعم المرشحين بالتدريب على الحملات الانتخابية'],
  ['مرشحنا for an award', 'مرشحنا لجائزة التميز الحكومي هو فريق الخدمات الرقمية'],
];

describe('impartiality: taking sides on an official account', () => {
  it.each(flagged)('%s', (_what, draft, rule, words) => {
    const f = found(draft);
    expect(f.map((x) => [x.rule, draft.slice(x.start, x.end), x.severity])).toEqual([[rule, words, 'warning']]);
  });

  it.each(quiet)('quiet: %s', (_what, draft) => {
    expect(found(draft)).toEqual([]);
  });
});

describe('impartiality: capacity', () => {
  it('says nothing on a personal account that does not name the employer', () => {
    expect(found('Vote for Ahmed Al Balushi!', 'personal')).toEqual([]);
    expect(found('صوتوا لسالم الحارثي', 'personal')).toEqual([]);
  });

  it('gives a note on a personal account that names the employer, in the same post', () => {
    const f = found('Proud to work at MDS. Vote for Ahmed Al Balushi!', 'personal');
    expect(f.map((x) => [x.rule, x.severity])).toEqual([['endorsement', 'info']]);
    const ar = found('وزارتنا ما لها دخل، بس صوتوا لسالم الحارثي', 'personal');
    expect(ar.map((x) => [x.rule, x.severity])).toEqual([['endorsement', 'info']]);
  });

  it('treats an account not yet known as personal', () => {
    expect(found('Vote for Ahmed Al Balushi!', 'unknown')).toEqual([]);
  });

  it('keeps a weak cue quiet when the post is not about politics', () => {
    expect(found('Our candidate starts on Monday.')).toEqual([]);
    expect(found('Our candidate starts on Monday. The election is in October.').map((x) => x.rule)).toEqual(['endorsement']);
  });
});

describe('impartiality: words in both languages', () => {
  it('words an English finding with the typed words and the clause', () => {
    const [f] = analyzer.analyze('Vote Labour this time.', { capacity: 'official', lang: 'en' }).filter((x) => x.check === 'impartiality');
    expect(f.message).toBe('Takes a side in an election: "Vote Labour"');
    expect(f.why).toBe(impartialityMeta.rules!.endorsement.why!.en);
    expect(f.suggestion).toBe(impartialityMeta.rules!.endorsement.suggestion!.en);
  });

  it('words an Arabic finding with the words as typed, tashkeel kept', () => {
    const [f] = analyzer.analyze('حزب العمال فاشل', { capacity: 'official', lang: 'ar' }).filter((x) => x.check === 'impartiality');
    expect(f.message).toBe('مدح حزب أو سياسي أو هجوم عليه: «حزب العمال فاشل»');
    const [g] = analyzer.analyze('صوّتوا لـ أحمد', { capacity: 'official', lang: 'ar' }).filter((x) => x.check === 'impartiality');
    expect(g.message).toBe('انحياز في الانتخابات: «صوّتوا لـ أحمد»');
  });

  it('words an English post in Arabic when the person reads Arabic', () => {
    const [f] = analyzer.analyze('Vote Labour this time.', { capacity: 'official', lang: 'ar' }).filter((x) => x.check === 'impartiality');
    expect(f.message).toBe('انحياز في الانتخابات: «Vote Labour»');
  });
});

describe('impartiality: the ruleset lists', () => {
  it('reads one entry as a name and its aliases', () => {
    expect(namesOf(' Labour Party | Labour || حزب العمال ')).toEqual(['Labour Party', 'Labour', 'حزب العمال']);
  });

  it('needs no list for the built-in electoral phrases', () => {
    const plain = createAnalyzer(loadRuleset());
    expect(plain.analyze('Vote for Ahmed Al Balushi!', { capacity: 'official', lang: 'en' }).some((f) => f.check === 'impartiality')).toBe(true);
    expect(plain.analyze('Great job by Salim Al Harthy today.', { capacity: 'official', lang: 'en' }).some((f) => f.check === 'impartiality')).toBe(false);
  });

  it('is accepted by the ruleset schema, and a list of numbers refused', () => {
    expect(validateRuleset({ politics: { parties: ['Labour Party | حزب العمال'], politicians: [] } })).toEqual([]);
    expect(validateRuleset({ politics: { parties: [3] } }).length).toBeGreaterThan(0);
    expect(validateRuleset({ politics: { leaders: [] } }).length).toBeGreaterThan(0);
  });

  it('ships empty lists and the check switched on in the default ruleset', () => {
    const d = loadRuleset();
    expect(d.politics).toEqual({ parties: [], politicians: [] });
    expect(d.checks?.impartiality?.enabled).toBe(true);
  });
});
