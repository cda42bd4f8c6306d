// UI text from _locales, in the language the person chose (chrome.i18n cannot switch language at run time).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import en from '../../_locales/en/messages.json';
import ar from '../../_locales/ar/messages.json';
import type { Lang } from '../engine/types.js';

export type MessageKey = keyof typeof en;

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Catalog = Record<string, Entry>;

export const CATALOGS: Record<Lang, Catalog> = { en, ar: ar as Catalog };

/** Formats a messages.json entry the way chrome.i18n.getMessage does: named placeholders, then $1..$9, then $$. */
export function formatEntry(entry: Entry, subs: readonly (string | number)[] = []): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const ph = entry.placeholders?.[name.toLowerCase()];
    return ph ? ph.content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_whole, what: string) => {
    if (what === '$') return '$';
    const sub = subs[Number(what) - 1];
    return sub === undefined ? '' : String(sub);
  });
}

export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

/** First-strong and pop isolates: a host, handle or English title inside Arabic text keeps its own direction. */
const FSI = '\u2068';
const PDI = '\u2069';

export function translator(lang: Lang): Translate {
  const catalog = CATALOGS[lang];
  const isolate = lang === 'ar' ? (s: string | number) => `${FSI}${s}${PDI}` : (s: string | number) => s;
  return (key, ...subs) => formatEntry(catalog[key] ?? CATALOGS.en[key], subs.map(isolate));
}

/** The stored choice wins; otherwise the browser's UI language, Arabic for any "ar*" locale. */
export function resolveLang(stored: unknown, uiLanguage: string | undefined): Lang {
  if (stored === 'en' || stored === 'ar') return stored;
  return uiLanguage?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export function browserUiLanguage(): string | undefined {
  try {
    return chrome.i18n?.getUILanguage();
  } catch {
    return undefined;
  }
}

/** Sets lang and dir on <html> so Arabic lays out right to left, and assistive technology reads it as Arabic. */
export function applyDocumentLang(lang: Lang, doc: Document = document): void {
  doc.documentElement.lang = lang;
  doc.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
}

export interface I18n {
  lang: Lang;
  t: Translate;
}

export const I18nContext = createContext<I18n>({ lang: 'en', t: translator('en') });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

const CATEGORY_KEY: Record<string, string> = { one: 'One', two: 'Two', few: 'Few', many: 'Many', other: 'Other' };

/**
 * The key of `base` in the plural form the language uses for `n` (Arabic: one, two, few 3-10, many 11-99, other);
 * a form the catalogues have no key for (Arabic zero) takes "Other".
 */
export function pluralKey(lang: Lang, base: string, n: number): MessageKey {
  const category = new Intl.PluralRules(lang).select(n);
  const key = `${base}${CATEGORY_KEY[category] ?? 'Other'}`;
  return (key in CATALOGS[lang] ? key : `${base}Other`) as MessageKey;
}

/** Picks the string for the UI language out of an {en, ar} pair, falling back to the other one when empty. */
export function local(text: { en: string; ar: string } | undefined, lang: Lang): string {
  if (!text) return '';
  return (lang === 'ar' ? text.ar || text.en : text.en || text.ar) ?? '';
}
