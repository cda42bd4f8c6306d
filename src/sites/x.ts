// x.com (and twitter.com): a Draft.js composer; the account from the side navigation; replies under a post or in a dialog.
import type { SiteAdapter } from './types.js';
import { closestAcross, composerIn, handleFromHref, nearestAfter, nearestBefore, textOf } from './dom.js';

const COMPOSER = '[data-testid^="tweetTextarea"]';
const POST_TEXT = 'article [data-testid="tweetText"], [data-testid="tweet"] [data-testid="tweetText"]';
const POST = 'article, [data-testid="tweet"]';
// A quoted post is a card (role="link") or, in older markup, an article nested in the quoting one.
const QUOTE_CARD = '[role="link"], article, [data-testid="tweet"]';
const POST_BUTTON = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]';

export const x: SiteAdapter = {
  id: 'x',
  hosts: ['x.com', 'twitter.com'],
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*'],
  composerFor: (path) => composerIn(path, COMPOSER),
  account(composer) {
    const doc = composer.ownerDocument;
    const profile = doc.querySelector<HTMLAnchorElement>('a[data-testid="AppTabBar_Profile_Link"]');
    const fromProfile = handleFromHref(profile?.getAttribute('href'));
    if (fromProfile) return fromProfile;
    const switcher = doc.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]');
    const handle = textOf(switcher)?.match(/@[A-Za-z0-9_]{1,15}/);
    return handle?.[0];
  },
  replyTo(composer) {
    // In the reply dialog the post sits above the composer; on a post's page the focal post does.
    const dialog = closestAcross(composer, '[role="dialog"]');
    if (dialog) return textOf(ownText(nearestBefore(composer, POST_TEXT, dialog)));
    if (!/\/status\/\d+/.test(composer.ownerDocument.location?.pathname ?? '')) return undefined;
    return textOf(ownText(nearestBefore(composer, POST_TEXT)));
  },
  postButton(composer) {
    const scope = closestAcross(composer, '[role="dialog"]') ?? composer.ownerDocument;
    return nearestAfter(composer, POST_BUTTON, scope);
  },
};

/** The text of the post a text belongs to, not of a post it quotes: a quote's text is replaced by the quoting post's own. */
export function ownText(text: HTMLElement | null): HTMLElement | null {
  const post = text?.parentElement?.closest<HTMLElement>(POST);
  if (!text || !post) return text;
  const outer = post.parentElement?.closest<HTMLElement>(POST) ?? post;
  return postText(outer) ?? text;
}

/** A post's own text: its tweetText that sits in no quote card inside the post; null when it has none (a bare quote). */
export function postText(post: HTMLElement): HTMLElement | null {
  for (const text of post.querySelectorAll<HTMLElement>('[data-testid="tweetText"]')) {
    const card = text.parentElement?.closest(QUOTE_CARD);
    if (!card || card === post || !post.contains(card)) return text;
  }
  return null;
}
