// Official or personal: the ruleset's list of official accounts decides first, then what the person chose for this site and account.
import type { Capacity, Ruleset } from '../engine/types.js';
import type { CapacitySource } from '../shared/messages.js';
import { isOfficialAccount } from '../ruleset/accounts.js';

export interface CapacityDecision {
  capacity: Capacity;
  source: CapacitySource;
}

/** Storage key of a remembered choice: "<site>|<account>". */
export const choiceKey = (site: string, account: string | undefined): string => `${site}|${account ?? ''}`;

export function decideCapacity(
  ruleset: Ruleset,
  site: string,
  account: string | undefined,
  choices: Record<string, unknown>,
): CapacityDecision {
  if (isOfficialAccount(ruleset, site, account)) return { capacity: 'official', source: 'ruleset' };
  const chosen = choices[choiceKey(site, account)];
  if (chosen === 'official' || chosen === 'personal') return { capacity: chosen, source: 'person' };
  return { capacity: 'unknown', source: 'unknown' };
}
