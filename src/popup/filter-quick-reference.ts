// Filtering the quick reference: every word typed must appear in the item's title, text or source, in either language.
import { normalizeTerm } from '../engine/normalize.js';
import { citationIn } from '../engine/sources.js';
import type { QuickRefItem, QuickReference } from '../engine/types.js';

export const QUICK_REF_SECTIONS = ['principles', 'conduct', 'tips'] as const;
export type QuickRefSection = (typeof QUICK_REF_SECTIONS)[number];

function haystack(item: QuickRefItem): string {
  const ar = citationIn(item.source, 'ar');
  return normalizeTerm([item.title.en, item.title.ar, item.text.en, item.text.ar, item.source.document, item.source.section, ar.document, ar.section].join('\n'));
}

export function filterQuickReference(ref: Partial<QuickReference> | undefined, query: string): Record<QuickRefSection, QuickRefItem[]> {
  // Normalised like drafts, so "اداره" finds "إدارة" and tashkeel or case never hide a match.
  const words = normalizeTerm(query).split(/\s+/).filter(Boolean);
  const out = { principles: [], conduct: [], tips: [] } as Record<QuickRefSection, QuickRefItem[]>;
  for (const section of QUICK_REF_SECTIONS) {
    const items = ref?.[section] ?? [];
    out[section] = words.length ? items.filter((item) => { const h = haystack(item); return words.every((w) => h.includes(w)); }) : [...items];
  }
  return out;
}
