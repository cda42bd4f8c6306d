// The organisation's private channels (a handle for direct messages, a phone line, a form's link), as one list.
import type { Lang, Ruleset } from '../../types.js';

const JOIN: Record<Lang, string> = { en: ', ', ar: '، ' };

/** The ruleset's private channels joined for a sentence in `lang`, or "" when it names none. */
export function privateChannels(ruleset: Ruleset, lang: Lang): string {
  const list = (ruleset.privateChannels ?? []).map((c) => c.trim()).filter(Boolean);
  return list.join(JOIN[lang]);
}
