// phpBB boards: the posting form's textarea#message and its "Submit" button.
import type { SiteAdapter } from './types.js';
import { composerIn, textOf } from './dom.js';

export const phpbb: SiteAdapter = {
  id: 'phpbb',
  hosts: [],
  matches: [],
  // The full editor's textarea#message, or the quick reply under a topic (a textarea named message, without the id).
  composerFor: (path) => composerIn(path, 'textarea#message, #qr_postform textarea[name="message"]'),
  account(composer) {
    // prosilver names the member in the header's avatar link; older styles in a .username span.
    return textOf(composer.ownerDocument.querySelector('#username_logged_in .header-avatar, #username_logged_in .username, #username_logged_in .username-coloured'));
  },
  replyTo(composer) {
    // Topic review under the reply form lists the topic's posts newest first: the first is the one being answered.
    const posts = composer.ownerDocument.querySelectorAll('#topicreview .post .content');
    return posts.length ? textOf(posts[0]) : undefined;
  },
  postButton(composer) {
    const form = composer.closest('form');
    return form?.querySelector<HTMLElement>('input[name="post"], button[name="post"]') ?? null;
  },
};
