// The pre-send review hook: one capture-phase listener on the window sees a press of a coached box's post button
// (or Ctrl/Cmd+Enter in the box) before the site does, and only then, with open findings, stops it.
import type { ContentContext } from './context.js';
import type { Session } from './session.js';

export function watchPostButtons(ctx: ContentContext, doc: Document, sessions: () => Iterable<Session>): void {
  const win = doc.defaultView!;
  ctx.listen(
    win,
    'click',
    (event: MouseEvent) => {
      const path = event.composedPath();
      for (const session of sessions()) {
        if (!session.alive) continue;
        const button = session.site.postButton(session.composer);
        if (!button || !path.includes(button)) continue;
        if ((button as HTMLButtonElement).disabled || button.getAttribute('aria-disabled') === 'true') return;
        session.interceptPost(event, button);
        return;
      }
    },
    { capture: true },
  );
  ctx.listen(
    win,
    'keydown',
    (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.isComposing) return;
      const path = event.composedPath();
      for (const session of sessions()) {
        if (!session.alive || !path.includes(session.composer)) continue;
        session.interceptPost(event, session.site.postButton(session.composer));
        return;
      }
    },
    { capture: true },
  );
}
