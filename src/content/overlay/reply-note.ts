// A note above the box when the post being replied to is itself abusive: do not engage; take it offline.
import type { Strings } from './strings.js';
import { panelWidth, placeFloating, type FloatOptions } from './placement.js';
import { actionButton } from './action-button.js';
import { markPart } from './host.js';

export interface ReplyNote {
  el: HTMLElement;
  /** Shows or hides the note; true when that or its text changed (so its size may have too). */
  update(show: boolean, s: Strings): boolean;
  /** `height` is the note's height measured before this frame's writes (0 when unknown). */
  place(editor: DOMRect, rtl: boolean, above: number, height: number): void;
}

export function createReplyNote(doc: Document, parent: HTMLElement): ReplyNote {
  const el = doc.createElement('div');
  el.className = 'note';
  markPart(el, 'reply-note');
  el.setAttribute('role', 'note');
  el.hidden = true;
  parent.append(el);
  let closed = false;
  let shownLang = '';

  return {
    el,
    update(show, s) {
      const hidden = !show || closed;
      const toggled = el.hidden !== hidden;
      if (toggled) el.hidden = hidden;
      if (hidden || shownLang === s.replyNoteTitle) return toggled;
      shownLang = s.replyNoteTitle;
      el.dir = s.dir;
      const title = doc.createElement('h3');
      title.textContent = s.replyNoteTitle;
      const text = doc.createElement('p');
      text.textContent = s.replyNote;
      const src = doc.createElement('p');
      src.className = 'src';
      src.textContent = s.replySource;
      const actions = doc.createElement('div');
      actions.className = 'actions';
      actions.append(
        actionButton(doc, '', s.close, () => {
          closed = true;
          el.hidden = true;
        }),
      );
      el.replaceChildren(title, text, src, actions);
      return true;
    },
    place(editor, rtl, above, measured) {
      void placeFloating(el, editor, replyNoteOptions(doc.defaultView!, rtl, above, measured));
    },
  };
}

/** Above the chip; beside the box when there is no room above (under it sits the site's post button); under it last. */
export function replyNoteOptions(win: Window, rtl: boolean, above: number, measured: number): FloatOptions {
  return {
    placement: 'top-start',
    rtl,
    gap: (side) => (side === 'top' ? above + 6 : 6),
    flip: true,
    fallbacks: [rtl ? 'left-start' : 'right-start', 'bottom-start'],
    margin: 8,
    size: { width: panelWidth(win), height: measured || 100 },
  };
}
