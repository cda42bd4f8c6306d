import { describe, expect, it } from 'vitest';
import type { QuickRefItem } from '../engine/types.js';
import { filterQuickReference } from './filter-quick-reference.js';

const item = (id: string, en: string, ar: string, section = 'Codes of Conduct'): QuickRefItem => ({
  id,
  title: { en, ar },
  text: { en: `${en} in detail`, ar: `${ar} بالتفصيل` },
  source: { document: 'Oman ITA, Social Media in Government (2016)', section },
});

const ref = {
  principles: [item('honest', 'Be honest and accurate', 'كن صادقًا ودقيقًا')],
  conduct: [item('privacy', 'Keep private details private', 'احفظ البيانات الخاصة'), item('politics', 'Stay politically neutral', 'التزم الحياد السياسي')],
  tips: [item('pause', 'Pause before you post', 'توقّف قبل النشر', 'Tips')],
};

describe('filterQuickReference', () => {
  it('shows everything for an empty query', () => {
    const out = filterQuickReference(ref, '  ');
    expect(out.conduct.map((i) => i.id)).toEqual(['privacy', 'politics']);
    expect(out.tips).toHaveLength(1);
  });
  it('needs every typed word, case-insensitively, in any section', () => {
    const out = filterQuickReference(ref, 'PRIVATE details');
    expect([...out.principles, ...out.conduct, ...out.tips].map((i) => i.id)).toEqual(['privacy']);
  });
  it('finds Arabic whatever the hamza, tashkeel or ta marbuta the person types', () => {
    expect(filterQuickReference(ref, 'الخاصه').conduct.map((i) => i.id)).toEqual(['privacy']);
    expect(filterQuickReference(ref, 'السِّياسي').conduct.map((i) => i.id)).toEqual(['politics']);
  });
  it('matches the cited section', () => {
    expect(filterQuickReference(ref, 'tips').tips.map((i) => i.id)).toEqual(['pause']);
  });
  it('copes with a ruleset without a quick reference', () => {
    expect(filterQuickReference(undefined, 'x')).toEqual({ principles: [], conduct: [], tips: [] });
  });
  it('finds an item by its source in Arabic, as the quick reference shows it', () => {
    expect(filterQuickReference(ref, 'هيئة تقنية المعلومات قواعد السلوك').conduct.map((i) => i.id)).toEqual(['privacy', 'politics']);
    expect(filterQuickReference(ref, 'قواعد السلوك').tips).toEqual([]);
  });
});
