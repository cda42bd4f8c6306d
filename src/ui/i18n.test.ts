import { describe, expect, it } from 'vitest';
import en from '../../_locales/en/messages.json';
import ar from '../../_locales/ar/messages.json';
import { formatEntry, local, pluralKey, resolveLang, translator } from './i18n.js';

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

describe('formatEntry', () => {
  it('fills named placeholders from positional substitutions like chrome.i18n', () => {
    const entry = { message: 'Managed by $ORG$, version $VERSION$', placeholders: { org: { content: '$1' }, version: { content: '$2' } } };
    expect(formatEntry(entry, ['Ministry of Digital Services', 3])).toBe('Managed by Ministry of Digital Services, version 3');
  });
  it('matches placeholder names case-insensitively, leaves unknown names, and turns $$ into $', () => {
    expect(formatEntry({ message: '$Org$ costs $$5 $NOPE$', placeholders: { org: { content: '$1' } } }, ['ITA'])).toBe('ITA costs $5 $NOPE$');
  });
  it('gives an empty string for a missing substitution', () => {
    expect(formatEntry({ message: 'on $1.' })).toBe('on .');
  });
});

describe('resolveLang', () => {
  it('prefers the stored choice over the browser language', () => {
    expect(resolveLang('ar', 'en-GB')).toBe('ar');
    expect(resolveLang('en', 'ar-OM')).toBe('en');
  });
  it('follows an Arabic browser when nothing is stored, and English otherwise', () => {
    expect(resolveLang(undefined, 'ar-OM')).toBe('ar');
    expect(resolveLang(undefined, 'AR')).toBe('ar');
    expect(resolveLang(null, 'fr-FR')).toBe('en');
    expect(resolveLang('de', undefined)).toBe('en');
  });
});

describe('translator', () => {
  it('speaks Arabic with the Arabic catalogue, isolating what is filled in so a host keeps its direction', () => {
    expect(translator('ar')('pauseLabel', 'x.com')).toBe('إيقاف التدريب مؤقتًا على \u2068x.com\u2069');
    expect(translator('en')('pauseLabel', 'x.com')).toBe('Pause coaching on x.com');
  });
});

describe('locale catalogues', () => {
  const e = en as Catalog;
  const a = ar as Catalog;
  it('have the same keys', () => {
    expect(Object.keys(a).sort()).toEqual(Object.keys(e).sort());
  });
  it('declare the same placeholders with the same positions, and use each one', () => {
    for (const key of Object.keys(e)) {
      const pe = e[key].placeholders ?? {};
      const pa = a[key].placeholders ?? {};
      expect({ key, ph: Object.fromEntries(Object.entries(pa).map(([n, p]) => [n, p.content])) }).toEqual({
        key,
        ph: Object.fromEntries(Object.entries(pe).map(([n, p]) => [n, p.content])),
      });
      for (const name of Object.keys(pe)) {
        expect(e[key].message.toLowerCase()).toContain(`$${name}$`);
        expect(a[key].message.toLowerCase()).toContain(`$${name}$`);
      }
    }
  });
  it('use only key names chrome.i18n accepts and no empty messages', () => {
    for (const cat of [e, a]) {
      for (const [key, entry] of Object.entries(cat)) {
        expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
        expect(entry.message.trim().length).toBeGreaterThan(0);
      }
    }
  });
});

describe('local', () => {
  it('picks the UI language and falls back to the other when empty', () => {
    expect(local({ en: 'Tips', ar: 'نصائح' }, 'ar')).toBe('نصائح');
    expect(local({ en: 'Tips', ar: '' }, 'ar')).toBe('Tips');
    expect(local({ en: '', ar: 'نصائح' }, 'en')).toBe('نصائح');
    expect(local(undefined, 'en')).toBe('');
  });
});

describe('"and N more" in the popup', () => {
  const more = (lang: 'en' | 'ar', n: number, partial = false) => translator(lang)(pluralKey(lang, partial ? 'findingsMoreAtLeast' : 'findingsMore', n), n);
  it('reads in English, with "at least" when a check stopped reading', () => {
    expect(more('en', 1)).toBe('…and 1 more');
    expect(more('en', 12)).toBe('…and 12 more');
    expect(more('en', 950, true)).toBe('…and at least 950 more');
  });
  it('takes the Arabic plural form for the number', () => {
    const n = (x: number) => `\u2068${x}\u2069`;
    expect(more('ar', 1)).toBe('…وملاحظة أخرى');
    expect(more('ar', 2)).toBe('…وملاحظتان أخريان');
    expect(more('ar', 3)).toBe(`…و${n(3)} ملاحظات أخرى`);
    expect(more('ar', 10)).toBe(`…و${n(10)} ملاحظات أخرى`);
    expect(more('ar', 11)).toBe(`…و${n(11)} ملاحظة أخرى`);
    expect(more('ar', 100)).toBe(`…و${n(100)} ملاحظة أخرى`);
    expect(more('ar', 103)).toBe(`…و${n(103)} ملاحظات أخرى`);
    expect(more('ar', 950, true)).toBe(`…و${n(950)} ملاحظة أخرى على الأقل`);
  });
  it('falls back to the "Other" form where the catalogue has none (Arabic zero)', () => {
    expect(pluralKey('ar', 'findingsMore', 0)).toBe('findingsMoreOther');
    expect(pluralKey('ar', 'findingsMore', 2)).toBe('findingsMoreTwo');
    expect(pluralKey('en', 'findingsMore', 2)).toBe('findingsMoreOther');
  });
});
