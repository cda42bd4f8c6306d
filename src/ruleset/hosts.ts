// The one host-name normaliser: the site name used in contexts, remembered choices and official accounts.

/** Prefixes that name the same site: "www.", mobile and old/new interfaces. */
const SAME_SITE_PREFIX = /^(www|m|mobile|web|old|new|np)\./;

/** Sites known by an older name: one account, one choice remembered, one line in a ruleset. */
const RENAMED = new Map([
  ['twitter.com', 'x.com'],
  ['threads.net', 'threads.com'],
]);

/** The host without "www.", "m." and similar, lower case, twitter.com as x.com: "https://" and paths are not hosts. */
export function siteName(host: string): string {
  const h = host.trim().toLowerCase().replace(/\.$/, '').replace(SAME_SITE_PREFIX, '');
  return RENAMED.get(h) ?? h;
}
