// The content script loaded at page start: small on purpose. It waits for focus in a compose box, then loads the engine.
import { ContentContext } from './context.js';
import { composedAncestors, composerForPath, deepActiveElement, pageHost } from './discovery.js';
import type { Coach } from './coach.js';

const GLOBAL = '__postCoachContent';
type Holder = typeof globalThis & { [GLOBAL]?: ContentContext };

function main(): void {
  const holder = globalThis as Holder;
  // The same copy may be injected twice (manifest and a registered forum host); an old copy from before an update is ended.
  const previous = holder[GLOBAL];
  if (previous && previous.runtimeAlive()) return;
  previous?.abort('replaced');

  const ctx = new ContentContext();
  holder[GLOBAL] = ctx;
  const host = pageHost(window);
  let coach: Promise<Coach | null> | null = null;

  const consider = (path: EventTarget[]) => {
    const match = composerForPath(host, path);
    if (!match) return;
    coach ??= import('./coach.js').then((m) => m.startCoach(ctx, document, host));
    coach.then((c) => c?.attach(match)).catch((error) => console.debug('[post-coach]', error));
  };

  ctx.listen(document, 'focusin', (event: FocusEvent) => consider(event.composedPath()), { capture: true });

  // A box already focused when the script arrived (document_idle) is coached too.
  const active = deepActiveElement(document);
  if (active && active !== document.body && active !== document.documentElement) consider(composedAncestors(active));
}

try {
  main();
} catch (error) {
  console.debug('[post-coach]', error);
}
