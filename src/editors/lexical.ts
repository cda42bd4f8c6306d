// Lexical (Facebook, new Reddit): paragraphs of span[data-lexical-text]; decorator nodes are islands the text walker still reads.
import type { EditorView } from './types.js';
import { createRichTextView } from './rich-text.js';

export const isLexical = (root: HTMLElement): boolean => root.getAttribute('data-lexical-editor') === 'true';

export const createLexicalView = (root: HTMLElement): EditorView =>
  createRichTextView(root, {
    family: 'lexical',
    // Lexical's cursor helpers for decorators are empty placeholders, not text.
    skip: (el) => el.hasAttribute('data-lexical-cursor'),
  });
