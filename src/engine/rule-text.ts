// The organisation's own words in the person's language: a ruleset may give one string, or English and Arabic.
import type { Lang, LocalText, RuleText } from './types.js';

/** `text` in `lang`; with one language only, that one; a plain string in any language. */
export function ruleTextIn(text: RuleText | undefined, lang: Lang): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text.trim() ? text : undefined;
  const other: Lang = lang === 'ar' ? 'en' : 'ar';
  return text[lang]?.trim() ? text[lang] : text[other]?.trim() ? text[other] : undefined;
}

/** Both languages, each falling back on the other: what a rule's metadata holds. */
export function bothLanguages(text: RuleText): LocalText {
  return { en: ruleTextIn(text, 'en') ?? '', ar: ruleTextIn(text, 'ar') ?? '' };
}
