// Chrome's policy schema has no "string or object": a custom rule's words in both languages travel in policy as
// `message` (English) and `messageAr` (Arabic), and likewise why/whyAr and suggestion/suggestionAr.
import { isObject } from '../shared/json.js';

const FIELDS = ['message', 'why', 'suggestion'] as const;

/** The managed form of the ruleset's customRules: one string where one language is given, two where both are. */
export function customRulesToManaged(rules: unknown): unknown {
  if (!Array.isArray(rules)) return rules;
  return rules.map((rule) => {
    if (!isObject(rule)) return rule;
    const out: Record<string, unknown> = { ...rule };
    for (const field of FIELDS) {
      const words = rule[field];
      if (!isObject(words)) continue;
      const { en, ar } = words;
      // Anything but one or two strings stays an object, for validation to refuse with its path.
      if (Object.keys(words).some((k) => k !== 'en' && k !== 'ar') || (en !== undefined && typeof en !== 'string') || (ar !== undefined && typeof ar !== 'string')) continue;
      if (en !== undefined && ar !== undefined) [out[field], out[`${field}Ar`]] = [en, ar];
      else if (en !== undefined || ar !== undefined) out[field] = en ?? ar;
    }
    return out;
  });
}

/** The ruleset's customRules from their managed form: `messageAr` beside `message` makes { en, ar }. */
export function customRulesFromManaged(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((rule) => {
    if (!isObject(rule)) return rule;
    const out: Record<string, unknown> = { ...rule };
    for (const field of FIELDS) {
      const ar = rule[`${field}Ar`];
      if (ar === undefined) continue;
      delete out[`${field}Ar`];
      out[field] = rule[field] === undefined ? ar : { en: rule[field], ar };
    }
    return out;
  });
}
