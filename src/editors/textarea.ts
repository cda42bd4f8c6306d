// Textareas and text inputs: their text is not in the DOM, so a hidden mirror with the same box and font gives the geometry.
import type { EditorView } from './types.js';

export type TextField = HTMLTextAreaElement | HTMLInputElement;

export const isTextField = (el: Element): el is TextField => el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;

/** Every computed property that changes where a character lands. */
const COPIED = [
  'direction', 'font-family', 'font-size', 'font-style', 'font-variant', 'font-weight', 'font-stretch', 'font-feature-settings',
  'font-kerning', 'letter-spacing', 'word-spacing', 'line-height', 'text-align', 'text-indent', 'text-transform', 'tab-size',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'overflow-wrap', 'word-break', 'hyphens', 'unicode-bidi',
] as const;

/**
 * @param layer where the mirror lives: the overlay's shadow root container, never the page's own DOM near the field.
 */
export function createTextFieldView(field: TextField, layer: HTMLElement): EditorView {
  const doc = field.ownerDocument;
  const mirror = doc.createElement('div');
  mirror.setAttribute('aria-hidden', 'true');
  const textNode = doc.createTextNode('');
  mirror.append(textNode);
  Object.assign(mirror.style, {
    position: 'fixed',
    visibility: 'hidden',
    pointerEvents: 'none',
    top: '0',
    left: '0',
    margin: '0',
    border: '0',
    boxSizing: 'content-box',
    overflow: 'hidden',
  });
  layer.append(mirror);
  let text = '';
  let synced = false;

  /** Copies the field's box into the mirror, once per task however many spans are measured in it. */
  const sync = () => {
    if (synced) return;
    synced = true;
    queueMicrotask(() => (synced = false));
    // Every read of the field before any write to the mirror, so the field's layout is not forced again in between.
    const cs = getComputedStyle(field);
    const values = COPIED.map((prop) => cs.getPropertyValue(prop));
    const rect = field.getBoundingClientRect();
    const padX = parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight);
    const width = Math.max(0, field.clientWidth - padX);
    const left = rect.left + field.clientLeft;
    const top = rect.top + field.clientTop;
    const wrap = cs.overflowWrap;
    COPIED.forEach((prop, i) => mirror.style.setProperty(prop, values[i]));
    const single = field instanceof HTMLInputElement;
    mirror.style.whiteSpace = single ? 'pre' : 'pre-wrap';
    if (!single) mirror.style.overflowWrap = wrap === 'normal' ? 'break-word' : wrap;
    mirror.style.width = `${width}px`;
    mirror.style.height = 'auto';
    mirror.style.left = `${left}px`;
    mirror.style.top = `${top}px`;
    if (textNode.data !== text) textNode.data = text;
  };

  return {
    family: 'textarea',
    root: field,
    read() {
      text = field.value;
      return text;
    },
    range: () => null,
    rects(start, end) {
      if (end <= start || end > text.length) return [];
      sync();
      const range = doc.createRange();
      range.setStart(textNode, start);
      range.setEnd(textNode, end);
      const dx = field.scrollLeft;
      const dy = field.scrollTop;
      return Array.from(range.getClientRects())
        .filter((r) => r.width > 0)
        .map((r) => new DOMRect(r.left - dx, r.top - dy, r.width, r.height));
    },
    caret() {
      if (doc.activeElement !== field && (field.getRootNode() as ShadowRoot).activeElement !== field) return null;
      return field.selectionEnd ?? null;
    },
    dispose() {
      mirror.remove();
    },
  };
}
