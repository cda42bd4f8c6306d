import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer.js';
import { loadRuleset } from '../ruleset.js';
import type { Capacity, Finding, Ruleset } from '../types.js';

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
  ['"our ministry" from a personal account', 'personal', 'Our ministry finished the new licensing system today, so proud.', 'undisclosed-affiliation', 'warning', 'Our ministry'],
  ['"at work" from a personal account', 'personal', 'At work we finally switched the permits online.', 'undisclosed-affiliation', 'warning', 'At work'],
  ['"our team at the ..."', 'personal', 'Big week for our team at the directorate.', 'undisclosed-affiliation', 'warning', 'our team at'],
  ['"my department" when the capacity is unknown, as info', 'unknown', 'My department is hiring engineers.', 'undisclosed-affiliation', 'info', 'My department'],
  ['"وزارتنا" from a personal account', 'personal', 'وزارتنا أطلقت تطبيقا جديدا اليوم', 'undisclosed-affiliation', 'warning', 'وزارتنا'],
  ['"نحن في الوزارة"', 'personal', 'نحن في الوزارة نعمل على نظام جديد', 'undisclosed-affiliation', 'warning', 'نحن في الوزارة'],
  ['"في العمل"', 'personal', 'أنهينا المشروع في العمل أخيرا', 'undisclosed-affiliation', 'warning', 'في العمل'],
  ['"personally I think" on an official account', 'official', 'Personally I think the new bus lanes are a mistake.', 'personal-opinion', 'warning', 'Personally I'],
  ['"in my opinion" on an official account', 'official', 'In my opinion the new bus lanes are a mistake.', 'personal-opinion', 'warning', 'In my opinion'],
  ['"I feel that" on an official account', 'official', 'I feel that the fee is too high.', 'personal-opinion', 'warning', 'I feel that'],
  ['"برأيي" on an official account', 'official', 'برأيي هذا القرار متسرع', 'personal-opinion', 'warning', 'برأيي'],
  ['"شخصياً أرى" on an official account (the span keeps the final tanween)', 'official', 'شخصياً أرى أن القرار متسرع', 'personal-opinion', 'warning', 'شخصياً'],
];

describe('affiliation-disclosure: flags employer talk without disclosure, and opinions on official accounts', () => {
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
});

const clean: Array<[string, Capacity, string]> = [
  ['a disclosure in the same sentence', 'personal', 'I work for the Ministry of Health, views my own: our department did well.'],
  ['a disclosure in a later sentence', 'personal', 'Our team at the ministry shipped it. Views my own.'],
  ['"speaking personally"', 'personal', 'Speaking personally and not for my team, the launch went well at my department.'],
  ['an Arabic disclosure', 'personal', 'أعمل في البلدية، وهذا رأيي الشخصي: في العمل أنهينا الحديقة'],
  ['an opinion on a personal account', 'personal', 'In my opinion the bus lanes are great.'],
  ['an Arabic opinion on a personal account', 'personal', 'شخصيًا أرى أن الحديقة جميلة'],
  ['employer talk on an official account', 'official', 'Our ministry opened a new branch in Sohar.'],
  ['a post about something else', 'personal', 'Lovely walk along the corniche this evening.'],
  ['another ministry, not mine', 'personal', 'The ministry of tourism opened a new museum.'],
];

describe('affiliation-disclosure: leaves alone what is disclosed or not about the employer', () => {
  it.each(clean)('does not flag %s', (_name, capacity, text) => {
    expect(affiliation(builtIn, text, capacity)).toEqual([]);
  });
});

describe('affiliation-disclosure: the organisation named in the ruleset', () => {
  it('flags its full name', () => {
    const text = 'Ministry of Digital Services launched the app.';
    expect(affiliation(org, text, 'personal')).toEqual([
      expect.objectContaining({ rule: 'undisclosed-affiliation', severity: 'warning', start: 0, end: 28 }),
    ]);
  });

  it('flags its Arabic alias with a glued conjunction', () => {
    const text = 'ووزارة الخدمات الرقمية أطلقت التطبيق';
    expect(affiliation(org, text, 'personal')).toEqual([expect.objectContaining({ start: 0, end: 22 })]);
  });

  it('flags one of its topics', () => {
    const text = 'The e-services portal is down again.';
    expect(affiliation(org, text, 'personal')).toEqual([expect.objectContaining({ start: 4, end: 21 })]);
  });

  it('accepts its own disclosure phrases', () => {
    expect(affiliation(org, 'Proud MDS employee here. MDS launched the app.', 'personal')).toEqual([]);
  });

  it('does not count the name inside "I work at ..." as undisclosed', () => {
    expect(affiliation(org, 'I work at MDS and the app is great.', 'personal')).toEqual([]);
  });

  it('reports only the first mention when the post never discloses', () => {
    const text = 'Our ministry opened a branch. My office moved too. MDS is growing.';
    expect(affiliation(org, text, 'personal').map((f) => text.slice(f.start, f.end))).toEqual(['Our ministry']);
  });
});
