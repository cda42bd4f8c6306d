// XenForo forums: the Froala rich text box (.fr-element) of the reply or thread form.
import type { SiteAdapter } from './types.js';
import { closestAcross, composerIn, formSubmit, textOf } from './dom.js';

export const xenforo: SiteAdapter = {
  id: 'xenforo',
  hosts: [],
  matches: [],
  composerFor: (path) => composerIn(path, '.fr-element'),
  account(composer) {
    return textOf(composer.ownerDocument.querySelector('.p-navgroup-link--user .p-navgroup-linkText'));
  },
  replyTo(composer) {
    // A quoted reply carries the quoted post inside the box itself; otherwise there is no single post being answered.
    const quote = closestAcross(composer, 'form')?.querySelector('.bbCodeBlock--quote .bbCodeBlock-content');
    return textOf(quote);
  },
  postButton: (composer) => formSubmit(composer, '.formButtonGroup-primary button.button--primary'),
};
