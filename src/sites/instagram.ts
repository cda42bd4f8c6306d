// instagram.com: comments in the textarea of a post's comment form; captions in the create-post dialog's Lexical box.
import type { SiteAdapter } from './types.js';
import { closestAcross, composerIn, formSubmit, nearestAfter } from './dom.js';

// The comment box is the one textarea of the comment form under a post (its aria-label follows the interface language).
const COMMENT_BOX = 'form textarea';
// The caption box of the create-post dialog is a Lexical contenteditable.
const CAPTION_BOX = '[role="dialog"] [data-lexical-editor="true"]';

export const instagram: SiteAdapter = {
  id: 'instagram',
  hosts: ['instagram.com'],
  matches: ['https://*.instagram.com/*'],
  composerFor(path) {
    // Settings forms (the bio) are not posts.
    if (path[0]?.ownerDocument.location?.pathname.startsWith('/accounts/')) return null;
    return composerIn(path, COMMENT_BOX) ?? composerIn(path, CAPTION_BOX);
  },
  // Which account posts, and the post a comment answers, are read once a captured page shows where Instagram names them.
  account: () => undefined,
  replyTo: () => undefined,
  postButton(composer) {
    // The comment form's Post: a submit button in older pages, a div role="button" after the textarea since 2022.
    const form = closestAcross(composer, 'form');
    if (!form) return null;
    return formSubmit(composer) ?? nearestAfter(composer, '[role="button"]', form);
  },
};
