// Which site adapter serves a focused box: the site owning the host, else forum software recognised by its markup, else the generic one.
import type { SiteAdapter } from './types.js';
import { hostIs } from './types.js';
import { x } from './x.js';
import { facebook } from './facebook.js';
import { linkedin } from './linkedin.js';
import { reddit } from './reddit.js';
import { mastodon } from './mastodon.js';
import { discourse } from './discourse.js';
import { phpbb } from './phpbb.js';
import { xenforo } from './xenforo.js';
import { wordpress } from './wordpress.js';
import { generic } from './generic.js';

export const NAMED_SITES: readonly SiteAdapter[] = [x, facebook, linkedin, reddit];
export const FORUM_SOFTWARE: readonly SiteAdapter[] = [mastodon, discourse, phpbb, xenforo, wordpress];

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
