// A readable name for each rule a finding can carry, in the UI language: the popup lists findings by check and rule
// only, since nothing of the draft leaves the page it was typed in. Built-in rules are named by their check's metadata.
import { ruleTextIn } from '../engine/rule-text.js';
import type { CustomRule, Lang } from '../engine/types.js';
import { checkMeta } from './check-info.js';
import { local } from './i18n.js';

/** "future-passive" -> "Future passive": a rule this version has no label for still reads as words. */
export function humaniseRuleId(rule: string): string {
  const words = rule.replace(/[-_]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : rule;
}

/**
 * The rule's name: a built-in rule's label from its check's metadata; for the organisation's own rules, the message its
 * manager wrote in `lang` (from the ruleset, never from the draft); otherwise the id in words.
 */
export function ruleLabel(check: string, rule: string, lang: Lang, customRules: readonly CustomRule[] = []): string {
  if (check === 'custom') {
    const own = customRules.find((r) => r.id === rule);
    return ruleTextIn(own?.message, lang)?.trim() || humaniseRuleId(rule);
  }
  const label = checkMeta(check)?.rules?.[rule]?.label;
  return label ? local(label, lang) : humaniseRuleId(rule);
}
