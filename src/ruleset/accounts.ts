// Whether an account is one of the ruleset's official accounts: the one test the extension and the CLI share.
import { siteName } from './hosts.js';
import type { Ruleset } from './types.js';

/**
 * A handle as compared: lower case, spaces collapsed, without "@", Reddit's "u/" or "/u/", and without a Mastodon
 * instance part that names the site itself ("@ministry@mastodon.social" on mastodon.social is "ministry").
 */
export function handleKey(handle: string, site: string): string {
  const h = handle.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^@/, '').replace(/^\/?u\//, '');
  const at = h.lastIndexOf('@');
  return at > 0 && siteName(h.slice(at + 1)) === site ? h.slice(0, at) : h;
}

/** Whether `account` posting on `site` (any host form) is one of the ruleset's official accounts. */
export function isOfficialAccount(ruleset: Ruleset, site: string | undefined, account: string | undefined): boolean {
  if (!site || !account) return false;
  const here = siteName(site);
  const mine = handleKey(account, here);
  if (!mine) return false;
  return (ruleset.officialAccounts ?? []).some((a) => siteName(a.site) === here && handleKey(a.handle, here) === mine);
}
