// Any contenteditable box without a known editor library.
import type { EditorView } from './types.js';
import { createRichTextView } from './rich-text.js';

export const isContentEditable = (root: HTMLElement): boolean => root.isContentEditable;

export const createContentEditableView = (root: HTMLElement): EditorView => createRichTextView(root, { family: 'contenteditable' });
