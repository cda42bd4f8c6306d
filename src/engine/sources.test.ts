import { describe, expect, it } from 'vitest';
import { CHECK_METAS } from './checks/meta/index.js';
import { cite, citationIn, citationLine } from './sources.js';
import type { Citation } from './types.js';

describe('citations in both languages', () => {
  it('cites the Oman ITA guideline by its Arabic title as well', () => {
    const source = cite(['omanIta', 'codesOfConduct']);
    expect(source).toEqual({
      document: 'Oman ITA, Social Media in Government (2016)',
      section: 'Codes of Conduct',
      ar: { document: 'هيئة تقنية المعلومات، وسائل التواصل الاجتماعي في الحكومة (2016)', section: 'قواعد السلوك' },
    });
    expect(citationLine(source, 'ar')).toBe('هيئة تقنية المعلومات، وسائل التواصل الاجتماعي في الحكومة (2016)، قواعد السلوك');
    expect(citationLine(source, 'en')).toBe('Oman ITA, Social Media in Government (2016), Codes of Conduct');
  });

  it('names a document once when two sections of it are cited, each document once across two', () => {
    expect(cite(['omanIta', 'beConsistent'], ['omanIta', 'codesOfConduct'])).toMatchObject({
      document: 'Oman ITA, Social Media in Government (2016)',
      section: 'Basic Principles for Agency Staff ("Be consistent"); Codes of Conduct',
      ar: { section: 'المبادئ الأساسية لموظفي الجهات الحكومية («كن متّسقًا»)؛ قواعد السلوك' },
    });
    expect(cite(['omanIta', 'codesOfConduct'], ['ukGuide', 'civilServiceCode']).ar).toEqual({
      document: 'هيئة تقنية المعلومات، وسائل التواصل الاجتماعي في الحكومة (2016)؛ الحكومة البريطانية، التواصل عبر وسائل التواصل الاجتماعي: دليل لموظفي الخدمة المدنية',
      section: 'قواعد السلوك؛ مدونة سلوك الخدمة المدنية',
    });
  });

  it('gives a ruleset citation written in English its Arabic from the table, the ten tips by number', () => {
    expect(citationIn({ document: 'Oman ITA, Social Media in Government (2016)', section: 'Basic Principles for Agency Staff' }, 'ar')).toEqual({
      document: 'هيئة تقنية المعلومات، وسائل التواصل الاجتماعي في الحكومة (2016)',
      section: 'المبادئ الأساسية لموظفي الجهات الحكومية',
    });
    const tip: Citation = { document: 'UK Cabinet Office, Social Media Guidance for civil servants (as reported)', section: 'Ten tips for social media engagement, tip 9' };
    expect(citationIn(tip, 'ar').section).toBe('النصائح العشر للتفاعل عبر وسائل التواصل الاجتماعي، النصيحة 9');
    expect(citationIn(tip, 'en')).toEqual(tip);
  });

  it("keeps a manager's own source as written, a list with one unknown piece whole", () => {
    const own: Citation = { document: 'Ministry Social Media Policy', section: 'Section 4' };
    expect(citationIn(own, 'ar')).toEqual(own);
    expect(citationIn({ document: 'Oman ITA, Social Media in Government (2016); Ministry Policy', section: 'Codes of Conduct; 4.2' }, 'ar')).toEqual({
      document: 'Oman ITA, Social Media in Government (2016); Ministry Policy',
      section: 'Codes of Conduct; 4.2',
    });
  });

  it('gives every built-in check a citation the person can read in Arabic', () => {
    for (const meta of CHECK_METAS) {
      const ar = citationIn(meta.source, 'ar');
      expect(ar.document, meta.id).toMatch(/[\u0600-\u06FF]/);
      expect(ar.section, meta.id).toMatch(/[\u0600-\u06FF]/);
    }
  });
});
