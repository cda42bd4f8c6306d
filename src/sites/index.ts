// Which site adapter serves a focused box: the site owning the host, else forum software recognised by its markup, else the generic one.
import type { SiteAdapter } from './types.js';
import { hostIs } from './types.js';
import { x } from './x.js';
import { facebook } from './facebook.js';
import { linkedin } from './linkedin.js';
import { reddit } from './reddit.js';
import { bluesky } from './bluesky.js';
import { threads } from './threads.js';
import { instagram } from './instagram.js';
import { youtube } from './youtube.js';
import { mastodon } from './mastodon.js';
import { discourse } from './discourse.js';
import { phpbb } from './phpbb.js';
import { xenforo } from './xenforo.js';
import { wordpress } from './wordpress.js';
import { generic } from './generic.js';

// The site registry: adding a site is one adapter file and one line here (npm run gen then lists its hosts for the UI).
/** Sites owning their hosts: the manifest's content script and host permissions are their match patterns. */
export const NAMED_SITES: readonly SiteAdapter[] = [x, facebook, linkedin, reddit, bluesky, threads, instagram, youtube];
/** Forum software on any host the ruleset lists, recognised by its markup. */
export const FORUM_SOFTWARE: readonly SiteAdapter[] = [mastodon, discourse, phpbb, xenforo, wordpress];

/** The named sites' match patterns, once each, in registry order: the manifest's content-script matches and host permissions. */
export const BUILT_IN_MATCHES: readonly string[] = [...new Set(NAMED_SITES.flatMap((s) => s.matches))];

/** The named sites' hosts, once each: a ruleset never lists these (or their subdomains) as forums. */
export const BUILT_IN_HOSTS: readonly string[] = [...new Set(NAMED_SITES.flatMap((s) => s.hosts))];

export interface ComposerMatch {
  site: SiteAdapter;
  composer: HTMLElement;
}

/** The composer the focus landed in, and the adapter that knows it; null when the box is not one to coach. */
export function findComposer(host: string, path: Element[]): ComposerMatch | null {
  const named = NAMED_SITES.find((s) => s.hosts.some((h) => hostIs(host, h)));
  if (named) {
    // On the named sites only their composers are coached (not search boxes or settings fields).
    const composer = named.composerFor(path);
    return composer ? { site: named, composer } : null;
  }
  for (const site of [...FORUM_SOFTWARE, generic]) {
    const composer = site.composerFor(path);
    if (composer) return { site, composer };
  }
  return null;
}

export type { SiteAdapter } from './types.js';
export { siteName } from './types.js';
