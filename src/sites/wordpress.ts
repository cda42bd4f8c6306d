// WordPress comments: textarea#comment in #commentform; a reply sits under the comment it answers.
import type { SiteAdapter } from './types.js';
import { closestAcross, composerIn, textOf } from './dom.js';

// The words WordPress core puts before the name, as its English and Arabic translations write them (since 6.1, and the linked form before it).
const LOGGED_IN_AS = /^(?:Logged in as|مُسجل دخول باسم|متّصل بالاسم)\s*/i;

export const wordpress: SiteAdapter = {
  id: 'wordpress',
  hosts: [],
  matches: [],
  composerFor: (path) => composerIn(path, 'textarea#comment'),
  account(composer) {
    const doc = composer.ownerDocument;
    // The toolbar names the member in any language; without it, "Logged in as NAME." (in the site's language) leads the form (inside its first link before WordPress 6.1).
    const toolbar = textOf(doc.querySelector('#wp-admin-bar-my-account .display-name'));
    if (toolbar) return toolbar;
    const note = doc.querySelector('.logged-in-as');
    const lead = note?.firstChild?.nodeType === Node.TEXT_NODE ? note.firstChild.textContent : note?.querySelector('a')?.textContent;
    return lead?.replace(/\s+/g, ' ').trim().replace(LOGGED_IN_AS, '').replace(/\.$/, '').trim() || undefined;
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
