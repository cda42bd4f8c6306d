// The one host-name normaliser: the site name used in contexts, remembered choices and official accounts.

/** Prefixes that name the same site: "www.", mobile and old/new interfaces. */
const SAME_SITE_PREFIX = /^(www|m|mobile|web|old|new|np)\./;

/** The host without "www.", "m." and similar, lower case, twitter.com as x.com: "https://" and paths are not hosts. */
export function siteName(host: string): string {
  const h = host.trim().toLowerCase().replace(/\.$/, '').replace(SAME_SITE_PREFIX, '');
  return h === 'twitter.com' ? 'x.com' : h;
}
