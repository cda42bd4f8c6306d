// facebook.com: Lexical composers (role="textbox"); the profile or Page posting is named in the composer's form or dialog.
import type { SiteAdapter } from './types.js';
import { closestAcross, composerIn, nearestBefore, textOf } from './dom.js';

const COMPOSER = '[data-lexical-editor="true"][role="textbox"], [role="textbox"][contenteditable="true"]';
// Facebook's English labels that name the actor outright ("Comment as NAME" on a comment box); other interfaces are read by structure.
const AS_LABEL = /^(?:Posting|Comment|Commenting|Answer|Reply) as\s+(.+)$/i;
const BUTTON = '[role="button"], button';

export const facebook: SiteAdapter = {
  id: 'facebook',
  hosts: ['facebook.com'],
  matches: ['https://*.facebook.com/*'],
  composerFor: (path) => composerIn(path, COMPOSER),
  account(composer) {
    const scope = composerScope(composer);
    const labelled = [composer, ...(scope?.querySelectorAll('[aria-label]') ?? [])]
      .map((el) => el.getAttribute('aria-label')?.trim().match(AS_LABEL)?.[1].trim())
      .find(Boolean);
    if (labelled) return labelled;
    // In any language: the actor's name shown in the composer's form or dialog (a strong, or a dir="auto" text above the box).
    const strong = scope ? textOf(scope.querySelector('[data-actor-name], strong')) : undefined;
    return strong ?? (scope ? actorBefore(composer, scope) : undefined);
  },
  replyTo(composer) {
    // A comment box sits under its post inside the same article.
    const article = closestAcross(composer, '[role="article"]');
    if (!article) return undefined;
    const message = nearestBefore(composer, '[data-ad-preview="message"], [data-ad-comet-preview="message"], [dir="auto"]', article);
    return textOf(message);
  },
  postButton(composer) {
    // In any language: the send button is the last button after the composer in its form (the toolbar's come first).
    const scope = composerScope(composer) ?? closestAcross(composer, '[role="article"]');
    if (!scope) return null;
    const after = [...scope.querySelectorAll<HTMLElement>(BUTTON)].filter(
      (b) => composer.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING && !composer.contains(b),
    );
    return after.at(-1) ?? null;
  },
};

/** The composer's form, else its dialog: the actor and the send button are read there and nowhere wider (a post's author is not the actor). */
function composerScope(composer: HTMLElement): HTMLElement | null {
  return closestAcross(composer, 'form') ?? closestAcross(composer, '[role="dialog"]');
}

/** The name shown above the composer in its scope: a dir="auto" text, not a button's or a heading's. */
function actorBefore(composer: HTMLElement, scope: HTMLElement): string | undefined {
  for (const span of scope.querySelectorAll('span[dir="auto"]')) {
    if (!(composer.compareDocumentPosition(span) & Node.DOCUMENT_POSITION_PRECEDING)) break;
    if (span.closest('[role="button"], h1, h2, h3, h4, h5, h6')) continue;
    const name = textOf(span);
    if (name) return name;
  }
  return undefined;
}
