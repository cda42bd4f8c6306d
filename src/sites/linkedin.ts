// linkedin.com: Quill 1.x composers (.ql-editor) in the share and comment boxes, and the 2026 feed's TipTap boxes.
import type { SiteAdapter } from './types.js';
import { closestAcross, composerIn, nearestAfter, textOf } from './dom.js';

// The feed's TipTap box is a ProseMirror textbox (class names beside "tiptap ProseMirror" are hashed per deploy).
const COMPOSER = '.ql-editor, .ProseMirror[role="textbox"]';
// The comment box's Comment button is .comments-comment-box__submit-button--cr and has no type attribute.
const POST_BUTTON =
  '.share-actions__primary-action, .comments-comment-box__submit-button, .comments-comment-box__submit-button--cr, button[type="submit"]';
// The React feed keeps its comment button in a section whose componentkey (or id) names it; it has no form.
const FEED_COMMENT_BUTTON = '[componentkey*="commentButtonSection"] button, [id*="commentButtonSection"] button';
// A post: the Ember feed's update card, or the React feed's list item.
const POST = '.feed-shared-update-v2, [data-urn], [data-testid="mainFeed"] [role="listitem"]';
// The post's own words: the Ember commentary, or the React feed's expandable text box.
const POST_TEXT = '.update-components-text, [data-testid="expandable-text-box"]';

/** The avatar of the member writing in this comment box (its alt is their name, in any interface language). */
function commentBoxAvatar(composer: HTMLElement): string | undefined {
  const box = closestAcross(composer, '.comments-comment-box--cr, .comments-comment-box');
  const img = box?.querySelector<HTMLImageElement>('.comments-comment-box__avatar-image--cr img[alt], .comments-comment-box__avatar-image img[alt]');
  return img?.alt.trim() || undefined;
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  hosts: ['linkedin.com'],
  matches: ['https://*.linkedin.com/*'],
  composerFor: (path) => composerIn(path, COMPOSER),
  account(composer) {
    const doc = composer.ownerDocument;
    // A Page admin picks the actor in the share box; a comment box shows who comments; else the member's photo names them.
    const actor = doc.querySelector('.share-unified-settings-entry-button, .share-box__actor-name');
    const fromActor = textOf(actor);
    if (fromActor) return fromActor;
    const fromBox = commentBoxAvatar(composer);
    if (fromBox) return fromBox;
    const photo = doc.querySelector<HTMLImageElement>('img.global-nav__me-photo[alt]');
    return photo?.alt.replace(/^Photo of\s*/i, '').trim() || undefined;
  },
  replyTo(composer) {
    const post = closestAcross(composer, POST);
    return textOf(post?.querySelector(POST_TEXT));
  },
  postButton(composer) {
    const scope = closestAcross(composer, '.share-box, .share-creation-state, .comments-comment-box, form, [role="dialog"]');
    if (scope) return nearestAfter(composer, POST_BUTTON, scope);
    const post = closestAcross(composer, POST);
    return (post && nearestAfter(composer, FEED_COMMENT_BUTTON, post)) ?? nearestAfter(composer, POST_BUTTON);
  },
};
