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

  /** Copies the field's box into the mirror and returns the scroll offsets to subtract. */
  const sync = () => {
    const cs = getComputedStyle(field);
    for (const prop of COPIED) mirror.style.setProperty(prop, cs.getPropertyValue(prop));
    const single = field instanceof HTMLInputElement;
    mirror.style.whiteSpace = single ? 'pre' : 'pre-wrap';
    if (!single) mirror.style.overflowWrap = cs.overflowWrap === 'normal' ? 'break-word' : cs.overflowWrap;
    const rect = field.getBoundingClientRect();
    const padX = parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight);
    mirror.style.width = `${Math.max(0, field.clientWidth - padX)}px`;
    mirror.style.height = 'auto';
    mirror.style.left = `${rect.left + field.clientLeft}px`;
    mirror.style.top = `${rect.top + field.clientTop}px`;
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
