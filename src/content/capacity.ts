// Official or personal: the ruleset's list of official accounts decides first, then what the person chose for this site and account.
import type { Capacity, Ruleset } from '../engine/types.js';
import type { CapacitySource } from '../shared/messages.js';
import { siteName } from '../sites/types.js';

export interface CapacityDecision {
  capacity: Capacity;
  source: CapacitySource;
}

/** Storage key of a remembered choice: "<site>|<account>". */
export const choiceKey = (site: string, account: string | undefined): string => `${site}|${account ?? ''}`;

const handleKey = (h: string): string => h.trim().toLowerCase().replace(/^@/, '');

export function isOfficialAccount(ruleset: Ruleset, site: string, account: string | undefined): boolean {
  if (!account) return false;
  const mine = handleKey(account);
  return (ruleset.officialAccounts ?? []).some((a) => {
    if (siteName(a.site) !== site) return false;
    const listed = handleKey(a.handle);
    // Mastodon handles may be listed with or without the instance part.
    return listed === mine || listed === mine.split('@')[0] || mine === listed.split('@')[0];
  });
}

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
