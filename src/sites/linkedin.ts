// linkedin.com: Quill composers (.ql-editor) for posts and comments; the member named in the navigation bar.
import type { SiteAdapter } from './types.js';
import { closestAcross, composerIn, nearestAfter, textOf } from './dom.js';

const COMPOSER = '.ql-editor';
// The comment box's Comment button is .comments-comment-box__submit-button--cr and has no type attribute.
const POST_BUTTON =
  '.share-actions__primary-action, .comments-comment-box__submit-button, .comments-comment-box__submit-button--cr, button[type="submit"]';

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  hosts: ['linkedin.com'],
  matches: ['https://*.linkedin.com/*'],
  composerFor: (path) => composerIn(path, COMPOSER),
  account(composer) {
    const doc = composer.ownerDocument;
    // A Page admin picks the actor in the share box; otherwise the member's photo names them.
    const actor = doc.querySelector('.share-unified-settings-entry-button, .share-box__actor-name');
    const fromActor = textOf(actor);
    if (fromActor) return fromActor;
    const photo = doc.querySelector<HTMLImageElement>('img.global-nav__me-photo[alt]');
    return photo?.alt.replace(/^Photo of\s*/i, '').trim() || undefined;
  },
  replyTo(composer) {
    const post = closestAcross(composer, '.feed-shared-update-v2, [data-urn]');
    return textOf(post?.querySelector('.feed-shared-update-v2__description, .update-components-text'));
  },
  postButton(composer) {
    const scope = closestAcross(composer, '.share-box, .share-creation-state, .comments-comment-box, form, [role="dialog"]') ?? composer.ownerDocument;
    return nearestAfter(composer, POST_BUTTON, scope);
  },
};
