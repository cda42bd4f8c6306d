// Discourse forums: the composer is .d-editor-input, a textarea or (newer) a ProseMirror rich text box.
import type { SiteAdapter } from './types.js';
import { closestAcross, composerIn, textOf } from './dom.js';

const COMPOSER = '.d-editor-input';

export const discourse: SiteAdapter = {
  id: 'discourse',
  hosts: [],
  matches: [],
  composerFor: (path) => composerIn(path, COMPOSER),
  account(composer) {
    const doc = composer.ownerDocument;
    const avatar = doc.querySelector<HTMLImageElement>('#current-user img.avatar, .header-dropdown-toggle.current-user img');
    const link = doc.querySelector('#current-user a[href^="/u/"], .current-user a[href^="/u/"]');
    // Today's header shows only the avatar (alt=""); its address carries the username (/user_avatar/<host>/<name>/…, /letter_avatar/<name>/…).
    const fromSrc = avatar?.getAttribute('src')?.match(/\/(?:user_avatar\/[^/]+|letter_avatar)\/([^/]+)\//)?.[1];
    const name = link?.getAttribute('href')?.split('/')[2] ?? (fromSrc ? decodeURIComponent(fromSrc) : undefined) ?? (avatar?.alt || undefined);
    return name ? `@${name.replace(/^@/, '')}` : undefined;
  },
  replyTo(composer) {
    // The composer names the post it replies to; its text is the post with that number in the stream.
    const control = closestAcross(composer, '#reply-control') ?? composer.ownerDocument;
    const number = control.querySelector('.action-title a[href*="/"], .reply-details a')?.getAttribute('href')?.match(/\/(\d+)$/)?.[1];
    if (!number) return undefined;
    return textOf(composer.ownerDocument.querySelector(`#post_${number} .cooked`));
  },
  postButton(composer) {
    const control = closestAcross(composer, '#reply-control, .composer-fields, form') ?? composer.ownerDocument;
    return control.querySelector<HTMLElement>('.save-or-cancel .btn-primary, button.create');
  },
};
