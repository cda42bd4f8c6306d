// ProseMirror and Tiptap (new Discourse composer): widgets and separator images are decorations, not draft text.
import type { EditorView } from './types.js';
import { createRichTextView } from './rich-text.js';

export const isProseMirror = (root: HTMLElement): boolean => root.classList.contains('ProseMirror') || root.classList.contains('tiptap');

export const createProseMirrorView = (root: HTMLElement): EditorView =>
  createRichTextView(root, {
    family: 'prosemirror',
    skip: (el) =>
      el.classList.contains('ProseMirror-widget') ||
      el.classList.contains('ProseMirror-separator') ||
      el.classList.contains('ProseMirror-gapcursor'),
  });
