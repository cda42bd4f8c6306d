// The content script loaded at page start: small on purpose. It waits for focus in a compose box, then loads the engine.
import { ContentContext } from './context.js';
import { composedAncestors, composerForPath, deepActiveElement, pageHost } from './discovery.js';
import type { Coach } from './coach.js';

/** The one-file build of coach-entry.ts and coach.ts (vite.config.ts names it), loaded by its dynamic web-accessible URL. */
declare const __POST_COACH_COACH_MODULE__: string;

const GLOBAL = '__postCoachContent';
type Holder = typeof globalThis & { [GLOBAL]?: ContentContext };

function loadCoach(ctx: ContentContext, host: string): Promise<Coach | null> {
  const url = chrome.runtime.getURL(__POST_COACH_COACH_MODULE__);
  return (import(/* @vite-ignore */ url) as Promise<typeof import('./coach-entry.js')>).then((m) => m.startCoach(ctx, document, host));
}

function main(): void {
  const holder = globalThis as Holder;
  // Injected again into a page it already coaches (at install or update, or as a registered forum script): this copy stays.
  const previous = holder[GLOBAL];
  if (previous && previous.runtimeAlive()) return;
  previous?.abort('replaced');

  const ctx = new ContentContext();
  // When the extension is reloaded, updated or removed, this copy ends itself: no overlay left, no Post intercepted.
  ctx.tieToRuntime();
  holder[GLOBAL] = ctx;
  const host = pageHost(window);
  let coach: Promise<Coach | null> | null = null;

  const consider = (path: EventTarget[]) => {
    const match = composerForPath(host, path);
    if (!match) return;
    coach ??= loadCoach(ctx, host);
    // In a task of its own, not in the page's focus handling: the site's work and ours never add up to one long task.
    coach.then((c) => ctx.setTimeout(() => c?.attach(match), 0)).catch((error) => console.debug('[post-coach]', error));
  };

  ctx.listen(document, 'focusin', (event: FocusEvent) => consider(event.composedPath()), { capture: true });

  // A box already focused when the script arrived (document_idle, or injected into an open tab) is coached too.
  const active = deepActiveElement(document);
  if (active && active !== document.body && active !== document.documentElement) consider(composedAncestors(active));
}

try {
  main();
} catch (error) {
  console.debug('[post-coach]', error);
}
