// A readable name for each rule a finding can carry, in the UI language: the popup lists findings by check and rule
// only, since nothing of the draft leaves the page it was typed in. Built-in rules are named by their check's metadata.
import type { CommitmentRule } from '../engine/checks/commitment/cue.js';
import type { ToneRule } from '../engine/checks/aggressive-tone/tone-hit.js';
import { ruleTextIn } from '../engine/rule-text.js';
import type { CustomRule, Lang } from '../engine/types.js';
import { checkMeta } from './check-info.js';
import { local, type MessageKey, type Translate } from './i18n.js';

/** The trained tone model's estimate, where the aggressive-tone word rules find nothing. */
type ToneModelRule = 'model';

/** Rules whose check's metadata does not name them yet: their names stay in the catalogues until it does. */
export const CATALOGUE_LABELS: Record<CommitmentRule | ToneRule | ToneModelRule, MessageKey> = {
  promise: 'rulePromise',
  'future-action': 'ruleFutureAction',
  'future-passive': 'ruleFuturePassive',
  deadline: 'ruleDeadline',
  pledge: 'rulePledge',
  offer: 'ruleOffer',
  agreement: 'ruleAgreement',
  refusal: 'ruleRefusal',
  insult: 'ruleInsult',
  profanity: 'ruleProfanity',
  slur: 'ruleSlur',
  threat: 'ruleThreat',
  curse: 'ruleCurse',
  dismissive: 'ruleDismissive',
  shouting: 'ruleShouting',
  exclamations: 'ruleExclamations',
  model: 'ruleModel',
};

/** "future-passive" -> "Future passive": a rule this version has no label for still reads as words. */
export function humaniseRuleId(rule: string): string {
  const words = rule.replace(/[-_]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : rule;
}

/**
 * The rule's name: a built-in rule's label from its check's metadata; for the organisation's own rules, the message its
 * manager wrote in `lang` (from the ruleset, never from the draft); otherwise the id in words.
 */
export function ruleLabel(check: string, rule: string, lang: Lang, t: Translate, customRules: readonly CustomRule[] = []): string {
  if (check === 'custom') {
    const own = customRules.find((r) => r.id === rule);
    return ruleTextIn(own?.message, lang)?.trim() || humaniseRuleId(rule);
  }
  const label = checkMeta(check)?.rules?.[rule]?.label;
  if (label) return local(label, lang);
  const key = (CATALOGUE_LABELS as Record<string, MessageKey | undefined>)[rule];
  return key ? t(key) : humaniseRuleId(rule);
}
