// Mastodon (any instance the ruleset lists): the compose form's textarea; the account as @user@instance.
import type { SiteAdapter } from './types.js';
import { closestAcross, composerIn, formSubmit, textOf } from './dom.js';

const COMPOSER = 'textarea.autosuggest-textarea__textarea';

export const mastodon: SiteAdapter = {
  id: 'mastodon',
  hosts: [],
  matches: [],
  composerFor: (path) => composerIn(path, COMPOSER),
  account(composer) {
    const doc = composer.ownerDocument;
    // The compose form's navigation bar shows the signed-in account (since 4.3 as a minimal account card).
    const shown = textOf(doc.querySelector('.navigation-bar__profile-account, .navigation-bar .display-name__account, .compose-form__actions .account__display-name .display-name__account'));
    const handle = shown?.match(/@[A-Za-z0-9_]+(?:@[A-Za-z0-9.-]+)?/)?.[0];
    if (!handle) return undefined;
    return handle.includes('@', 1) ? handle : `${handle}@${doc.location?.hostname ?? ''}`.replace(/@$/, '');
  },
  replyTo(composer) {
    const form = closestAcross(composer, 'form.compose-form') ?? composer.ownerDocument;
    return textOf(form.querySelector('.reply-indicator__content, .edit-indicator__content'));
  },
  postButton: (composer) => formSubmit(composer, '.compose-form__publish-button-wrapper button, .compose-form__submit button'),
};
