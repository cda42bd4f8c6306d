// phpBB boards: the posting form's textarea#message or the quick reply's textarea, and their "Submit" button (never "Full Editor & Preview").
import type { SiteAdapter } from './types.js';
import { composerIn, textOf } from './dom.js';

export const phpbb: SiteAdapter = {
  id: 'phpbb',
  hosts: [],
  matches: [],
  // The full editor's textarea#message, or the quick reply under a topic (a textarea named message, without the id).
  composerFor: (path) => composerIn(path, 'textarea#message, #qr_postform textarea[name="message"]'),
  account(composer) {
    // prosilver's header avatar link holds the name as a .username span (.username-coloured for a coloured group), beside the avatar and icons.
    const menu = composer.ownerDocument.querySelector('#username_logged_in');
    return textOf(menu?.querySelector('.username, .username-coloured') ?? menu?.querySelector('.header-avatar'));
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
