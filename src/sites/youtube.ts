// youtube.com: the comment box (ytd-commentbox) is a plain contenteditable div, #contenteditable-root; replies open the same box under the comment.
import type { SiteAdapter } from './types.js';
import { closestAcross, composerIn, nearestBefore, textOf } from './dom.js';

const COMPOSER = 'ytd-commentbox #contenteditable-root';
// A comment: the 2024 view model, or the older renderer; its reply box is opened inside it.
const COMMENT = 'ytd-comment-view-model, ytd-comment-renderer';
// The Comment / Reply button: a paper-button in older pages, a yt-button-shape button since 2023; its words follow the interface language.
const POST_BUTTON = '#submit-button button, #submit-button [role="button"]';

export const youtube: SiteAdapter = {
  id: 'youtube',
  hosts: ['youtube.com'],
  matches: ['https://*.youtube.com/*'],
  composerFor: (path) => composerIn(path, COMPOSER),
  account(composer) {
    // The box shows the commenting channel's picture, named in its alt.
    const img = closestAcross(composer, 'ytd-commentbox')?.querySelector<HTMLImageElement>('#author-thumbnail img[alt]');
    return img?.alt.trim() || undefined;
  },
  replyTo(composer) {
    const comment = closestAcross(composer, COMMENT);
    return comment ? textOf(nearestBefore(composer, '#content-text', comment)) : undefined;
  },
  postButton(composer) {
    return closestAcross(composer, 'ytd-commentbox')?.querySelector<HTMLElement>(POST_BUTTON) ?? null;
  },
};
