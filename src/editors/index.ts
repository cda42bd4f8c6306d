// Which editor family a compose box belongs to; the most specific family wins.
import type { EditorView } from './types.js';
import { createTextFieldView, isTextField } from './textarea.js';
import { createDraftJsView, isDraftJs } from './draftjs.js';
import { createLexicalView, isLexical } from './lexical.js';
import { createQuillView, isQuill } from './quill.js';
import { createProseMirrorView, isProseMirror } from './prosemirror.js';
import { createIframeView, isIframeEditor } from './iframe.js';
import { createContentEditableView, isContentEditable } from './contenteditable.js';

const RICH_TEXT: Array<[(root: HTMLElement) => boolean, (root: HTMLElement) => EditorView]> = [
  [isDraftJs, createDraftJsView],
  [isLexical, createLexicalView],
  [isQuill, createQuillView],
  [isProseMirror, createProseMirrorView],
  [isIframeEditor, createIframeView],
  [isContentEditable, createContentEditableView],
];

/** The view for a compose box, or null when it is not a text box at all. `layer` holds any helper elements (the textarea mirror). */
export function createEditorView(root: HTMLElement, layer: HTMLElement): EditorView | null {
  if (isTextField(root)) return createTextFieldView(root, layer);
  for (const [detect, create] of RICH_TEXT) if (detect(root)) return create(root);
  return null;
}

export type { EditorView, EditorFamily } from './types.js';
