// The shared reader for every contenteditable family: text from the DOM, spans back to live ranges.
import type { EditorView, RichTextRules } from './types.js';
import { readDom, rangeOf, textOffset, type TextMap } from './dom-text.js';

export function createRichTextView(root: HTMLElement, rules: RichTextRules): EditorView {
  let map: TextMap = { text: '', pieces: [] };

  const selection = (): Selection | null => {
    const rootNode = root.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
    // Chromium exposes the selection inside a shadow tree only on the shadow root.
    return ('getSelection' in rootNode && rootNode.getSelection?.()) || root.ownerDocument.getSelection();
  };

  return {
    family: rules.family,
    root,
    read() {
      map = readDom(root, rules.skip);
      return map.text;
    },
    range: (start, end) => rangeOf(map, root, start, end),
    rects(start, end) {
      const range = rangeOf(map, root, start, end);
      return range ? Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0) : [];
    },
    caret() {
      const sel = selection();
      if (!sel || !sel.focusNode || !root.contains(sel.focusNode)) return null;
      return textOffset(map, sel.focusNode, sel.focusOffset);
    },
    dispose() {
      map = { text: '', pieces: [] };
    },
  };
}
