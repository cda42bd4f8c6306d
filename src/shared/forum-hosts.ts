// The forum and Mastodon hosts a ruleset lists, as the background registers them and the popup and options ask for them.
import type { Ruleset } from '../engine/types.js';
import { BUILT_IN_HOSTS } from './generated/built-in-hosts.js';

/** A named site's host or one of its subdomains, which the manifest's own content script covers: never asked for again. */
function builtIn(host: string): boolean {
  return BUILT_IN_HOSTS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** A listed entry as a host ("https://Forum.Example.org/path" -> "forum.example.org"), or undefined when it is not one. */
export function listedHost(entry: string): string | undefined {
  const host = entry.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  return /^[a-z0-9.-]+(:\d+)?$/.test(host) && !builtIn(host.replace(/:\d+$/, '')) ? host : undefined;
}

/** The ruleset's forum and Mastodon hosts, once each, sorted. */
export function forumHosts(ruleset: Ruleset): string[] {
  const hosts = [...(ruleset.sites?.forums ?? []), ...(ruleset.sites?.mastodon ?? [])].map(listedHost).filter((h): h is string => !!h);
  return [...new Set(hosts)].sort();
}

/** The host permission asked for a listed host: https only, as the manifest's optional host permissions allow. */
export function hostOrigin(host: string): string {
  return `https://${host}/*`;
}

/** The listed host a tab is on, if it is one (the tab's host exactly, as the permission pattern matches it). */
export function listedHostOfTab(ruleset: Ruleset, tabHost: string | undefined): string | undefined {
  if (!tabHost) return undefined;
  const host = tabHost.toLowerCase();
  return forumHosts(ruleset).find((h) => h.replace(/:\d+$/, '') === host);
}

export interface HostAccess {
  host: string;
  granted: boolean;
}

/** Which listed hosts the person has allowed; `contains` is chrome.permissions.contains, or a stand-in in tests. */
export async function hostAccess(
  hosts: readonly string[],
  contains: (p: { origins: string[] }) => Promise<boolean>,
): Promise<HostAccess[]> {
  return Promise.all(hosts.map(async (host) => ({ host, granted: await contains({ origins: [hostOrigin(host)] }).catch(() => false) })));
}
