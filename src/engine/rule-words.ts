// Words a finding in the person's language from its check's metadata: the checks report rules and values, never text.
import type { CheckMeta, Hit, Lang, LocalText, RuleParams } from './types.js';

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/** The names a template uses, e.g. ["words", "count"]: a test compares them across languages. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();
}

/** Fills `{name}` from params; a value the hit did not give stays visible as its name so a gap shows in review, not as "undefined". */
export function fillTemplate(template: string, params: RuleParams = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function pick(text: LocalText | undefined, lang: Lang): string | undefined {
  if (!text) return undefined;
  return text[lang] || text.en || undefined;
}

export interface WordedHit {
  message: string;
  why: string;
  suggestion?: string;
}

/**
 * The message, why and suggestion of a hit in `lang`: the rule's templates (or its named variant's) when the
 * metadata has them, else the words the hit carries (a manager's own rule), else the rule's id.
 */
export function wordHit(meta: CheckMeta, hit: Hit, lang: Lang): WordedHit {
  const rule = meta.rules?.[hit.rule];
  const variant = hit.variant ? rule?.variants?.[hit.variant] : undefined;
  const params = hit.params;
  const message = pick(variant?.message ?? rule?.message, lang);
  const why = pick(variant?.why ?? rule?.why, lang);
  const suggestion = pick(variant?.suggestion ?? rule?.suggestion, lang);
  const worded: WordedHit = {
    message: message !== undefined ? fillTemplate(message, params) : (hit.message ?? hit.rule),
    why: why !== undefined ? fillTemplate(why, params) : (hit.why ?? pick(meta.clause, lang) ?? ''),
  };
  const advice = suggestion !== undefined ? fillTemplate(suggestion, params) : hit.suggestion;
  if (advice) worded.suggestion = advice;
  return worded;
}
