// A readable name for each rule a finding can carry, in the UI language: the popup lists findings by check and rule
// only, since nothing of the draft leaves the page it was typed in.
import type { CommitmentRule } from '../engine/checks/commitment/cue.js';
import type { ToneRule } from '../engine/checks/aggressive-tone/tone-hit.js';
import type { ConfidentialRule } from '../engine/checks/meta/confidential-information.js';
import type { DetailRule } from '../engine/checks/personal-details/candidate.js';
import type { CustomRule } from '../engine/types.js';
import type { MessageKey, Translate } from './i18n.js';

type AffiliationRule = 'personal-opinion' | 'undisclosed-affiliation';
/** The trained tone model's estimate, where the aggressive-tone word rules find nothing. */
type ToneModelRule = 'model';

/** Typed over every rule union, so a rule added to a check without a label here fails the type check. */
export const RULE_LABELS: Record<DetailRule | AffiliationRule | CommitmentRule | ToneRule | ToneModelRule | ConfidentialRule, MessageKey> = {
  phone: 'rulePhone',
  email: 'ruleEmail',
  address: 'ruleAddress',
  'postal-code': 'rulePostalCode',
  'civil-id': 'ruleCivilId',
  'ni-number': 'ruleNiNumber',
  'nhs-number': 'ruleNhsNumber',
  ssn: 'ruleSsn',
  'driving-licence': 'ruleDrivingLicence',
  passport: 'rulePassport',
  card: 'ruleCard',
  iban: 'ruleIban',
  'bank-account': 'ruleBankAccount',
  'vehicle-plate': 'ruleVehiclePlate',
  'date-of-birth': 'ruleDateOfBirth',
  'personal-opinion': 'rulePersonalOpinion',
  'undisclosed-affiliation': 'ruleUndisclosedAffiliation',
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
  marking: 'ruleMarking',
  unannounced: 'ruleUnannounced',
  'code-name': 'ruleCodeName',
  'internal-reference': 'ruleInternalReference',
  'intranet-link': 'ruleIntranetLink',
};

/** "future-passive" -> "Future passive": a rule this version has no label for still reads as words. */
export function humaniseRuleId(rule: string): string {
  const words = rule.replace(/[-_]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : rule;
}

/**
 * The rule's name: a built-in rule's label; for the organisation's own rules, the message its manager wrote
 * (from the ruleset, never from the draft); otherwise the id in words.
 */
export function ruleLabel(check: string, rule: string, t: Translate, customRules: readonly CustomRule[] = []): string {
  if (check === 'custom') {
    const own = customRules.find((r) => r.id === rule);
    return own?.message.trim() || humaniseRuleId(rule);
  }
  const key = (RULE_LABELS as Record<string, MessageKey | undefined>)[rule];
  return key ? t(key) : humaniseRuleId(rule);
}
