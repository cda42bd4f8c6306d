// Quill (LinkedIn): the .ql-editor box; its cursor blot holds a U+FEFF placeholder that is not draft text.
import type { EditorView } from './types.js';
import { createRichTextView } from './rich-text.js';

export const isQuill = (root: HTMLElement): boolean => root.classList.contains('ql-editor');

export const createQuillView = (root: HTMLElement): EditorView =>
  createRichTextView(root, {
    family: 'quill',
    skip: (el) => el.classList.contains('ql-cursor') || el.classList.contains('ql-clipboard') || el.classList.contains('ql-tooltip'),
  });
