// Iframe editors (TinyMCE, CKEditor 4): the editable body of a frame; the content script runs inside that frame (all_frames, match_about_blank).
import type { EditorView } from './types.js';
import { createRichTextView } from './rich-text.js';

export function isIframeEditor(root: HTMLElement): boolean {
  const doc = root.ownerDocument;
  const framed = doc.defaultView !== doc.defaultView?.top;
  return framed && (root === doc.body || root.classList.contains('mce-content-body') || root.classList.contains('cke_editable'));
}

export const createIframeView = (root: HTMLElement): EditorView =>
  createRichTextView(root, {
    family: 'iframe',
    // TinyMCE marks its own helpers (caret containers, bookmarks) with data-mce-bogus.
    skip: (el) => el.hasAttribute('data-mce-bogus') || el.classList.contains('cke_hidden'),
  });
