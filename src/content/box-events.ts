// The compose box's events a session answers: edits and IME composition (to analyse), layout changes (to draw again),
// and the pointer and the caret over a finding (to show its card).
import type { EditorView } from '../editors/index.js';
import type { ContentContext } from './context.js';
import type { Overlay } from './overlay/overlay.js';

export interface BoxEventHandlers {
  edited(): void;
  compositionStarted(): void;
  compositionEnded(): void;
  /** The box moved, scrolled or changed size: the overlay is drawn again. */
  layoutChanged(): void;
}

export function listenToBox(ctx: ContentContext, composer: HTMLElement, view: EditorView, overlay: Overlay, on: BoxEventHandlers): void {
  const win = composer.ownerDocument.defaultView!;
  ctx.listen(composer, 'input', () => on.edited());
  ctx.listen(composer, 'compositionstart', () => on.compositionStarted());
  ctx.listen(composer, 'compositionend', () => on.compositionEnded());
  // Programmatic changes (a site restoring a draft) arrive without input events; observe only this box.
  const mutations = new MutationObserver(() => on.edited());
  if (view.family !== 'textarea') mutations.observe(composer, { subtree: true, childList: true, characterData: true });
  const resize = new ResizeObserver(() => on.layoutChanged());
  resize.observe(composer);
  ctx.onAbort(() => {
    mutations.disconnect();
    resize.disconnect();
  });
  ctx.listen(win, 'scroll', () => on.layoutChanged(), { capture: true, passive: true });
  ctx.listen(win, 'resize', () => on.layoutChanged(), { passive: true });
  ctx.listen(composer, 'scroll', () => on.layoutChanged(), { passive: true });

  // A card follows the pointer over a finding, stays when the finding is clicked, and follows the caret for keyboard users.
  ctx.listen(
    composer,
    'mousemove',
    (e: MouseEvent) => {
      const at = overlay.findingAt(e.clientX, e.clientY);
      if (at) overlay.showCard(at, false);
      else overlay.hideCard(true);
    },
    { passive: true },
  );
  ctx.listen(composer, 'mouseleave', () => overlay.hideCard(true), { passive: true });
  ctx.listen(
    composer,
    'click',
    (e: MouseEvent) => {
      const at = overlay.findingAt(e.clientX, e.clientY);
      if (at) overlay.showCard(at, true);
      else overlay.hideCard();
    },
    { passive: true },
  );
  ctx.listen(composer, 'keyup', (e: KeyboardEvent) => {
    if (!e.key.startsWith('Arrow') && e.key !== 'Home' && e.key !== 'End') return;
    const caret = view.caret();
    const at = caret === null ? null : overlay.findingAtOffset(caret);
    if (at) overlay.showCard(at, false);
    else overlay.hideCard(true);
  });
  ctx.listen(composer.ownerDocument, 'keydown', (e: KeyboardEvent) => {
    if (e.key === 'Escape') overlay.hideCard();
  });
}
