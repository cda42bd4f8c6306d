// facebook.com: Lexical composers (role="textbox"); the profile or Page posting is named in the composer dialog.
import type { SiteAdapter } from './types.js';
import { closestAcross, composerIn, nearestAfter, nearestBefore, textOf } from './dom.js';

const COMPOSER = '[data-lexical-editor="true"][role="textbox"], [role="textbox"][contenteditable="true"]';
// Labels Facebook gives its send buttons (English, and Arabic "نشر"); any other interface falls back to the button's place in the form.
const POST_BUTTON = ['Post', 'Comment', 'Share now', 'Press enter to post', 'نشر']
  .map((label) => `[aria-label="${label}"][role="button"]`)
  .join(', ');

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
    return name ?? actorBefore(composer);
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
    return nearestAfter(composer, POST_BUTTON, scope) ?? lastButtonAfter(composer);
  },
};

/** In any language: the name shown above the composer in its form (a dir="auto" text, not a button's or a heading's). */
function actorBefore(composer: HTMLElement): string | undefined {
  const form = closestAcross(composer, 'form');
  if (!form) return undefined;
  for (const span of form.querySelectorAll('span[dir="auto"]')) {
    if (!(composer.compareDocumentPosition(span) & Node.DOCUMENT_POSITION_PRECEDING)) break;
    if (span.closest('[role="button"], h1, h2, h3, h4, h5, h6')) continue;
    const name = textOf(span);
    if (name) return name;
  }
  return undefined;
}

/** In any language: the send button is the last button after the composer in its form (the toolbar's come first). */
function lastButtonAfter(composer: HTMLElement): HTMLElement | null {
  const form = closestAcross(composer, 'form');
  if (!form) return null;
  const after = [...form.querySelectorAll<HTMLElement>('[role="button"], button')].filter(
    (b) => composer.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING && !composer.contains(b),
  );
  return after.at(-1) ?? null;
}
