// What the content script needs to know about one site: which boxes are composers, who posts, in reply to what, and how a post is sent.

export interface SiteAdapter {
  /** Stable name, e.g. "x", "mastodon". */
  id: string;
  /**
   * Host names this adapter owns (the page host or a parent domain of it). Empty for adapters
   * of forum software, which are recognised by their composer markup on any coached host.
   */
  hosts: string[];
  /** The manifest's match patterns for those hosts (content script and host permissions); empty for forum software. */
  matches: string[];
  /** The composer root for the focused element's composed path (deepest first), or null when this box is not a composer here. */
  composerFor(path: Element[]): HTMLElement | null;
  /** The handle or name of the account posting from this composer, when the page shows it. */
  account(composer: HTMLElement): string | undefined;
  /** The text of the post being replied to, when there is one. */
  replyTo(composer: HTMLElement): string | undefined;
  /** The button that sends what this composer holds. */
  postButton(composer: HTMLElement): HTMLElement | null;
}

/** The site name used in contexts and remembered choices: one normaliser for the extension, the CLI and the ruleset. */
export { siteName } from '../ruleset/hosts.js';

/** True when host is domain or one of its subdomains. */
export function hostIs(host: string, domain: string): boolean {
  const h = host.toLowerCase();
  return h === domain || h.endsWith(`.${domain}`);
}
