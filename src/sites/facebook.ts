// facebook.com: Lexical composers (role="textbox"); the profile or Page posting is named in the composer dialog.
import type { SiteAdapter } from './types.js';
import { closestAcross, composerIn, nearestAfter, nearestBefore, textOf } from './dom.js';

const COMPOSER = '[data-lexical-editor="true"][role="textbox"], [role="textbox"][contenteditable="true"]';
const POST_BUTTON = '[aria-label="Post"][role="button"], [aria-label="Comment"][role="button"], [aria-label="Press enter to post"], [role="dialog"] [type="submit"]';

export const facebook: SiteAdapter = {
  id: 'facebook',
  hosts: ['facebook.com'],
  matches: ['https://*.facebook.com/*'],
  composerFor: (path) => composerIn(path, COMPOSER),
  account(composer) {
    // The create-post dialog shows the actor's name in its header (a strong or a profile link); a Page switcher shows "Posting as".
    const scope = closestAcross(composer, '[role="dialog"]') ?? closestAcross(composer, 'form');
    const postingAs = scope?.querySelector('[aria-label^="Posting as"], [aria-label^="Comment as"]')?.getAttribute('aria-label');
    if (postingAs) return postingAs.replace(/^(Posting|Comment) as\s*/i, '').trim() || undefined;
    const name = scope ? textOf(scope.querySelector('h2 ~ * strong, [data-actor-name], strong a[href], strong')) : undefined;
    return name;
  },
  replyTo(composer) {
    // A comment box sits under its post inside the same article.
    const article = closestAcross(composer, '[role="article"]');
    if (!article) return undefined;
    const message = nearestBefore(composer, '[data-ad-preview="message"], [data-ad-comet-preview="message"], [dir="auto"]', article);
    return textOf(message);
  },
  postButton(composer) {
    const scope = closestAcross(composer, '[role="dialog"]') ?? closestAcross(composer, 'form') ?? composer.ownerDocument;
    return nearestAfter(composer, POST_BUTTON, scope);
  },
};
