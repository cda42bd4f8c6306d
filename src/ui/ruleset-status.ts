// Says where the ruleset in force comes from, in words for the popup and options page.
import type { RulesetStatus } from '../shared/messages.js';
import type { Translate } from './i18n.js';

export function describeSource(status: RulesetStatus, t: Translate): string {
  if (status.source === 'builtin') return t('rulesetBuiltin');
  if (status.source === 'user') return t('rulesetUser');
  if (!status.organisation) return t('rulesetManagedNoOrg');
  if (status.version === undefined || status.version === '') return t('rulesetManagedNoVersion', status.organisation);
  return t('rulesetManaged', status.organisation, status.version);
}
