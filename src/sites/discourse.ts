// Discourse forums: the composer is .d-editor-input, a textarea or (newer) a ProseMirror rich text box.
import type { SiteAdapter } from './types.js';
import { closestAcross, composerIn, textOf } from './dom.js';

const COMPOSER = '.d-editor-input';

// The preload is parsed once per page: it also carries the site's settings, and it does not change while the page lives.
const preloadedNames = new WeakMap<Element, string | undefined>();

/** The username in the page's preloaded current user (#data-preloaded, whose values are JSON strings); undefined when signed out or unreadable. */
function preloadedUsername(doc: Document): string | undefined {
  const el = doc.getElementById('data-preloaded');
  if (!el) return undefined;
  if (!preloadedNames.has(el)) {
    let name: string | undefined;
    try {
      const user = JSON.parse(el.getAttribute('data-preloaded') ?? '{}').currentUser;
      const username = (typeof user === 'string' ? JSON.parse(user) : user)?.username;
      name = typeof username === 'string' && username ? username : undefined;
    } catch {
      name = undefined;
    }
    preloadedNames.set(el, name);
  }
  return preloadedNames.get(el);
}

export const discourse: SiteAdapter = {
  id: 'discourse',
  hosts: [],
  matches: [],
  composerFor: (path) => composerIn(path, COMPOSER),
  account(composer) {
    // The header shows only an avatar with an empty alt (its address holds the name lowercased): the page names its member in the preloaded current user.
    const name = preloadedUsername(composer.ownerDocument);
    return name ? `@${name}` : undefined;
  },
  replyTo(composer) {
    const doc = composer.ownerDocument;
    const control = closestAcross(composer, '#reply-control') ?? doc;
    // The composer links what it answers: a post as /t/<slug>/<topic>/<number>, the topic itself as /t/<slug>/<topic>, whose opening post is #1.
    const link = control.querySelector('.action-title a.user-link, .action-title a.topic-link, a.composer-actions-reply-target-link');
    const target = link?.getAttribute('href')?.match(/\/t\/[^/?#]+\/\d+(?:\/(\d+))?\/?(?:[?#]|$)/);
    if (!target) return undefined;
    return textOf(doc.querySelector(`#post_${target[1] ?? '1'} .cooked`));
  },
  postButton(composer) {
    const control = closestAcross(composer, '#reply-control, .composer-fields, form') ?? composer.ownerDocument;
    return control.querySelector<HTMLElement>('.save-or-cancel .btn-primary, button.create');
  },
};
