// reddit.com: new Reddit composers live inside nested open shadow roots; old Reddit uses plain textareas.
import type { SiteAdapter } from './types.js';
import { closestAcross, composerIn, nearestBefore, textOf } from './dom.js';

// New Reddit: the rich text box of shreddit-composer (Lexical) or its markdown textarea; old Reddit: .usertext-edit textareas.
const COMPOSER = 'shreddit-composer, comment-composer-host, [data-lexical-editor="true"], .usertext-edit textarea, textarea[name="text"]';

export const reddit: SiteAdapter = {
  id: 'reddit',
  hosts: ['reddit.com'],
  matches: ['https://*.reddit.com/*'],
  composerFor: (path) => composerIn(path, COMPOSER),
  account(composer) {
    const doc = composer.ownerDocument;
    const oldUser = doc.querySelector('#header-bottom-right .user a');
    // Written u/name on old and new Reddit alike, as Reddit writes it.
    if (oldUser) {
      const name = oldUser.getAttribute('href')?.match(/\/user\/([A-Za-z0-9_-]+)/)?.[1] ?? textOf(oldUser);
      return name ? `u/${name}` : undefined;
    }
    const drawer = doc.querySelector('#expand-user-drawer-button, [data-testid="user-drawer-button"]');
    const name = drawer?.getAttribute('aria-label')?.match(/u\/([A-Za-z0-9_-]+)/)?.[1];
    return name ? `u/${name}` : undefined;
  },
  replyTo(composer) {
    // Old Reddit: the thing the form names (a comment, or the post for a top-level comment); new Reddit: the comment element hosting the composer.
    const oldThing = oldRepliedThing(composer);
    if (oldThing?.matches('.link')) return oldPostText(oldThing);
    const oldComment = oldThing ?? closestAcross(composer, '.comment');
    if (oldComment) return textOf(oldComment.querySelector(':scope > .entry .usertext-body'));
    const comment = closestAcross(composer, 'shreddit-comment');
    if (comment) return textOf(comment.querySelector('[slot="comment"]'));
    const post = composer.ownerDocument.querySelector('shreddit-post');
    return post ? textOf(post.querySelector('[slot="text-body"]')) ?? textOf(nearestBefore(composer, '[slot="title"]')) : undefined;
  },
  postButton(composer) {
    const old = closestAcross(composer, '.usertext-edit');
    if (old) return old.querySelector<HTMLElement>('.usertext-buttons button[type="submit"], .usertext-buttons .save');
    const host = closestAcross(composer, 'shreddit-composer, comment-composer-host, form');
    if (!host) return null;
    return (host.querySelector<HTMLElement>('button[type="submit"], button[slot="submit-button"]') ??
      host.shadowRoot?.querySelector<HTMLElement>('button[type="submit"]') ??
      null);
  },
};

/** Old Reddit: the thing a comment form answers, named by the form's hidden thing_id ("t1_…" a comment, "t3_…" the post). */
function oldRepliedThing(composer: HTMLElement): HTMLElement | null {
  const form = closestAcross(composer, 'form.usertext');
  const id = form?.querySelector<HTMLInputElement>('input[name="thing_id"]')?.value;
  if (!id || !/^t[13]_[a-z0-9]+$/.test(id)) return null;
  const thing = composer.ownerDocument.getElementById(`thing_${id}`);
  return thing?.matches('.thing') ? thing : null;
}

/** Old Reddit: a post's title, then its text when it is a self post. */
function oldPostText(post: HTMLElement): string | undefined {
  const title = textOf(post.querySelector(':scope > .entry a.title'));
  const body = textOf(post.querySelector(':scope > .entry .expando .usertext-body'));
  return [title, body].filter(Boolean).join('\n\n') || undefined;
}
