// bsky.app: a TipTap (ProseMirror) composer in the compose dialog; the account from the navigation's profile link; the post replied to sits above the composer.
import type { SiteAdapter } from './types.js';
import { closestAcross, composerIn, textOf } from './dom.js';

const COMPOSE_VIEW = '[data-testid="composePostView"]';
const COMPOSER = `${COMPOSE_VIEW} .ProseMirror`;
// The publish button sits in the dialog's top bar, before the composer and outside any form.
const POST_BUTTON = '[data-testid="composerPublishBtn"]';
const PROFILE_LINK = 'nav a[href^="/profile/"], [role="navigation"] a[href^="/profile/"]';

export const bluesky: SiteAdapter = {
  id: 'bluesky',
  hosts: ['bsky.app'],
  matches: ['https://bsky.app/*'],
  composerFor: (path) => composerIn(path, COMPOSER),
  account(composer) {
    const link = composer.ownerDocument.querySelector<HTMLAnchorElement>(PROFILE_LINK);
    return handleFromProfileHref(link?.getAttribute('href'));
  },
  replyTo(composer) {
    const view = closestAcross(composer, COMPOSE_VIEW);
    const card = view ? replyCard(composer, view) : null;
    if (!card) return undefined;
    // The card shows the author's name, then the post's text.
    const texts = card.querySelectorAll('[dir="auto"]');
    return textOf(texts[1] ?? texts[0]);
  },
  postButton(composer) {
    const scope = closestAcross(composer, COMPOSE_VIEW) ?? closestAcross(composer, '[role="dialog"]');
    return scope?.querySelector<HTMLElement>(POST_BUTTON) ?? null;
  },
};

/** "@handle" from a profile link "/profile/handle"; a profile addressed by its DID names no handle. */
export function handleFromProfileHref(href: string | null | undefined): string | undefined {
  const handle = href?.match(/^\/profile\/([A-Za-z0-9.-]+)\/?$/)?.[1];
  return handle && handle.includes('.') ? `@${handle}` : undefined;
}

/** The reply card: a pressable sibling before the composer's post in the dialog's scroll view (the top bar's buttons are not siblings). */
function replyCard(composer: HTMLElement, view: HTMLElement): HTMLElement | null {
  for (let node: Element | null = composer; node && node !== view; node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (sibling instanceof HTMLElement && sibling.matches('button, [role="button"]')) return sibling;
    }
  }
  return null;
}
