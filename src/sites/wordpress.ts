// WordPress comments: textarea#comment in #commentform; a reply sits under the comment it answers.
import type { SiteAdapter } from './types.js';
import { closestAcross, composerIn, textOf } from './dom.js';

export const wordpress: SiteAdapter = {
  id: 'wordpress',
  hosts: [],
  matches: [],
  composerFor: (path) => composerIn(path, 'textarea#comment'),
  account(composer) {
    const loggedIn = textOf(composer.ownerDocument.querySelector('.logged-in-as a[href*="profile"], .logged-in-as a'));
    return loggedIn?.replace(/^Logged in as\s*/i, '').replace(/\.$/, '') || undefined;
  },
  replyTo(composer) {
    // The reply form moves inside the comment being answered.
    const comment = closestAcross(composer, 'li.comment, article.comment, .comment');
    return textOf(comment?.querySelector('.comment-content, .comment-body p'));
  },
  postButton(composer) {
    const form = composer.closest('form');
    return form?.querySelector<HTMLElement>('#submit, [type="submit"]') ?? null;
  },
};
